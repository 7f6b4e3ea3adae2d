"""Create bench learners enrolled in the demo course; print the lesson to load."""

import os
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "symbios.settings.dev")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402

from allauth.account.models import EmailAddress  # noqa: E402

from courses import progress  # noqa: E402
from courses.models import CoursePage, LessonPage  # noqa: E402

PASSWORD = os.environ.get("BENCH_PASSWORD", "bench-learner-2026")
USERS = int(os.environ.get("BENCH_USERS", "20"))

course = CoursePage.objects.get(locale__language_code="en", slug="industrial-symbiosis-basics")
# Unlimited attempts, so every submission is scored rather than refused.
CoursePage.objects.filter(translation_key=course.translation_key).update(max_quiz_attempts=0)
User = get_user_model()
for n in range(USERS):
    user, created = User.objects.get_or_create(
        username=f"bench{n}", defaults={"email": f"bench{n}@example.org"}
    )
    if created:
        user.set_password(PASSWORD)
        user.save()
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    progress.enrol(user, course)
# The module-1 lesson with the quiz (the third lesson).
lesson = LessonPage.objects.descendant_of(course).live().order_by("path")[2]
print(lesson.url)
