"""Issuing certificates, and what their HTML and PDF copies print besides the learner's
record: the issuer, the trainers who sign, the funder and a QR code of the verification
address. The views are in views/certificates.py, the PDF in certificate_pdf.py."""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction

from wagtail.models import Locale, Site

import segno

from courses.models import Certificate, CoursePage
from home import navigation
from home.models import Person, SiteSettings
from home.translations import page_in_language

# Signature lines that fit beside the QR code on one A4 page.
MAX_SIGNATORIES = 3


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


@dataclass
class Issuer:
    """Who issues the certificate, in the reader's language: the site, the line its
    home page gives (partners, programme) and, where the home page acknowledges a
    funder, that text with the funder's logo (the EU emblem unless settings name one)."""

    name: str
    line: str
    funding_acknowledgement: str
    funding_logo: object  # a Wagtail image, or None for the EU emblem


def certificate_issuer(request):
    site = Site.find_for_request(request)
    home = navigation.current_home(request)
    return Issuer(
        name=(site.site_name if site else "") or settings.WAGTAIL_SITE_NAME,
        line=home.certificate_issuer if home else "",
        funding_acknowledgement=home.funding_acknowledgement if home else "",
        funding_logo=SiteSettings.for_request(request).funding_logo,
    )


def signatories(course):
    """The course's first trainers (in the editors' order), with roles in the reader's
    language where the person is translated into it; two queries."""
    if course is None:
        return []
    trainers = course.trainers.select_related("person__locale")[:MAX_SIGNATORIES]
    people = [trainer.person for trainer in trainers]
    translated = {
        person.translation_key: person
        for person in Person.objects.filter(
            translation_key__in=[person.translation_key for person in people],
            locale=Locale.get_active(),
        ).select_related("locale")
    }
    return [translated.get(person.translation_key, person) for person in people]


def qr_code_svg(url):
    """The address as a QR code in inline SVG, sized by CSS (no width or height)."""
    qr = segno.make(url, error="m", micro=False)
    return qr.svg_inline(border=2, omitsize=True, dark="#1d2430", svgclass="qr-code")
