"""Editors and the secretariat write and send newsletters from the admin."""

from django.db import migrations

PERMISSIONS = [
    f"notifications.{action}_newsletter" for action in ("add", "change", "delete", "view")
] + ["notifications.send_newsletter", "notifications.view_subscriber"]


def forwards(apps, schema_editor):
    from core.roles import EDITORS, SECRETARIAT, grant

    grant(EDITORS, PERMISSIONS, apps=apps)
    grant(SECRETARIAT, PERMISSIONS, apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
