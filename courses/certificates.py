"""Issuing certificates. Rendering (HTML, PDF, Open Badges) is in views/certificates.py."""

from django.db import IntegrityError, transaction

from courses.models import Certificate, CoursePage
from home.translations import page_in_language


def learner_name(user):
    return user.get_full_name().strip() or user.email.split("@")[0]


def issue_certificate(user, course, score):
    """Issue once per learner and course; the names are frozen at issue time."""
    try:
        with transaction.atomic():
            return Certificate.objects.create(
                user=user,
                course_key=course.translation_key,
                learner_name=learner_name(user),
                course_title=course.title,
                language=course.locale.language_code,  # the version whose title is frozen above
                score=score,
            )
    except IntegrityError:
        return Certificate.objects.get(user=user, course_key=course.translation_key)


def certificate_course(certificate):
    """The live course a certificate is for, in the language it was issued in (whose
    title the certificate froze), else as ``home.translations`` falls back."""
    return page_in_language(CoursePage, certificate.course_key, language=certificate.language)
