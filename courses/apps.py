from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        # Each course page type is served by its function in courses.views.pages
        # (see ServedPage): the models stay free of imports of views.
        from courses.models import (
            Certificate,
            CourseIndexPage,
            CoursePage,
            GlossaryTerm,
            LessonPage,
            ModulePage,
        )
        from courses.views import pages
        from home.page_cache import register_dependency
        from home.search import register_result_type

        CourseIndexPage.page_view = pages.serve_catalogue
        CoursePage.page_view = pages.serve_course
        LessonPage.page_view = pages.serve_lesson

        # Site search lists courses first, then lessons and modules (with their course).
        register_result_type(CoursePage, label=_("Course"), rank=0)
        register_result_type(LessonPage, label=_("Lesson"), rank=1, within=CoursePage)
        register_result_type(ModulePage, label=_("Module"), rank=2, within=CoursePage)
        register_result_type(CourseIndexPage, label=_("Course catalogue"), rank=3)

        # Visitors' cached pages show glossary terms and the certificate verification
        # page (a revocation must show at once).
        register_dependency(GlossaryTerm, Certificate)
