"""Where each language's home is, what the main menu holds, and language links.

Results are memoised on the request so that the header, footer and language
switcher of one page share their queries.
"""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

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
        cache["homes"] = {
            home.locale.language_code: home
            for home in HomePage.objects.live().select_related("locale").order_by("path")
        }
    return cache["homes"]


def current_home(request):
    """The home page in the reader's language, else as ``home.translations`` falls back."""
    return preferred(locale_homes(request).values())


def menu_pages(request):
    cache = _cache(request)
    if "menu" not in cache:
        home = current_home(request)
        cache["menu"] = (
            list(home.get_children().live().public().in_menu().order_by("path")) if home else []
        )
    return cache["menu"]


def language_links(request, page=None):
    """One entry per configured language, pointing at the same content in it.

    A Wagtail page links to its translation, or to that language's home page when
    it has none. Other views (search, accounts) keep their path and query string
    under the other language prefix.
    """
    homes = locale_homes(request)
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    is_page = isinstance(page, Page)
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        exists = True
        if code in translations:
            url = translations[code].get_url(request)
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
