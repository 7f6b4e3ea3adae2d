"""The demo courses' lead images: drawn in courses/demo/illustrations.py, stored as
PNG files, loaded into Wagtail images once however often the demo is loaded."""

import io
import tomllib
from fnmatch import fnmatch
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from wagtail.images import get_image_model

import pytest
from PIL import Image as PILImage

from courses.demo import content, illustrations
from courses.demo.builder import demo_courses_loaded
from courses.models import CoursePage

pytestmark = pytest.mark.django_db


def demo_versions(data):
    english = CoursePage.objects.get(locale__language_code="en", slug=data["slug"])
    return list(CoursePage.objects.filter(translation_key=english.translation_key))


def test_every_demo_course_has_an_illustration_file_of_the_card_shape():
    assert set(illustrations.ILLUSTRATIONS) == {data["key"] for data in content.COURSES}
    for data in content.COURSES:
        with PILImage.open(illustrations.image_path(data["key"])) as image:
            assert image.size == (illustrations.WIDTH, illustrations.HEIGHT)
            assert image.size[0] * 9 == image.size[1] * 16


def test_the_illustrations_are_shipped_with_the_package():
    """load_demo reads them at run time, also on an installed (non-editable) copy."""
    pyproject = tomllib.loads((Path(settings.BASE_DIR) / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["courses.demo"]
    demo_dir = illustrations.IMAGES_DIR.parent
    for path in illustrations.IMAGES_DIR.iterdir():
        relative = path.relative_to(demo_dir).as_posix()
        assert any(fnmatch(relative, pattern) for pattern in patterns), relative


def test_every_language_version_shows_the_one_image_of_its_course():
    images = set()
    for data in content.COURSES:
        versions = demo_versions(data)
        assert len(versions) == len(data["languages"])
        assert {page.lead_image_id for page in versions} != {None}
        assert len({page.lead_image_id for page in versions}) == 1
        image = versions[0].lead_image
        assert image.title == data["title"]
        assert image.file_hash and image.width == illustrations.WIDTH
        images.add(image.pk)
    assert len(images) == len(content.COURSES)


def test_loading_the_demo_again_adds_no_image():
    before = get_image_model().objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert get_image_model().objects.count() == before


def test_a_demo_loaded_before_the_images_existed_gets_them_without_copies():
    Image = get_image_model()
    before = Image.objects.count()
    CoursePage.objects.update(lead_image=None)  # as a database from before this change
    assert not demo_courses_loaded(content)

    call_command("load_demo", stdout=io.StringIO())

    assert demo_courses_loaded(content)
    assert Image.objects.count() == before  # the stored images are found by file hash
    for data in content.COURSES:
        versions = demo_versions(data)
        assert len({page.lead_image_id for page in versions} - {None}) == 1
        # Published as a revision, so editors see the image in the page editor too.
        latest = versions[0].get_latest_revision_as_object()
        assert latest.lead_image_id == versions[0].lead_image_id


def test_the_drawings_render_at_the_card_shape(tmp_path):
    path = tmp_path / "drawing.png"
    illustrations.ILLUSTRATIONS["is-basics"]().save(path)
    with PILImage.open(path) as image:
        assert image.size == (illustrations.WIDTH, illustrations.HEIGHT)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert len(colours) > 50  # a picture, not a blank canvas
