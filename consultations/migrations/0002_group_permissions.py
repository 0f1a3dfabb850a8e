"""Give the Moderators and Secretariat groups this app's permissions.

The groups themselves are created by cms; get_or_create keeps this migration
independent of the order in which the two run.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATORS = [
    "moderate_contribution",
    "view_contribution",
    "view_consultation",
    "view_moderationaction",
]
SECRETARIAT = MODERATORS + [
    "answer_contribution",
    "export_contribution",
    "publish_closeout",
    "add_consultation",
    "change_consultation",
    "delete_consultation",
    "view_officialanswer",
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("consultations")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Moderators", MODERATORS), ("Secretariat", SECRETARIAT)):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="consultations", codename__in=codenames
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
