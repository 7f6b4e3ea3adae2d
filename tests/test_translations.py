"""UI and demo translations are complete, not fuzzy, compiled, and in sync."""

import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import polib
import pytest

ROOT = Path(settings.BASE_DIR)
LANGS = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
PLACEHOLDER = r"%\([a-z_]+\)[sd]"


def po_path(code):
    return ROOT / "locale" / code / "LC_MESSAGES" / "django.po"


def placeholders(text):
    import re

    return sorted(re.findall(PLACEHOLDER, text))


@pytest.mark.parametrize("code", LANGS)
def test_ui_catalogue_is_complete_and_not_fuzzy(code):
    po = polib.pofile(str(po_path(code)))
    assert po.metadata.get("Language") == code
    assert "fuzzy" not in (po.metadata_is_fuzzy and ["fuzzy"] or [])
    assert not po.untranslated_entries(), [e.msgid for e in po.untranslated_entries()]
    assert not po.fuzzy_entries(), [e.msgid for e in po.fuzzy_entries()]
    for entry in po.translated_entries():
        if entry.msgid_plural:
            for form in entry.msgstr_plural.values():
                assert form.strip(), entry.msgid
                assert placeholders(form) == placeholders(entry.msgid_plural), entry.msgid
        else:
            assert (
                entry.msgstr != entry.msgid or len(entry.msgid) < 12 or entry.msgid in {"Symbios"}
            ), f"{code}: copied, not translated: {entry.msgid!r}"
            assert placeholders(entry.msgstr) == placeholders(entry.msgid), entry.msgid


@pytest.mark.parametrize("code", LANGS)
def test_compiled_catalogue_matches_its_source(code):
    po = polib.pofile(str(po_path(code)))
    mo = polib.mofile(str(po_path(code).with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo}
    for entry in po.translated_entries():
        assert compiled.get((entry.msgctxt, entry.msgid)) == (
            entry.msgstr,
            entry.msgstr_plural,
        ), f"{code}: run `make compilemessages` ({entry.msgid!r})"


@pytest.mark.skipif(
    not shutil.which("xgettext") and not (ROOT / ".ci").exists(),
    reason="GNU gettext is not installed",
)
def test_catalogues_hold_every_string_in_the_code(tmp_path):
    """Fails when a new translatable string has not gone through `make messages`."""
    if not shutil.which("xgettext"):
        pytest.fail("GNU gettext (xgettext) is needed: apt-get install gettext")
    work = tmp_path / "project"
    shutil.copytree(
        ROOT,
        work,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "staticfiles", "media", "*.sqlite3*", "node_modules", "tests"
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "et",
            "--no-location",
            "--ignore=bench/*",
        ],
        cwd=work,
        check=True,
        capture_output=True,
    )
    fresh = {
        (e.msgctxt, e.msgid)
        for e in polib.pofile(str(work / po_path("et").relative_to(ROOT)))
        if not e.obsolete
    }
    for code in LANGS:
        committed = {
            (e.msgctxt, e.msgid) for e in polib.pofile(str(po_path(code))) if not e.obsolete
        }
        missing = fresh - committed
        assert not missing, f"{code}: run `make messages`; missing {sorted(missing)[:5]}"


DEMO_CATALOGUES = [ROOT / "home" / "demo" / "locale", ROOT / "courses" / "demo" / "locale"]


@pytest.mark.parametrize("folder", DEMO_CATALOGUES, ids=["home", "courses"])
@pytest.mark.parametrize("code", LANGS)
def test_demo_content_catalogue_is_complete(code, folder):
    """Every demo string a language needs is translated (``only:`` marks strings of
    courses that exist in some languages only)."""
    if not folder.exists():
        pytest.skip(f"{folder} is not part of this tree")
    pot = polib.pofile(str(folder / "demo.pot"))
    po = polib.pofile(str(folder / f"{code}.po"))
    translated = {e.msgid: e.msgstr for e in po.translated_entries() if "fuzzy" not in e.flags}
    needed = [
        e for e in pot if not e.comment.startswith("only:") or code in e.comment.split(":")[1]
    ]
    missing = [e.msgid for e in needed if e.msgid not in translated]
    assert not missing, missing[:5]
    copies = [m for m, t in translated.items() if m == t and len(m) > 25]
    assert not copies, f"{code}: copied, not translated: {copies[:3]}"
