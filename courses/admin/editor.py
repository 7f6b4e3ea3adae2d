"""Warnings in the page editor: a course translation that lacks modules or lessons of
its source says so, with a way to translate them, whenever it is opened (in Wagtail's
editor and in wagtail-localize's translation editor, which replaces it for synchronised
translations) and when it is published from Wagtail's editor (which then leaves for the
page explorer)."""

from django.contrib import messages as django_messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language_info, gettext, ngettext

from wagtail.admin import messages

from courses.admin.translations import translation_gap
from courses.models import CoursePage

SHOWN_TITLES = 5


def language_name(code):
    """The language's name in the editor's language ("Finnish", "suomi")."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def describe_parts(gap):
    """What is missing, counted: "2 modules and 7 lessons"."""
    modules = ngettext("%(count)s module", "%(count)s modules", len(gap.modules)) % {
        "count": len(gap.modules)
    }
    lessons = ngettext("%(count)s lesson", "%(count)s lessons", len(gap.lessons)) % {
        "count": len(gap.lessons)
    }
    if gap.modules and gap.lessons:
        return gettext("%(modules)s and %(lessons)s") % {"modules": modules, "lessons": lessons}
    return modules if gap.modules else lessons


def describe_gap(gap):
    """One sentence: how much of the course is not translated, and what it means."""
    return ngettext(
        "%(parts)s of the %(source)s course is not translated into %(language)s: learners "
        "who read the course in %(language)s do not see it.",
        "%(parts)s of the %(source)s course are not translated into %(language)s: learners "
        "who read the course in %(language)s do not see them.",
        len(gap.missing),
    ) % {
        "parts": describe_parts(gap),
        "source": language_name(gap.source_language_code),
        "language": language_name(gap.language_code),
    }


def _warn(request, gap):
    titles = [part.title for part in gap.missing[:SHOWN_TITLES]]
    more = len(gap.missing) - len(titles)
    if more:
        titles.append(ngettext("and %(count)s more", "and %(count)s more", more) % {"count": more})
    button = messages.button(
        reverse("courses_translate_missing", args=[gap.course_id]),
        ngettext("Translate it", "Translate them", len(gap.missing)),
    )
    # Wagtail's messages.warning() takes no detail; its render() does.
    detail = format_html(
        '<ul class="course-translation-gap">{}</ul>',
        format_html_join("", "<li>{}</li>", ((title,) for title in titles)),
    )
    django_messages.warning(
        request,
        messages.render(describe_gap(gap), [button], detail=detail),
        extra_tags="course-translation-gap",
    )


def _gap_of(page):
    if page.specific_class is not CoursePage:
        return None
    return translation_gap(page)


def warn_on_edit(request, page):
    """``before_edit_page``: on opening the editor. Not on a POST, whose answer is a
    redirect to a page that warns itself (the editor or, after publishing, the
    explorer: see ``warn_on_publish``)."""
    if request.method == "GET" and (gap := _gap_of(page)):
        _warn(request, gap)


def warn_on_publish(request, page):
    """``after_publish_page`` (Wagtail's editor; wagtail-localize's returns to the
    translation editor, where ``warn_on_edit`` warns)."""
    if gap := _gap_of(page):
        _warn(request, gap)
