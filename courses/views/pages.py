"""Serving the course pages: the catalogue, a course, and a lesson.

The page models never import views (nor domain modules): ``CoursesConfig.ready()``
hands each page type its serve function from here (``ServedPage`` in
``courses.models.pages``), so a live request and an editor's preview take the same
path.
"""

import secrets

from django.http import Http404
from django.template.response import TemplateResponse

from courses import progress, quizzes
from courses.catalogue import catalogue_context
from courses.forms import FeedbackForm
from courses.models import LessonFeedback, QuizAttempt, ReflectionNote

Access = progress.Access
QUIZ_DRAFTS = "symbios_quiz_drafts"  # session key: unscored submissions sent back


def _render(page, request, context, template=None, status=200):
    return TemplateResponse(
        request, template or page.get_template(request), context, status=status
    )


def serve_catalogue(page, request, *args, **kwargs):
    context = page.get_context(request, *args, **kwargs)
    context.update(catalogue_context(request, page))
    return _render(page, request, context)


def serve_course(page, request, *args, **kwargs):
    context = page.get_context(request, *args, **kwargs)
    context["outline"] = progress.course_outline(page, request.user)
    context["trainer_people"] = [
        trainer.person.localized
        for trainer in page.trainers.select_related("person", "person__photo")
    ]
    return _render(page, request, context)


def published_path(lesson):
    """Wagtail serves a live page under an unpublished parent; courses must not."""
    course = lesson.course
    module = lesson.get_parent()
    return course is not None and course.live and module.live


def serve_lesson(lesson, request, *args, **kwargs):
    course = lesson.course
    if course is None or not course.live:
        raise Http404
    # The outline holds only lessons under published modules: a lesson missing from
    # it sits under an unpublished one (Wagtail would serve it) and is not found.
    outline = progress.course_outlines([course], request.user, certificates=False)[0]
    access = progress.lesson_access(outline, lesson, request.user)
    if access is Access.MISSING:
        raise Http404
    context = lesson.get_context(request, *args, **kwargs)
    context.update(
        course=course,
        outline=outline,
        access=access.value,
        lesson_state=outline.state_of(lesson),
        module_state=outline.module_of(lesson),
        enrolled=outline.enrolment is not None,
    )
    if access in (Access.SIGN_UP, Access.ENROL, Access.LOCKED):
        # Not a dead end: the page says why and offers the way in (and back).
        context["resume"] = outline.next_lesson if access is Access.LOCKED else None
        return _render(lesson, request, context, "courses/lesson_gate.html", status=403)
    if access is Access.OPEN:
        progress.touch_lesson(outline.enrolment, lesson)
    context.update(lesson_blocks(request, lesson, course, outline, access))
    return _render(lesson, request, context)


def keep_quiz_draft(request, quiz_id, answers):
    """Keep an unscored submission so the lesson shows it again (see serve_lesson)."""
    drafts = request.session.get(QUIZ_DRAFTS, {})
    drafts[quiz_id] = answers
    request.session[QUIZ_DRAFTS] = drafts


def _take_quiz_drafts(request, quiz_ids):
    drafts = request.session.get(QUIZ_DRAFTS) or {}
    taken = {quiz_id: drafts.pop(quiz_id) for quiz_id in quiz_ids if quiz_id in drafts}
    if taken:
        request.session[QUIZ_DRAFTS] = drafts
    return taken


def lesson_blocks(request, lesson, course, outline, access):
    """The lesson's blocks with the learner's quiz standing, notes and rating."""
    user = request.user
    attempts_by_quiz, notes, feedback = {}, {}, None
    if user.is_authenticated:
        for attempt in QuizAttempt.objects.filter(user=user, lesson_key=lesson.translation_key):
            attempts_by_quiz.setdefault(attempt.quiz_id, []).append(attempt)
        notes = {
            note.prompt_id: note
            for note in ReflectionNote.objects.filter(user=user, lesson_key=lesson.translation_key)
        }
        feedback = LessonFeedback.objects.filter(
            user=user, lesson_key=lesson.translation_key
        ).first()
    drafts = (
        _take_quiz_drafts(
            request, [block.id for block in lesson.body if block.block_type == "quiz"]
        )
        if user.is_authenticated
        else {}
    )

    blocks = []
    for block in lesson.body:
        item = {"block": block, "id": block.id, "type": block.block_type}
        if block.block_type == "quiz":
            status = quizzes.quiz_status(course, attempts_by_quiz.get(block.id, []))
            draft = drafts.get(block.id)
            questions = quizzes.quiz_view(
                block.value,
                attempt=status.latest,
                reveal=status.reveal,
                seed=f"{getattr(user, 'pk', '')}-{block.id}-{status.count}",
                draft=draft,
            )
            item["quiz"] = {
                "status": status,
                "questions": questions,
                "missing": [question for question in questions if question.missing],
                "can_submit": access is Access.OPEN and not status.closed,
                "token": secrets.token_urlsafe(16),
            }
        elif block.block_type == "reflection":
            item["note"] = notes.get(block.id)
        blocks.append(item)

    lessons = outline.lessons
    index = next((i for i, state in enumerate(lessons) if state.page.pk == lesson.pk), None)
    previous_lesson = lessons[index - 1] if index else None
    next_lesson = lessons[index + 1] if index is not None and index + 1 < len(lessons) else None
    return {
        "blocks": blocks,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        # Where a preview reader goes after signing up or enrolling.
        "continue_url": next_lesson.page.url if next_lesson else request.path,
        "feedback": feedback,
        "feedback_form": FeedbackForm(instance=feedback),
    }
