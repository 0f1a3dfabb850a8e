"""Published calls in the site search: the call's texts and grid. Applications,
scores and files never reach the index."""

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from search.registry import Entry, Source, register

from .models import Call, Criterion, RequiredDocument


def _call_entries(call: Call):
    if not call.is_published:
        return []
    entries = []
    for code in ("ar", "fr", "en"):
        if code == "en" and not call.title_en:
            continue
        with translation.override(code):
            parts = [call.description, call.eligibility]
            parts += [c.label for c in call.criteria.all()]
            parts += [d.label for d in call.required_documents.all()]
            entries.append(
                Entry(
                    source="call",
                    object_id=str(call.pk),
                    locale=code,
                    title=call.title,
                    body="\n".join(p for p in parts if p),
                    url=call.get_absolute_url(),
                    date=timezone.localdate(call.opens_at),
                    summary=call.description[:300],
                    facets={"kind": ["call"]},
                )
            )
    return entries


register(
    Source(
        name="call",
        model=Call,
        queryset=lambda: Call.objects.published(),
        entries=_call_entries,
        label=_("Calls for applications"),
        related={
            Criterion: lambda criterion: [criterion.call_id],
            RequiredDocument: lambda document: [document.call_id],
        },
    )
)
