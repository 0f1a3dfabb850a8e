"""The demo administrator and the demo citizen (demo mode only). The citizen's
follows and notifications are made by the notifications module's demo."""

from django.conf import settings

from accounts.models import User

ADMIN_EMAIL = "admin@sharaka.local"
ADMIN_PASSWORD = "sharaka-demo"  # noqa: S105 - demo mode only, printed by `make run`
CITIZEN_EMAIL = "citizen@sharaka.local"
CITIZEN_PASSWORD = "sharaka-citizen"  # noqa: S105 - demo mode only, as above


def load(*, homes) -> str:
    if not settings.DEMO_MODE and not settings.TESTING:
        return "skipped (not in demo mode)"
    user, created = User.objects.get_or_create(
        email=ADMIN_EMAIL,
        defaults={"username": ADMIN_EMAIL, "is_staff": True, "is_superuser": True},
    )
    if created:
        user.set_password(ADMIN_PASSWORD)
        user.save()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.get_or_create(
        user=user, email=ADMIN_EMAIL, defaults={"verified": True, "primary": True}
    )
    citizen, citizen_created = User.objects.get_or_create(
        email=CITIZEN_EMAIL,
        defaults={
            "username": CITIZEN_EMAIL,
            "display_name": "مواطنة (تجريبي)",
            "preferred_language": "ar",
        },
    )
    if citizen_created:
        citizen.set_password(CITIZEN_PASSWORD)
        citizen.save()
    EmailAddress.objects.get_or_create(
        user=citizen, email=CITIZEN_EMAIL, defaults={"verified": True, "primary": True}
    )
    return "administrator " + ("created" if created else "already present")
