from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
        from home.search import register_result_type

        # Site search lists courses first, then lessons and modules (with their course).
        register_result_type(CoursePage, label=_("Course"), rank=0)
        register_result_type(LessonPage, label=_("Lesson"), rank=1, within=CoursePage)
        register_result_type(ModulePage, label=_("Module"), rank=2, within=CoursePage)
        register_result_type(CourseIndexPage, label=_("Course catalogue"), rank=3)
