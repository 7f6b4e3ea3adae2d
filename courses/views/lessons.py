"""Serving a lesson and the learner's actions on it (complete, quiz, note, feedback)."""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import progress, quizzes
from courses.forms import FeedbackForm, QuizForm, ReflectionForm
from courses.models import LessonFeedback, LessonPage, QuizAttempt, ReflectionNote
from home.translations import page_in_language


def lesson_in_language(lesson_key):
    """The live lesson for a translation key, in the active language if it has one."""
    lesson = page_in_language(LessonPage, lesson_key)
    if lesson is None or not published_path(lesson):
        raise Http404(_("This lesson does not exist or is not published."))
    return lesson


def published_path(lesson):
    """Wagtail serves a live page under an unpublished parent; courses must not."""
    course = lesson.course
    module = lesson.get_parent()
    return course is not None and course.live and module.live


def serve_lesson(lesson, request, *args, **kwargs):
    if not published_path(lesson):
        raise Http404
    course = lesson.course
    outline = progress.course_outline(course, request.user)
    state = outline.state_of(lesson)
    enrolled = outline.enrolment is not None
    if not enrolled and not (state and state.is_free):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        messages.info(request, _("Enrol in the course to open this lesson."))
        return redirect(course.get_url(request))
    if enrolled and state and state.locked:
        module = outline.module_of(lesson)
        messages.warning(
            request,
            _("“%(module)s” opens when you have finished the module before it.")
            % {"module": module.page.title},
        )
        return redirect(course.get_url(request))
    if enrolled:
        progress.touch_lesson(outline.enrolment, lesson)

    context = lesson.get_context(request, *args, **kwargs)
    context.update(lesson_context(request, lesson, course, outline, enrolled))
    return TemplateResponse(request, lesson.get_template(request), context)


def lesson_context(request, lesson, course, outline, enrolled):
    user = request.user
    attempts_by_quiz = {}
    notes = {}
    feedback = None
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

    blocks = []
    for block in lesson.body:
        item = {"block": block, "id": block.id, "type": block.block_type}
        if block.block_type == "quiz":
            attempts = attempts_by_quiz.get(block.id, [])  # newest first
            latest = attempts[0] if attempts else None
            limit = course.max_quiz_attempts
            remaining = None if not limit else max(limit - len(attempts), 0)
            best = max((a.percent for a in attempts), default=None)
            passed = any(a.passed for a in attempts)
            reveal = passed or remaining == 0
            item["quiz"] = {
                "questions": quizzes.quiz_view(
                    block.value,
                    attempt=latest,
                    reveal=reveal,
                    seed=f"{getattr(user, 'pk', '')}-{block.id}-{len(attempts)}",
                ),
                "latest": latest,
                "attempt_count": len(attempts),
                "remaining": remaining,
                "best": best,
                "passed": passed,
                "can_submit": enrolled and remaining != 0,
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
        "course": course,
        "outline": outline,
        "lesson_state": outline.state_of(lesson),
        "module_state": outline.module_of(lesson),
        "enrolled": enrolled,
        "blocks": blocks,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "feedback": feedback,
        "feedback_form": FeedbackForm(instance=feedback),
    }


def _enrolled_lesson(request, lesson_key):
    """The lesson and course if the user may act on it, else raise 404/403 replies."""
    lesson = lesson_in_language(lesson_key)
    course = lesson.course
    outline = progress.course_outline(course, request.user)
    state = outline.state_of(lesson)
    if outline.enrolment is None:
        return None, None, None, _("You are not enrolled in this course.")
    if state is None or state.locked:
        return None, None, None, _("This lesson is not open to you yet.")
    return lesson, course, outline, None


def _refuse(request, message, status=403):
    response = TemplateResponse(
        request, "courses/refused.html", {"message": message}, status=status
    )
    return response


@login_required
@require_POST
def complete_lesson(request, lesson_key):
    lesson, course, _outline, error = _enrolled_lesson(request, lesson_key)
    if error:
        return _refuse(request, error)
    outline = progress.mark_lesson_complete(request.user, course, lesson)
    messages.success(request, _("Lesson marked as complete."))
    if outline.certificate and outline.is_complete:
        messages.success(request, _("You have completed the course. Your certificate is ready."))
        return redirect("courses:dashboard")
    following = outline.next_lesson
    return redirect(following.page.get_url(request) if following else course.get_url(request))


@login_required
@require_POST
def submit_quiz(request, lesson_key, quiz_id):
    lesson, course, _outline, error = _enrolled_lesson(request, lesson_key)
    if error:
        return _refuse(request, error)
    quiz = quizzes.find_block(lesson, quiz_id, "quiz")
    if quiz is None:
        raise Http404(_("This quiz does not exist."))
    form = QuizForm(request.POST, quiz=quiz)
    if not form.is_valid():
        return _refuse(request, _("The answers sent do not belong to this quiz."), status=400)
    try:
        attempt = quizzes.submit_attempt(
            user=request.user,
            course=course,
            lesson=lesson,
            quiz_id=quiz_id,
            answers=form.answers(),
            token=form.cleaned_data["token"],
            language=get_language(),
        )
    except quizzes.AttemptsExhausted:
        messages.error(request, _("You have used all your attempts at this quiz."))
        return redirect(lesson.get_url(request) + f"#quiz-{quiz_id}")
    except quizzes.InvalidSubmission:
        return _refuse(request, _("The answers sent do not belong to this quiz."), status=400)
    if attempt.passed:
        messages.success(
            request, _("You scored %(percent)s%%: quiz passed.") % {"percent": attempt.percent}
        )
    else:
        messages.warning(
            request,
            _("You scored %(percent)s%%. The pass mark is %(pass_mark)s%%.")
            % {"percent": attempt.percent, "pass_mark": course.pass_mark},
        )
    return redirect(lesson.get_url(request) + f"#quiz-{quiz_id}")


@login_required
@require_POST
def save_note(request, lesson_key, prompt_id):
    lesson, course, _outline, error = _enrolled_lesson(request, lesson_key)
    if error:
        return _refuse(request, error)
    prompt = quizzes.find_block(lesson, prompt_id, "reflection")
    if prompt is None:
        raise Http404(_("This reflection prompt does not exist."))
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "courses/note_error.html",
            {"form": form, "lesson": lesson, "prompt": prompt, "prompt_id": prompt_id},
            status=400,
        )
    ReflectionNote.objects.update_or_create(
        user=request.user,
        prompt_id=prompt_id,
        defaults={
            "course_key": course.translation_key,
            "lesson_key": lesson.translation_key,
            "prompt": prompt["prompt"],
            "text": form.cleaned_data["text"],
        },
    )
    messages.success(request, _("Your note is saved. Only you can see it."))
    return redirect(lesson.get_url(request) + f"#note-{prompt_id}")


@login_required
@require_POST
def save_feedback(request, lesson_key):
    lesson, course, _outline, error = _enrolled_lesson(request, lesson_key)
    if error:
        return _refuse(request, error)
    existing = LessonFeedback.objects.filter(
        user=request.user, lesson_key=lesson.translation_key
    ).first()
    form = FeedbackForm(request.POST, instance=existing)
    if not form.is_valid():
        return TemplateResponse(
            request, "courses/feedback_error.html", {"form": form, "lesson": lesson}, status=400
        )
    feedback = form.save(commit=False)
    feedback.user = request.user
    feedback.course_key = course.translation_key
    feedback.lesson_key = lesson.translation_key
    feedback.language = get_language()
    feedback.save()
    messages.success(request, _("Thank you for your feedback."))
    return redirect(lesson.get_url(request) + "#feedback")
