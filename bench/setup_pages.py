"""Prepare the page benchmark: the long course, a learner enrolled in the demo course
and in the long one, and their session cookie. Prints JSON: the addresses to load
and the cookie."""

import json
import os
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402

from allauth.account.models import EmailAddress  # noqa: E402

from bench import make_big_course  # noqa: E402
from courses import progress  # noqa: E402
from courses.models import CoursePage, LessonPage  # noqa: E402
from home.models import NewsPage  # noqa: E402

long_course = make_big_course.build()
make_big_course.enrol_learners(long_course)
demo = CoursePage.objects.get(locale__language_code="en", slug="industrial-symbiosis-basics")
user, created = get_user_model().objects.get_or_create(
    username="bench-learner",
    defaults={"email": "bench-learner@example.org", "first_name": "Bench"},
)
if created:
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
for course in (demo, long_course):
    progress.enrol(user, course)
client = Client()
client.force_login(user)
cookie_name = settings.SESSION_COOKIE_NAME


def lesson(course, index):
    return LessonPage.objects.descendant_of(course).live().order_by("path")[index].url


news = NewsPage.objects.live().filter(locale__language_code="en").order_by("-date").first()
visitor = {
    "hello (ceiling)": "/_bench/hello/",
    "home": "/en/",
    "catalogue": "/en/courses/",
    "course": demo.url,
    "news item": news.url,
    **{f"home {code}": f"/{code}/" for code, _name in settings.LANGUAGES if code != "en"},
    "home, cache miss": "/en/?bench=miss",
    "catalogue, cache miss": "/en/courses/?bench=miss",
    "course, cache miss": f"{demo.url}?bench=miss",
}
learner = {
    "lesson (12-lesson course)": lesson(demo, 2),
    "lesson (300-lesson course)": lesson(long_course, 150),
    "My learning": "/en/learning/",
}
print(
    json.dumps(
        {
            "visitor": visitor,
            "learner": learner,
            "cookie": f"{cookie_name}={client.cookies[cookie_name].value}",
        }
    )
)
