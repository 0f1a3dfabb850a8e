"""Editors, Moderators and Secretariat with their permissions (core.roles)."""

from django.db import migrations


def forwards(apps, schema_editor):
    from core.roles import ensure_groups

    ensure_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_page_rules_and_labels"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
