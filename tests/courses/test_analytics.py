"""Course analytics for editors: the figures, the admin pages and exports, certificate
revocation and learner feedback in the admin, and a fixed number of queries."""

import csv
import io
from datetime import datetime, timedelta

from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import pytest

from courses import analytics, quizzes
from courses.models import (
    Certificate,
    Enrolment,
    LessonFeedback,
    LessonPage,
    LessonProgress,
    QuizAttempt,
)
from tests.courses.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    option,
    paragraph,
    question,
    quiz_block,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


# --- A course with two quizzes ---

QUIZ_1 = [
    question("q1", [option("o1", "Heat", True), option("o2", "Noise")]),
    question(
        "q2",
        [option("o3", "Water", True), option("o4", "Steam", True), option("o5", "Gossip")],
        kind="multiple",
    ),
]
QUIZ_2 = [question("q3", [option("o6", "Yes", True), option("o7", "No")])]


@pytest.fixture
def course(home_page):
    """A published course: module 1 with lesson 1 (quiz-1) and lesson 2 (quiz-2)."""
    catalogue = CourseIndexPageFactory(
        parent=home_page, title="Analytics catalogue", slug="analytics-catalogue"
    )
    course = CoursePageFactory(parent=catalogue, title="Mapping surplus heat")
    module = ModulePageFactory(parent=course, title="Module 1")
    lessons = [
        LessonPageFactory(
            parent=module,
            title="Lesson one",
            body=[paragraph("p1"), quiz_block("quiz-1", QUIZ_1)],
        ),
        LessonPageFactory(parent=module, title="Lesson two", body=[quiz_block("quiz-2", QUIZ_2)]),
    ]
    for page in [catalogue, course, module, *lessons]:
        page.save_revision().publish()
    return course


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def enrol(user, course, **dates):
    enrolment = Enrolment.objects.create(user=user, course_key=course.translation_key)
    if dates:  # enrolled_at and last_activity_at are set automatically on save
        Enrolment.objects.filter(pk=enrolment.pk).update(**dates)
    return enrolment


def complete(user, course, lesson):
    return LessonProgress.objects.create(
        user=user, course_key=course.translation_key, lesson_key=lesson.translation_key
    )


def attempt(user, course, lesson, quiz_id, answers, language="en"):
    """An attempt scored as the site scores it."""
    quiz = quizzes.find_block(lesson, quiz_id, "quiz")
    results, score, max_score = quizzes.score_answers(quiz, answers)
    return QuizAttempt.objects.create(
        user=user,
        course_key=course.translation_key,
        lesson_key=lesson.translation_key,
        quiz_id=quiz_id,
        submission_token=f"{quiz_id}-{user.pk}-{QuizAttempt.objects.count()}",
        answers=answers,
        results=results,
        score=score,
        max_score=max_score,
        percent=round(100 * score / max_score),
        passed=score == max_score,
        language=language,
    )


def feedback(user, course, lesson, rating, comment="", language="en"):
    return LessonFeedback.objects.create(
        user=user,
        course_key=course.translation_key,
        lesson_key=lesson.translation_key,
        rating=rating,
        comment=comment,
        language=language,
    )


@pytest.fixture
def learners(course):
    """Six enrolled learners and their work, plus an outsider who left the course.

    quiz-1 q1: 6 attempts answer, all correct (too easy); q2: 5 answer (one attempt
    skips it), 1 correct (too hard). quiz-2 q3: 4 answers, all correct (too few to
    flag). Lesson one completed by 4 enrolled learners, lesson two by 1.
    """
    one, two = lessons_of(course)
    people = UserFactory.create_batch(6)
    for person in people:
        enrol(person, course)
    q2_answers = [["o3", "o4"], ["o3"], ["o3"], ["o5"], ["o4", "o5"]]
    for person, answer in zip(people, q2_answers, strict=False):
        attempt(person, course, one, "quiz-1", {"q1": ["o1"], "q2": answer})
    attempt(people[5], course, one, "quiz-1", {"q1": ["o1"]})
    for person in people[:4]:
        attempt(person, course, two, "quiz-2", {"q3": ["o6"]})
    for person in people[:4]:
        complete(person, course, one)
    complete(people[0], course, two)

    outsider = UserFactory()  # progress kept after leaving the course: not in the funnel
    complete(outsider, course, one)

    feedback(people[0], course, one, 5, "Clear and useful.", "en")
    feedback(people[1], course, one, 4, "Selkeä.", "fi")
    feedback(people[2], course, one, 3)
    feedback(people[3], course, two, 2, '=HYPERLINK("http://evil.example")', "et")
    return people


@pytest.fixture
def superuser_client():
    client = Client()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def analytics_url(course):
    return reverse("course_analytics:course", args=[course.translation_key])


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


# --- Figures ---


