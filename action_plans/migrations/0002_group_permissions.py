"""Give the Secretariat group the permissions of every action plans model, and
the right to review progress updates and to assess commitments."""

from django.db import migrations

MODELS = [
    "institution",
    "plan",
    "commitment",
    "milestone",
    "focalpoint",
    "evidence",
]
ACTIONS = ["add", "change", "delete", "view"]


def forwards(apps, schema_editor):
    from core.roles import SECRETARIAT, grant

    grant(
        SECRETARIAT,
        [f"action_plans.{action}_{model}" for model in MODELS for action in ACTIONS]
        + [
            # Progress updates are the institutions' records: the secretariat
            # reviews them on the reporting desk and never rewrites them.
            "action_plans.view_progressupdate",
            "action_plans.assess_commitment",
            "action_plans.review_progressupdate",
        ],
        apps=apps,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("action_plans", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
