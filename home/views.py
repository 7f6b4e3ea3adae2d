"""Views that are not Wagtail pages: search, the member's name, the way to the site's
log-in, robots.txt, error pages."""

import sys

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import InterfaceError, OperationalError
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Page

from home import search as site_search
from home import serving
from home.account_forms import NameForm, save_name
from home.models.pages import paginate

SEARCH_RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
RETRY_AFTER_SECONDS = 5  # a restarting database is usually back within seconds


@login_required
def account_name(request):
    """The name shown to others and printed on new certificates."""
    user = request.user
    if request.method == "POST":
        form = NameForm(request.POST)
        if form.is_valid():
            save_name(user, form.cleaned_data["name"])
            messages.success(request, _("Your name has been saved."))
            return redirect("account_name")
    else:
        form = NameForm(initial={"name": user.get_full_name()})
    return render(request, "account/name.html", {"form": form})


def _safe_next(request, fallback):
    next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return fallback


def admin_log_in(request):
    """Stands in for Wagtail's admin log-in form, which authenticates with Django's
    ``LoginView`` and so skips allauth's rules (a verified e-mail address, the rate
    limits): editors log in on the site's form and come back to the admin."""
    next_url = _safe_next(request, reverse("wagtailadmin_home"))
    if request.user.is_authenticated:
        if request.user.has_perm("wagtailadmin.access_admin"):
            return redirect(next_url)
        # Logged in without admin access (Wagtail has said so in a message): the
        # log-in form would send them straight back here.
        return redirect("/")
    return redirect_to_login(next_url, settings.LOGIN_URL)


def page_log_in(request):
    """Stands in for Wagtail's log-in form for private pages, for the same reason."""
    next_url = _safe_next(request, "/")
    if request.user.is_authenticated:
        # A page for certain groups only, and the member is in none of them.
        messages.error(request, _("Your account cannot open that page."))
        return redirect("/")
    return redirect_to_login(next_url, settings.LOGIN_URL)


@require_GET
def search(request):
    """Search the live pages of the reader's language (rules in ``home.search``)."""
    query = request.GET.get("q", "").strip()
    error = ""
    results = None
    if len(query) > MAX_QUERY_LENGTH:
        error = _("Please shorten your search to at most %(max)d characters.") % {
            "max": MAX_QUERY_LENGTH
        }
    elif query:
        serving.site_for_request(request)  # from the cache, for the results' URLs
        pages = (
            Page.objects.live()
            .public()
            .filter(locale__language_code=get_language())
            .exclude(depth__lte=1)
        )
        matches = site_search.find(site_search.parse_terms(query, get_language()), pages)
        results = paginate(request, matches, SEARCH_RESULTS_PER_PAGE)
        results.object_list = site_search.results(results.object_list)
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": results, "error": error},
        status=400 if error else 200,
    )


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/accounts/",
        "Disallow: /*/search/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return render(
        request, "robots.txt", {"lines": lines}, content_type="text/plain; charset=utf-8"
    )


def bad_request(request, exception=None):
    """400: the site's page, or Django's plain one if the request is too broken to
    render a page for (an unknown host name cannot look up the site)."""
    try:
        return render(request, "400.html", status=400)
    except Exception:
        title = _("Bad request")
        return HttpResponseBadRequest(f"<!DOCTYPE html><title>{title}</title><h1>{title}</h1>")


def server_error(request):
    """500 handler: renders without the context processors that might have failed.

    A database that cannot be reached (restarting, failing over, a connection cut)
    is not a bug of the page: the visitor gets 503 with ``Retry-After`` and is told
    to try again in a moment. Django calls this handler while the exception is being
    handled, so ``sys.exc_info()`` names it."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return render(request, "500.html", status=500)
