"""The moments of the learner journey that matter most: finishing a course, a quiz
sent with questions unanswered, closed quizzes, chained module locks, and the one
rule for lesson access."""

from urllib.parse import parse_qs, urlsplit

import pytest

from courses import progress
from courses.models import Certificate, LessonProgress, QuizAttempt
from tests.courses.conftest import ALL_RIGHT
from tests.courses.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

Access = progress.Access


def quiz_url(lesson, quiz_id="quiz-1"):
    return f"/en/learning/lessons/{lesson.translation_key}/quizzes/{quiz_id}/"


@pytest.fixture
def open_course(home_page, learner):
    """A course without module locks, the learner enrolled, every lesson but the
    quiz lesson done: passing the quiz completes the course."""
    course, modules, lessons = build_course(home_page, locked_second=False)
    progress.enrol(learner, course)
    for lesson in (lessons[0], lessons[2]):
        progress.mark_lesson_complete(learner, course, lesson)
    return course, modules, lessons


# --- Finishing a course is an event ---


def test_passing_the_last_quiz_leads_to_the_completion_moment(learner_client, open_course):
    course, _modules, lessons = open_course
    response = learner_client.post(quiz_url(lessons[1]), {**ALL_RIGHT, "token": "t1"})
    completed_url = f"/en/learning/courses/{course.translation_key}/completed/"
    assert response["Location"] == completed_url

    html = learner_client.get(completed_url).content.decode()
    certificate = Certificate.objects.get(course_key=course.translation_key)
    assert f"You have completed “{course.title}”" in html
    assert f"/en/learning/certificates/{certificate.code}/certificate.pdf" in html
    verification = f"http://testserver/certificates/{certificate.code}/"
    assert f'value="{verification}"' in html  # the address to copy
    assert "What next?" in html


def test_completion_moment_offers_linkedin_with_the_certificate_data(learner_client, open_course):
    course, _modules, lessons = open_course
    learner_client.post(quiz_url(lessons[1]), {**ALL_RIGHT, "token": "t1"})
    response = learner_client.get(f"/en/learning/courses/{course.translation_key}/completed/")
    certificate = Certificate.objects.get(course_key=course.translation_key)
    link = response.context["linkedin_url"]
    assert link.startswith("https://www.linkedin.com/profile/add?")
    query = parse_qs(urlsplit(link).query)
    assert query["startTask"] == ["CERTIFICATION_NAME"]
    assert query["name"] == [course.title]
    assert query["organizationName"] == ["Symbios"]
    assert query["certId"] == [certificate.code]
    assert query["certUrl"] == [f"http://testserver/certificates/{certificate.code}/"]
    assert query["issueYear"] == [str(certificate.issued_at.year)]
    assert link.replace("&", "&amp;") in response.content.decode()


def test_marking_the_last_lesson_complete_also_leads_to_the_completion_moment(
    learner, learner_client, home_page
):
    course, _modules, lessons = build_course(home_page, locked_second=False, with_quiz=False)
    progress.enrol(learner, course)
    progress.mark_lesson_complete(learner, course, lessons[0])
    progress.mark_lesson_complete(learner, course, lessons[1])
    response = learner_client.post(f"/en/learning/lessons/{lessons[2].translation_key}/complete/")
    assert response["Location"] == f"/en/learning/courses/{course.translation_key}/completed/"


def test_completion_moment_of_an_unfinished_course_goes_back_to_the_course(
    learner_client, enrolled
):
    course, _modules, _lessons = enrolled
    response = learner_client.get(f"/en/learning/courses/{course.translation_key}/completed/")
    assert response["Location"] == course.url


def test_completion_moment_is_only_the_viewers_own(client, open_course, learner):
    course, _modules, lessons = open_course
    progress.mark_lesson_complete(learner, course, lessons[1])
    other = UserFactory()
    client.force_login(other)
    response = client.get(f"/en/learning/courses/{course.translation_key}/completed/")
    assert response["Location"] == course.url  # nothing of the learner's is shown


def test_completed_course_page_has_no_one_click_leave(learner_client, open_course, learner):
    course, _modules, lessons = open_course
    learner_client.post(quiz_url(lessons[1]), {**ALL_RIGHT, "token": "t1"})
    html = learner_client.get(course.url).content.decode()
    assert "View your certificate" in html
    assert "Leave the course" not in html


def test_leaving_an_unfinished_course_takes_a_confirmation(learner_client, enrolled):
    course, _modules, _lessons = enrolled
    html = learner_client.get(course.url).content.decode()
    assert "<summary>Leave the course</summary>" in html
    assert "Yes, leave the course" in html


