from django.core.management import call_command

from wagtail.models import Page

import pytest

from home.models import Partner, Person

pytestmark = pytest.mark.django_db


def test_load_demo_twice_changes_nothing(capsys):
    pages, people, partners = Page.objects.count(), Person.objects.count(), Partner.objects.count()
    call_command("load_demo")
    assert "already loaded" in capsys.readouterr().out
    assert (Page.objects.count(), Person.objects.count(), Partner.objects.count()) == (
        pages,
        people,
        partners,
    )


def test_demo_translations_are_real_wagtail_localize_translations():
    from wagtail_localize.models import Translation

    # 5 people + 8 pages, each into 4 languages.
    assert Translation.objects.filter(enabled=True).count() == 13 * 4


def test_no_development_admin_outside_dev_settings():
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(is_superuser=True).exists()
