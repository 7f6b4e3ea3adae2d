"""The learner's actions on a lesson: complete it, answer a quiz, save a note, rate it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import progress, quizzes
from courses.forms import FeedbackForm, QuizForm, ReflectionForm
from courses.models import LessonFeedback, LessonPage, ReflectionNote
from courses.views.pages import keep_quiz_draft, published_path
from home.translations import page_in_language


def lesson_in_language(lesson_key):
    """The live lesson for a translation key, in the active language if it has one."""
    lesson = page_in_language(LessonPage, lesson_key)
    if lesson is None or not published_path(lesson):
        raise Http404(_("This lesson does not exist or is not published."))
    return lesson


def _open_lesson(request, lesson_key):
    """(lesson, course, None) when the learner may act on the lesson (``Access.OPEN``),
    else (None, None, the reason)."""
    lesson = lesson_in_language(lesson_key)
    course = lesson.course
    outline = progress.course_outline(course, request.user)
    access = progress.lesson_access(outline, lesson, request.user)
    if access is progress.Access.OPEN:
        return lesson, course, None
    if access is progress.Access.LOCKED:
        return None, None, _("This lesson is not open to you yet.")
    return None, None, _("You are not enrolled in this course.")


def _refuse(request, message, status=403):
    return TemplateResponse(request, "courses/refused.html", {"message": message}, status=status)


def _after_completion(request, course, outline):
    """Where a learner goes once an action completed the course: the completion moment."""
    return redirect("courses:completed", course_key=course.translation_key)


@login_required
@require_POST
def complete_lesson(request, lesson_key):
    lesson, course, error = _open_lesson(request, lesson_key)
    if error:
        return _refuse(request, error)
    outline = progress.mark_lesson_complete(request.user, course, lesson)
    if outline.just_completed:
        return _after_completion(request, course, outline)
    messages.success(request, _("Lesson marked as complete."))
    following = outline.next_lesson
    if following:
        return redirect(following.page.url)
    if outline.all_lessons_complete and not outline.is_complete:
        messages.warning(
            request,
            _(
                "Every lesson is done, but your quiz average is %(average)s%% and the pass "
                "mark is %(pass_mark)s%%. Retake a quiz to complete the course."
            )
            % {"average": outline.quiz_average, "pass_mark": course.pass_mark},
        )
    return redirect(course.get_url(request))


@login_required
@require_POST
def submit_quiz(request, lesson_key, quiz_id):
    lesson, course, error = _open_lesson(request, lesson_key)
    if error:
        return _refuse(request, error)
    quiz = quizzes.find_block(lesson, quiz_id, "quiz")
    if quiz is None:
        raise Http404(_("This quiz does not exist."))
    form = QuizForm(request.POST, quiz=quiz)
    if not form.is_valid():
        return _refuse(request, _("The answers sent do not belong to this quiz."), status=400)
    quiz_anchor = lesson.get_url(request) + f"#quiz-{quiz_id}"
    try:
        quizzes.check_answers(quiz, form.answers())
    except quizzes.InvalidSubmission:
        return _refuse(request, _("The answers sent do not belong to this quiz."), status=400)
    if quizzes.unanswered(quiz, form.answers()):
        # Not scored, no attempt used, nothing revealed: the lesson shows the quiz
        # again with the learner's choices and the questions still to answer.
        keep_quiz_draft(request, quiz_id, form.answers())
        return redirect(lesson.get_url(request) + f"#quiz-errors-{quiz_id}")
    try:
        attempt, outline = quizzes.submit_attempt(
            user=request.user,
            course=course,
            lesson=lesson,
            quiz_id=quiz_id,
            answers=form.answers(),
            token=form.cleaned_data["token"],
            language=get_language(),
        )
    except quizzes.AlreadyPassed:
        messages.info(request, _("You have already passed this quiz."))
        return redirect(quiz_anchor)
    except quizzes.AttemptsExhausted:
        messages.error(request, _("You have used all your attempts at this quiz."))
        return redirect(quiz_anchor)
    except quizzes.InvalidSubmission:
        return _refuse(request, _("The answers sent do not belong to this quiz."), status=400)
    if outline is not None and outline.just_completed:
        return _after_completion(request, course, outline)
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
    return redirect(quiz_anchor)


@login_required
@require_POST
def save_note(request, lesson_key, prompt_id):
    lesson, course, error = _open_lesson(request, lesson_key)
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
    lesson, course, error = _open_lesson(request, lesson_key)
    if error:
        return _refuse(request, error)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(
            request, "courses/feedback_error.html", {"form": form, "lesson": lesson}, status=400
        )
    # One statement that tolerates a parallel first rating (the unique constraint
    # makes the second insert fall back to updating the first).
    LessonFeedback.objects.update_or_create(
        user=request.user,
        lesson_key=lesson.translation_key,
        defaults={
            "course_key": course.translation_key,
            "rating": form.cleaned_data["rating"],
            "comment": form.cleaned_data["comment"],
            "language": get_language(),
        },
    )
    messages.success(request, _("Thank you for your feedback."))
    return redirect(lesson.get_url(request) + "#feedback")
