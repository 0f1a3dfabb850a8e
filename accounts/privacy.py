"""One place where every app declares the personal data it holds.

Each app registers a section with an ``export`` (what the person gets in their
download) and an ``erase`` (what happens to it when they delete their account:
erased, or kept only once anonymised). ``accounts.services`` runs them all, so a
new module joins the export and the deletion by registering, nothing more::

    # consultations/apps.py, in ready()
    from accounts import privacy
    privacy.register("consultations", export=export_contributions,
                     erase=anonymise_contributions)

``export(user)`` returns JSON-serialisable data (dates, decimals and UUIDs are
fine); ``erase(user)`` runs inside the deletion's transaction, before the account
itself is emptied.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Exporter = Callable[[Any], Any]
Eraser = Callable[[Any], None]


@dataclass(frozen=True)
class Section:
    name: str
    export: Exporter
    erase: Eraser | None = None


_sections: dict[str, Section] = {}


def register(name: str, *, export: Exporter, erase: Eraser | None = None) -> None:
    """Add (or replace, by name) an app's section of the export and deletion."""
    _sections[name] = Section(name=name, export=export, erase=erase)


def unregister(name: str) -> None:
    """Remove a section (tests that register a temporary one)."""
    _sections.pop(name, None)


def sections() -> list[Section]:
    return list(_sections.values())


def _export_account(user) -> dict:
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


def _erase_account_extras(user) -> None:
    """What other libraries keep about the account (Wagtail's admin profile)."""
    from wagtail.users.models import UserProfile

    UserProfile.objects.filter(user=user).delete()


register("account", export=_export_account, erase=_erase_account_extras)
