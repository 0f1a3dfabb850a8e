"""Editors choose the legal pages, as they set the contact details."""

from django.db import migrations


def forwards(apps, schema_editor):
    from core.roles import EDITORS, grant

    grant(EDITORS, ["cms.change_legalpages"], apps=apps)


class Migration(migrations.Migration):
    dependencies = [("cms", "0006_legal_pages")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
