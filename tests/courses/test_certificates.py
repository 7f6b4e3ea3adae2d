"""Certificates: HTML, PDF, Open Badge, public verification, revocation, privacy."""

import datetime
import io
import json
import re
import socket
from urllib.parse import urlsplit

from django.core.exceptions import SuspiciousFileOperation
from django.test import Client
from django.utils import formats, timezone, translation

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Site

import pytest
from pypdf import PdfReader

from courses import progress
from courses.certificate_pdf import LocalFilesFetcher
from courses.certificates import MAX_SIGNATORIES, issue_certificate
from courses.models import Certificate, CoursePage, CourseTrainer
from home.models import HomePage, Person, SiteSettings
from tests.conftest import LANGUAGE_CODES
from tests.factories import PersonFactory, UserFactory

pytestmark = pytest.mark.django_db


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
            assert translation.gettext(label).casefold() in text.casefold()  # title in capitals
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


# --- The certificate's design: issuer, signatures, funder, QR code, one page ---

LONG_NAME = "Maria Fernanda de Sousa Albuquerque-Rodrigues"


def longest_demo_course(code):
    """The demo course whose certificate has the most text in this language."""
    courses = CoursePage.objects.live().filter(locale__language_code=code)
    return max(courses, key=lambda c: len(c.title) + sum(len(o.value) for o in c.outcomes))


def demo_certificate(code):
    user = UserFactory(first_name=LONG_NAME)
    course = longest_demo_course(code)
    progress.enrol(user, course)
    client = Client()
    client.force_login(user)
    return client, course, issue_certificate(user, course, 87)


def pdf_fragments(response):
    """(text, size in points) of every piece of text on each page; fails if a piece is
    drawn outside its page (content overflowing the frame)."""
    pages = []
    for page in PdfReader(io.BytesIO(response.content)).pages:
        fragments, width, height = [], float(page.mediabox.width), float(page.mediabox.height)

        def visit(text, cm, tm, _font, size, fragments=fragments, width=width, height=height):
            if text.strip():
                x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
                assert 0 < x < width and 0 < y < height, f"{text!r} is off the page"
                fragments.append((text, size * tm[0] * cm[0]))

        page.extract_text(visitor_text=visit)
        pages.append(fragments)
    return pages


def flat(text):
    return " ".join(text.split())


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_longest_demo_course_prints_on_one_page_in_every_language(code):
    client, course, certificate = demo_certificate(code)
    response = client.get(f"/{code}/learning/certificates/{certificate.code}/certificate.pdf")
    (page,) = pdf_fragments(response)  # exactly one page
    text = flat(" ".join(fragment for fragment, _size in page))
    assert LONG_NAME in text
    assert flat(course.title) in text
    with translation.override(code):
        issued = formats.date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT")
    assert issued in text
    assert f"http://testserver/certificates/{certificate.code}/" in text.replace(" ", "")
    home = HomePage.objects.get(locale__language_code=code)
    assert flat(home.certificate_issuer) in text
    assert flat(home.funding_acknowledgement) in text
    for trainer in course.trainers.all():
        assert trainer.person.name in text
    outcomes = [flat(outcome.value) for outcome in course.outcomes]
    for outcome in outcomes:
        assert outcome in text
    # Outcomes are readable: no fragment of them is set below 9 pt.
    sizes = [size for fragment, size in page if any(flat(fragment) in o for o in outcomes)]
    assert sizes and min(sizes) >= 9


def test_trainers_sign_with_their_role_in_the_readers_language():
    client, course, certificate = demo_certificate("et")
    html = client.get(f"/et/learning/certificates/{certificate.code}/").content.decode()
    signatures = re.findall(
        r'<span class="signature__name">([^<]+)</span>\s*<span class="signature__role">([^<]+)<',
        html,
    )
    expected = []
    for trainer in course.trainers.all():
        estonian = Person.objects.get(
            translation_key=trainer.person.translation_key, locale__language_code="et"
        )
        assert estonian.role != trainer.person.role  # translated, not the English copy
        expected.append((trainer.person.name, estonian.role))
    assert signatures == expected and len(expected) == 2


def test_at_most_three_trainers_sign_and_a_role_is_never_empty(learner_client, certificate):
    course = CoursePage.objects.get(translation_key=certificate.course_key)
    for n in range(MAX_SIGNATORIES + 1):
        CourseTrainer.objects.create(
            page=course, person=PersonFactory(name=f"Trainer {n}", role="")
        )
    html = learner_client.get(f"/en/learning/certificates/{certificate.code}/").content.decode()
    assert html.count('class="signature__name"') == MAX_SIGNATORIES
    assert "Trainer 2" in html and "Trainer 3" not in html
    assert html.count(">Course trainer</span>") == MAX_SIGNATORIES


def test_certificate_page_shows_issuer_funder_and_a_qr_code(learner_client, certificate):
    html = learner_client.get(f"/en/learning/certificates/{certificate.code}/").content.decode()
    home = HomePage.objects.get(locale__language_code="en")
    site_name = Site.objects.get(is_default_site=True).site_name
    assert f'<span class="certificate__site">{site_name}</span>' in html
    assert home.certificate_issuer in html
    assert home.funding_acknowledgement in html
    assert "/static/img/eu-flag.svg" in html
    assert '<span class="certificate__qr" aria-hidden="true"><svg viewBox=' in html


def test_without_acknowledgement_or_trainers_the_certificate_leaves_them_out(
    learner_client, certificate
):
    HomePage.objects.filter(locale__language_code="en").update(
        funding_acknowledgement="", certificate_issuer=""
    )
    html = learner_client.get(f"/en/learning/certificates/{certificate.code}/").content.decode()
    assert "certificate__funding" not in html
    assert "certificate__issuer-line" not in html
    assert "certificate__signatures" not in html  # the factory course has no trainers


