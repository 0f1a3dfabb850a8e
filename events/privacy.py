"""Registrants' personal data: in the export, and anonymised on deletion.

Past registrations keep their attendance counts (statistics), without the person.
"""


def export(user) -> list[dict]:
    from .models import Registration

    return [
        {
            "event": r.event.title,
            "start": r.event.start.isoformat(),
            "name": r.name,
            "email": r.email,
            "organisation": r.organisation,
            "region": r.region,
            "accessibility_needs": r.accessibility_needs,
            "status": r.status,
            "code": r.code,
            "registered_at": r.created_at.isoformat(),
            "attended": r.attended,
        }
        for r in Registration.objects.filter(user=user).select_related("event")
    ]


def erase(user) -> None:
    from django.db.models import Q
    from django.utils import timezone

    from .models import Registration

    registrations = Registration.objects.filter(
        Q(user=user) | Q(email__iexact=user.email)
    ).select_related("event")
    for r in registrations:
        if r.is_active and r.event.end > timezone.now():
            # Free the seat properly (the next person in line is promoted).
            from .services import registration_cancel

            registration_cancel(registration=r)
            r.refresh_from_db()
        r.user = None
        r.name = ""
        r.email = f"erased-{r.pk}@invalid.invalid"
        r.organisation = ""
        r.accessibility_needs = ""
        r.save(
            update_fields=[
                "user",
                "name",
                "email",
                "organisation",
                "accessibility_needs",
            ]
        )