# --- Quiz attempts are not wasted ---


def test_unanswered_questions_use_no_attempt_and_keep_the_choices(learner_client, enrolled):
    _course, _modules, lessons = enrolled
    response = learner_client.post(quiz_url(lessons[1]), {"q-q1a": ["q1a-no"], "token": "t1"})
    assert response["Location"] == f"{lessons[1].url}#quiz-errors-quiz-1"
    assert not QuizAttempt.objects.exists()

    html = learner_client.get(lessons[1].url).content.decode()
    assert "Answer every question first" in html
    assert 'href="#question-quiz-1-q1b"' in html  # the summary links to the question
    assert 'id="question-quiz-1-q1b"' in html
    assert 'value="q1a-no" id="o-quiz-1-q1a-no" checked' in html  # the choice is kept
    # Nothing is revealed: no verdicts, no answer key, no option feedback.
    assert "correct answer" not in html
    assert "Not quite." not in html
    assert "Your last attempt" not in html
    # The draft is shown once; reloading shows a fresh quiz.
    assert "Answer every question first" not in learner_client.get(lessons[1].url).content.decode()


def test_an_empty_submission_uses_no_attempt(learner_client, enrolled):
    _course, _modules, lessons = enrolled
    learner_client.post(quiz_url(lessons[1]), {"token": "t1"})
    assert not QuizAttempt.objects.exists()
    html = learner_client.get(lessons[1].url).content.decode()
    assert html.count('href="#question-quiz-1-') == 2


def test_a_passed_quiz_is_closed(learner_client, learner, enrolled):
    _course, _modules, lessons = enrolled
    learner_client.post(quiz_url(lessons[1]), {**ALL_RIGHT, "token": "t1"})
    html = learner_client.get(lessons[1].url).content.decode()
    assert "This quiz is closed" in html
    assert "Try again" not in html
    assert "Check my answers" not in html
    response = learner_client.post(quiz_url(lessons[1]), {**ALL_RIGHT, "token": "t2"}, follow=True)
    assert "You have already passed this quiz." in response.content.decode()
    assert QuizAttempt.objects.filter(user=learner).count() == 1


# --- Module locks chain ---


def test_a_locked_module_keeps_every_later_module_that_waits_for_it_locked(home_page, learner):
    course, _modules, lessons = build_course(home_page, lessons_per_module=(1, 1, 1))
    progress.enrol(learner, course)
    # Module 2's lesson was done earlier (say before an editor added a lesson to
    # module 1): module 2 is still locked, so module 3 must be too.
    LessonProgress.objects.create(
        user=learner, course_key=course.translation_key, lesson_key=lessons[1].translation_key
    )
    outline = progress.course_outline(course, learner)
    assert [module.locked for module in outline.modules] == [False, True, True]
    assert outline.modules[2].waits_for is outline.modules[1]
    assert progress.lesson_access(outline, lessons[2], learner) is Access.LOCKED


def test_locked_modules_name_the_module_to_finish_on_the_course_page(learner_client, enrolled):
    course, _modules, _lessons = enrolled
    html = learner_client.get(course.url).content.decode()
    assert "Opens when you have finished Module 1." in html


# --- One rule for lesson access ---


@pytest.mark.parametrize(
    ("who", "lesson_index", "expected"),
    [
        ("visitor", 0, Access.PREVIEW),
        ("visitor", 1, Access.SIGN_UP),
        ("member", 0, Access.PREVIEW),
        ("member", 1, Access.ENROL),
        ("learner", 1, Access.OPEN),
        ("learner", 2, Access.LOCKED),
    ],
)
def test_lesson_access(course_tree, learner, who, lesson_index, expected):
    from django.contrib.auth.models import AnonymousUser

    course, _modules, lessons = course_tree
    user = AnonymousUser() if who == "visitor" else learner
    if who == "learner":
        progress.enrol(learner, course)
    outline = progress.course_outline(course, user)
    assert progress.lesson_access(outline, lessons[lesson_index], user) is expected


def test_actions_on_a_lesson_follow_the_same_rule(learner_client, enrolled):
    _course, _modules, lessons = enrolled
    locked = lessons[2]
    response = learner_client.post(f"/en/learning/lessons/{locked.translation_key}/complete/")
    assert response.status_code == 403
    assert not LessonProgress.objects.filter(lesson_key=locked.translation_key).exists()
