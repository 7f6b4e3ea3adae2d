"""Course parts that other apps' templates show: ``{% load courses_tags %}``.

The home page lists featured courses through ``{% featured_courses %}``, so that
``home`` needs no Python import of ``courses`` (dependencies point home ← courses).
"""

from django import template

from courses import catalogue
from courses.models import CourseIndexPage
from home import navigation
from home.translations import pages_in_language

register = template.Library()


def catalogue_page(request):
    """The course catalogue in the reader's language: taken from the main menu, which
    the header has loaded already, else looked up (one query)."""
    for page in navigation.menu_pages(request):
        if page.specific_class is CourseIndexPage:
            return page
    found = pages_in_language(CourseIndexPage.objects.live().public())
    return min(found.values(), key=lambda page: page.path, default=None)


@register.inclusion_tag("courses/includes/featured_courses.html", takes_context=True)
def featured_courses(context, limit=catalogue.FEATURED_COURSES):
    """Up to ``limit`` course cards (see ``catalogue.featured_courses``) and a link to
    the catalogue; nothing when no course is published."""
    request = context.get("request")
    items = catalogue.featured_courses(request, limit)
    return {
        "items": items,
        "catalogue": catalogue_page(request) if items else None,
        "request": request,
    }
