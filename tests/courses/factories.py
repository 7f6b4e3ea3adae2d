"""Course trees for tests: a catalogue, a course, modules and lessons with quizzes."""

import factory
import wagtail_factories

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


def option(option_id, text, correct=False, feedback=""):
    return {
        "type": "item",
        "id": option_id,
        "value": {"text": text, "correct": correct, "feedback": feedback},
    }


def question(question_id, options, kind="single", text="Which one?", points=1):
    return {
        "type": "item",
        "id": question_id,
        "value": {
            "kind": kind,
            "text": text,
            "explanation": f"Because of {question_id}.",
            "points": points,
            "options": options,
        },
    }


def quiz_block(quiz_id, questions, title="Check yourself"):
    return {
        "type": "quiz",
        "id": quiz_id,
        "value": {
            "title": title,
            "introduction": "",
            "shuffle_options": True,
            "questions": questions,
        },
    }


def paragraph(block_id, text="<p>Surplus heat can warm a greenhouse.</p>"):
    return {"type": "paragraph", "id": block_id, "value": text}


def reflection(block_id, prompt="List your free resources."):
    return {"type": "reflection", "id": block_id, "value": {"prompt": prompt, "hint": ""}}


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Courses"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "Learn to turn by-products into business."
    pass_mark = 60
    max_quiz_attempts = 3
    estimated_hours = 2


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    estimated_minutes = 10
    body = factory.LazyFunction(lambda: [paragraph("p-default")])


def build_course(home, *, lessons_per_module=(2, 1), locked_second=True, with_quiz=True):
    """A published course: module 1 with a quiz in its last lesson and a reflection
    prompt in its first; module 2 opens only after module 1 when ``locked_second``."""
    catalogue = CourseIndexPage.objects.child_of(home).first() or CourseIndexPageFactory(
        parent=home
    )
    course = CoursePageFactory(parent=catalogue)
    modules, lessons = [], []
    for m, count in enumerate(lessons_per_module, start=1):
        module = ModulePageFactory(
            parent=course, title=f"Module {m}", unlock_after_previous=(m > 1 and locked_second)
        )
        modules.append(module)
        for n in range(1, count + 1):
            body = [paragraph(f"p-{m}-{n}")]
            if m == 1 and n == 1:
                body.append(reflection(f"r-{m}-{n}"))
            if with_quiz and n == count and m == 1:
                body.append(
                    quiz_block(
                        f"quiz-{m}",
                        [
                            question(
                                f"q{m}a",
                                [
                                    option(f"q{m}a-yes", "Heat", True, "Yes."),
                                    option(f"q{m}a-no", "Noise"),
                                ],
                            ),
                            question(
                                f"q{m}b",
                                [
                                    option(f"q{m}b-1", "Water", True),
                                    option(f"q{m}b-2", "Space", True),
                                    option(f"q{m}b-3", "Gossip"),
                                ],
                                kind="multiple",
                            ),
                        ],
                    )
                )
            lessons.append(LessonPageFactory(parent=module, title=f"Lesson {m}.{n}", body=body))
    for page in [catalogue, course, *modules, *lessons]:
        page.save_revision().publish()
    return course, modules, [LessonPage.objects.get(pk=lesson.pk) for lesson in lessons]


# The right answers to the quiz of module 1 that ``course_tree`` builds.
PASSING_ANSWERS = {"q1a": ["q1a-yes"], "q1b": ["q1b-1", "q1b-2"]}


def submit_quiz(learner, course, lesson, answers, token="t", language="en"):
    """Record an attempt as the quiz view does; returns the attempt."""
    from courses import quizzes

    attempt, _outline = quizzes.submit_attempt(
        user=learner,
        course=course,
        lesson=lesson,
        quiz_id="quiz-1",
        answers=answers,
        token=token,
        language=language,
    )
    return attempt
