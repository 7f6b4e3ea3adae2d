import re
from html import unescape

from django.db import InterfaceError, OperationalError
from django.utils import translation

from wagtail.models import Locale, Page

import pytest

from courses.models import LessonPage, ModulePage
from home.demo import builder, content
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from tests.conftest import LANGUAGE_CODES
from tests.factories import NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def translated(code, text):
    return text if code == "en" else builder.load_catalogue(code)[text]


def text_of(response):
    return unescape(response.content.decode())


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_answers_in_each_language_with_its_own_text(client, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    html = text_of(response)
    assert f'<html lang="{code}"' in html
    assert translated(code, content.HOME["hero_title"]) in html
    assert translated(code, content.FUNDING_ACKNOWLEDGEMENT) in html
    if code != "en":
        assert content.HOME["hero_title"] not in html


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_demo_page_is_live_in_each_language(client, code):
    home = HomePage.objects.get(locale__language_code=code)
    pages = (
        home.get_descendants(inclusive=True)
        .type(HomePage, StandardPage, NewsIndexPage, NewsPage)
        .live()
    )
    assert pages.count() == 1 + len(content.NEWS) + 3

    for page in pages.specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in text_of(response)


def test_root_redirects_to_a_language_prefix(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"


def test_news_page_shows_date_authors_tags_and_body(client, fiss_news):
    html = text_of(client.get(fiss_news.url))

    assert "160 free resources" in html
    assert "Pekka Hirvonen" in html
    assert 'datetime="2015-05-15"' in html
    assert "?tag=fiss" in html


def test_news_index_lists_newest_first_and_filters_by_tag(client):
    index_url = "/en/news/"
    html = text_of(client.get(index_url))
    titles = [
        item["title"] for item in sorted(content.NEWS, key=lambda n: n["date"], reverse=True)
    ]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)

    filtered = text_of(client.get(index_url, {"tag": "estonia"}))
    assert "Starting industrial symbiosis in Estonian counties" in filtered
    assert "FISS workshops" not in filtered


def test_news_index_pagination_survives_bad_page_numbers(client):
    index = NewsPage.objects.get(slug="fiss-workshops-north-karelia").get_parent()
    for n in range(12):
        NewsPageFactory(parent=index, title=f"Extra news {n}")
    assert client.get("/en/news/", {"page": "2"}).status_code == 200
    assert client.get("/en/news/", {"page": "abc"}).status_code == 200
    assert "Page 2 of 2" in text_of(client.get("/en/news/", {"page": "999"}))


def test_news_index_with_no_news_shows_an_empty_state(client):
    NewsPage.objects.filter(locale__language_code="en").delete()
    html = text_of(client.get("/en/news/"))
    assert "There is no news here yet." in html


def test_trainers_page_lists_the_people_of_its_language(client):
    et_team = StandardPage.objects.get(
        locale__language_code="et",
        translation_key=StandardPage.objects.get(slug="trainers-and-mentors").translation_key,
    )
    html = text_of(client.get(et_team.url))
    assert "Kadri Tamm" in html
    assert translated("et", content.PEOPLE[0]["role"]) in html


def test_page_has_hreflang_alternates_for_every_translation(client, fiss_news):
    html = text_of(client.get(fiss_news.url))
    for code in LANGUAGE_CODES:
        translation_url = fiss_news.get_translation(Locale.objects.get(language_code=code)).url
        assert f'hreflang="{code}" href="http://testserver{translation_url}"' in html


def test_language_switcher_goes_to_the_same_page_in_the_other_language(client, fiss_news):
    html = text_of(client.get(fiss_news.url))
    finnish = NewsPage.objects.get(
        locale__language_code="fi", translation_key=fiss_news.translation_key
    )
    assert re.search(rf'<a href="{finnish.url}" hreflang="fi" lang="fi"', html)


def test_language_switcher_falls_back_to_that_languages_home(client, home_page):
    english_only = StandardPageFactory(parent=home_page, title="English only notes")
    english_only.save_revision().publish()

    html = text_of(client.get(english_only.url))
    assert re.search(r'<a href="/sl/" hreflang="sl" lang="sl"', html)
    # No hreflang alternate points at a translation that does not exist.
    assert 'rel="alternate" hreflang="sl"' not in html


def test_language_switcher_keeps_path_and_query_on_other_views(client):
    html = text_of(client.get("/en/search/", {"q": "symbiosis"}))
    assert '<a href="/pt/search/?q=symbiosis" hreflang="pt"' in html


def test_main_menu_comes_from_the_page_tree_of_the_current_language(client):
    html = text_of(client.get("/sl/"))
    nav = html[html.index('class="main-nav"') :]
    nav = nav[: nav.index("</nav>")]
    assert translated("sl", content.ABOUT["title"]) in nav
    assert translated("sl", content.NEWS_INDEX["title"]) in nav
    assert content.ABOUT["title"] not in nav


def test_unknown_page_gives_the_translated_404(client):
    response = client.get("/fi/no-such-page/")
    assert response.status_code == 404
    html = text_of(response)
    assert '<html lang="fi"' in html
    with translation.override("fi"):
        assert translation.gettext("Page not found") in html


def test_server_error_page_renders_without_context(rf):
    from home.views import server_error

    with translation.override("en"):
        response = server_error(rf.get("/en/"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_an_unreachable_database_is_503_with_retry_after(client, monkeypatch, error):
    """A database restarting mid-request is "back in a moment", not a broken page."""
    from home import search

    def unreachable(*args, **kwargs):
        raise error("connection to server at 127.0.0.1 failed")

    monkeypatch.setattr(search, "find", unreachable)
    client.raise_request_exception = False
    response = client.get("/fi/search/", {"q": "symbioosi"})
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    html = response.content.decode()
    assert '<html lang="fi"' in html
    with translation.override("fi"):
        assert translation.gettext("Back in a moment") in html


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_sitemap_lists_every_language_with_alternates(client, fiss_news):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    listed = (
        Page.objects.live().public().filter(depth__gte=2).not_type(ModulePage, LessonPage).count()
    )
    assert xml.count("<url>") == listed
    assert "/why-industrial-symbiosis/" not in xml  # modules redirect; lessons need a login
    for translation_page in fiss_news.get_translations(inclusive=True):
        assert f"<loc>http://testserver{translation_page.url}</loc>" in xml
        assert f'hreflang="{translation_page.locale.language_code}"' in xml
    assert f'hreflang="x-default" href="http://testserver{fiss_news.url}"' in xml


def test_unpublished_pages_are_not_served_or_listed(client, fiss_news):
    fiss_news.unpublish()
    assert client.get(fiss_news.url).status_code == 404
    assert fiss_news.url not in client.get("/sitemap.xml").content.decode()
