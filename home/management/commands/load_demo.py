import os
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
        from courses.demo import builder as course_builder
        from courses.demo import content as course_content

        if builder.demo_is_loaded() and course_builder.demo_courses_loaded(course_content):
            self.stdout.write("Demo content is already loaded; nothing to do.")
        else:
            try:
                # Only for work in progress on demo content: load what is translated.
                allow_missing = os.environ.get("SYMBIOS_ALLOW_MISSING_DEMO") == "1"
                objects, _missing = builder.load_demo(allow_missing=allow_missing)
                course_objects, _missing = course_builder.load_demo_courses(
                    course_content, allow_missing=allow_missing
                )
            except builder.MissingDemoTranslations as error:
                raise CommandError(str(error)) from error
            self.stdout.write(
                self.style.SUCCESS(
                    f"Loaded the demo site: {len(objects)} pages and people and "
                    f"{len(course_objects)} course pages and glossary terms, "
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
                username="admin",
                email=DEV_ADMIN_EMAIL,
                password=DEV_ADMIN_PASSWORD,
                first_name="Symbios Admin",  # the name on certificates earned while trying
            )
        EmailAddress.objects.update_or_create(
            user=user, email=DEV_ADMIN_EMAIL, defaults={"verified": True, "primary": True}
        )
        self.stdout.write(
            "Development admin: log in at http://127.0.0.1:8000/admin/ as "
            f"{user.username} / {DEV_ADMIN_PASSWORD} (site log-in: {DEV_ADMIN_EMAIL})."
        )

    def export_pots(self):
        from courses.demo import builder as course_builder
        from courses.demo import content as course_content

        with transaction.atomic():
            builder.ensure_locales()
            if not builder.english_site_exists():
                builder.build_english_site()
            people, pages = builder.english_objects()
            home_strings = builder.source_strings([*people, *pages])
            if not course_builder.english_courses_exist():
                course_builder.build_english_courses(course_content)
            glossary, catalogue, built = course_builder.english_course_objects(course_content)
            course_objects = [*glossary, catalogue, *[p for _d, pages in built for p in pages]]
            course_strings = [
                s for s in builder.source_strings(course_objects) if s not in home_strings
            ]
            # Strings of courses that are not translated into every language.
            needed_by = {}
            everywhere = set(builder.source_strings([*glossary, catalogue]))
            for data, pages in built:
                for text in builder.source_strings(pages):
                    needed_by.setdefault(text, set()).update(data.get("languages", []))
            all_languages = {code for code, _name in settings.LANGUAGES}
            only = {
                text: languages - {settings.LANGUAGE_CODE}
                for text, languages in needed_by.items()
                if languages != all_languages and text not in everywhere
            }
            transaction.set_rollback(True)
        write_pot(Path(builder.LOCALE_DIR) / "demo.pot", home_strings)
        write_pot(Path(course_builder.LOCALE_DIR) / "demo.pot", course_strings, only)
        self.stdout.write(
            f"Wrote {len(home_strings)} + {len(course_strings)} strings to the demo .pot files."
        )
