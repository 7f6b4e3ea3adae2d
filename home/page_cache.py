"""The page cache: visitors' pages served from the cache, invalidated on publishing.

Invariants (tested in ``tests/home/test_page_cache.py``):

- Only anonymous ``GET``/``HEAD`` requests are answered from the cache or stored in
  it: a request with a session or a messages cookie (a member, or a visitor with a
  pending message) always reaches the view, so a cached page never shows one
  person's name, progress or CSRF token to anybody else.
- A response is stored only if it is a 200 that sets no cookie (a page that needs a
  CSRF cookie, e.g. one with a form, is therefore never stored), is not marked
  ``private``/``no-store``/``no-cache``, and its address has only known query
  parameters (``CACHEABLE_PARAMETERS``): random query strings are served but never
  fill the cache, whose size is bounded by its backend (``CACHES["pages"]``).
- Publishing, unpublishing, moving or deleting a page, or saving a snippet or setting
  that pages show (``register_dependency``), starts a new *generation*: every page
  cached before is ignored from the next request on, in every language.

Stored pages carry ``Cache-Control: public, max-age=0, s-maxage=<PAGE_CACHE_CDN_SECONDS>``
so a CDN in front may keep them briefly while browsers always come back; other
pages that vary by user get ``private``. ``X-Page-Cache: hit|miss`` says what
happened (bench and tests read it).
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.functional import SimpleLazyObject

logger = logging.getLogger(__name__)
CACHE_ALIAS = "pages"
GENERATION_KEY = "generation"
CACHEABLE_PARAMETERS = frozenset({"page", "q", "language", "sector", "level", "duration", "tag"})
MAX_QUERY_LENGTH = 300
UNCACHEABLE_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/")
PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")
KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Content-Encoding",
    "Content-Security-Policy",
    "Content-Security-Policy-Report-Only",
    "Vary",
    "Link",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
)


def _cache():
    return caches[CACHE_ALIAS]


def generation():
    """The current generation: a token never used before, so entries cached under an
    older one can never match again — not even if the token itself is evicted or
    the cache cleared (a fresh token is drawn then)."""
    cache = _cache()
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(GENERATION_KEY)
    return token


def context_processor(request):
    """``page_generation`` for ``{% cache %}`` fragments that must follow publishing
    (looked up only when a template uses it)."""
    return {"page_generation": SimpleLazyObject(generation)}


def invalidate(**_kwargs):
    """Start a new generation: every page cached so far is stale (all languages)."""
    try:
        _cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:  # publishing must not fail because the cache is down
        logger.error("page cache unavailable: cached pages may be stale", exc_info=True)


SHARED_SECONDS = 24 * 3600


def cached(key, build, timeout=SHARED_SECONDS):
    """A value that pages share (a route, the menu, the site settings), built once per
    generation and kept in the default cache; ``None`` is never kept. An unreachable
    cache only costs the build."""
    try:
        full_key = "shared:" + hashlib.sha256(f"{generation()}|{key}".encode()).hexdigest()
        value = caches["default"].get(full_key)
    except Exception:
        logger.warning("cache unavailable; building %s", key, exc_info=True)
        return build()
    if value is None:
        value = build()
        if value is not None:
            try:
                caches["default"].set(full_key, value, timeout)
            except Exception:
                logger.warning("cache unavailable; %s not kept", key, exc_info=True)
    return value


def register_dependency(*models):
    """Saving or deleting one of ``models`` changes what cached pages show."""
    for model in models:
        post_save.connect(invalidate, sender=model, dispatch_uid=f"page-cache-{model._meta}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"page-cache-del-{model._meta}")


def connect_page_signals():
    """Publishing, unpublishing, moving and deleting pages (any page type)."""
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(invalidate, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="page-cache-moved")

    def page_deleted(sender, instance, **kwargs):
        if isinstance(instance, Page):
            invalidate()

    post_delete.connect(page_deleted, dispatch_uid="page-cache-page-deleted", weak=False)


def _is_anonymous(request):
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _cache_key(request):
    """The key for this request, or None when its address is not cacheable."""
    if request.method not in ("GET", "HEAD") or not _is_anonymous(request):
        return None
    path = request.path
    if path.startswith(UNCACHEABLE_PREFIXES):
        return None
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_QUERY_LENGTH or not set(request.GET).issubset(CACHEABLE_PARAMETERS):
        return None
    normalised = "&".join(
        f"{name}={value}" for name in sorted(request.GET) for value in request.GET.getlist(name)
    )
    compressed = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
    raw = f"{request.get_host()}|{path}|{normalised}|{int(compressed)}"
    return hashlib.sha256(raw.encode()).hexdigest()


def _storable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(directive in cache_control for directive in PRIVATE_DIRECTIVES)


class PageCacheMiddleware:
    """Serve and store anonymous pages (see the module docstring). Sits before the
    session, locale and authentication middleware, so a hit costs none of them."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.cdn_seconds = getattr(settings, "PAGE_CACHE_CDN_SECONDS", 60)
        self.timeout = getattr(settings, "PAGE_CACHE_SECONDS", 600)

    def __call__(self, request):
        key = _cache_key(request) if getattr(settings, "PAGE_CACHE_ENABLED", True) else None
        if key is None:
            response = self.get_response(request)
            if not _is_anonymous(request):
                self._mark_private(response)
            return response
        cache = _cache()
        try:
            current = generation()
            stored = cache.get(key)
        except Exception:  # an unreachable cache must not take the site down
            logger.warning("page cache unavailable; serving without it", exc_info=True)
            return self.get_response(request)
        if stored is not None and stored[0] == current:
            return self._rebuild(stored)
        response = self.get_response(request)
        if _storable(response):
            patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
            patch_cache_control(response, public=True, max_age=0, s_maxage=self.cdn_seconds)
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            headers["Cache-Control"] = response["Cache-Control"]
            try:
                cache.set(key, (current, response.content, headers), timeout=self.timeout)
            except Exception:
                logger.warning("page cache unavailable; page not stored", exc_info=True)
            else:
                response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _rebuild(stored):
        _generation, content, headers = stored
        response = HttpResponse(content)
        for name, value in headers.items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response

    @staticmethod
    def _mark_private(response):
        """A page built for one person must not be kept by a shared cache."""
        if "Cache-Control" not in response or "public" not in response["Cache-Control"]:
            patch_cache_control(response, private=True)
