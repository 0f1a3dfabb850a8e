"""Give the Secretariat the permissions of the calls' models, and make the
Selection committee group: its members reach the admin's scoring screen (what
they may see there is ``calls.rules``'s)."""

from django.db import migrations

MANAGED = [
    "call",
    "criterion",
    "requireddocument",
    "committeemember",
    "conflict",
    "election",
    "candidate",
]
VIEWED = ["application", "auditentry", "tiedecision"]
ACTIONS = ["add", "change", "delete", "view"]
COMMITTEE = "Selection committee"


def forwards(apps, schema_editor):
    from core.roles import ACCESS_ADMIN, SECRETARIAT, grant

    grant(
        SECRETARIAT,
        [f"calls.{action}_{model}" for model in MANAGED for action in ACTIONS]
        + [f"calls.view_{model}" for model in VIEWED],
        apps=apps,
    )
    grant(COMMITTEE, [ACCESS_ADMIN], apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("calls", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
