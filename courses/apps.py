from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        # Each course page type is served by its function in courses.views.pages
        # (see ServedPage): the models stay free of imports of views.
        from courses.models import CourseIndexPage, CoursePage, LessonPage
        from courses.views import pages

        CourseIndexPage.page_view = pages.serve_catalogue
        CoursePage.page_view = pages.serve_course
        LessonPage.page_view = pages.serve_lesson
