"""Public working groups, their published news posts and decisions, and verified
organisations in the site search."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from search.registry import Entry, Source, register

from .models import GroupDecision, GroupNews, Organisation, WorkingGroup


def _group_entries(group: WorkingGroup):
    if not group.is_public:
        return []
    code = group.locale.language_code
    with translation.override(code):
        url = group.get_absolute_url()
        facets = {"kind": [group.kind]}
        if group.theme:
            facets["theme"] = [group.theme]
        if group.region:
            facets["region"] = [group.region]
        return [
            Entry(
                source="working_group",
                object_id=str(group.pk),
                locale=code,
                title=group.name,
                body=f"{group.summary}\n{group.description}",
                url=url,
                summary=group.summary,
                facets=facets,
            )
        ]


def _organisation_entries(organisation: Organisation):
    if not organisation.verified:
        return []
    entries = []
    tags = [t.name for t in organisation.fields_of_action.all()]
    for code in ("ar", "fr", "en"):
        with translation.override(code):
            entries.append(
                Entry(
                    source="organisation",
                    object_id=str(organisation.pk),
                    locale=code,
                    title=organisation.name,
                    # Both legal names, so either finds it; no contact details.
                    body="\n".join(
                        [
                            organisation.name_ar,
                            organisation.name_fr,
                            organisation.province,
                            organisation.get_region_display(),
                            organisation.presentation,
                            " ".join(tags),
                        ]
                    ),
                    url=organisation.get_absolute_url(),
                    summary=organisation.presentation[:300],
                    facets={
                        "region": [organisation.region]
                    },  # fields of action: one language
                )
            )
    return entries


def _published(record) -> bool:
    return record.is_published and record.group.is_public


def _news_entries(news: GroupNews):
    if not _published(news):
        return []
    entries = []
    for code in ("ar", "fr", "en"):
        with translation.override(code):
            entries.append(
                Entry(
                    source="working_group_news",
                    object_id=str(news.pk),
                    locale=code,
                    title=news.title,
                    body=news.body,
                    url=news.get_absolute_url(),
                    date=news.published_on,
                    summary=news.body[:300],
                )
            )
    return entries


def _decision_entries(decision: GroupDecision):
    if not _published(decision):
        return []
    entries = []
    for code in ("ar", "fr", "en"):
        with translation.override(code):
            wording = decision.wording
            entries.append(
                Entry(
                    source="working_group_decision",
                    object_id=str(decision.pk),
                    locale=code,
                    title=wording[:120],
                    body=wording,
                    url=decision.get_absolute_url(),
                    date=decision.decided_on,
                    summary=wording[:300],
                )
            )
    return entries


def _group_records(model):
    """A group's records, to reindex when the group changes (made private...)."""
    return lambda group: model.objects.filter(group=group.source)


register(
    Source(
        name="working_group_news",
        model=GroupNews,
        queryset=lambda: GroupNews.objects.filter(
            is_published=True, group__is_public=True
        ).select_related("group"),
        entries=_news_entries,
        label=_("Working group news"),
        related={WorkingGroup: _group_records(GroupNews)},
    )
)
register(
    Source(
        name="working_group_decision",
        model=GroupDecision,
        queryset=lambda: GroupDecision.objects.filter(
            is_published=True, group__is_public=True
        ).select_related("group"),
        entries=_decision_entries,
        label=_("Working group decisions"),
        related={WorkingGroup: _group_records(GroupDecision)},
    )
)
register(
    Source(
        name="working_group",
        model=WorkingGroup,
        queryset=lambda: WorkingGroup.objects.filter(is_public=True).select_related(
            "locale"
        ),
        entries=_group_entries,
        label=_("Working groups"),
    )
)
register(
    Source(
        name="organisation",
        model=Organisation,
        queryset=lambda: Organisation.objects.verified().prefetch_related(
            "fields_of_action"
        ),
        entries=_organisation_entries,
        label=_("Organisations"),
    )
)