def test_funnel_counts_enrolled_learners_per_lesson_in_course_order(course, learners):
    funnel = analytics.completion_funnel(course)
    assert [(s.lesson.page.title, s.completed, s.percent, s.lost) for s in funnel] == [
        ("Lesson one", 4, 67, None),
        ("Lesson two", 1, 17, 3),
    ]


def test_every_language_version_counts_the_same_learners(course, learners):
    finnish = course.copy_for_translation(
        Locale.objects.get(language_code="fi"), copy_parents=True
    )
    assert finnish.translation_key == course.translation_key
    assert analytics.learner_counts(finnish).enrolled == 6
    assert analytics.course_page(course.translation_key).pk == course.pk  # English first
    (row,) = [r for r in analytics.course_overview() if r.course_key == course.translation_key]
    assert (row.title, row.languages) == ("Mapping surplus heat", ["en", "fi"])


def test_item_analysis_gives_shares_and_flags_questions(course, learners):
    quiz_1, quiz_2 = analytics.quiz_item_analysis(course)
    assert (quiz_1.quiz_id, quiz_1.attempts, quiz_2.quiz_id, quiz_2.attempts) == (
        "quiz-1",
        6,
        "quiz-2",
        4,
    )
    q1, q2 = quiz_1.questions
    assert (q1.answered, q1.correct, q1.percent_correct, q1.flag) == (6, 6, 100, "too_easy")
    assert [(o.id, o.percent) for o in q1.options] == [("o1", 100), ("o2", 0)]
    assert (q2.answered, q2.correct, q2.percent_correct, q2.flag) == (5, 1, 20, "too_hard")
    assert [(o.id, o.chosen, o.percent) for o in q2.options] == [
        ("o3", 3, 60),
        ("o4", 2, 40),
        ("o5", 2, 40),
    ]
    (q3,) = quiz_2.questions
    assert (q3.answered, q3.percent_correct, q3.flag) == (4, 100, None)  # fewer than 5


def test_a_question_between_the_thresholds_is_not_flagged(course):
    one, _two = lessons_of(course)
    for n, person in enumerate(UserFactory.create_batch(5)):
        attempt(person, course, one, "quiz-1", {"q1": ["o1" if n < 3 else "o2"]})
    q1 = analytics.quiz_item_analysis(course)[0].questions[0]
    assert (q1.answered, q1.percent_correct, q1.flag) == (5, 60, None)


def test_lesson_ratings_average_count_and_comments_with_language(course, learners):
    ratings = analytics.lesson_ratings(course)
    assert [(r.title, r.average, r.count) for r in ratings.lessons] == [
        ("Lesson one", 4.0, 3),
        ("Lesson two", 2.0, 1),
    ]
    assert ratings.lessons[0].distribution == {1: 0, 2: 0, 3: 1, 4: 1, 5: 1}
    assert sorted((c.lesson.title, c.rating, c.comment, c.language) for c in ratings.comments) == [
        ("Lesson one", 4, "Selkeä.", "fi"),
        ("Lesson one", 5, "Clear and useful.", "en"),
        ("Lesson two", 2, '=HYPERLINK("http://evil.example")', "et"),
    ]


def test_enrolments_per_week_and_active_learners(course):
    now = timezone.make_aware(datetime(2026, 11, 25, 12, 0))  # a Wednesday
    old = now - timedelta(days=40)
    recent, quiz_taker, gone = UserFactory.create_batch(3)
    enrol(recent, course, enrolled_at=now - timedelta(hours=1), last_activity_at=now)
    enrol(quiz_taker, course, enrolled_at=now - timedelta(days=7), last_activity_at=old)
    enrol(gone, course, enrolled_at=now - timedelta(weeks=30), last_activity_at=old)
    one, _two = lessons_of(course)
    taken = attempt(quiz_taker, course, one, "quiz-1", {"q1": ["o1"]})
    QuizAttempt.objects.filter(pk=taken.pk).update(submitted_at=now - timedelta(days=3))
    done = complete(gone, course, one)
    LessonProgress.objects.filter(pk=done.pk).update(completed_at=old)

    weeks = analytics.enrolments_per_week(course, now=now)
    assert len(weeks) == 26
    assert (weeks[-1].start.isoformat(), weeks[-1].count) == ("2026-11-23", 1)
    assert (weeks[-2].start.isoformat(), weeks[-2].count) == ("2026-11-16", 1)
    assert weeks[0].start.isoformat() == "2026-06-01"
    assert sum(week.count for week in weeks) == 2  # the 30-week-old enrolment is out

    counts = analytics.learner_counts(course, now=now)
    assert (counts.enrolled, counts.completed, counts.active) == (3, 0, 2)


