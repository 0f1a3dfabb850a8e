"""Give the Secretariat group every permission of this app's models.

The group itself is created by cms; get_or_create keeps this migration
independent of the order in which the two run.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["organisation", "representative", "workinggroup", "membershipapplication", "membership"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("working_groups")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Secretariat")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="working_groups", content_type__model__in=MODELS
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("working_groups", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
