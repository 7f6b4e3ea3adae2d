"""The main menu lists the same pages in the same order in every language."""

import re

from django.test import RequestFactory
from django.utils import translation

import pytest

from home import navigation
from home.models import HomePage
from tests.conftest import LANGUAGE_CODES
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def menu_keys(code):
    request = RequestFactory().get(f"/{code}/")
    with translation.override(code):
        return [page.translation_key for page in navigation.menu_pages(request)]


def menu_titles(client, code):
    html = client.get(f"/{code}/").content.decode()
    nav = html[html.index('class="main-nav"') :]
    return re.findall(r"<a [^>]*>([^<]+)</a>", nav[: nav.index("</nav>")])


def test_the_demo_trees_differ_in_order_but_the_menus_do_not():
    """The translated trees were built page by page and hold their pages in another
    order than the English one (the courses were added last)."""
    english_home = HomePage.objects.get(locale__language_code="en")
    english_order = [p.translation_key for p in english_home.get_children().in_menu()]
    assert menu_keys("en") == english_order
    for code in LANGUAGE_CODES:
        assert menu_keys(code) == english_order, code
    estonian_home = HomePage.objects.get(locale__language_code="et")
    tree_order = [p.translation_key for p in estonian_home.get_children().in_menu()]
    assert tree_order != english_order


def test_moving_a_translation_does_not_reorder_its_menu(client):
    estonian_home = HomePage.objects.get(locale__language_code="et")
    before = menu_titles(client, "et")
    last = estonian_home.get_children().in_menu().last()
    last.move(estonian_home, pos="first-child")
    assert menu_titles(client, "et") == before


def test_moving_a_page_of_the_source_tree_reorders_every_menu():
    english_home = HomePage.objects.get(locale__language_code="en")
    last = english_home.get_children().in_menu().last()
    last.move(english_home, pos="first-child")
    for code in LANGUAGE_CODES:
        assert menu_keys(code)[0] == last.translation_key, code


def test_a_page_only_one_language_has_comes_last(client):
    estonian_home = HomePage.objects.get(locale__language_code="et")
    page = StandardPageFactory(parent=estonian_home, title="Ainult eesti keeles")
    page.show_in_menus = True
    page.save_revision().publish()
    page.move(estonian_home, pos="first-child")
    assert menu_titles(client, "et")[-1] == "Ainult eesti keeles"
    assert "Ainult eesti keeles" not in menu_titles(client, "en")


def test_the_menu_costs_one_query_for_its_pages(django_assert_num_queries):
    request = RequestFactory().get("/fi/")
    with translation.override("fi"):
        navigation.locale_homes(request)
        with django_assert_num_queries(2):  # Wagtail's ``public()`` reads view restrictions
            pages = navigation.menu_pages(request)
        with django_assert_num_queries(0):
            assert navigation.menu_pages(request) == pages  # memoised on the request