def test_course_overview_has_one_row_per_course_with_its_english_title(course, learners):
    rows = {row.course_key: row for row in analytics.course_overview()}
    row = rows[course.translation_key]
    assert (row.title, row.languages, row.live, row.enrolled, row.completed) == (
        "Mapping surplus heat",
        ["en"],
        True,
        6,
        0,
    )


# --- Admin pages ---


def test_editor_sees_the_course_list_and_the_analytics_page(superuser_client, course, learners):
    html = superuser_client.get(reverse("course_analytics:index")).content.decode()
    assert "Mapping surplus heat" in html
    assert analytics_url(course) in html

    response = superuser_client.get(analytics_url(course))
    assert response.status_code == 200
    html = response.content.decode()
    for text in ["Lesson one", "Lesson two", "Too easy", "Too hard", "Selkeä.", "<svg"]:
        assert text in html
    report = response.context["report"]
    assert (report.learners.enrolled, report.learners.active) == (6, 7)
    assert "67%" in html and "17%" in html  # the funnel, as text beside the bars
    assert "=HYPERLINK(&quot;http://evil.example&quot;)" in html  # escaped


def test_a_course_without_learners_says_so_instead_of_drawing_empty_charts(
    superuser_client, course
):
    html = superuser_client.get(analytics_url(course)).content.decode()
    assert "No new enrolments in the last 26 weeks." in html
    assert 'class="ca-chart"' not in html
    assert "ISO week" not in html


def test_admin_menu_has_the_learning_group(superuser_client, course):
    html = superuser_client.get("/admin/").content.decode()
    for label in ["Learning", "Course analytics", "Certificates", "Lesson feedback", "Glossary"]:
        assert f'"{label}"' in html, label
    # The glossary is a snippet, but listed under "Learning" only.
    assert '"Snippets"' not in html


def test_the_learning_menu_shows_only_the_glossary_to_who_cannot_see_learner_data(course):
    group = Group.objects.create(name="Glossary keepers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_glossaryterm"),
    )
    keeper = UserFactory()
    keeper.groups.add(group)
    client = Client()
    client.force_login(keeper)
    html = client.get("/admin/").content.decode()
    assert '"Glossary"' in html
    for label in ["Course analytics", "Certificates", "Lesson feedback"]:
        assert f'"{label}"' not in html, label


def test_members_of_the_editors_group_see_analytics(course):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    assert client.get(analytics_url(course)).status_code == 200


def test_anonymous_visitors_are_sent_to_the_login(client, course):
    response = client.get(analytics_url(course))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_learners_and_admin_users_who_cannot_edit_pages_are_refused(
    course, learners, image_keeper_client
):
    learner = Client()
    learner.force_login(learners[0])
    response = learner.get(analytics_url(course))
    assert response.status_code == 302  # no admin access: to the admin login
    assert response["Location"].startswith(reverse("wagtailadmin_login"))

    # Admin access alone (e.g. someone who only manages images) is not enough.
    client = image_keeper_client
    for url in [
        reverse("course_analytics:index"),
        analytics_url(course),
        reverse("course_analytics:csv", args=[course.translation_key, "funnel"]),
        reverse("certificates:index"),
        reverse("lesson_feedback:index"),
    ]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("wagtailadmin_home"), url


def test_unknown_course_is_404(superuser_client):
    url = reverse("course_analytics:course", args=["00000000-0000-0000-0000-000000000000"])
    # LocaleMiddleware turns a 404 into a redirect to /en/admin/…, not a page either.
    assert superuser_client.get(url, follow=True).status_code == 404


# --- CSV export ---


def test_csv_export_of_the_funnel(superuser_client, course, learners):
    url = reverse("course_analytics:csv", args=[course.translation_key, "funnel"])
    response = superuser_client.get(url)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="mapping-surplus-heat-funnel.csv"' in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert header[:4] == ["Number", "Lesson", "Module", "Learners who completed it"]
    assert rows == [
        ["1", "Lesson one", "Module 1", "4", "6", "67", ""],
        ["2", "Lesson two", "Module 1", "1", "6", "17", "3"],
    ]


def test_csv_export_of_quiz_items_and_comments(superuser_client, course, learners):
    url = reverse("course_analytics:csv", args=[course.translation_key, "quiz-items"])
    _header, *rows = csv_rows(superuser_client.get(url))
    assert len(rows) == 7  # one row per answer option
    assert rows[0] == [
        "Lesson one", "Check yourself", "1", "Which one?", "6", "100", "Too easy",
        "Heat", "yes", "6", "100",
    ]  # fmt: skip

    url = reverse("course_analytics:csv", args=[course.translation_key, "comments"])
    _header, *rows = csv_rows(superuser_client.get(url))
    comments = {row[2]: row for row in rows}
    # A learner's formula is text in a spreadsheet, not a formula.
    assert comments['\'=HYPERLINK("http://evil.example")'][:2] == ["Lesson two", "2"]
    assert comments["Selkeä."][3] == "fi"


