"""Give the Secretariat group the permissions of every governance model.

The secretariat runs the bodies, mandates and meetings from the admin (article 6
of the charter); ``core.roles.grant`` creates the group and the permissions when a
fresh database does not have them yet.
"""

from django.db import migrations

MODELS = [
    "body",
    "actionplan",
    "member",
    "endproposal",
    "meeting",
    "agendaitem",
    "agendaproposal",
    "attendance",
    "decision",
    "minutesremark",
]
ACTIONS = ["add", "change", "delete", "view"]


def forwards(apps, schema_editor):
    from core.roles import SECRETARIAT, grant

    grant(
        SECRETARIAT,
        [f"governance.{action}_{model}" for model in MODELS for action in ACTIONS],
        apps=apps,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
