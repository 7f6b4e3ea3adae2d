"""Server-side scoring, attempts and tampering."""

import pytest

from courses import quizzes
from courses.models import LessonProgress, QuizAttempt
from tests.courses.factories import PASSING_ANSWERS
from tests.courses.factories import submit_quiz as submit

pytestmark = pytest.mark.django_db


def test_scoring_is_all_or_nothing_for_multiple_choice(learner, enrolled):
    course, _modules, lessons = enrolled
    attempt = submit(learner, course, lessons[1], {"q1a": ["q1a-yes"], "q1b": ["q1b-1"]}, "a")
    assert (attempt.score, attempt.max_score, attempt.percent) == (1, 2, 50)
    assert attempt.results["q1a"]["correct"] and not attempt.results["q1b"]["correct"]
    assert not attempt.passed


def test_passing_the_quiz_completes_the_lesson(learner, enrolled):
    course, _modules, lessons = enrolled
    attempt = submit(learner, course, lessons[1], PASSING_ANSWERS, "a")
    assert attempt.passed
    assert LessonProgress.objects.filter(user=learner, lesson_key=lessons[1].translation_key)


def test_the_same_submission_twice_records_one_attempt(learner, enrolled):
    course, _modules, lessons = enrolled
    first = submit(learner, course, lessons[1], {"q1a": ["q1a-no"]}, "same")
    second = submit(learner, course, lessons[1], {"q1a": ["q1a-yes"]}, "same")
    assert first.pk == second.pk
    assert QuizAttempt.objects.count() == 1


def test_attempts_are_limited_by_the_course(learner, enrolled):
    course, _modules, lessons = enrolled
    for n in range(3):
        submit(learner, course, lessons[1], {"q1a": ["q1a-no"]}, f"t{n}")
    with pytest.raises(quizzes.AttemptsExhausted):
        submit(learner, course, lessons[1], {"q1a": ["q1a-no"]}, "t4")


@pytest.mark.parametrize(
    "answers",
    [
        {"q1a": ["not-an-option"]},
        {"no-such-question": ["q1a-yes"]},
        {"q1a": ["q1a-yes", "q1a-no"]},  # two answers to a single-choice question
        {"q1a": ["q1b-1"]},  # an option of another question
    ],
)
def test_tampered_answers_are_refused_and_nothing_is_recorded(learner, enrolled, answers):
    course, _modules, lessons = enrolled
    with pytest.raises(quizzes.InvalidSubmission):
        submit(learner, course, lessons[1], answers, "x")
    assert not QuizAttempt.objects.exists()


def test_quiz_view_hides_the_answer_key_until_revealed(learner, enrolled):
    course, _modules, lessons = enrolled
    quiz = quizzes.find_block(lessons[1], "quiz-1", "quiz")
    questions = quizzes.quiz_view(quiz, seed="s")
    assert all(option.correct is None for q in questions for option in q.options)
    revealed = quizzes.quiz_view(quiz, attempt=None, reveal=True, seed="s")
    assert any(option.correct for q in revealed for option in q.options)


def test_shuffle_is_stable_for_the_same_seed(learner, enrolled):
    course, _modules, lessons = enrolled
    quiz = quizzes.find_block(lessons[1], "quiz-1", "quiz")
    orders = {
        tuple(o.id for o in quizzes.quiz_view(quiz, seed="fixed")[1].options) for _ in range(5)
    }
    assert len(orders) == 1
