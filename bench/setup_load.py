"""Prepare the load test: ``BENCH_LEARNERS`` learners (default 50) who have not yet
enrolled in the demo course, each with a session; the demo course opened up (no
module locks, unlimited quiz attempts) so that every simulated learner can do
everything. Prints JSON for bench/locustfile.py: the pages and the session cookies.

Run by bench/load.py; safe to run again (each run starts the learners afresh).
"""

import json
import os

import django_setup  # noqa: F401 (first: sets Django up for the imports below)

# isort: split

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from allauth.account.models import EmailAddress

from courses import structure
from courses.models import (
    CoursePage,
    Enrolment,
    LessonProgress,
    ModulePage,
    QuizAttempt,
    ReflectionNote,
)
from home.models import NewsPage

LEARNERS = int(os.environ.get("BENCH_LEARNERS", "50"))

course = CoursePage.objects.get(locale__language_code="en", slug="industrial-symbiosis-basics")
CoursePage.objects.filter(translation_key=course.translation_key).update(max_quiz_attempts=0)
ModulePage.objects.descendant_of(course).update(unlock_after_previous=False)

User = get_user_model()
cookies = []
for number in range(LEARNERS):
    user, created = User.objects.get_or_create(
        username=f"load{number}",
        defaults={"email": f"load{number}@example.org", "first_name": f"Load {number}"},
    )
    if created:
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    for model in (Enrolment, LessonProgress, QuizAttempt, ReflectionNote):
        model.objects.filter(user=user).delete()
    client = Client()
    client.force_login(user)
    cookies.append(client.cookies[settings.SESSION_COOKIE_NAME].value)

modules = structure.course_structures([course])[course.pk]
lessons = [lesson for module in modules for lesson in module.lessons]
news = NewsPage.objects.live().filter(locale__language_code="en").order_by("-date").first()
print(
    json.dumps(
        {
            "cookie_name": settings.SESSION_COOKIE_NAME,
            "cookies": cookies,
            "course": course.url,
            "news": news.url,
            "homes": [f"/{code}/" for code, _name in settings.LANGUAGES],
            "lessons": [lesson.url for lesson in lessons],
            "quiz_lessons": [lesson.url for lesson in lessons if lesson.quiz_ids],
            "note_lessons": [lesson.url for lesson in lessons if lesson.reflection_prompts],
        }
    )
)
