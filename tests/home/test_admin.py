"""Editors can open every page type, the snippets and the translation editor."""

from django.contrib.auth import get_user_model

from wagtail.models import Page
from wagtail_localize.models import Translation

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    return client


def test_editor_opens_every_demo_page_in_the_admin(editor_client, home_page):
    for page in home_page.get_descendants(inclusive=True):
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page


def test_editor_opens_the_wagtail_localize_translation_editor(editor_client, fiss_news):
    finnish = Page.objects.get(
        translation_key=fiss_news.translation_key, locale__language_code="fi"
    )
    assert Translation.objects.filter(
        source__object_id=fiss_news.translation_key, target_locale__language_code="fi"
    ).exists()
    response = editor_client.get(f"/admin/pages/{finnish.pk}/edit/")
    assert response.status_code == 200
    assert b"Translate" in response.content or b"translation" in response.content


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/home/person/",
        "/admin/snippets/home/partner/",
        "/admin/settings/home/sitesettings/",
    ],
)
def test_editor_opens_snippets_and_settings(editor_client, url):
    response = editor_client.get(url, follow=True)
    assert response.status_code == 200


def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
