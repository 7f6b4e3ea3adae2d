"""Routes, menus and settings come from the cache and follow every publication."""

import re

from wagtail.models import PageViewRestriction

import pytest

from home.models import NewsPage, SiteSettings, StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


@pytest.fixture
def about(db):
    return StandardPage.objects.get(locale__language_code="en", slug="about-industrial-symbiosis")


def test_a_cached_route_costs_one_query_instead_of_a_walk_down_the_tree(client, about):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as first:
        assert client.get(about.url).status_code == 200
    with CaptureQueriesContext(connection) as second:
        assert client.get(about.url).status_code == 200
    assert len(second) <= len(first) - 3


def test_an_unpublished_page_is_gone_at_once(client, fiss_news):
    url = fiss_news.url
    assert client.get(url).status_code == 200
    NewsPage.objects.get(pk=fiss_news.pk).unpublish()
    assert client.get(url).status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(client, about, fiss_news):
    old_url = fiss_news.url
    assert client.get(old_url).status_code == 200
    page = NewsPage.objects.get(pk=fiss_news.pk)
    page.move(about, pos="last-child")
    page.refresh_from_db()
    moved = client.get(old_url)  # Wagtail's redirect to the new place, not the old page
    assert moved.status_code == 301 and moved["Location"] == page.url
    assert client.get(page.url).status_code == 200


def test_a_page_made_private_asks_for_a_log_in_even_with_its_route_cached(client, about):
    assert client.get(about.url).status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type="login")
    response = client.get(about.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_same_path_in_two_languages_is_two_routes(client):
    assert 'lang="en"' in client.get("/en/").content.decode()[:200]
    assert 'lang="fi"' in client.get("/fi/").content.decode()[:200]
    assert 'lang="en"' in client.get("/en/").content.decode()[:200]


def test_an_unknown_address_stays_404(client):
    assert client.get("/en/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/").status_code == 404


def test_a_renamed_menu_page_shows_in_every_page_menu(client, about):
    client.get("/en/")
    about.title = "Why symbiosis"
    about.save_revision().publish()
    assert "Why symbiosis" in client.get("/en/news/").content.decode()


def test_changed_site_settings_show_at_once(client):
    client.get("/en/")
    settings = SiteSettings.objects.first()
    settings.contact_email = "hello@symbios.example"
    settings.save()
    assert "hello@symbios.example" in client.get("/en/").content.decode()


def breadcrumb_links(html):
    trail = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', trail)


def test_breadcrumbs_lead_home_and_follow_a_renamed_parent(client, fiss_news):
    index = fiss_news.get_parent().specific
    assert breadcrumb_links(client.get(fiss_news.url).content.decode()) == [
        ("/en/", "Home"),
        (index.url, index.title),
    ]
    index.title = "Newsletter"
    index.save_revision().publish()
    assert breadcrumb_links(client.get(fiss_news.url).content.decode())[1] == (
        index.url,
        "Newsletter",
    )
    assert 'class="breadcrumbs"' not in client.get("/en/").content.decode()
