"""Every commitment of a public plan in the site search, in each of its languages.

The entry holds the commitment's title, description, problem and milestones; the
progress updates are on its page, not in the index (they are written by
institutions, in one language).
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from search.registry import Entry, Source, register

from .models import Commitment, Milestone, OgpValue, Plan


def _commitment_entries(commitment: Commitment):
    plan = commitment.plan
    if not plan.is_public:
        return []
    code = commitment.locale.language_code
    titles = Milestone.objects.filter(
        commitment=commitment.source, locale=commitment.locale
    ).values_list("title", flat=True)
    with translation.override(code):
        return [
            Entry(
                source="action_plan_commitment",
                object_id=str(commitment.pk),
                locale=code,
                title=f"{commitment.number}. {commitment.title}",
                body="\n".join([commitment.description, commitment.problem, *titles]),
                url=commitment.get_url_path(code),
                date=commitment.start,
                summary=commitment.description[:300],
                facets={"ogp_value": list(commitment.ogp_values)},
            )
        ]


def _plan_commitments(plan: Plan):
    return Commitment.objects.filter(plan=plan.source).values_list("pk", flat=True)


register(
    Source(
        name="action_plan_commitment",
        model=Commitment,
        queryset=lambda: Commitment.objects.filter(plan__is_public=True).select_related(
            "plan", "locale"
        ),
        entries=_commitment_entries,
        label=_("Action plan commitments"),
        facet_labels={"ogp_value": {v.value: v.label for v in OgpValue}},
        related={
            Plan: _plan_commitments,
            Milestone: lambda m: Commitment.objects.filter(
                translation_key=m.commitment.translation_key
            ).values_list("pk", flat=True),
        },
    )
)
