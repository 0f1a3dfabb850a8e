"""The account's own personal data, in the export and the deletion."""

SECTION = "account"


def export(user) -> dict:
    return {
        "email": user.email,
        "public_name": user.display_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "phone": user.phone,
        "preferred_language": user.preferred_language,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in user.emailaddress_set.all()
        ],
        "groups": [group.name for group in user.groups.all()],
    }


def erase(user) -> None:
    """What other libraries keep about the account (Wagtail's admin profile)."""
    from wagtail.users.models import UserProfile

    UserProfile.objects.filter(user=user).delete()
