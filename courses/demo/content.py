"""English source text of the demo courses, read from the TOML files in ``data/``.

``data/glossary.toml`` holds the glossary; ``data/courses/*.toml`` one course each,
built in the order of their file names. ``courses/demo/FORMAT.md`` describes the
files for the people who write them. Reading checks them (known block types,
required fields, unique keys, glossary and trainer references) and raises
``DemoContentError`` naming the file and the place.

``GLOSSARY`` and ``COURSES`` are what ``courses/demo/builder.py`` builds from: plain
dicts, each lesson ``body`` a list of ``(block_type, key, value)`` with rich text
as HTML.
"""

from pathlib import Path

from django.conf import settings

from home.demo.content import PEOPLE
from home.demo.data_files import (
    DemoContentError,
    Field,
    KeyRegister,
    optional,
    read_table,
    read_toml,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
GLOSSARY_FILE = DATA_DIR / "glossary.toml"
COURSES_DIR = DATA_DIR / "courses"

__all__ = ["COURSES", "GLOSSARY", "DemoContentError", "read_courses", "read_glossary"]

TERM = {"key": Field("text"), "term": Field("text"), "definition": Field("text")}

OPTION = {
    "text": Field("text"),
    "correct": optional("bool", False),
    "feedback": optional("text", ""),
}
QUESTION = {
    "kind": Field("text", choices=("single", "multiple", "true_false")),
    "text": Field("text"),
    "explanation": optional("text", ""),
    "points": optional("int", 1),
    "options": Field("tables", fields=OPTION),
}
# The fields of each block type, besides ``type`` and ``key``.
BLOCKS = {
    "heading": {
        "text": Field("text"),
        "level": optional("text", "h2", choices=("h2", "h3", "h4")),
    },
    "paragraph": {"text": Field("rich")},
    "callout": {
        "kind": Field("text", choices=("tip", "warning", "key")),
        "title": Field("text"),
        "text": Field("rich"),
    },
    "glossary_term": {"term": Field("text")},
    "reflection": {"prompt": Field("text"), "hint": optional("text", "")},
    "case_study": {
        "title": Field("text"),
        "organisation": Field("text"),
        "place": Field("text"),
        "summary": Field("rich"),
        "resources": optional(
            "tables",
            [],
            fields={
                "resource": Field("text"),
                "from_party": Field("text"),
                "to_party": Field("text"),
            },
        ),
        "outcomes": optional(
            "tables", [], fields={"value": Field("text"), "label": Field("text")}
        ),
    },
    "quiz": {
        "title": Field("text"),
        "introduction": optional("text", ""),
        "shuffle_options": optional("bool", True),
        "questions": Field("tables", fields=QUESTION),
    },
}
LESSON = {
    "key": Field("text"),
    "title": Field("text"),
    "slug": Field("text"),
    "minutes": Field("int"),
    "body": Field("tables"),  # blocks: checked per type below
}
MODULE = {
    "key": Field("text"),
    "title": Field("text"),
    "slug": Field("text"),
    "unlock_after_previous": optional("bool", False),
    "introduction": Field("rich"),
    "lessons": Field("tables"),  # checked one by one below
}


def _course_fields():
    languages = tuple(code for code, _name in settings.LANGUAGES)
    return {
        "key": Field("text"),
        "title": Field("text"),
        "slug": Field("text"),
        "languages": Field("strings", choices=languages),
        "level": Field("text", choices=("introductory", "intermediate", "advanced")),
        "estimated_hours": Field("int"),
        "sectors": Field("strings"),
        "pass_mark": Field("int"),
        "max_attempts": Field("int"),
        "trainers": optional("strings", [], choices=tuple(p["key"] for p in PEOPLE)),
        "summary": Field("text"),
        "audience": Field("text"),
        "outcomes": Field("items"),
        "modules": Field("tables"),  # checked one by one below
    }


def _display(path):
    try:
        return str(path.relative_to(Path(settings.BASE_DIR)))
    except ValueError:
        return str(path)


def read_glossary(path=GLOSSARY_FILE):
    where = _display(path)
    data = read_toml(path)
    if set(data) != {"terms"}:
        raise DemoContentError(f"{where}: expected only [[terms]] sections")
    keys = KeyRegister()
    terms = []
    for i, table in enumerate(data["terms"]):
        term = read_table(table, TERM, f"{where}: terms[{i + 1}]")
        keys.add(term["key"], f"{where}: terms[{i + 1}]")
        terms.append(term)
    return terms


def _check_question(question, where):
    correct = sum(option["correct"] for option in question["options"])
    if question["kind"] == "true_false" and len(question["options"]) != 2:
        raise DemoContentError(f"{where}: a true_false question has exactly two options")
    if len(question["options"]) < 2:
        raise DemoContentError(f"{where}: a question needs at least two options")
    if correct == 0 or (question["kind"] != "multiple" and correct != 1):
        raise DemoContentError(
            f"{where}: mark {'one option' if question['kind'] != 'multiple' else 'options'} "
            "with correct = true"
        )


def _block(table, where, keys, glossary_keys):
    block_type, key = table.get("type"), table.get("key")
    if block_type not in BLOCKS:
        raise DemoContentError(
            f"{where}: unknown block type {block_type!r} (known: {', '.join(BLOCKS)})"
        )
    if not isinstance(key, str) or not key:
        raise DemoContentError(f"{where}: every block needs a key")
    where = f"{where} (key {key!r})"
    keys.add(key, where)
    fields = {k: v for k, v in table.items() if k not in ("type", "key")}
    value = read_table(fields, BLOCKS[block_type], where)
    if block_type == "paragraph":
        return (block_type, key, value["text"])
    if block_type == "glossary_term" and value["term"] not in glossary_keys:
        raise DemoContentError(f"{where}: no glossary term has the key {value['term']!r}")
    for i, question in enumerate(value.get("questions", []) if block_type == "quiz" else []):
        _check_question(question, f"{where}.questions[{i + 1}]")
    return (block_type, key, value)


def read_course(path, keys, glossary_keys):
    where = _display(path)
    course = read_table(read_toml(path), _course_fields(), where)
    keys.add(course["key"], where)
    if settings.LANGUAGE_CODE not in course["languages"]:
        raise DemoContentError(f"{where}.languages: must include {settings.LANGUAGE_CODE!r}")
    modules = []
    for m, module_table in enumerate(course["modules"]):
        module_where = f"{where}: modules[{m + 1}]"
        module = read_table(module_table, MODULE, module_where)
        keys.add(module["key"], module_where)
        lessons = []
        for n, lesson_table in enumerate(module["lessons"]):
            lesson_where = f"{module_where}.lessons[{n + 1}]"
            lesson = read_table(lesson_table, LESSON, lesson_where)
            keys.add(lesson["key"], lesson_where)
            lesson["body"] = [
                _block(block, f"{lesson_where}.body[{b + 1}]", keys, glossary_keys)
                for b, block in enumerate(lesson["body"])
            ]
            lessons.append(lesson)
        module["lessons"] = lessons
        modules.append(module)
    course["modules"] = modules
    return course


def read_courses(directory=COURSES_DIR, glossary=None):
    """Every course file in ``directory``, in file-name order."""
    glossary_keys = {term["key"] for term in (glossary or read_glossary())}
    keys = KeyRegister()
    paths = sorted(Path(directory).glob("*.toml"))
    if not paths:
        raise DemoContentError(f"{_display(Path(directory))}: no course files (*.toml)")
    return [read_course(path, keys, glossary_keys) for path in paths]


GLOSSARY = read_glossary()
COURSES = read_courses(glossary=GLOSSARY)
