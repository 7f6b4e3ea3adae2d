"""Reference data production needs: NACE Rev. 2.1 (from naceconverter), the regions
of the platform's countries with their centroids (data/regions.csv) and the ISO 639-1
languages (from pycountry). Loading again updates names and adds what is new."""

from django.db import migrations


def load(apps, schema_editor):
    from community.members import reference

    Sector = apps.get_model("members", "Sector")
    Region = apps.get_model("members", "Region")
    Language = apps.get_model("members", "Language")

    by_code = {}
    for code, parent, level, name in reference.nace_rows():  # parents come first
        section = code if level == 1 else by_code[parent].section
        sector, _created = Sector.objects.update_or_create(
            code=code,
            defaults={
                "parent": by_code.get(parent),
                "level": level,
                "section": section,
                "name": name[:300],
            },
        )
        by_code[code] = sector
    for row in reference.region_rows():
        Region.objects.update_or_create(
            code=row["code"],
            defaults={
                "country": row["country"],
                "name": row["name"],
                "latitude": row["latitude"],
                "longitude": row["longitude"],
            },
        )
    for code, name in reference.language_rows():
        Language.objects.update_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("members", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
