import io
import re
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page

import polib
import pytest

from home.models import Partner, Person

pytestmark = pytest.mark.django_db


def test_load_demo_twice_changes_nothing(capsys):
    pages, people, partners = Page.objects.count(), Person.objects.count(), Partner.objects.count()
    call_command("load_demo")
    assert "already loaded" in capsys.readouterr().out
    assert (Page.objects.count(), Person.objects.count(), Partner.objects.count()) == (
        pages,
        people,
        partners,
    )


def test_demo_translations_are_real_wagtail_localize_translations():
    from wagtail_localize.models import Translation

    from courses.demo import content as courses
    from home.demo import content as site

    site_objects = len(site.PEOPLE) + 4 + len(site.NEWS)  # people, home, 2 pages, news index
    course_objects = len(courses.GLOSSARY) * 4 + 4  # glossary and catalogue in 4 languages
    for course in courses.COURSES:
        pages = 1 + sum(1 + len(module["lessons"]) for module in course["modules"])
        course_objects += pages * (len(course["languages"]) - 1)
    expected = site_objects * 4 + course_objects
    assert Translation.objects.filter(enabled=True).count() == expected


def test_no_development_admin_outside_dev_settings():
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(is_superuser=True).exists()


# --- Discovery: each app supplies its demo, load_demo names none ---


def test_load_demo_finds_each_apps_demo_module_dependencies_first():
    from home.management.commands.load_demo import demo_modules, in_dependency_order

    labels = [label for label, _module in in_dependency_order(demo_modules())]
    assert labels == ["home", "courses"]


def _demo(*depends_on):
    return SimpleNamespace(DEPENDS_ON=depends_on, load=lambda stdout, **kw: None)


def test_a_demo_is_loaded_after_the_demos_it_depends_on_whatever_the_app_order():
    from home.management.commands.load_demo import in_dependency_order

    modules = {"events": _demo("exchange"), "exchange": _demo("home"), "home": _demo()}
    assert [label for label, _m in in_dependency_order(modules)] == ["home", "exchange", "events"]


def test_a_missing_or_circular_demo_dependency_is_named():
    from home.management.commands.load_demo import in_dependency_order

    with pytest.raises(CommandError, match="courses demo needs the home demo"):
        in_dependency_order({"courses": _demo("home")})
    with pytest.raises(CommandError, match="a → b → a"):
        in_dependency_order({"a": _demo("b"), "b": _demo("a")})


def test_load_demo_works_without_test_only_packages():
    """polib reads the demo translations on a production install: it must be a
    runtime dependency, not a test extra."""
    import tomllib

    pyproject = tomllib.loads((Path(settings.BASE_DIR) / "pyproject.toml").read_text())
    runtime = [name.split(">")[0].split("=")[0] for name in pyproject["project"]["dependencies"]]
    assert "polib" in runtime


def test_exported_pots_match_the_committed_ones(tmp_path, monkeypatch):
    """The committed demo.pot files are what the data files produce, so the PO files
    translators keep are in step with the course files."""
    import home.management.commands.load_demo as command

    written = {}
    monkeypatch.setattr(
        command, "write_pot", lambda path, strings, only=None: written.update({path: strings})
    )
    call_command("load_demo", export_pots=True, stdout=io.StringIO())
    assert len(written) == 2
    for path, strings in written.items():
        committed = [entry.msgid for entry in polib.pofile(path)]
        assert strings == committed, f"{path}: run `manage.py load_demo --export-pots`"


# --- Course data files: checked as they are read ---

GOOD_COURSE = """
key = "c"
title = "A course"
slug = "a-course"
languages = ["en", "fi"]
level = "introductory"
estimated_hours = 1
pass_mark = 60
max_attempts = 0
sectors = []
summary = "Short."
audience = '''
For
everyone.
'''
outcomes = '''
- One thing
  and another.
- Two.
'''

[[modules]]
key = "c-m1"
title = "Module"
slug = "module"
introduction = '''
First paragraph
wraps.

- an item
- another
'''

[[modules.lessons]]
key = "c-m1-l1"
title = "Lesson"
slug = "lesson"
minutes = 5

[[modules.lessons.body]]
type = "glossary_term"
key = "c-g"
term = "synergy"

[[modules.lessons.body]]
type = "quiz"
key = "c-q"
title = "Check"

[[modules.lessons.body.questions]]
kind = "single"
text = "Which?"

[[modules.lessons.body.questions.options]]
text = "This"
correct = true

[[modules.lessons.body.questions.options]]
text = "That"
"""


def read(tmp_path, text, name="01-course.toml"):
    from courses.demo.content import read_courses

    (tmp_path / name).write_text(text)
    return read_courses(tmp_path)


def test_a_course_file_reads_into_the_builders_structures(tmp_path):
    (course,) = read(tmp_path, GOOD_COURSE)
    assert course["audience"] == "For everyone."
    assert course["outcomes"] == ["One thing and another.", "Two."]
    assert course["trainers"] == []
    module = course["modules"][0]
    assert module["introduction"] == (
        "<p>First paragraph wraps.</p><ul><li>an item</li><li>another</li></ul>"
    )
    assert module["unlock_after_previous"] is False
    glossary, quiz = module["lessons"][0]["body"]
    assert glossary == ("glossary_term", "c-g", {"term": "synergy"})
    assert quiz[2]["shuffle_options"] is True
    question = quiz[2]["questions"][0]
    assert question["points"] == 1
    assert question["options"][1] == {"text": "That", "correct": False, "feedback": ""}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('type = "quiz"', 'type = "quizz"'), "unknown block type 'quizz'"),
        (('key = "c-q"', 'key = "c-g"'), "key 'c-g' is already used"),
        (('title = "Check"\n', ""), "the required field 'title' is missing"),
        (('term = "synergy"', 'term = "synergie"'), "no glossary term has the key 'synergie'"),
        (("minutes = 5", 'minutes = "5"'), "minutes: must be a whole number"),
        (('level = "introductory"', 'level = "easy"'), "'easy' is not one of"),
        (('slug = "lesson"', 'slug = "lesson"\nsummary = "x"'), "unknown field 'summary'"),
        (("correct = true\n", ""), "mark one option with correct = true"),
        (('languages = ["en", "fi"]', 'languages = ["fi"]'), "must include 'en'"),
        (("wraps.\n\n- an", "wraps.\n- an"), "blank line between a paragraph and a list"),
        (('title = "A course"', 'title = "A course'), "not valid TOML"),
    ],
)
def test_a_mistake_in_a_course_file_names_the_file_and_the_place(tmp_path, change, message):
    from courses.demo.content import DemoContentError

    old, new = change
    assert old in GOOD_COURSE
    with pytest.raises(DemoContentError, match=re.escape(message)) as error:
        read(tmp_path, GOOD_COURSE.replace(old, new, 1))
    assert "01-course.toml" in str(error.value)


def test_block_keys_are_unique_across_course_files(tmp_path):
    second = GOOD_COURSE.replace('key = "c"', 'key = "d"', 1).replace("c-m1", "d-m1")
    (tmp_path / "01-course.toml").write_text(GOOD_COURSE)
    with pytest.raises(Exception, match="key 'c-g' is already used at .*01-course.toml"):
        read(tmp_path, second, name="02-course.toml")
