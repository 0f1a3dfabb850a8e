"""Account rules: details, the personal-data export and the account deletion."""

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import import_module

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from core import cache as page_cache
from core import privacy

from .models import User

EXPORT_FORMAT = "sharaka-personal-data/1"
# Fields that change what the public sees next to what a person published.
PUBLIC_FIELDS = {"display_name"}


def account_update(*, user: User, fields: Iterable[str]) -> User:
    """Save the person's changed details; public ones refresh the cached pages."""
    fields = list(fields)
    with transaction.atomic():
        user.save(update_fields=fields)
        if PUBLIC_FIELDS & set(fields):
            transaction.on_commit(page_cache.bump)
    return user


def account_export(*, user: User) -> dict:
    """Everything the portal holds about ``user``, section by section."""
    data = {
        "format": EXPORT_FORMAT,
        "exported_at": datetime.now(UTC).isoformat(),
    }
    for section in privacy.sections():
        data[section.name] = section.export(user)
    return data


def account_export_json(*, user: User) -> bytes:
    """The export as UTF-8 JSON that any text editor or spreadsheet tool opens."""
    return json.dumps(
        account_export(user=user), ensure_ascii=False, indent=2, cls=DjangoJSONEncoder
    ).encode()


@transaction.atomic
def account_delete(*, user: User) -> None:
    """Erase the person's data; what they published stays, anonymised.

    Each app's eraser runs first (deleting private records, detaching or
    anonymising published ones). The account row itself is then emptied rather
    than deleted, so that records other apps keep (a published proposal, a
    meeting's attendance) point to an anonymous participant instead of vanishing
    with a cascade.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    for section in privacy.sections():
        if section.erase is not None:
            section.erase(user)
    user.emailaddress_set.all().delete()
    user.groups.clear()
    user.user_permissions.clear()
    placeholder = f"deleted-{user.pk}@invalid.invalid"
    user.email = placeholder
    user.username = placeholder
    user.first_name = ""
    user.last_name = ""
    user.display_name = ""
    user.phone = ""
    user.last_login = None
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.is_anonymised = True
    user.set_unusable_password()
    user.save()
    _end_sessions(user)
    transaction.on_commit(page_cache.bump)


def _end_sessions(user: User) -> None:
    """Sign the person out everywhere: sessions are in the database, and copied
    in the cache, which the session engine's ``delete`` empties too."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            store().delete(session.pk)
