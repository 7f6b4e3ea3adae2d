"""The catalogue of the demo courses: filters, search, languages and progress."""

import pytest

from courses import progress
from courses.demo import content
from courses.models import CourseIndexPage, CoursePage, LessonPage

pytestmark = pytest.mark.django_db

BASICS, AGRIFOOD = (course["title"] for course in content.COURSES)


def titles(response):
    return [item["course"].title for item in response.context["cards"]]


def test_catalogue_lists_every_course_once(client):
    response = client.get("/en/courses/")
    assert response.status_code == 200
    assert sorted(titles(response)) == sorted([BASICS, AGRIFOOD])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"level": "intermediate"}, [AGRIFOOD]),
        ({"sector": "leather"}, [BASICS]),
        ({"duration": "short"}, [AGRIFOOD]),
        ({"duration": "medium"}, [BASICS]),
        ({"language": "sl"}, [BASICS]),
        ({"language": "fi"}, sorted([BASICS, AGRIFOOD])),
        ({"q": "whey"}, [AGRIFOOD]),
        ({"level": "advanced"}, []),
    ],
)
def test_catalogue_filters(client, params, expected):
    assert sorted(titles(client.get("/en/courses/", params))) == expected


def test_unknown_filter_values_are_ignored(client):
    response = client.get("/en/courses/", {"level": "x", "language": "zz", "duration": "?"})
    assert len(titles(response)) == 2


def test_empty_result_says_so(client):
    response = client.get("/en/courses/", {"q": "nothing-matches-this"})
    assert b"No course matches these filters." in response.content


def test_courses_not_translated_are_shown_in_their_original_language(client):
    slovenian_catalogue = CourseIndexPage.objects.get(locale__language_code="sl")
    response = client.get(slovenian_catalogue.url)
    cards = {item["course"].translation_key: item for item in response.context["cards"]}
    agrifood = CoursePage.objects.get(locale__language_code="en", slug=content.COURSES[1]["slug"])
    basics = CoursePage.objects.get(locale__language_code="en", slug=content.COURSES[0]["slug"])
    assert cards[agrifood.translation_key]["in_other_language"]
    assert cards[agrifood.translation_key]["course"].locale.language_code == "en"
    assert cards[basics.translation_key]["course"].locale.language_code == "sl"

    # Screen readers switch voice for the English title and summary, not for the badge,
    # which is in Slovenian.
    html = response.content.decode()
    assert f'hreflang="en" lang="en">{content.COURSES[1]["title"]}</a>' in html
    assert (
        f'<p class="course-card__summary" lang="en">{content.COURSES[1]["summary"].split()[0]}'
        in html
    )
    assert '<p class="badge badge--muted">Jezik: English</p>' in html
    assert '<abbr title="Slovenščina">SL</abbr>' in html  # language names, not codes


def test_card_shows_the_learners_progress(learner_client, learner):
    course = CoursePage.objects.get(locale__language_code="en", slug=content.COURSES[1]["slug"])
    progress.enrol(learner, course)
    first_lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    progress.mark_lesson_complete(learner, course, first_lesson)
    html = learner_client.get("/en/courses/").content.decode()
    assert "50% done" in html
    card = html.split(f'href="{course.url}"', 1)[1].split("</article>", 1)[0]
    assert '<progress max="100" value="50"' in card
    assert f'aria-describedby="course-card-{course.pk}">Continue</a>' in card


def test_cards_lead_with_an_image_and_end_with_a_call_to_action(client):
    html = client.get("/en/courses/").content.decode()
    grid = html.split('<ul class="card-grid course-cards">', 1)[1].split("</ul>", 1)[0]
    cards = grid.split('<article class="card course-card">')[1:]
    assert len(cards) == len(content.COURSES)
    for card in cards:
        assert card.lstrip().startswith('<img alt="" class="card__image"')
        assert 'loading="lazy"' in card
        assert ">View course</a>" in card  # visitors: no progress, no "Continue"
        assert "<progress" not in card


def test_a_course_without_a_lead_image_gets_a_placeholder_of_the_same_shape(client):
    course = CoursePage.objects.get(locale__language_code="en", slug=content.COURSES[0]["slug"])
    course.lead_image = None
    course.save_revision().publish()
    html = client.get("/en/courses/").content.decode()
    card = html.split(f'href="{course.url}"', 1)[0].rsplit("<article", 1)[1]
    assert 'class="card__image card__image--placeholder" aria-hidden="true"' in card


def test_the_phone_filter_button_controls_the_form_and_counts_active_filters(client):
    html = client.get("/en/courses/").content.decode()
    assert 'aria-controls="course-filters"' in html and 'id="course-filters"' in html
    assert 'data-filters="closed"' in html  # the CSS shows it without scripting
    assert "filter-toggle__count" not in html
    html = client.get("/en/courses/", {"level": "intermediate", "q": "food"}).content.decode()
    assert '<span class="filter-toggle__count">(2)</span>' in html
    assert 'class="filter-panel__clear" href="/en/courses/"' in html
