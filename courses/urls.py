from django.urls import path
from django.views.decorators.cache import never_cache

from courses.views import certificates, learning, lessons

app_name = "courses"

# A learner's own pages (never_cache) are kept by no shared cache and not on the
# browser's disk: "Cache-Control: max-age=0, no-cache, no-store, must-revalidate,
# private".

urlpatterns = [
    path("learning/", never_cache(learning.dashboard), name="dashboard"),
    path("learning/notes.csv", never_cache(learning.export_notes), name="export_notes"),
    path("learning/courses/<uuid:course_key>/enrol/", learning.enrol, name="enrol"),
    path("learning/courses/<uuid:course_key>/leave/", learning.unenrol, name="unenrol"),
    path(
        "learning/courses/<uuid:course_key>/completed/",
        never_cache(learning.course_completed),
        name="completed",
    ),
    path(
        "learning/lessons/<uuid:lesson_key>/complete/",
        lessons.complete_lesson,
        name="complete_lesson",
    ),
    path(
        "learning/lessons/<uuid:lesson_key>/quizzes/<str:quiz_id>/",
        lessons.submit_quiz,
        name="submit_quiz",
    ),
    path(
        "learning/lessons/<uuid:lesson_key>/notes/<str:prompt_id>/",
        lessons.save_note,
        name="save_note",
    ),
    path(
        "learning/lessons/<uuid:lesson_key>/feedback/",
        lessons.save_feedback,
        name="save_feedback",
    ),
    path(
        "learning/certificates/<str:code>/",
        never_cache(certificates.certificate_detail),
        name="certificate",
    ),
    path(
        "learning/certificates/<str:code>/name/",
        never_cache(certificates.certificate_rename),
        name="certificate_rename",
    ),
    path(
        "learning/certificates/<str:code>/certificate.pdf",
        never_cache(certificates.certificate_pdf),
        name="certificate_pdf",
    ),
    path(
        "learning/certificates/<str:code>/badge.json",
        never_cache(certificates.certificate_badge),
        name="certificate_badge",
    ),
    # Public verification. Certificates print the address without a language prefix,
    # /certificates/<code>/, which LocaleMiddleware redirects to the reader's language.
    path("certificates/<str:code>/", certificates.verify, name="verify_certificate"),
]
