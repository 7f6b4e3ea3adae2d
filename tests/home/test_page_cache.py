"""The page cache serves visitors and nobody else, and publishing is seen at once."""

from django.core.cache import caches
from django.test import Client

import pytest

from home.models import HomePage, NewsPage
from home.page_cache import CACHE_ALIAS
from tests.conftest import LANGUAGE_CODES
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/en/", "/et/", "/en/courses/", "/en/news/"]


def fetch(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_a_visitors_second_request_comes_from_the_cache_without_a_query(
    client, url, django_assert_num_queries
):
    assert fetch(client, url)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        hit = fetch(client, url)
    assert hit["X-Page-Cache"] == "hit"
    assert "public" in hit["Cache-Control"]
    assert "s-maxage=60" in hit["Cache-Control"]
    assert "Cookie" in hit["Vary"]


def test_cached_pages_keep_their_security_headers(client):
    miss = fetch(client, "/en/")
    hit = fetch(client, "/en/")
    for header in ("Content-Security-Policy", "X-Frame-Options", "Content-Language"):
        assert hit.get(header) == miss.get(header), header


def test_compressed_and_plain_copies_are_kept_apart(client):
    gzipped = fetch(client, "/en/", HTTP_ACCEPT_ENCODING="gzip")
    assert gzipped["Content-Encoding"] == "gzip"
    plain = fetch(client, "/en/")
    assert "Content-Encoding" not in plain
    assert b"<html" in plain.content
    assert fetch(client, "/en/", HTTP_ACCEPT_ENCODING="gzip").content == gzipped.content


def test_a_member_never_gets_a_cached_page_and_visitors_never_see_a_member(client):
    member = UserFactory(first_name="Mirjam Member", email="mirjam@example.org")
    fetch(client, "/en/courses/")  # a visitor fills the cache
    client.force_login(member)
    for url in PUBLIC_PAGES:
        response = fetch(client, url)
        assert "X-Page-Cache" not in response, url
        assert "private" in response["Cache-Control"], url
        assert "/accounts/logout/" in response.content.decode(), url
    client.logout()
    visitor = Client()
    for url in PUBLIC_PAGES:
        html = fetch(visitor, url).content.decode()
        assert "Mirjam" not in html and "mirjam@example.org" not in html, url
        assert "csrfmiddlewaretoken" not in html, url
        assert "/accounts/logout/" not in html, url


def test_two_members_alternating_each_see_their_own_name(home_page):
    first, second = Client(), Client()
    first.force_login(UserFactory(email="first@example.org"))
    second.force_login(UserFactory(email="second@example.org"))
    for _ in range(2):
        assert "first@example.org" in fetch(first, "/en/").content.decode()
        assert "second@example.org" in fetch(second, "/en/").content.decode()
        assert "first@example.org" not in fetch(second, "/en/").content.decode()


def test_a_visitor_with_a_pending_message_is_not_served_from_the_cache(client):
    fetch(client, "/en/")
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in fetch(client, "/en/")


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_publishing_is_seen_by_the_next_visitor_in_every_language(client, code):
    home = HomePage.objects.get(locale__language_code=code)
    fetch(client, f"/{code}/")
    assert fetch(client, f"/{code}/")["X-Page-Cache"] == "hit"
    home.hero_title = f"New hero in {code}"
    home.save_revision().publish()
    response = fetch(client, f"/{code}/")
    assert f"New hero in {code}" in response.content.decode()
    # Other languages' pages link to this one (hreflang): they are rebuilt too.
    other = "en" if code != "en" else "fi"
    assert fetch(client, f"/{other}/")["X-Page-Cache"] == "miss"


def test_unpublishing_a_news_item_removes_it_from_cached_lists(client, fiss_news):
    assert fiss_news.title in fetch(client, "/en/news/").content.decode()
    fetch(client, "/en/news/")
    NewsPage.objects.get(pk=fiss_news.pk).unpublish()
    assert fiss_news.title not in fetch(client, "/en/news/").content.decode()


def test_changing_a_snippet_that_pages_show_clears_the_cache(client):
    from home.models import Partner

    fetch(client, "/en/")
    partner = Partner.objects.first()
    partner.name = "Renamed partner organisation"
    partner.save()
    assert "Renamed partner organisation" in fetch(client, "/en/").content.decode()


def test_unknown_query_parameters_are_served_but_never_stored(client):
    cache = caches[CACHE_ALIAS]
    cache.clear()
    for n in range(20):
        response = fetch(client, f"/en/?utm_source=flood-{n}")
        assert "X-Page-Cache" not in response
    # locmem: no page was stored (only the generation token, which routes use too)
    assert [key for key in cache._cache if not key.endswith(":generation")] == []


def test_the_cache_is_bounded(client, settings):
    assert settings.CACHES[CACHE_ALIAS]["OPTIONS"]["MAX_ENTRIES"] > 0
    for n in range(5):  # known parameters are cached, each value once
        fetch(client, f"/en/search/?q=flood{n}")
    assert (
        len(caches[CACHE_ALIAS]._cache) <= settings.CACHES[CACHE_ALIAS]["OPTIONS"]["MAX_ENTRIES"]
    )


def test_a_page_with_a_form_that_needs_a_csrf_cookie_is_not_stored(client):
    response = fetch(client, "/en/accounts/login/")
    assert "X-Page-Cache" not in response
    assert "csrftoken" in response.cookies
    # And the form works: the token the page carries is accepted.
    token = response.cookies["csrftoken"].value
    post = client.post(
        "/en/accounts/login/",
        {"login": "nobody@example.org", "password": "wrong", "csrfmiddlewaretoken": token},
    )
    assert post.status_code in (200, 400)  # a form error, not a CSRF failure (403)
