"""The learner's journey through the views, and what misuse gets."""

import csv
import io
import uuid

import pytest

from courses import progress
from courses.models import Enrolment, LessonFeedback, LessonProgress, QuizAttempt, ReflectionNote
from tests.courses.conftest import ALL_RIGHT, ALL_WRONG, HALF_RIGHT
from tests.courses.factories import PASSING_ANSWERS, submit_quiz
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def quiz_url(lesson, quiz_id="quiz-1"):
    return f"/en/learning/lessons/{lesson.translation_key}/quizzes/{quiz_id}/"


def post_quiz(client, lesson, answers, token="tok-1"):
    return client.post(quiz_url(lesson), {**answers, "token": token})


def test_anonymous_visitor_reads_the_first_lesson_and_is_invited_to_sign_up(client, course_tree):
    _course, _modules, lessons = course_tree
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    assert b"This is a free preview" in response.content
    assert b"/en/accounts/signup/" in response.content
    # The free lesson ends by naming the next lesson and offering sign-up that leads there.
    html = response.content.decode()
    assert "Sign up to continue" in html
    assert f"Next: lesson 2, “{lessons[1].title}”." in html
    assert f"/en/accounts/signup/?next={lessons[1].url}" in html


def test_anonymous_visitor_at_a_later_lesson_is_told_why_and_offered_the_way_back(
    client, course_tree
):
    _course, _modules, lessons = course_tree
    response = client.get(lessons[1].url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Sign up to read this lesson" in html
    back = lessons[1].url
    assert f"/en/accounts/signup/?next={back}" in html
    assert f"/en/accounts/login/?next={back}" in html
    assert "Read the first lesson for free" in html
    assert "Mark this lesson as complete" not in html


def test_logged_in_visitor_enrols_from_the_lesson_and_lands_on_it(learner_client, course_tree):
    course, _modules, lessons = course_tree
    response = learner_client.get(lessons[1].url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Enrol to open this lesson" in html
    assert f'name="next" value="{lessons[1].url}"' in html
    response = learner_client.post(
        f"/en/learning/courses/{course.translation_key}/enrol/", {"next": lessons[1].url}
    )
    assert response["Location"] == lessons[1].url
    assert learner_client.get(lessons[1].url).status_code == 200


def test_enrol_ignores_a_next_address_outside_the_site(learner_client, course_tree):
    course, _modules, lessons = course_tree
    response = learner_client.post(
        f"/en/learning/courses/{course.translation_key}/enrol/",
        {"next": "https://evil.example/"},
    )
    assert response["Location"] == lessons[0].url


def test_enrol_then_study_then_leave(learner_client, learner, course_tree):
    course, _modules, lessons = course_tree
    response = learner_client.post(f"/en/learning/courses/{course.translation_key}/enrol/")
    assert response.status_code == 302
    assert response["Location"] == lessons[0].url
    assert Enrolment.objects.filter(user=learner).exists()
    assert learner_client.get(lessons[1].url).status_code == 200

    response = learner_client.post(f"/en/learning/lessons/{lessons[0].translation_key}/complete/")
    assert response["Location"] == lessons[1].url
    page = learner_client.get(course.url)
    assert b"1 of 3 lessons done (33%)" in page.content
    assert b"Continue where you left off" in page.content

    learner_client.post(f"/en/learning/courses/{course.translation_key}/leave/")
    assert not Enrolment.objects.filter(user=learner).exists()


def test_enrolling_requires_login_and_post(client, learner_client, course_tree):
    course, _modules, _lessons = course_tree
    url = f"/en/learning/courses/{course.translation_key}/enrol/"
    assert client.post(url)["Location"].startswith("/en/accounts/login/")
    assert learner_client.get(url).status_code == 405


def test_enrolling_in_a_course_that_does_not_exist_is_404(learner_client):
    assert learner_client.post(f"/en/learning/courses/{uuid.uuid4()}/enrol/").status_code == 404


def test_locked_module_lesson_says_which_module_to_finish_and_where_to_resume(
    learner_client, enrolled
):
    _course, _modules, lessons = enrolled
    response = learner_client.get(lessons[2].url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Module 2 opens when you have finished every lesson of Module 1: Module 1." in html
    assert f'href="{lessons[0].url}"' in html  # continue where you left off


def test_quiz_submission_shows_score_feedback_and_explanations(learner_client, enrolled):
    _course, _modules, lessons = enrolled
    response = post_quiz(learner_client, lessons[1], HALF_RIGHT)
    assert response.status_code == 302
    page = learner_client.get(lessons[1].url)
    html = page.content.decode()
    assert "Your last attempt: 1 of 2 points (50%)." in html
    assert "Because of q1a." in html  # explanation
    assert "Yes." in html  # feedback of the chosen option
    assert "2 attempts left." in html
    # Not passed and attempts left: the answer key stays hidden.
    assert "correct answer" not in html


def test_passing_quiz_completes_the_lesson_and_reveals_the_key(learner_client, learner, enrolled):
    _course, _modules, lessons = enrolled
    post_quiz(learner_client, lessons[1], ALL_RIGHT)
    assert LessonProgress.objects.filter(user=learner, lesson_key=lessons[1].translation_key)
    assert "correct answer" in learner_client.get(lessons[1].url).content.decode()


def test_answer_key_is_not_in_the_page_before_submission(learner_client, enrolled):
    _course, _modules, lessons = enrolled
    html = learner_client.get(lessons[1].url).content.decode()
    assert "Heat" in html
    assert "correct" not in html.lower().replace("correct the errors", "")


def test_double_submission_records_one_attempt(learner_client, enrolled):
    _course, _modules, lessons = enrolled
    post_quiz(learner_client, lessons[1], ALL_WRONG, token="same")
    post_quiz(learner_client, lessons[1], ALL_WRONG, token="same")
    assert QuizAttempt.objects.count() == 1


def test_exhausted_attempts_are_refused_with_a_message(learner_client, enrolled):
    _course, _modules, lessons = enrolled
    for n in range(3):
        post_quiz(learner_client, lessons[1], ALL_WRONG, token=f"t{n}")
    response = post_quiz(learner_client, lessons[1], ALL_RIGHT, token="t4")
    assert response.status_code == 302
    assert QuizAttempt.objects.count() == 3
    page = learner_client.get(lessons[1].url).content.decode()
    assert "You have used all your attempts at this quiz." in page


@pytest.mark.parametrize(
    "answers",
    [
        {"q-q1a": ["forged-option"]},
        {"q-unknown": ["q1a-yes"]},
        {"q-q1a": ["q1a-yes", "q1a-no"]},
    ],
)
def test_tampered_quiz_answers_get_400_and_change_nothing(learner_client, enrolled, answers):
    _course, _modules, lessons = enrolled
    response = post_quiz(learner_client, lessons[1], answers)
    assert response.status_code == 400
    assert b"do not belong to this quiz" in response.content
    assert not QuizAttempt.objects.exists()


def test_quiz_without_token_is_a_bad_request(learner_client, enrolled):
    _course, _modules, lessons = enrolled
    response = learner_client.post(quiz_url(lessons[1]), ALL_RIGHT)
    assert response.status_code == 400


def test_quiz_in_a_course_you_are_not_enrolled_in_is_refused(learner_client, course_tree):
    _course, _modules, lessons = course_tree
    response = post_quiz(learner_client, lessons[1], ALL_RIGHT)
    assert response.status_code == 403
    assert b"You are not enrolled in this course." in response.content
    assert not QuizAttempt.objects.exists()


def test_unknown_quiz_or_lesson_is_404(learner_client, enrolled):
    _course, _modules, lessons = enrolled
    assert learner_client.post(quiz_url(lessons[1], "nope"), {"token": "x"}).status_code == 404
    fake = f"/en/learning/lessons/{uuid.uuid4()}/quizzes/quiz-1/"
    assert learner_client.post(fake, {"token": "x"}).status_code == 404


def test_lesson_of_an_unpublished_course_is_404_and_refuses_actions(learner_client, enrolled):
    course, _modules, lessons = enrolled
    course.unpublish()
    assert learner_client.get(lessons[0].url).status_code == 404
    response = post_quiz(learner_client, lessons[1], ALL_RIGHT)
    assert response.status_code == 404
    assert not QuizAttempt.objects.exists()


def test_reflection_note_is_saved_and_private(learner_client, learner, enrolled):
    _course, _modules, lessons = enrolled
    url = f"/en/learning/lessons/{lessons[0].translation_key}/notes/r-1-1/"
    learner_client.post(url, {"text": "Waste heat from our kiln; an empty hall."})
    note = ReflectionNote.objects.get(user=learner)
    assert note.prompt == "List your free resources."
    assert "Waste heat from our kiln" in learner_client.get(lessons[0].url).content.decode()

    other = UserFactory()
    from courses import progress

    progress.enrol(other, _course)
    from django.test import Client

    other_client = Client()
    other_client.force_login(other)
    assert "Waste heat" not in other_client.get(lessons[0].url).content.decode()
    assert "Waste heat" not in other_client.get("/en/learning/").content.decode()
    assert b"Waste heat" not in other_client.get("/en/learning/notes.csv").content


def test_empty_or_oversized_note_is_refused_and_the_text_kept(learner_client, enrolled):
    _course, _modules, lessons = enrolled
    url = f"/en/learning/lessons/{lessons[0].translation_key}/notes/r-1-1/"
    response = learner_client.post(url, {"text": ""})
    assert response.status_code == 400
    assert b"This field is required." in response.content
    long_text = "x" * 10_001
    response = learner_client.post(url, {"text": long_text})
    assert response.status_code == 400
    assert long_text.encode() in response.content
    assert not ReflectionNote.objects.exists()


def test_notes_export_is_a_csv_of_my_notes(learner_client, learner, enrolled):
    course, _modules, lessons = enrolled
    url = f"/en/learning/lessons/{lessons[0].translation_key}/notes/r-1-1/"
    learner_client.post(url, {"text": "=SUM(A1) spare forklift on Fridays"})
    response = learner_client.get("/en/learning/notes.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Saved", "Course", "Lesson", "Prompt", "Note"]
    (row,) = rows[1:]
    assert row[1:3] == [course.title, lessons[0].title]
    assert row[4] == "'=SUM(A1) spare forklift on Fridays"  # not run as a formula


def test_lesson_feedback_is_one_per_learner_and_editable(learner_client, learner, enrolled):
    _course, _modules, lessons = enrolled
    url = f"/en/learning/lessons/{lessons[0].translation_key}/feedback/"
    learner_client.post(url, {"rating": "4", "comment": "Clear."})
    learner_client.post(url, {"rating": "5", "comment": "Even clearer."})
    feedback = LessonFeedback.objects.get(user=learner)
    assert (feedback.rating, feedback.comment) == (5, "Even clearer.")


@pytest.mark.parametrize("rating", ["0", "6", "abc", ""])
def test_out_of_range_rating_is_refused(learner_client, enrolled, rating):
    _course, _modules, lessons = enrolled
    url = f"/en/learning/lessons/{lessons[0].translation_key}/feedback/"
    response = learner_client.post(url, {"rating": rating, "comment": "keep me"})
    assert response.status_code == 400
    assert b"keep me" in response.content
    assert not LessonFeedback.objects.exists()


def test_dashboard_needs_login_and_shows_empty_states(client, learner_client):
    assert client.get("/en/learning/")["Location"].startswith("/en/accounts/login/")
    html = learner_client.get("/en/learning/").content.decode()
    assert "You are not taking any course yet." in html
    assert "Courses you finish appear here" in html


def test_dashboard_lists_progress_and_next_lesson(learner_client, enrolled):
    course, _modules, lessons = enrolled
    html = learner_client.get("/en/learning/").content.decode()
    assert course.title in html
    assert lessons[0].title in html
    assert 'class="badge" lang="en"' not in html


def test_dashboard_says_when_a_course_is_in_another_language(learner_client, enrolled):
    course, _modules, _lessons = enrolled  # English only
    html = learner_client.get("/fi/learning/").content.decode()
    assert course.title in html
    # The title is English (and marked so); the badge saying so is Finnish.
    assert f'hreflang="en" lang="en">{course.title}</a>' in html
    assert '<p class="badge">Kieli: English</p>' in html


def test_dashboard_lists_completed_courses_and_links_notes_to_their_lessons(
    learner_client, learner, enrolled
):
    course, _modules, lessons = enrolled
    learner_client.post(
        f"/en/learning/lessons/{lessons[0].translation_key}/notes/r-1-1/",
        {"text": "Our bakery has spare oven heat."},
    )
    html = learner_client.get("/en/learning/").content.decode()
    assert "You are not taking any course yet." not in html
    assert f'<a href="{lessons[0].url}">{lessons[0].title}</a>' in html

    submit_quiz(learner, course, lessons[1], PASSING_ANSWERS)
    for lesson in lessons:
        progress.mark_lesson_complete(learner, course, lesson)
    html = learner_client.get("/en/learning/").content.decode()
    assert "You have no course in progress." in html
    assert "Completed on " in html and "with a quiz average of 100%." in html
    assert "Download PDF" in html
