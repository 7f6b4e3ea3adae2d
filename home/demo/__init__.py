"""The demo site (home, about, trainers, news, partners) in every language.

Each app that has demo content supplies a ``<app>.demo`` package like this one;
``manage.py load_demo`` finds them through the app registry and calls them in
dependency order. A demo package provides:

- ``DEPENDS_ON``: labels of the apps whose demo must be loaded first;
- ``is_loaded()``: True when everything it would load is there;
- ``load(stdout, *, allow_missing=False)``: load what is missing (resumable, so
  running it twice changes nothing), write one summary line, and raise
  ``home.demo.builder.MissingDemoTranslations`` when translations are missing
  (unless ``allow_missing``);
- ``pot_entries()`` (optional): ``(locale_dir, strings, only)`` for its ``demo.pot``,
  building the English source objects if needed (the command rolls that back).
"""

DEPENDS_ON = ()


def is_loaded():
    from home.demo import builder

    return builder.demo_is_loaded()


def load(stdout, *, allow_missing=False):
    from django.conf import settings

    from home.demo import builder

    objects, _missing = builder.load_demo(allow_missing=allow_missing)
    stdout.write(
        f"Demo site: {len(objects)} pages and people, in {len(settings.LANGUAGES)} languages."
    )


def pot_entries():
    from home.demo import builder

    builder.ensure_locales()
    if not builder.english_site_exists():
        builder.build_english_site()
    people, pages = builder.english_objects()
    return builder.LOCALE_DIR, builder.source_strings([*people, *pages]), {}
