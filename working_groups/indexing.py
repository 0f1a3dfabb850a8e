"""Public working groups and verified organisations in the site search."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from search.registry import Entry, Source, register

from .models import Organisation, WorkingGroup


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
