"""Where each language's home is, what the main menu holds, and language links.

Homes, menus and each page's translations are built once per publication and kept
in the cache (``home.page_cache.cached``: publishing anything starts a new
generation); within a request they are memoised on the request as well, so the
header, footer and language switcher of one page share them.
"""

from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from home import page_cache
from home.models import HomePage
from home.translations import preferred

_CACHE_ATTR = "_symbios_navigation"


def _cache(request):
    if request is None:
        return {}
    if not hasattr(request, _CACHE_ATTR):
        setattr(request, _CACHE_ATTR, {})
    return getattr(request, _CACHE_ATTR)


def locale_homes(request):
    """Map language code → live HomePage of that language."""
    cache = _cache(request)
    if "homes" not in cache:
        cache["homes"] = page_cache.cached(
            "homes",
            lambda: {
                home.locale.language_code: home
                for home in HomePage.objects.live().select_related("locale").order_by("path")
            },
        )
    return cache["homes"]


def current_home(request):
    """The home page in the reader's language, else as ``home.translations`` falls back."""
    return preferred(locale_homes(request).values())


def menu_pages(request):
    """The home page's menu children, in the same order in every language.

    Each language has its own page tree, and a translation is placed where it was
    created, so the trees' orders drift apart. Items follow their source page's
    position in the default language's tree (same ``translation_key``); pages with no
    version there come last, in their own tree's order. One query.
    """
    cache = _cache(request)
    if "menu" not in cache:
        home = current_home(request)
        cache["menu"] = (
            page_cache.cached(
                f"menu:{home.pk}",
                lambda: list(_in_source_order(home.get_children().live().public().in_menu())),
            )
            if home
            else []
        )
    return cache["menu"]


def _in_source_order(pages):
    source_path = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
    ).values("path")[:1]
    return pages.annotate(source_path=Subquery(source_path)).order_by(
        F("source_path").asc(nulls_last=True), "path"
    )


def language_links(request, page=None):
    """One entry per configured language, pointing at the same content in it.

    A Wagtail page links to its translation, or to that language's home page when
    it has none. Other views (search, accounts) keep their path and query string
    under the other language prefix.
    """
    homes = locale_homes(request)
    translations = {}
    if isinstance(page, Page) and page.pk:
        # Addresses only: unpickling whole pages (bodies included) would cost more
        # than the query it saves.
        translations = page_cache.cached(
            f"translations:{page.translation_key}",
            lambda: {
                p.locale.language_code: p.url
                for p in page.get_translations(inclusive=True).live().select_related("locale")
            },
        )
    is_page = isinstance(page, Page)
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        exists = True
        if code in translations:
            url = translations[code]
        elif is_page:
            exists = False
            url = homes[code].get_url(request) if code in homes else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request else url,
                "exists": exists,
                "is_current": code == current,
            }
        )
    return links


def breadcrumbs(page):
    """``[(title, url)]`` of the page's ancestors below the root, the language's home
    first; built once per publication (a page's ancestors change only then)."""

    def build():
        ancestors = page.get_ancestors().exclude(depth=1)
        return [(ancestor.title, ancestor.url) for ancestor in ancestors]

    return page_cache.cached(f"breadcrumbs:{page.pk}", build)
