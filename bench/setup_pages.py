"""Prepare the page benchmark: the long course, a learner enrolled in the demo course
and in the long one, and their session cookie. Prints JSON: the addresses to load
and the cookie."""

import json

import django_setup  # noqa: F401 (first: sets Django up for the imports below)

# isort: split

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from allauth.account.models import EmailAddress

from bench import make_big_course
from courses import progress
from courses.models import CoursePage, LessonPage
from home.models import NewsPage

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
