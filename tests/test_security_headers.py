"""Content-Security-Policy on every page (relaxed for the Wagtail admin), and no
inline script in the site's templates."""

import re
from pathlib import Path

from django.conf import settings

import pytest

from tests.test_settings import PROD_ENV, manage

pytestmark = pytest.mark.django_db


def directives(response):
    header = response["Content-Security-Policy"]
    return {
        name: values.split()
        for name, _sep, values in (part.strip().partition(" ") for part in header.split(";"))
    }


@pytest.mark.parametrize("url", ["/en/", "/et/search/?q=sümbioos", "/en/courses/", "/robots.txt"])
def test_public_pages_allow_only_their_own_scripts_and_styles(client, url):
    csp = directives(client.get(url))
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]


def test_lesson_videos_from_youtube_and_vimeo_may_be_framed(client):
    frames = directives(client.get("/en/"))["frame-src"]
    assert {"https://www.youtube.com", "https://player.vimeo.com"} <= set(frames)


def test_error_pages_carry_the_policy_too(client):
    assert directives(client.get("/en/search/?q=%00"))["script-src"] == ["'self'"]
    assert directives(client.get("/en/no-such-page/"))["script-src"] == ["'self'"]


def test_the_admin_gets_a_relaxed_policy_limited_to_this_origin(client):
    csp = directives(client.get("/admin/login/"))
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["default-src"] == ["'self'"]


def test_production_settings_send_the_policy():
    code = (
        "from django.test import Client;"
        "r = Client(HTTP_HOST='symbios.example.org').get('/robots.txt', secure=True);"
        "print(r.status_code, r['Content-Security-Policy'])"
    )
    result = manage("shell", "--no-imports", "-c", code, env_overrides=PROD_ENV)
    status, _sep, header = result.stdout.strip().splitlines()[-1].partition(" ")
    assert status == "200", result.stdout + result.stderr
    assert "script-src 'self'" in header and "default-src 'self'" in header
    assert "unsafe-inline" not in header


# Admin-only templates (analytics, inside the relaxed admin policy) and the PDF's
# stylesheet (read by WeasyPrint, never by a browser) may use inline styles.
INLINE_ALLOWED = {"courses/admin", "courses/certificate_pdf.html"}
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.IGNORECASE)


def site_templates():
    root = Path(settings.BASE_DIR) / "templates"
    for path in sorted(root.rglob("*.html")):
        name = path.relative_to(root).as_posix()
        if not any(name.startswith(prefix) for prefix in INLINE_ALLOWED):
            yield name, path.read_text()


def test_templates_have_no_inline_script_event_handler_or_style():
    offenders = [
        name
        for name, text in site_templates()
        if INLINE_SCRIPT.search(text) or EVENT_HANDLER.search(text) or INLINE_STYLE.search(text)
    ]
    assert offenders == []
