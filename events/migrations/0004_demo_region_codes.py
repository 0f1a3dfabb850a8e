from django.db import migrations


def underscore_region_codes(apps, schema_editor):
    """The demo kept writing the old codes (rabat-sale-kenitra) after 0003: rows
    loaded since then get the codes of core.regions (rabat_sale_kenitra)."""
    for name in ("Event", "Registration"):
        model = apps.get_model("events", name)
        for record in model.objects.filter(region__contains="-").only("pk", "region"):
            model.objects.filter(pk=record.pk).update(
                region=record.region.replace("-", "_")
            )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_one_region_list"),
    ]

    operations = [
        migrations.RunPython(underscore_region_codes, migrations.RunPython.noop),
    ]
