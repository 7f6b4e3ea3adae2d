"""The demo courses and glossary, built from ``courses/demo/data/*.toml`` (see
``FORMAT.md``); loaded by ``manage.py load_demo`` after the demo site, under whose
home page the catalogue goes. The protocol is described in ``home/demo/__init__.py``.
"""

DEPENDS_ON = ("home",)


def is_loaded():
    from courses.demo import builder, content

    return builder.demo_courses_loaded(content)


def load(stdout, *, allow_missing=False):
    from courses.demo import builder, content

    objects, _missing = builder.load_demo_courses(content, allow_missing=allow_missing)
    stdout.write(
        f"Demo courses: {len(content.COURSES)} courses, {len(objects)} course pages and "
        "glossary terms, in the languages each course lists."
    )


def pot_entries():
    """The English strings of the glossary, catalogue and courses; a course's strings
    are marked ``only`` with its languages when it is not translated into all."""
    from django.conf import settings

    from courses.demo import builder, content
    from home.demo.builder import source_strings

    if not builder.english_courses_exist():
        builder.build_english_courses(content)
    glossary, catalogue, built = builder.english_course_objects(content)
    course_objects = [*glossary, catalogue, *[p for _d, pages in built for p in pages]]
    everywhere = set(source_strings([*glossary, catalogue]))
    needed_by = {}
    for data, pages in built:
        for text in source_strings(pages):
            needed_by.setdefault(text, set()).update(data.get("languages", []))
    all_languages = {code for code, _name in settings.LANGUAGES}
    only = {
        text: languages - {settings.LANGUAGE_CODE}
        for text, languages in needed_by.items()
        if languages != all_languages and text not in everywhere
    }
    return builder.LOCALE_DIR, source_strings(course_objects), only
