"""Enrolment and the learner's own pages: My learning, notes export."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import progress
from courses.csv_files import csv_response
from courses.models import (
    Certificate,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    ReflectionNote,
)
from courses.sharing import linkedin_add_url
from courses.structure import lesson_info
from courses.views.certificates import verification_url
from home.translations import page_in_language, pages_in_language, preferred


def course_in_language(course_key):
    course = page_in_language(CoursePage, course_key)
    if course is None:
        raise Http404(_("This course does not exist or is not published."))
    return course


def _safe_next(request):
    """The ``next`` address sent with a form, if it points into this site."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


@login_required
@require_POST
def enrol(request, course_key):
    """Enrol, then open the lesson the learner came from (``next``), else the next one."""
    course = course_in_language(course_key)
    progress.enrol(request.user, course)
    messages.success(request, _("You are enrolled in “%(course)s”.") % {"course": course.title})
    target = _safe_next(request)
    if target:
        return redirect(target)
    following = progress.course_outline(course, request.user).next_lesson
    return redirect(following.page.url if following else course.get_url(request))


@login_required
def course_completed(request, course_key):
    """The completion moment: the certificate, how to share it, and what next."""
    course = course_in_language(course_key)
    outline = progress.course_outline(course, request.user)
    if not (outline.is_complete and outline.certificate):
        return redirect(course.get_url(request))
    certificate = outline.certificate
    url = verification_url(request, certificate)
    # Next: the courses the learner is taking, then those not started; not finished ones.
    finished = set(
        Certificate.objects.filter(user=request.user).values_list("course_key", flat=True)
    )
    taking = set(Enrolment.objects.filter(user=request.user).values_list("course_key", flat=True))
    others = []
    for key, page in pages_in_language(CoursePage.objects.live().public()).items():
        if key not in finished:
            page.in_progress = key in taking
            others.append(page)
    others.sort(key=lambda page: (not page.in_progress, page.title.lower()))
    return TemplateResponse(
        request,
        "courses/course_completed.html",
        {
            "course": course,
            "outline": outline,
            "certificate": certificate,
            "verification_url": url,
            "linkedin_url": linkedin_add_url(certificate, url),
            "other_courses": others[:3],
            "catalogue": preferred(CourseIndexPage.objects.live().select_related("locale")),
        },
    )


@login_required
@require_POST
def unenrol(request, course_key):
    course = course_in_language(course_key)
    progress.unenrol(request.user, course)
    messages.success(
        request,
        _("You have left “%(course)s”. Your progress is kept if you enrol again.")
        % {"course": course.title},
    )
    return redirect(course.get_url(request))


@login_required
def dashboard(request):
    enrolments = list(Enrolment.objects.filter(user=request.user).order_by("-last_activity_at"))
    courses = pages_in_language(CoursePage, [e.course_key for e in enrolments])
    enrolled_courses = [courses[e.course_key] for e in enrolments if e.course_key in courses]
    in_progress, completed, lessons_by_key = [], [], {}
    for outline in progress.course_outlines(enrolled_courses, request.user):
        (completed if outline.is_complete else in_progress).append(outline)
        lessons_by_key.update((s.page.translation_key, s.page) for s in outline.lessons)
    notes = list(ReflectionNote.objects.filter(user=request.user).order_by("-updated_at"))
    for note in notes:  # a link back to the lesson, when its course is still followed
        note.lesson_page = lessons_by_key.get(note.lesson_key)
    _show_prompts_in_language(notes, lessons_by_key)
    return TemplateResponse(
        request,
        "courses/dashboard.html",
        {
            "in_progress": in_progress,
            "completed": completed,
            "notes": notes,
            "catalogue": preferred(CourseIndexPage.objects.live().select_related("locale")),
        },
    )


def _show_prompts_in_language(notes, lessons):
    """Give each note the prompt as its lesson reads now, in the reader's language.

    A note keeps a copy of the prompt in the language it was written in. The lessons
    of followed courses are loaded already; those of other courses cost one query. A
    lesson or prompt no longer published leaves the copy, with no language known.
    """
    missing = {note.lesson_key for note in notes if note.lesson_key not in lessons}
    if missing:
        lessons = {
            **lessons,
            **{
                key: lesson_info(page)
                for key, page in pages_in_language(LessonPage, missing).items()
            },
        }
    for note in notes:
        lesson = lessons.get(note.lesson_key)
        prompt = lesson.prompt(note.prompt_id) if lesson else None
        note.prompt_text = prompt or note.prompt
        note.prompt_language = lesson.language if prompt else ""


@login_required
def export_notes(request):
    """The learner's reflection notes as a CSV file (UTF-8 with BOM for spreadsheets)."""
    notes = list(ReflectionNote.objects.filter(user=request.user).order_by("updated_at"))
    courses = pages_in_language(CoursePage, {note.course_key for note in notes})
    lessons = pages_in_language(LessonPage, {note.lesson_key for note in notes})
    rows = [
        [
            timezone.localtime(note.updated_at).isoformat(timespec="minutes"),
            courses[note.course_key].title if note.course_key in courses else "",
            lessons[note.lesson_key].title if note.lesson_key in lessons else "",
            note.prompt,
            note.text,
        ]
        for note in notes
    ]
    header = [_("Saved"), _("Course"), _("Lesson"), _("Prompt"), _("Note")]
    return csv_response("symbios-notes.csv", header, rows)
