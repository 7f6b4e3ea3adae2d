"""Parallel requests keep the invariants: a learner cannot exceed the quiz attempt
limit by submitting many times at once, and two simultaneous first ratings of a
lesson are one rating, not a server error.

The requests run in threads, each with its own database connection, against data
committed outside the test transaction (and removed afterwards), on whichever
database the suite runs (SQLite file in WAL mode, or PostgreSQL).
"""

import threading

from django.db import connection
from django.test import Client

import pytest

from courses import progress
from courses.models import LessonFeedback, QuizAttempt
from home.models import HomePage
from tests.courses.conftest import ALL_WRONG
from tests.courses.factories import build_course
from tests.factories import UserFactory

PARALLEL = 10


def in_threads(blocker, *calls):
    """Run the callables at the same moment, one thread each (each with its own
    database connection); return their results, re-raising the first error.

    Even one call runs in a thread: after the browser tests, the main thread holds
    Playwright's event loop, where Django refuses synchronous database access.
    """
    barrier = threading.Barrier(len(calls))
    results, errors = [None] * len(calls), []

    def run(index, call):
        try:
            with blocker.unblock():
                barrier.wait()
                results[index] = call()
        except Exception as error:  # noqa: BLE001 - re-raised below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


def _create_course():
    # pytest-django creates the test database only for sessions with a test marked
    # django_db (this module has one); never write to another database.
    test_name = connection.settings_dict["TEST"]["NAME"] or "test_"
    assert test_name in connection.settings_dict["NAME"], "no test database set up"
    home = HomePage.objects.get(locale__language_code="en")
    course, _modules, lessons = build_course(home)
    learner = UserFactory()
    progress.enrol(learner, course)
    clients = []
    for _ in range(PARALLEL):
        clients.append(Client())
        clients[-1].force_login(learner)
    return course, lessons, learner, clients


@pytest.fixture
def committed_course(django_db_setup, django_db_blocker):
    (created,) = in_threads(django_db_blocker, _create_course)
    yield created
    course, _lessons, learner, _clients = created
    in_threads(django_db_blocker, lambda: (learner.delete(), course.delete()))


def test_parallel_quiz_submissions_never_exceed_the_attempt_limit(
    committed_course, django_db_blocker
):
    course, lessons, learner, clients = committed_course
    url = f"/en/learning/lessons/{lessons[1].translation_key}/quizzes/quiz-1/"
    responses = in_threads(
        django_db_blocker,
        *[
            lambda client=client, n=n: client.post(url, {**ALL_WRONG, "token": f"t{n}"})
            for n, client in enumerate(clients)
        ],
    )
    assert [response.status_code for response in responses] == [302] * PARALLEL
    (attempts,) = in_threads(
        django_db_blocker, lambda: QuizAttempt.objects.filter(user=learner).count()
    )
    assert attempts == course.max_quiz_attempts


def test_parallel_first_ratings_of_a_lesson_make_one_rating(committed_course, django_db_blocker):
    _course, lessons, learner, clients = committed_course
    url = f"/en/learning/lessons/{lessons[0].translation_key}/feedback/"
    responses = in_threads(
        django_db_blocker,
        *[
            lambda client=client, n=n: client.post(url, {"rating": str(n % 5 + 1)})
            for n, client in enumerate(clients)
        ],
    )
    assert [response.status_code for response in responses] == [302] * PARALLEL
    (ratings,) = in_threads(
        django_db_blocker, lambda: LessonFeedback.objects.filter(user=learner).count()
    )
    assert ratings == 1


@pytest.mark.django_db
def test_enrolling_twice_is_one_enrolment(course_tree, learner):
    """Sequential, and marked django_db: it also makes pytest-django create the test
    database when this module runs on its own."""
    course, _modules, _lessons = course_tree
    assert progress.enrol(learner, course) == progress.enrol(learner, course)
