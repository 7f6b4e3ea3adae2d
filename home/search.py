"""Site search: the words a reader types, found in inflected forms and compounds.

Estonian and Finnish build words by adding endings and by compounding
("sümbioos" is the last part of "Tööstussümbioos"; Finnish "symbioosin" is an
inflected "symbioosi"). Full-text engines match whole words, or word starts at
best, and PostgreSQL has no Estonian configuration, so the site search does not
rely on them. Each query word is reduced to a *stem* in the reader's language:
the Snowball stem (English, Estonian, Finnish, Portuguese), shortened for the
languages whose endings Snowball leaves on (Estonian, Finnish) or that it does
not cover (Slovenian). A page matches when every stem occurs in its title or in
the plain text of its search index entry; stems shorter than
``WORD_START_BELOW`` letters must begin a word, so "FISS" does not match inside
unrelated words. The same SQL runs on SQLite and PostgreSQL.

Ranking is in two steps, small enough to explain to a reader: pages whose
titles contain more of the words come first; among equally good matches,
courses come before lessons and modules, which come before news and other
pages (the order of ``register_result_type``); then the page tree's order,
which keeps a course's lessons in course order.

A result type (the label readers see, its rank and, for lessons, the course it
belongs to) is registered by the app that owns the page model, so this module
never imports the apps built on ``home``.
"""

import re
from dataclasses import dataclass
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

import snowballstemmer

from home.markdown import render_markdown

MAX_TERMS = 8
MIN_STEM = 4
WORD_START_BELOW = 5
SNIPPET_WORDS = 30

SNOWBALL_LANGUAGES = {"en": "english", "et": "estonian", "fi": "finnish", "pt": "portuguese"}
# How many letters an inflected form may change at the end of a word, beyond what
# Snowball removes: Estonian case endings (-st, -sse, -ga, -le …); Finnish ones
# (-ssa, -sta, -ksi, -den …) plus the consonant before them, which alternates
# (talous, talouden, talouteen); Slovenian, which Snowball does not cover, the final
# vowel (simbioza, simbioze).
TRIM_ENDINGS = {"et": 2, "fi": 3, "sl": 1}

# Letters and digits; everything else (quotes, operators, punctuation) separates words.
WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Term:
    word: str
    stem: str

    @property
    def starts_word(self):
        """Short stems must begin a word; longer ones may end a compound."""
        return len(self.stem) < WORD_START_BELOW


@dataclass(frozen=True)
class ResultType:
    label: str
    rank: int
    # Results of this type name the nearest ancestor of this page model (a lesson's course).
    within: type | None = None


DEFAULT_RESULT_TYPE = ResultType(_("Page"), rank=3)
_result_types = {}


def register_result_type(model, *, label, rank, within=None):
    """Say how results of ``model`` are labelled and ranked (lower ranks first)."""
    _result_types[model] = ResultType(label, rank, within)


def result_type(model):
    for cls in model.__mro__:
        if cls in _result_types:
            return _result_types[cls]
    return DEFAULT_RESULT_TYPE


def search_words(text):
    """The words of ``text`` separated by single spaces: no search syntax, no
    control characters. Safe to hand to any search backend."""
    return " ".join(WORD.findall(text))


@cache
def _stemmer(language):
    algorithm = SNOWBALL_LANGUAGES.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def stem(word, language):
    """The shortest of the word, its Snowball stem and the word less the endings
    its language may add, but not shorter than ``MIN_STEM`` letters."""
    word = word.lower()
    if len(word) <= MIN_STEM:
        return word
    candidates = [word]
    stemmer = _stemmer(language)
    if stemmer:
        candidates.append(stemmer.stemWord(word))
    trim = TRIM_ENDINGS.get(language, 0)
    if trim:
        candidates.append(word[:-trim])
    return min(
        (c for c in candidates if len(c) >= MIN_STEM and word.startswith(c)),
        key=len,
        default=word,
    )


def parse_terms(text, language):
    """The distinct words of a query as terms; words of one or two letters are
    left out when the query has longer ones ("symbiosis in Estonia")."""
    words = list(dict.fromkeys(word.lower() for word in WORD.findall(text)))
    if any(len(word) > 2 for word in words):
        words = [word for word in words if len(word) > 2]
    return [Term(word, stem(word, language)) for word in words[:MAX_TERMS]]


def _index_text_field():
    """The plain-text column of the search index entry (modelsearch keeps the
    text in ``body`` on SQLite, beside the tsvectors in ``body_text`` on PostgreSQL)."""
    return (
        "index_entries__body_text" if connection.vendor == "postgresql" else "index_entries__body"
    )


