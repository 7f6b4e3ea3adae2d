"""Certificates: the learner's HTML and PDF copies, an Open Badges 3.0 credential,
and the public verification page."""

import json

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.certificates import (
    certificate_course,
    certificate_issuer,
    learner_name,
    qr_code_svg,
    signatories,
)
from courses.models import Certificate
from courses.sharing import linkedin_add_url


def _own_certificate(request, code):
    certificate = Certificate.objects.filter(code=code.upper()).first()
    if certificate is None or not (
        request.user.is_authenticated
        and (certificate.user_id == request.user.pk or request.user.is_staff)
    ):
        # The same answer for "no such code" and "not yours": codes are not probed.
        raise Http404(_("No certificate of yours has this code."))
    return certificate


def verification_url(request, certificate):
    """Language-neutral address printed on certificates (redirects to a language)."""
    return request.build_absolute_uri(f"/certificates/{certificate.code}/")


def _context(request, certificate):
    course = certificate_course(certificate)
    url = verification_url(request, certificate)
    return {
        "certificate": certificate,
        "course": course,
        "outcomes": [block.value for block in course.outcomes] if course else [],
        "verification_url": url,
        "verification_qr": mark_safe(qr_code_svg(url)),  # noqa: S308 - made by segno
        "issuer": certificate_issuer(request),
        "signatories": signatories(course),
    }


def _newer_name(request, certificate):
    """The account's name when the owner could put it on this valid certificate."""
    if certificate.user_id != request.user.pk or not certificate.is_valid:
        return None
    name = learner_name(request.user)
    return name if name != certificate.learner_name else None


def certificate_detail(request, code):
    certificate = _own_certificate(request, code)
    context = _context(request, certificate)
    context["newer_name"] = _newer_name(request, certificate)
    if certificate.user_id == request.user.pk and certificate.is_valid:
        context["linkedin_url"] = linkedin_add_url(certificate, context["verification_url"])
    return TemplateResponse(request, "courses/certificate_detail.html", context)


@require_POST
def certificate_rename(request, code):
    """Put the owner's current account name on the certificate (e.g. after marriage or
    a typo); the verification page shows it from then on."""
    certificate = _own_certificate(request, code)
    if certificate.user_id != request.user.pk:  # staff may look, only the owner may change
        raise Http404(_("No certificate of yours has this code."))
    name = _newer_name(request, certificate)
    if name:
        certificate.learner_name = name
        certificate.save(update_fields=["learner_name"])
        messages.success(request, _("The certificate now shows “%(name)s”.") % {"name": name})
    elif not certificate.is_valid:
        messages.error(request, _("A revoked certificate cannot be changed."))
    return redirect("courses:certificate", code=certificate.code)


def certificate_pdf(request, code):
    from courses.certificate_pdf import columns, render_on_one_page  # WeasyPrint: Pango

    certificate = _own_certificate(request, code)
    context = _context(request, certificate)
    outcomes, course = context["outcomes"], context["course"]

    def render(compact, shown, measure):
        layout = {
            "compact": compact,
            "measure": measure,
            "outcome_columns": columns(outcomes[:shown], 3 if compact else 2),
            "more_outcomes": len(outcomes) - shown,
            "course_url": request.build_absolute_uri(course.get_url(request)) if course else "",
        }
        return render_to_string("courses/certificate_pdf.html", context | layout, request)

    pdf = render_on_one_page(render, len(outcomes), base_url=request.build_absolute_uri("/"))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="symbios-certificate-{certificate.code}.pdf"'
    )
    return response


def open_badge(request, certificate, course):
    """An Open Badges 3.0 ``OpenBadgeCredential`` (unsigned JSON-LD)."""
    url = verification_url(request, certificate)
    outcomes = [block.value for block in course.outcomes] if course else []
    criteria = _("Completed every lesson of the course and reached the pass mark in its quizzes.")
    if outcomes:
        criteria += " " + _("Learning outcomes:") + " " + " ".join(f"- {o}" for o in outcomes)
    achievement_id = request.build_absolute_uri(course.url if course else "/")
    result_id = f"{achievement_id}#quiz-average"
    credential = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.course_title,
        "issuer": {
            "id": request.build_absolute_uri("/"),
            "type": ["Profile"],
            "name": "Symbios",
        },
        "validFrom": certificate.issued_at.isoformat(),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": certificate.learner_name,
            # OB 3.0 names the recipient with an IdentityObject (plain, not hashed: the
            # name is printed on the certificate and shown by the verification page).
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": certificate.learner_name,
                }
            ],
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": certificate.course_title,
                "description": course.summary if course else certificate.course_title,
                "criteria": {"narrative": criteria},
                "inLanguage": certificate.language,
                "resultDescription": [
                    {
                        "id": result_id,
                        "type": ["ResultDescription"],
                        "name": _("Quiz average"),
                        "resultType": "Percent",
                    }
                ],
            },
            "result": [
                {
                    "type": ["Result"],
                    "resultDescription": result_id,
                    "value": str(certificate.score),
                }
            ],
        },
        "credentialStatus": {
            "id": url,
            "type": "SymbiosVerificationPage",
            "status": "valid" if certificate.is_valid else "revoked",
        },
    }
    return credential


def certificate_badge(request, code):
    certificate = _own_certificate(request, code)
    credential = open_badge(request, certificate, certificate_course(certificate))
    response = HttpResponse(
        json.dumps(credential, ensure_ascii=False, indent=2),
        content_type="application/ld+json; charset=utf-8",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="symbios-badge-{certificate.code}.json"'
    )
    return response


@require_GET
def verify(request, code):
    """Public: says valid or revoked, and shows only name, course and date."""
    certificate = Certificate.objects.filter(code=code.strip().upper()).first()
    status = 200 if certificate else 404
    return TemplateResponse(
        request,
        "courses/certificate_verify.html",
        {"certificate": certificate, "code": code[:40]},
        status=status,
    )
