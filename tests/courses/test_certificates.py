"""Certificates: HTML, PDF, Open Badge, public verification, revocation, privacy."""

import io
import json

from django.test import Client
from django.utils import timezone, translation

import pytest
from pypdf import PdfReader

from courses import progress
from courses.models import Certificate
from tests.courses.factories import PASSING_ANSWERS, submit_quiz
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(learner, enrolled):
    course, _modules, lessons = enrolled
    submit_quiz(learner, course, lessons[1], PASSING_ANSWERS)
    for lesson in lessons:
        progress.mark_lesson_complete(learner, course, lesson)
    return Certificate.objects.get(user=learner)


def test_completing_the_last_lesson_leads_to_the_certificate(learner_client, learner, enrolled):
    course, _modules, lessons = enrolled
    learner_client.post(
        f"/en/learning/lessons/{lessons[1].translation_key}/quizzes/quiz-1/",
        {"q-q1a": ["q1a-yes"], "q-q1b": ["q1b-1", "q1b-2"], "token": "t"},
    )
    learner_client.post(f"/en/learning/lessons/{lessons[0].translation_key}/complete/")
    response = learner_client.post(f"/en/learning/lessons/{lessons[2].translation_key}/complete/")
    assert response["Location"] == f"/en/learning/courses/{course.translation_key}/completed/"
    certificate = Certificate.objects.get(user=learner)
    assert certificate.code in learner_client.get(response["Location"]).content.decode()
    assert certificate.code in learner_client.get("/en/learning/").content.decode()


def test_certificate_page_pdf_and_badge(learner_client, certificate):
    html = learner_client.get(f"/en/learning/certificates/{certificate.code}/").content.decode()
    assert "Liisa Learner" in html
    assert f"http://testserver/certificates/{certificate.code}/" in html

    pdf = learner_client.get(f"/en/learning/certificates/{certificate.code}/certificate.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")

    badge = learner_client.get(f"/en/learning/certificates/{certificate.code}/badge.json")
    credential = json.loads(badge.content)
    assert "OpenBadgeCredential" in credential["type"]
    assert credential["credentialSubject"]["name"] == "Liisa Learner"
    subject = credential["credentialSubject"]
    assert subject["identifier"] == [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": "Liisa Learner",
        }
    ]
    (description,) = subject["achievement"]["resultDescription"]
    assert description["resultType"] == "Percent"
    assert subject["result"] == [
        {"type": ["Result"], "resultDescription": description["id"], "value": "100"}
    ]
    assert credential["credentialSubject"]["achievement"]["criteria"]["narrative"]
    assert credential["id"].endswith(f"/certificates/{certificate.code}/")


def pdf_text(response):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_pdf_names_learner_course_date_language_code_and_verification_address(
    learner_client, certificate
):
    response = learner_client.get(f"/fi/learning/certificates/{certificate.code}/certificate.pdf")
    assert response["Content-Disposition"] == (
        f'attachment; filename="symbios-certificate-{certificate.code}.pdf"'
    )
    text = " ".join(pdf_text(response).split())
    with translation.override("fi"):
        for label in ["Certificate of completion", "Course language", "Certificate code"]:
            assert translation.gettext(label) in text
    assert "Liisa Learner" in text
    assert certificate.course_title in text
    assert "englanti" in text  # the course version's language, named in Finnish
    assert certificate.code in text
    assert "kuuta " in text  # a Finnish date: every month name ends so ("marraskuuta")
    assert f"http://testserver/certificates/{certificate.code}/" in text.replace(" ", "")


def test_public_verification_shows_only_name_course_and_date(client, certificate):
    response = client.get(f"/certificates/{certificate.code}/", follow=True)
    assert response.redirect_chain == [(f"/en/certificates/{certificate.code}/", 302)]
    assert response.status_code == 200
    html = response.content.decode()
    assert "Valid certificate" in html
    assert "Liisa Learner" in html and certificate.course_title in html
    assert f'<dd lang="{certificate.language}">{certificate.course_title}</dd>' in html
    assert certificate.user.email not in html
    assert f"{certificate.score}%" not in html


def test_verification_is_case_insensitive_and_unknown_codes_are_404(client, certificate):
    assert client.get(f"/en/certificates/{certificate.code.lower()}/").status_code == 200
    response = client.get("/fi/certificates/NOPE-NOPE-NOPE/")
    assert response.status_code == 404
    with translation.override("fi"):
        message = translation.gettext(
            "No certificate has the code “%(code)s”. Check the code and try again."
        )
    assert message % {"code": "NOPE-NOPE-NOPE"} in response.content.decode()


def test_revoked_certificate_says_so(client, certificate):
    certificate.revoked_at = timezone.now()
    certificate.save()
    html = client.get(f"/en/certificates/{certificate.code}/").content.decode()
    assert "This certificate has been revoked" in html


def test_other_learners_cannot_open_my_certificate_files(certificate):
    other = Client()
    other.force_login(UserFactory())
    for suffix in ["", "certificate.pdf", "badge.json"]:
        response = other.get(f"/en/learning/certificates/{certificate.code}/{suffix}")
        assert response.status_code == 404
    assert Client().get(f"/en/learning/certificates/{certificate.code}/").status_code == 404


def test_owner_puts_a_changed_name_on_the_certificate(learner_client, learner, certificate):
    page = f"/en/learning/certificates/{certificate.code}/"
    assert "Use my current name" not in learner_client.get(page).content.decode()

    learner_client.post("/en/accounts/name/", {"name": "Liisa Mägi"})
    html = learner_client.get(page).content.decode()
    assert "Use my current name on this certificate" in html
    assert "Liisa Learner" in html  # unchanged until the learner asks

    response = learner_client.post(f"{page}name/", follow=True)
    assert "The certificate now shows “Liisa Mägi”." in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.learner_name == "Liisa Mägi"
    assert "Liisa Mägi" in Client().get(f"/en/certificates/{certificate.code}/").content.decode()


def test_nobody_else_can_rename_a_certificate_and_revoked_ones_stay(certificate):
    url = f"/en/learning/certificates/{certificate.code}/name/"
    other = Client()
    other.force_login(UserFactory(first_name="Mallory"))
    assert other.post(url).status_code == 404
    staff = Client()
    staff.force_login(UserFactory(first_name="Editor", is_staff=True))
    assert staff.get(f"/en/learning/certificates/{certificate.code}/").status_code == 200
    assert staff.post(url).status_code == 404
    assert Client().post(url).status_code == 404
    owner = Client()
    owner.force_login(certificate.user)
    assert owner.get(url).status_code == 405

    certificate.user.first_name = "Someone Else"
    certificate.user.save()
    certificate.revoked_at = timezone.now()
    certificate.save()
    response = owner.post(url, follow=True)
    assert "A revoked certificate cannot be changed." in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.learner_name == "Liisa Learner"