def test_the_qr_code_holds_the_verification_address(learner_client, certificate):
    import segno

    html = learner_client.get(f"/en/learning/certificates/{certificate.code}/").content.decode()
    expected = segno.make(f"http://testserver/certificates/{certificate.code}/", error="m")
    assert expected.svg_inline(border=2, omitsize=True, dark="#1d2430", svgclass="qr-code") in html


def test_the_pdf_is_made_from_local_files_without_network(
    learner_client, certificate, monkeypatch, tmp_path, settings
):
    """Logo, EU emblem and an uploaded funder's logo come from disk, never over HTTP."""
    fetched = []
    fetch = LocalFilesFetcher.fetch

    def spy(self, url, headers=None):
        response = fetch(self, url, headers)
        fetched.append(urlsplit(url).path)
        return response

    def no_network(*args, **kwargs):
        raise AssertionError("the PDF opened a network connection")

    monkeypatch.setattr(LocalFilesFetcher, "fetch", spy)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    url = f"/en/learning/certificates/{certificate.code}/certificate.pdf"
    assert learner_client.get(url).status_code == 200
    assert set(fetched) == {"/static/img/eu-flag.svg", "/static/img/logo.svg"}

    settings.MEDIA_ROOT = tmp_path
    logo = Image.objects.create(title="Funder", file=get_test_image_file())
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"funding_logo": logo}
    )
    fetched.clear()
    assert learner_client.get(url).status_code == 200
    (media,) = set(fetched) - {"/static/img/logo.svg"}
    assert media.startswith("/media/images/")


def test_the_pdf_fetcher_refuses_remote_and_outside_files(settings):
    fetcher = LocalFilesFetcher()
    logo = fetcher.fetch("http://testserver/static/img/logo.svg")
    assert logo.read().startswith(b"<svg") and logo.content_type == "image/svg+xml"
    with pytest.raises(ValueError, match="local files only"):
        fetcher.fetch("https://example.org/static-looking/logo.png")
    with pytest.raises((SuspiciousFileOperation, FileNotFoundError)):
        fetcher.fetch("http://testserver/static/../../symbios/settings/base.py")


@pytest.mark.parametrize(
    ("code", "printed"),
    [
        ("en", "1 December 2026"),
        ("et", "1. detsember 2026"),
        ("fi", "1. joulukuuta 2026"),
        ("sl", "1. decembra 2026"),
        ("pt", "1 de dezembro de 2026"),
    ],
)
def test_certificate_dates_are_in_the_readers_language(learner_client, certificate, code, printed):
    issued = timezone.make_aware(datetime.datetime(2026, 12, 1, 8, 58))
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=issued)
    html = learner_client.get(
        f"/{code}/learning/certificates/{certificate.code}/"
    ).content.decode()
    assert f"<dd>{printed}</dd>" in html


def test_every_language_has_a_demo_certificate_issuer():
    for code in LANGUAGE_CODES:
        assert HomePage.objects.get(
            locale=Locale.objects.get(language_code=code)
        ).certificate_issuer


def test_a_course_with_many_outcomes_still_prints_on_one_page(learner_client, certificate):
    course = CoursePage.objects.get(translation_key=certificate.course_key)
    outcomes = [
        f"Outcome {n}: explain how a by-product of one firm becomes the raw material of "
        f"another and what it takes to keep the exchange running for years."
        for n in range(1, 13)
    ]
    course.outcomes = [("outcome", text) for text in outcomes]
    course.save_revision().publish()
    for n in range(3):
        CourseTrainer.objects.create(
            page=course, person=PersonFactory(name=f"Trainer {n}", role="Senior adviser")
        )
    url = f"/en/learning/certificates/{certificate.code}/certificate.pdf"
    (page,) = pdf_fragments(learner_client.get(url))
    text = flat(" ".join(fragment for fragment, _size in page))
    assert all(outcome in text for outcome in outcomes)
    assert min(size for fragment, size in page if "Outcome" in fragment) >= 9


def test_outcomes_that_cannot_fit_are_left_to_the_course_page(learner_client, certificate):
    course = CoursePage.objects.get(translation_key=certificate.course_key)
    outcomes = [
        f"Outcome {n}: " + "recognise the resources worth exchanging " * 6 for n in range(20)
    ]
    course.outcomes = [("outcome", text.strip()[:300]) for text in outcomes]
    course.save_revision().publish()
    url = f"/en/learning/certificates/{certificate.code}/certificate.pdf"
    (page,) = pdf_fragments(learner_client.get(url))
    text = flat(" ".join(fragment for fragment, _size in page))
    assert "Outcome 0:" in text and "Outcome 19:" not in text
    shown = len(re.findall(r"Outcome \d+:", text))
    assert 0 < shown < 19
    assert f"… and {20 - shown} more learning outcomes, listed at" in text
    assert f"http://testserver{course.url}" in text.replace(" ", "")


def test_outcome_columns_keep_the_order_and_balance_the_length():
    from courses.certificate_pdf import columns

    items = ["a" * 200, "b" * 20, "c" * 20, "d" * 20, "e" * 200, "f" * 20]
    runs = columns(items, 2)
    assert [item for run in runs for item in run] == items
    assert runs == [items[:3], items[3:]]  # 240 + 60 + 60 against 60 + 240 + 60
    assert columns(["only"], 3) == [["only"]]
    assert columns([], 3) == []
