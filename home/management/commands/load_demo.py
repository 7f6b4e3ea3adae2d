from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

import polib

from home.demo import builder

DEV_ADMIN_EMAIL = "admin@symbios.test"
DEV_ADMIN_PASSWORD = "symbios-admin"  # noqa: S105 - only ever created under dev settings


def write_pot(path, strings, only=None):
    """``only`` maps a string to the languages that need it (when not all do)."""
    only = only or {}
    pot = polib.POFile()
    pot.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for text in strings:
        entry = polib.POEntry(msgid=text, msgstr="")
        if text in only:
            entry.comment = "only: " + ", ".join(sorted(only[text]))
        pot.append(entry)
    pot.save(str(path))


class Command(BaseCommand):
    help = (
        "Load the demo site (home, about, trainers, news, partners, courses) in all five "
        "languages. Does nothing if it is already there; finishes a partial load."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--export-pots",
            action="store_true",
            help="Write the English demo strings to home/demo/locale/demo.pot and "
            "courses/demo/locale/demo.pot for translators, change nothing, and stop.",
        )

    def handle(self, *args, **options):
        if options["export_pots"]:
            return self.export_pots()
        if builder.demo_is_loaded():
            self.stdout.write("Demo content is already loaded; nothing to do.")
        else:
            try:
                objects, _missing = builder.load_demo()
            except builder.MissingDemoTranslations as error:
                raise CommandError(str(error)) from error
            self.stdout.write(
                self.style.SUCCESS(
                    f"Loaded the demo site: {len(objects)} pages and people, "
                    f"translated into {len(settings.LANGUAGES) - 1} languages."
                )
            )
        if getattr(settings, "SYMBIOS_DEV_ADMIN", False):
            self.ensure_dev_admin()

    def ensure_dev_admin(self):
        from allauth.account.models import EmailAddress

        User = get_user_model()
        user = User.objects.filter(email=DEV_ADMIN_EMAIL).first()
        if user is None:
            user = User.objects.create_superuser(
                username="admin", email=DEV_ADMIN_EMAIL, password=DEV_ADMIN_PASSWORD
            )
        EmailAddress.objects.update_or_create(
            user=user, email=DEV_ADMIN_EMAIL, defaults={"verified": True, "primary": True}
        )
        self.stdout.write(
            "Development admin: log in at http://127.0.0.1:8000/admin/ as "
            f"{user.username} / {DEV_ADMIN_PASSWORD} (site log-in: {DEV_ADMIN_EMAIL})."
        )

    def export_pots(self):
        with transaction.atomic():
            builder.ensure_locales()
            if not builder.english_site_exists():
                builder.build_english_site()
            people, pages = builder.english_objects()
            home_strings = builder.source_strings([*people, *pages])
            transaction.set_rollback(True)
        write_pot(Path(builder.LOCALE_DIR) / "demo.pot", home_strings)
        self.stdout.write(f"Wrote {len(home_strings)} strings to the demo .pot file.")
