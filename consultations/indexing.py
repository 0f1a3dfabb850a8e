"""What consultations publish to the public search index (see search.registry).

Consultations yield one entry per translation; contributions one entry in their
own language, and only while published. Authors' emails never go in.
"""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from search.registry import Entry, Source, register

from .models import (
    Consultation,
    Contribution,
    ContributionStatus,
    OfficialAnswer,
)


def consultation_entries(consultation: Consultation):
    # Each translation carries its themes in its own language's words (the
    # source's would put Arabic tags on French entries).
    tags = [t.name for t in consultation.tags.all()]
    yield Entry(
        source="consultation",
        object_id=str(consultation.pk),
        locale=consultation.locale.language_code,
        title=consultation.title,
        body=" ".join(
            [
                consultation.summary,
                strip_tags(consultation.text or ""),
                strip_tags(consultation.synthesis_text or ""),
            ]
        ),
        url=consultation.get_url_path(),
        date=consultation.opens_at.date() if consultation.opens_at else None,
        summary=consultation.summary,
        facets={"status": [consultation.status], "tags": tags},
    )


def contribution_entries(contribution: Contribution):
    if contribution.status != ContributionStatus.PUBLISHED:
        return
    body = contribution.body
    answer = getattr(contribution, "answer", None)
    if answer is not None:
        body = f"{body}\n{answer.explanation}"
    yield Entry(
        source="contribution",
        object_id=str(contribution.pk),
        locale=contribution.language,
        title=contribution.title,
        body=body,
        url=contribution.get_url_path(contribution.language),
        date=contribution.submitted_at.date(),
        summary=contribution.body[:200],
        facets={
            "kind": [contribution.kind],
            "region": [contribution.region] if contribution.region else [],
        },
    )


register(
    Source(
        name="consultation",
        model=Consultation,
        queryset=lambda: Consultation.objects.select_related("locale").prefetch_related(
            "tags"
        ),
        entries=consultation_entries,
        label=_("Consultations"),
    )
)
register(
    Source(
        name="contribution",
        model=Contribution,
        queryset=lambda: Contribution.objects.filter(
            status=ContributionStatus.PUBLISHED
        ).select_related("consultation", "consultation__locale", "answer"),
        entries=contribution_entries,
        public=lambda contribution: contribution.status == ContributionStatus.PUBLISHED,
        label=_("Contributions"),
        # Comments are not in the entry: they do not reindex their contribution.
        related={OfficialAnswer: lambda answer: [answer.contribution_id]},
    )
)
