"""Serving Wagtail pages with their route looked up once per publication.

Wagtail finds the page for an address by walking the tree from the site's root, one
query per level (a lesson is six levels deep), and the site by a query of its own.
``serve`` answers the same question from the cache — site by host, page by
(site, language, path) — and hands the result to Wagtail's own ``serve`` view, which
then runs every ``before_serve_page`` hook (view restrictions included) as usual.

Routes are kept per page-cache generation (``home.page_cache``): publishing,
unpublishing, moving or deleting any page starts a new one, so a cached route never
outlives the page it points to. Only plain routes (no extra arguments from a
routable page) are kept; a miss falls back to Wagtail's walk.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from home import page_cache

MISSING = "missing"


def site_for_request(request):
    """The request's site, cached by host and port (Wagtail caches it on the request)."""
    if not hasattr(request, "_wagtail_site"):
        key = f"site:{request._get_raw_host()}:{request.get_port()}"
        request._wagtail_site = page_cache.cached(key, lambda: Site.find_for_request(request))
    return request._wagtail_site


def _route(request, site, path):
    """Wagtail's route result for ``path``, from the cache when it is a plain route."""

    def walk():
        result = Page.route_for_request(request, path)
        if result is None:
            return MISSING
        page, args, kwargs = result
        if args or kwargs:
            return None  # a routable page's sub-route: not kept
        return (page.pk, page.content_type_id)

    key = f"route:{site.pk}:{get_language()}:{path}"
    found = page_cache.cached(key, walk)
    if hasattr(request, "_wagtail_route_for_request"):  # walked just now
        return request._wagtail_route_for_request or MISSING
    if found is None or found == MISSING:
        return None if found is None else MISSING
    pk, content_type_id = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=pk, live=True).first() if model else None
    return (page, [], {}) if page else None


def serve(request, path):
    site = site_for_request(request)
    if site is None:
        raise Http404
    if not hasattr(request, "_wagtail_route_for_request"):
        route = _route(request, site, path)
        if route == MISSING:
            raise Http404
        if route is not None:
            request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)
