"""Fixtures shared by the whole suite.

The demo site (every page in five languages, built through wagtail-localize) is
loaded once into the test database; each test runs in a transaction rolled back
afterwards, so tests may change it freely.
"""

import io

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Locale

import pytest

from home.models import HomePage, NewsPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):
    # The demo's images (course illustrations) go to a folder of this run only.
    override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")).enable()
    # The same path as `manage.py load_demo` (SYMBIOS_ALLOW_MISSING_DEMO=1 is honoured).
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """Each test starts with no cached pages (the locmem cache outlives the test's
    rolled-back transaction, so a page cached by one test could leak into the next)."""
    from django.core.cache import caches

    caches["pages"].clear()
    yield


@pytest.fixture
def no_page_cache(settings):
    """Every request reaches its view: for query counts on a cache miss."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def locale(db):
    return lambda code: Locale.objects.get(language_code=code)


@pytest.fixture
def home_page(db):
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def fiss_news(db):
    return NewsPage.objects.get(locale__language_code="en", slug="fiss-workshops-north-karelia")
