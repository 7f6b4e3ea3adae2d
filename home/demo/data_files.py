"""Demo content read from TOML files that content people edit (``tomllib``).

A file is checked against a schema of ``Field``s as it is read: unknown, missing or
mistyped fields, values outside their choices and repeated keys fail with a
``DemoContentError`` that names the file and the place in it. Text conventions
(documented for editors in ``courses/demo/FORMAT.md``):

- In every text, line breaks and runs of spaces count as one space, so long texts
  can be wrapped freely inside ``'''`` quotes.
- Rich text (``Field("rich")``): paragraphs are separated by a blank line; a
  bulleted list is a run of lines that start with ``- `` (an item may continue on
  the following lines). The result is the ``<p>``/``<ul><li>`` HTML that
  wagtail-localize translates one paragraph or list item at a time.
- Item lists (``Field("items")``): the same ``- `` lines, read as a list of texts.
"""

import html
import tomllib
from dataclasses import dataclass


class DemoContentError(ValueError):
    """A demo data file that does not follow its format."""


@dataclass(frozen=True)
class Field:
    """One field of a table: its kind, whether it is required (else its default),
    the values it may take, and for ``tables`` the fields of each table (None: the
    tables are returned as they are, for the caller to read one by one)."""

    kind: str  # text | rich | items | int | bool | strings | tables
    required: bool = True
    default: object = None
    choices: tuple = ()
    fields: dict | None = None


def optional(kind, default, **options):
    return Field(kind, required=False, default=default, **options)


def read_toml(path):
    try:
        with open(path, "rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise DemoContentError(f"{path}: not valid TOML: {error}") from error


def plain_text(text):
    return " ".join(text.split())


def _chunks(source, where):
    """Blank-line separated chunks, each ("p", text) or ("ul", [items])."""
    chunks = []
    for chunk in source.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        if not lines:
            continue
        if not lines[0].startswith("- "):
            if any(line.startswith("- ") for line in lines):
                raise DemoContentError(f"{where}: put a blank line between a paragraph and a list")
            chunks.append(("p", plain_text(" ".join(lines))))
            continue
        items = []
        for line in lines:
            if line.startswith("- "):
                items.append(line[2:])
            else:
                items[-1] += " " + line
        chunks.append(("ul", [plain_text(item) for item in items]))
    return chunks


def rich_text(source, where):
    parts = []
    for kind, value in _chunks(source, where):
        if kind == "p":
            parts.append(f"<p>{html.escape(value, quote=False)}</p>")
        else:
            items = "".join(f"<li>{html.escape(item, quote=False)}</li>" for item in value)
            parts.append(f"<ul>{items}</ul>")
    if not parts:
        raise DemoContentError(f"{where}: is empty")
    return "".join(parts)


def text_items(source, where):
    chunks = _chunks(source, where)
    if len(chunks) != 1 or chunks[0][0] != "ul":
        raise DemoContentError(f"{where}: write one item per line, each starting with '- '")
    return chunks[0][1]


def _value(value, spec, where):
    kind = spec.kind
    if kind in ("text", "rich", "items"):
        if not isinstance(value, str):
            raise DemoContentError(f"{where}: must be a text")
        if kind == "rich":
            return rich_text(value, where)
        if kind == "items":
            return text_items(value, where)
        value = plain_text(value)
        if not value and spec.required:
            raise DemoContentError(f"{where}: is empty")
    elif kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise DemoContentError(f"{where}: must be a whole number")
    elif kind == "bool":
        if not isinstance(value, bool):
            raise DemoContentError(f"{where}: must be true or false")
    elif kind == "strings":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise DemoContentError(f'{where}: must be a list of texts, e.g. ["a", "b"]')
        for item in value:
            _check_choice(item, spec, where)
        return value
    elif kind == "tables":
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise DemoContentError(f"{where}: must be a list of tables ([[...]] sections)")
        if spec.fields is None:
            return value
        return [read_table(item, spec.fields, f"{where}[{i + 1}]") for i, item in enumerate(value)]
    else:  # a schema mistake, not a content one
        raise ValueError(f"unknown field kind {kind!r}")
    _check_choice(value, spec, where)
    return value


def _check_choice(value, spec, where):
    if spec.choices and value not in spec.choices:
        known = ", ".join(map(str, spec.choices))
        raise DemoContentError(f"{where}: {value!r} is not one of: {known}")


def read_table(table, fields, where):
    """The table's values checked against ``fields``, defaults filled in."""
    unknown = sorted(set(table) - set(fields))
    if unknown:
        raise DemoContentError(
            f"{where}: unknown field {unknown[0]!r} (expected: {', '.join(fields)})"
        )
    result = {}
    for name, spec in fields.items():
        if name not in table:
            if spec.required:
                raise DemoContentError(f"{where}: the required field {name!r} is missing")
            result[name] = spec.default
            continue
        result[name] = _value(table[name], spec, f"{where}.{name}")
    return result


class KeyRegister:
    """Keys that must be unique across files (they become StreamField block ids)."""

    def __init__(self):
        self.places = {}

    def add(self, key, where):
        if key in self.places:
            raise DemoContentError(f"{where}: key {key!r} is already used at {self.places[key]}")
        self.places[key] = where
