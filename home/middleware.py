"""Request guards: addresses with control characters, and the Content-Security-Policy.

Requests whose address carries control characters never reach a view.

A NUL byte (``%00``) in a query-string or path value makes PostgreSQL refuse the
query ("A string literal cannot contain NUL characters") and SQLite's full-text
search fail, so any view that passes a value on to the database would answer
500. No link of the site produces such characters: they are answered with the
400 page, in the site's design and the address's language, before any view runs.
"""

import re

from django.conf import settings

from csp.middleware import CSPMiddleware

from home.views import bad_request

# C0 controls, DEL and C1 controls. Tabs and line breaks are allowed in query
# values (a pasted search may hold them; views strip them), never in the path.
QUERY_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
PATH_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def has_control_characters(request):
    if PATH_CONTROL_CHARACTERS.search(request.path_info):
        return True
    for key, values in request.GET.lists():
        if QUERY_CONTROL_CHARACTERS.search(key):
            return True
        if any(QUERY_CONTROL_CHARACTERS.search(value) for value in values):
            return True
    return False


class RejectControlCharactersMiddleware:
    """Answer 400 to a path or query string with control characters."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_characters(request):
            return bad_request(request)
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with ``settings.ADMIN_CONTENT_SECURITY_POLICY`` for
    the Wagtail admin, whose pages need inline scripts and styles."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin = request.path_info.startswith(settings.ADMIN_URL_PREFIX)
        if admin and not report_only and parts.config is None:
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts
