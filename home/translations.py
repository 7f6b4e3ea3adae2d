"""One way to find a page in the reader's language.

The language versions of a page share a Wagtail ``translation_key``, and learner
records (enrolments, progress, notes, certificates) store that key, not a page. Every
screen that turns keys back into pages asks the same question — which version to
show — and gets the same answer here:

1. the live version in the requested language (by default the active one);
2. else the version in the site's default language (``settings.LANGUAGE_CODE``),
   the language the content is written in and translated from;
3. else the oldest version (lowest id: in practice the source the others were
   copied from).

Only live pages count, unless the caller passes a queryset of its own (editors'
analytics also look at drafts). ``language_order()`` states the same preference as
an SQL ordering, for subqueries that pick a title per key.
"""

from django.conf import settings
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils.translation import get_language


def _language(language):
    return language or get_language() or settings.LANGUAGE_CODE


def _rank(page, language):
    code = page.locale.language_code
    return (code != language, code != settings.LANGUAGE_CODE, page.pk)


def preferred(versions, language=None):
    """The version to show among already-loaded ``versions`` (None if there are none)."""
    language = _language(language)
    return min(versions, key=lambda page: _rank(page, language), default=None)


def pages_in_language(pages, keys=None, *, language=None):
    """``{translation key: page}``: one version per key, chosen as the module says.

    ``pages`` is a page model (its live pages), a queryset (used as given, so it may
    include drafts or other filters), or pages already loaded (no query). ``keys``
    limits the result to these translation keys; keys without a page are left out.
    Models and querysets cost one query however many keys are asked for.
    """
    if isinstance(pages, type):
        pages = pages.objects.live()
    if isinstance(pages, QuerySet):
        if keys is not None:
            pages = pages.filter(translation_key__in=list(keys))
        pages = pages.select_related("locale")
    elif keys is not None:
        keys = set(keys)
        pages = [page for page in pages if page.translation_key in keys]
    versions = {}
    for page in pages:
        versions.setdefault(page.translation_key, []).append(page)
    return {key: preferred(group, language) for key, group in versions.items()}


def page_in_language(pages, key, *, language=None):
    """The version of one page to show (None if no version qualifies); one query."""
    return pages_in_language(pages, [key], language=language).get(key)


def language_order(language=None):
    """``order_by()`` arguments that sort a page queryset in the same preference."""
    language = _language(language)
    return [
        Case(
            When(locale__language_code=language, then=Value(0)),
            When(locale__language_code=settings.LANGUAGE_CODE, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        ),
        "pk",
    ]
