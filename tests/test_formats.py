"""Dates and numbers in the reader's language (symbios/formats/), in templates and pages."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.template import Context, Template
from django.utils import timezone, translation

import pytest

from home.models import NewsPage

MOMENT = timezone.make_aware(datetime.datetime(2026, 12, 1, 8, 58))  # Europe/Tallinn

EXPECTED = {
    # language: (date, date and time, short date, 1234.5, 1234.5 grouped)
    "en": ("1 December 2026", "1 December 2026, 08:58", "1 Dec 2026", "1234.5", "1,234.5"),
    "et": ("1. detsember 2026", "1. detsember 2026, 08:58", "01.12.2026", "1234,5", "1\xa0234,5"),
    "fi": (
        "1. joulukuuta 2026",
        "1. joulukuuta 2026 klo 8.58",
        "1.12.2026",
        "1234,5",
        "1\xa0234,5",
    ),
    "sl": ("1. decembra 2026", "1. decembra 2026 ob 08:58", "1. 12. 2026", "1234,5", "1.234,5"),
    "pt": (
        "1 de dezembro de 2026",
        "1 de dezembro de 2026 às 08:58",
        "01/12/2026",
        "1234,5",
        "1\xa0234,5",
    ),
}


def render(source, language, **context):
    with translation.override(language):
        return Template(source).render(Context(context))


def test_every_language_has_expectations():
    assert set(EXPECTED) == {code for code, _name in settings.LANGUAGES}


@pytest.mark.parametrize("language", EXPECTED)
def test_dates_follow_the_readers_language(language):
    date, date_time, short, _decimal, _grouped = EXPECTED[language]
    assert render("{{ when|date }}", language, when=MOMENT) == date
    assert render('{{ when|date:"DATE_FORMAT" }}', language, when=MOMENT) == date
    assert render('{{ when|date:"DATETIME_FORMAT" }}', language, when=MOMENT) == date_time
    assert render("{{ when }}", language, when=MOMENT) == date_time  # localize
    assert render('{{ when|date:"SHORT_DATE_FORMAT" }}', language, when=MOMENT) == short


@pytest.mark.parametrize("language", EXPECTED)
def test_numbers_follow_the_readers_language(language):
    *_dates, decimal, grouped = EXPECTED[language]
    assert render("{{ number }}", language, number=Decimal("1234.5")) == decimal
    assert render("{% load l10n %}{{ number|localize }}", language, number=1234.5) == decimal
    assert render('{{ number|floatformat:"1g" }}', language, number=Decimal("1234.5")) == grouped
    # No separators where numbers are data (ids, sizes): grouping is opt-in.
    assert render("{{ number }}", language, number=123456) == "123456"


def test_portuguese_admin_language_uses_the_same_formats():
    """The Wagtail admin names European Portuguese ``pt-pt``."""
    assert render("{{ when|date }}", "pt-pt", when=MOMENT) == EXPECTED["pt"][0]


# A date filter with a format of its own ("j M Y", "N j, Y"…) instead of a named one.
# ``Y-m-d`` is allowed for machine-readable values (``<time datetime="…">``).
# Named formats, and the machine-readable ISO forms for <time datetime> ("Y-m-d", "c").
OWN_FORMAT = re.compile(r"""\|\s*(?:date|time)\s*:\s*["'](?!(?:[A-Z_]+_FORMAT|Y-m-d|c)["'])""")


def test_templates_use_named_date_formats_only():
    templates = Path(settings.BASE_DIR, "templates")
    offenders = [
        f"{path.relative_to(templates)}:{number}"
        for path in templates.rglob("*.html")
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if OWN_FORMAT.search(line)
    ]
    assert not offenders


def test_the_format_check_catches_a_format_string():
    assert OWN_FORMAT.search('{{ page.date|date:"j M Y" }}')
    assert OWN_FORMAT.search("{{ page.date|date:'N j, Y' }}")
    assert not OWN_FORMAT.search('{{ page.date|date:"DATE_FORMAT" }}')
    assert not OWN_FORMAT.search("<time datetime=\"{{ page.date|date:'Y-m-d' }}\">")
    assert not OWN_FORMAT.search('<time datetime="{{ comment.updated_at|date:"c" }}">')


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("en", "15 May 2015"),
        ("et", "15. mai 2015"),
        ("fi", "15. toukokuuta 2015"),
        ("sl", "15. maja 2015"),
        ("pt", "15 de maio de 2015"),
    ],
)
def test_news_page_prints_its_date_in_the_readers_language(client, fiss_news, language, printed):
    page = NewsPage.objects.get(
        translation_key=fiss_news.translation_key, locale__language_code=language
    )
    html = client.get(page.url).content.decode()
    assert f'<time datetime="2015-05-15">{printed}</time>' in html
