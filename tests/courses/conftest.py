from django.test import Client

import pytest

from tests.courses.factories import build_course
from tests.factories import UserFactory


@pytest.fixture
def course_tree(home_page):
    """(course, [module1, module2], [lesson 1.1, lesson 1.2 (quiz), lesson 2.1])"""
    return build_course(home_page)


@pytest.fixture
def learner(db):
    return UserFactory(first_name="Liisa", last_name="Learner")


@pytest.fixture
def learner_client(learner):
    client = Client()
    client.force_login(learner)
    return client


@pytest.fixture
def enrolled(learner, course_tree):
    from courses import progress

    course, _modules, _lessons = course_tree
    progress.enrol(learner, course)
    return course_tree


# Answers to the quiz in lesson 1.2 of ``build_course``.
ALL_RIGHT = {"q-q1a": ["q1a-yes"], "q-q1b": ["q1b-1", "q1b-2"]}
HALF_RIGHT = {"q-q1a": ["q1a-yes"], "q-q1b": ["q1b-1"]}
ALL_WRONG = {"q-q1a": ["q1a-no"], "q-q1b": ["q1b-3"]}


@pytest.fixture
def certificate(learner, enrolled):
    """The learner's certificate of the ``enrolled`` course, earned the normal way."""
    from courses import progress
    from courses.models import Certificate
    from tests.courses.factories import PASSING_ANSWERS, submit_quiz

    course, _modules, lessons = enrolled
    submit_quiz(learner, course, lessons[1], PASSING_ANSWERS)
    for lesson in lessons:
        progress.mark_lesson_complete(learner, course, lesson)
    return Certificate.objects.get(user=learner)


@pytest.fixture
def image_keeper_client(db):
    """Admin access, no page permissions (e.g. someone who only manages images): may
    not see learner data."""
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Image keepers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    keeper = UserFactory()
    keeper.groups.add(group)
    client = Client()
    client.force_login(keeper)
    return client