def test_unknown_csv_table_is_404(superuser_client, course):
    url = reverse("course_analytics:csv", args=[course.translation_key, "secrets"])
    assert superuser_client.get(url).status_code == 404


# --- Certificates and feedback in the admin ---


@pytest.fixture
def certificate(course, learners):
    return Certificate.objects.create(
        user=learners[0],
        course_key=course.translation_key,
        learner_name="Liisa Learner",
        course_title=course.title,
        language="en",
        score=90,
    )


def test_revoking_a_certificate_in_the_admin_shows_on_the_public_page(
    superuser_client, client, certificate
):
    url = reverse("certificates:edit", args=[certificate.pk])
    html = superuser_client.get(url).content.decode()
    assert 'name="revoked"' in html and 'name="revocation_reason"' in html
    assert 'name="learner_name"' not in html and 'name="score"' not in html
    assert "Liisa Learner" in html  # shown, read only

    response = superuser_client.post(url, {"revoked": "on", "revocation_reason": "Copied."})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert certificate.revocation_reason == "Copied."
    assert certificate.learner_name == "Liisa Learner"

    page = client.get(f"/certificates/{certificate.code}/", follow=True).content.decode()
    assert "This certificate has been revoked" in page

    superuser_client.post(url, {"revocation_reason": "Copied."})  # reinstated
    certificate.refresh_from_db()
    assert (certificate.revoked_at, certificate.revocation_reason) == (None, "")
    page = client.get(f"/certificates/{certificate.code}/", follow=True).content.decode()
    assert "Valid certificate" in page


def test_revoking_needs_a_reason(superuser_client, certificate):
    url = reverse("certificates:edit", args=[certificate.pk])
    response = superuser_client.post(url, {"revoked": "on", "revocation_reason": " "})
    assert response.status_code == 200
    assert "Say why the certificate is revoked." in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_certificates_cannot_be_created_copied_or_deleted_in_the_admin(
    superuser_client, certificate
):
    listing = superuser_client.get(reverse("certificates:index"))
    assert certificate.code in listing.content.decode()
    assert reverse("certificates:add") not in listing.content.decode()

    home = reverse("wagtailadmin_home")
    add = superuser_client.get(reverse("certificates:add"))
    assert add["Location"] == home
    delete_url = reverse("certificates:delete", args=[certificate.pk])
    assert superuser_client.post(delete_url)["Location"] == home
    assert Certificate.objects.filter(pk=certificate.pk).exists()


def test_certificate_listing_filters_revoked_and_searches_by_name(superuser_client, certificate):
    list_url = reverse("certificates:index")
    assert certificate.code in superuser_client.get(list_url, {"q": "liisa"}).content.decode()
    assert (
        certificate.code
        not in superuser_client.get(list_url, {"revoked": "true"}).content.decode()
    )
    assert (
        certificate.code in superuser_client.get(list_url, {"revoked": "false"}).content.decode()
    )


def test_lesson_feedback_listing_is_read_only(superuser_client, course, learners):
    html = superuser_client.get(reverse("lesson_feedback:index"))
    html = html.content.decode()
    assert "Selkeä." in html and "Lesson one" in html and "Mapping surplus heat" in html
    some_feedback = LessonFeedback.objects.first()
    edit_url = reverse("lesson_feedback:edit", args=[some_feedback.pk])
    assert edit_url not in html
    assert superuser_client.get(edit_url)["Location"] == reverse("wagtailadmin_home")


def test_glossary_terms_are_listed_in_the_admin(superuser_client):
    response = superuser_client.get(reverse("wagtailsnippets_courses_glossaryterm:list"))
    assert response.status_code == 200


# --- No N+1 queries ---

# Session, user and admin profile (3), the course (1), the report (8: modules, lessons,
# enrolment totals, active learners, weeks, funnel, quiz attempts, feedback) and the
# admin menu (3), whatever the number of learners.
ANALYTICS_PAGE_QUERIES = 15


@pytest.mark.parametrize("size", [2, 20])
def test_analytics_page_queries_do_not_grow_with_learners(
    size, superuser_client, course, django_assert_num_queries
):
    one, two = lessons_of(course)
    for n, person in enumerate(UserFactory.create_batch(size)):
        enrol(person, course)
        complete(person, course, one)
        attempt(person, course, one, "quiz-1", {"q1": ["o1"], "q2": ["o3"]})
        attempt(person, course, two, "quiz-2", {"q3": ["o6" if n % 2 else "o7"]})
        feedback(person, course, one, 1 + n % 5, f"Comment {n}")
    url = analytics_url(course)
    superuser_client.get(url)  # warm per-process caches
    with django_assert_num_queries(ANALYTICS_PAGE_QUERIES):
        response = superuser_client.get(url)
    assert response.context["report"].learners.enrolled == size
