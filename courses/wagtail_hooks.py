"""The courses app in the Wagtail admin: only registration; what is registered lives in
``courses/admin/`` (one module per concern)."""

from django.urls import path

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from courses.admin import dashboard, editor, views
from courses.admin.permissions import PageEditorsPolicy
from courses.admin.viewsets import LearningGroup
from courses.models import Certificate, LessonFeedback

# Before the viewsets, which would otherwise create default (model permission) policies.
register_permission_policy(Certificate, PageEditorsPolicy(Certificate, {"change"}))
register_permission_policy(LessonFeedback, PageEditorsPolicy(LessonFeedback, {"view"}))

# register_snippet, not the register_admin_viewset hook, because the group holds the
# glossary snippet: Wagtail must know its snippet models as soon as the hooks are loaded
# (get_snippet_models()), before the admin URLs are.
register_snippet(LearningGroup)

# Ahead of wagtail-localize's hooks (order), so that the warning is added before its
# translation editor takes over the page editor.
hooks.register("before_edit_page", editor.warn_on_edit, order=-1)
hooks.register("after_publish_page", editor.warn_on_publish)
hooks.register("construct_homepage_panels", dashboard.add_learning_panels)

# wagtail-localize's own address of "Translate page", answered by the view that ticks
# "Include subtree" for courses; listed first (order) so that it is the one resolved.
LOCALIZE_SUBMIT_PAGE_PATH = "localize/submit/page/<int:page_id>/"


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    return [
        path(LOCALIZE_SUBMIT_PAGE_PATH, views.SubmitPageTranslationView.as_view()),
        path(
            "courses/<int:page_id>/translate-missing/",
            views.translate_missing,
            name="courses_translate_missing",
        ),
    ]
