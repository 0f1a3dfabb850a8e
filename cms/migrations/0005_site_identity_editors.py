"""Editors set the site's logo, as they set the contact details."""

from django.db import migrations


def forwards(apps, schema_editor):
    from core.roles import EDITORS, grant

    grant(EDITORS, ["cms.change_siteidentity"], apps=apps)


class Migration(migrations.Migration):
    dependencies = [("cms", "0004_site_identity")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