def _term_q(term, field):
    # Both databases compare non-ASCII letters case-sensitively in LIKE (SQLite
    # always, PostgreSQL under the C locale): also try the capitalised form.
    variants = {term.stem, term.stem.capitalize()}
    q = Q()
    for variant in variants:
        if term.starts_word:
            q |= Q(**{f"{field}__istartswith": variant})
            for separator in (" ", "-", "\n", "(", "“", '"', "„"):
                q |= Q(**{f"{field}__icontains": separator + variant})
        else:
            q |= Q(**{f"{field}__icontains": variant})
    return q


@dataclass(frozen=True)
class Match:
    pk: int
    content_type_id: int
    path: str
    title_hits: int


def find(terms, pages):
    """Every page of ``pages`` matching all ``terms``, best first (one query)."""
    if not terms:
        return []
    pages = pages.annotate(_text=F(_index_text_field()))
    title_hits = Value(0, output_field=IntegerField())
    for term in terms:
        pages = pages.filter(_term_q(term, "title") | _term_q(term, "_text"))
        title_hits = title_hits + Case(
            When(_term_q(term, "title"), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    rows = pages.annotate(_title_hits=title_hits).values_list(
        "pk", "content_type_id", "path", "_title_hits"
    )
    matches = [Match(*row) for row in rows]
    matches.sort(key=lambda m: (-m.title_hits, _rank(m.content_type_id), m.path))
    return matches


def _model(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class() or Page


def _rank(content_type_id):
    return result_type(_model(content_type_id)).rank


@dataclass(frozen=True)
class Result:
    page: Page
    type_label: str
    snippet: str
    within_title: str


def results(matches):
    """The pages of ``matches`` (one results page) with what the reader sees: the
    type, a plain-text snippet and, for lessons, the course's title. One query
    for the pages, one per page type among them and one for the course titles."""
    by_pk = {
        page.pk: page for page in Page.objects.filter(pk__in=[m.pk for m in matches]).specific()
    }
    pages = [by_pk[m.pk] for m in matches if m.pk in by_pk]
    within_titles = _within_titles(pages)
    items = []
    for page in pages:
        kind = result_type(type(page))
        within = ""
        if kind.within:
            within = next(
                (
                    within_titles[(kind.within, path)]
                    for path in _ancestor_paths(page)
                    if (kind.within, path) in within_titles
                ),
                "",
            )
        items.append(Result(page, kind.label, snippet(page), within))
    return items


def _ancestor_paths(page):
    """Tree paths of the page's ancestors below the root, nearest first."""
    return [page.path[: depth * Page.steplen] for depth in range(page.depth - 1, 1, -1)]


def _within_titles(pages):
    """{(model, path): title} for the ancestors the results name, in one query."""
    wanted = {}
    for page in pages:
        within = result_type(type(page)).within
        if within:
            wanted.setdefault(within, set()).update(_ancestor_paths(page))
    if not wanted:
        return {}
    content_types = ContentType.objects.get_for_models(*wanted)
    q = Q()
    for model, paths in wanted.items():
        q |= Q(content_type=content_types[model], path__in=paths)
    return {
        (_model(content_type_id), path): title
        for content_type_id, path, title in Page.objects.filter(q).values_list(
            "content_type_id", "path", "title"
        )
    }


SNIPPET_FIELDS = ("summary", "lead", "intro", "introduction", "hero_text")
SNIPPET_BLOCKS = ("paragraph", "markdown")
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote|div)>|<br\s*/?>", re.IGNORECASE)


def snippet(page):
    """The page's search description, else the first words of its summary,
    lead or introduction, else of the first paragraph of its body; plain text."""
    text = page.search_description
    for name in SNIPPET_FIELDS:
        if text:
            break
        text = str(getattr(page, name, "") or "")
    body = getattr(page, "body", None)
    if not text and body is not None and hasattr(body, "raw_data"):
        for block in body.raw_data:
            value = block.get("value")
            if block.get("type") in SNIPPET_BLOCKS and isinstance(value, str) and value:
                text = render_markdown(value) if block["type"] == "markdown" else value
                break
    # A space after each block element, so paragraphs do not run together.
    text = BLOCK_END.sub(r"\g<0> ", text)
    text = " ".join(strip_tags(text).split())
    return Truncator(text).words(SNIPPET_WORDS, truncate="…")
