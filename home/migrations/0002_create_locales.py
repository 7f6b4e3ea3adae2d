from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    """Every configured language gets its Wagtail locale, so editors can translate
    into it from the first run."""
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
