from .learning import (
    Certificate,
    Enrolment,
    LessonFeedback,
    LessonProgress,
    QuizAttempt,
    ReflectionNote,
)
from .pages import (
    CourseIndexPage,
    CoursePage,
    CoursePrerequisite,
    CourseSectorTag,
    CourseTrainer,
    LessonPage,
    ModulePage,
)
from .snippets import GlossaryTerm

__all__ = [
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "CoursePrerequisite",
    "CourseSectorTag",
    "CourseTrainer",
    "Enrolment",
    "GlossaryTerm",
    "LessonFeedback",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "QuizAttempt",
    "ReflectionNote",
]
