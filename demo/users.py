"""The demo administrator and the editorial groups' demo members (demo mode only)."""

from django.conf import settings

from accounts.models import User

ADMIN_EMAIL = "admin@sharaka.local"
ADMIN_PASSWORD = "sharaka-demo"  # noqa: S105 - demo mode only, printed by `make run`


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
    return "administrator " + ("created" if created else "already present")
