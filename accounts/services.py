"""Account rules: the personal-data export and the account deletion."""

import json
from datetime import UTC, datetime

from django.db import transaction

from . import privacy


def account_export(*, user) -> dict:
    """Everything the portal holds about ``user``, section by section."""
    data = {
        "format": "sharaka-personal-data/1",
        "exported_at": datetime.now(UTC).isoformat(),
    }
    for section in privacy.sections():
        data[section.name] = section.export(user)
    return data


def account_export_json(*, user) -> bytes:
    return json.dumps(account_export(user=user), ensure_ascii=False, indent=2).encode()


@transaction.atomic
def account_delete(*, user) -> None:
    """Erase the person's data: each app erases or anonymises its part first."""
    for section in privacy.sections():
        if section.erase is not None:
            section.erase(user)
    user.emailaddress_set.all().delete()
    user.delete()
