"""Generate a long course for benchmarks: ``MODULES`` x ``LESSONS`` lessons (default
30 x 10), each with a quiz in its module's last lesson, and ``LEARNERS`` enrolled
learners (default 200) who have done the first half. Idempotent. Prints nothing;
``bench/setup_pages.py`` calls it.

    DJANGO_SETTINGS_MODULE=bench.settings .venv/bin/python bench/make_big_course.py
"""

import os

import django_setup  # noqa: F401 (first: sets Django up for the imports below)

# isort: split

from django.contrib.auth import get_user_model

from allauth.account.models import EmailAddress

from courses import progress
from courses.models import (
    CourseIndexPage,
    CoursePage,
    LessonPage,
    LessonProgress,
    ModulePage,
)

MODULES = int(os.environ.get("BENCH_MODULES", "30"))
LESSONS = int(os.environ.get("BENCH_LESSONS", "10"))
LEARNERS = int(os.environ.get("BENCH_LEARNERS", "200"))
SLUG = "bench-long-course"
PARAGRAPH = (
    "A cement plant burns dried sewage sludge instead of coal, and the district "
    "heating network takes the kiln's surplus heat. " * 12
)


def quiz(key):
    return {
        "type": "quiz",
        "id": f"quiz-{key}",
        "value": {
            "title": "Check your understanding",
            "introduction": "",
            "shuffle_options": True,
            "questions": [
                {
                    "type": "item",
                    "id": f"q-{key}",
                    "value": {
                        "text": "Which of these can be another company's input?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "Surplus heat is a resource.",
                        "options": [
                            {
                                "type": "item",
                                "id": f"o-{key}-1",
                                "value": {"text": "Surplus heat", "correct": True, "feedback": ""},
                            },
                            {
                                "type": "item",
                                "id": f"o-{key}-2",
                                "value": {"text": "Nothing", "correct": False, "feedback": ""},
                            },
                        ],
                    },
                }
            ],
        },
    }


def build():
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    course = CoursePage.objects.filter(slug=SLUG).first()
    if course:
        return course
    course = catalogue.add_child(
        instance=CoursePage(
            title="Benchmark: a long course", slug=SLUG, summary="Thirty modules of ten lessons."
        )
    )
    course.save_revision().publish()
    for m in range(1, MODULES + 1):
        module = course.add_child(instance=ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        module.save_revision().publish()
        for n in range(1, LESSONS + 1):
            body = [{"type": "paragraph", "id": f"p-{m}-{n}", "value": f"<p>{PARAGRAPH}</p>"}]
            if n == LESSONS:
                body.append(quiz(f"{m}-{n}"))
            lesson = module.add_child(
                instance=LessonPage(title=f"Lesson {m}.{n}", slug=f"lesson-{n}", body=body)
            )
            lesson.save_revision().publish()
    return course


def enrol_learners(course):
    User = get_user_model()
    lessons = list(LessonPage.objects.descendant_of(course).live().order_by("path"))
    done = lessons[: len(lessons) // 2]
    for n in range(LEARNERS):
        user, created = User.objects.get_or_create(
            username=f"long{n}", defaults={"email": f"long{n}@example.org"}
        )
        if created:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        progress.enrol(user, course)
        LessonProgress.objects.bulk_create(
            [
                LessonProgress(
                    user=user, course_key=course.translation_key, lesson_key=lesson.translation_key
                )
                for lesson in done
            ],
            ignore_conflicts=True,
        )


if __name__ == "__main__":
    enrol_learners(build())
