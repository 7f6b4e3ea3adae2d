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

    from courses.demo import content as courses
    from home.demo import content as site

    site_objects = len(site.PEOPLE) + 4 + len(site.NEWS)  # people, home, 2 pages, news index
    course_objects = len(courses.GLOSSARY) * 4 + 4  # glossary and catalogue in 4 languages
    for course in courses.COURSES:
        pages = 1 + sum(1 + len(module["lessons"]) for module in course["modules"])
        course_objects += pages * (len(course["languages"]) - 1)
    expected = site_objects * 4 + course_objects
    assert Translation.objects.filter(enabled=True).count() == expected


def test_no_development_admin_outside_dev_settings():
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(is_superuser=True).exists()
