"""``manage.py load_demo``: the demo content every app supplies, in all languages.

Apps are not named here: each installed app with a ``<app>.demo`` package that has
a ``load`` function takes part, after the apps its ``DEPENDS_ON`` names (the
protocol is described in ``home/demo/__init__.py``). The tests load the demo
through this command too.
"""

import importlib
import importlib.util
import os

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

import polib

from home.demo.builder import MissingDemoTranslations

DEV_ADMIN_EMAIL = "admin@symbios.test"
DEV_ADMIN_PASSWORD = "symbios-admin"  # noqa: S105 - only ever created under dev settings


def demo_modules():
    """``{app label: demo module}`` of the installed apps that supply demo content."""
    found = {}
    for config in apps.get_app_configs():
        name = f"{config.name}.demo"
        try:
            spec = importlib.util.find_spec(name)
        except ModuleNotFoundError:
            spec = None
        if spec is None:
            continue
        module = importlib.import_module(name)
        if callable(getattr(module, "load", None)):
            found[config.label] = module
    return found


def in_dependency_order(modules):
    """``[(label, module)]`` with every app after the apps its ``DEPENDS_ON`` names;
    otherwise in ``INSTALLED_APPS`` order."""
    ordered, done, visiting = [], set(), []

    def visit(label):
        if label in done:
            return
        if label in visiting:
            cycle = " → ".join([*visiting[visiting.index(label) :], label])
            raise CommandError(f"The demo modules depend on each other in a circle: {cycle}")
        visiting.append(label)
        for needed in getattr(modules[label], "DEPENDS_ON", ()):
            if needed not in modules:
                raise CommandError(
                    f"The {label} demo needs the {needed} demo, which is not installed."
                )
            visit(needed)
        visiting.pop()
        done.add(label)
        ordered.append((label, modules[label]))

    for label in modules:
        visit(label)
    return ordered


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
        "Load the demo content of every app that supplies one (site, courses, …) in all "
        "five languages. Does nothing if it is already there; finishes a partial load."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--export-pots",
            action="store_true",
            help="Write each app's English demo strings to <app>/demo/locale/demo.pot for "
            "translators, change nothing in the database, and stop.",
        )

    def handle(self, *args, **options):
        demos = in_dependency_order(demo_modules())
        if options["export_pots"]:
            return self.export_pots(demos)
        if all(demo.is_loaded() for _label, demo in demos):
            self.stdout.write("Demo content is already loaded; nothing to do.")
        else:
            # Only for work in progress on demo content: load what is translated.
            allow_missing = os.environ.get("SYMBIOS_ALLOW_MISSING_DEMO") == "1"
            try:
                for _label, demo in demos:
                    demo.load(self.stdout, allow_missing=allow_missing)
            except MissingDemoTranslations as error:
                raise CommandError(str(error)) from error
            self.stdout.write(self.style.SUCCESS("Loaded the demo content."))
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
            f"Development admin: log in at http://{settings.SITE_DOMAIN}/admin/ with "
            f"{DEV_ADMIN_EMAIL} / {DEV_ADMIN_PASSWORD}."
        )

    def export_pots(self, demos):
        """One demo.pot per app; a string already in an earlier app's file is left out
        of later ones (the builders read every earlier app's translations too)."""
        pots, exported = [], set()
        with transaction.atomic():
            for _label, demo in demos:
                if not hasattr(demo, "pot_entries"):
                    continue
                locale_dir, strings, only = demo.pot_entries()
                strings = [text for text in strings if text not in exported]
                exported.update(strings)
                pots.append((locale_dir, strings, only))
            transaction.set_rollback(True)
        for locale_dir, strings, only in pots:
            write_pot(os.path.join(locale_dir, "demo.pot"), strings, only)
        counts = " + ".join(str(len(strings)) for _dir, strings, _only in pots)
        self.stdout.write(f"Wrote {counts} strings to the demo .pot files.")
