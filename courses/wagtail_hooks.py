"""The courses app in the Wagtail admin: only registration; what is registered lives in
``courses/admin/`` (one module per concern)."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

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
