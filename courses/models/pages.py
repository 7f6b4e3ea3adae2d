"""The course tree edited in the CMS: catalogue → course → module → lesson."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import CharBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from courses.blocks import LessonStreamBlock


class ServedPage:
    """A page whose response a function in ``courses.views.pages`` builds.

    Models depend on neither the view layer nor domain modules (the dependencies
    point the other way); ``CoursesConfig.ready()`` sets ``page_view`` on each page
    type. Live requests and previews both go through ``serve()``.
    """

    page_view = None

    def serve(self, request, *args, **kwargs):
        return self.page_view(request, *args, **kwargs)


class CourseIndexPage(ServedPage, Page):
    """The catalogue: courses of this language, filterable and searchable."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = ["courses.CoursePage"]
    template = "courses/course_index_page.html"

    class Meta:
        verbose_name = _("course catalogue")


class CourseSectorTag(TaggedItemBase):
    content_object = ParentalKey(
        "courses.CoursePage", related_name="tagged_sectors", on_delete=models.CASCADE
    )


class CourseTrainer(Orderable):
    page = ParentalKey("courses.CoursePage", related_name="trainers", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "home.Person", verbose_name=_("trainer"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]


class CoursePrerequisite(Orderable):
    page = ParentalKey(
        "courses.CoursePage", related_name="prerequisites", on_delete=models.CASCADE
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course to take first"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("course")]


class CoursePage(ServedPage, Page):
    """A course: what it teaches, for whom, and the rules for passing it."""

    class Level(models.TextChoices):
        INTRODUCTORY = "introductory", _("Introductory")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    # --- Description ---
    summary = models.TextField(_("summary"), max_length=600)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcomes = StreamField(
        [("outcome", CharBlock(label=_("Learning outcome"), max_length=300))],
        verbose_name=_("learning outcomes"),
        blank=True,
    )
    audience = models.TextField(_("who it is for"), blank=True)
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY
    )
    estimated_hours = models.PositiveSmallIntegerField(
        _("estimated hours"), default=1, validators=[MinValueValidator(1)]
    )
    sectors = ClusterTaggableManager(
        through=CourseSectorTag, blank=True, verbose_name=_("sectors")
    )

    # --- Rules ---
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=60,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The average of the best quiz scores a learner needs to complete."),
    )
    max_quiz_attempts = models.PositiveSmallIntegerField(
        _("attempts per quiz"), default=3, help_text=_("0 means unlimited.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("lead_image"),
        FieldPanel("outcomes"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [FieldPanel("level"), FieldPanel("estimated_hours"), FieldPanel("sectors")],
            heading=_("Level and sectors"),
        ),
        InlinePanel("trainers", label=_("Trainers")),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_quiz_attempts"),
                InlinePanel("prerequisites", label=_("Prerequisites")),
            ],
            heading=_("Rules"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.SearchField("outcomes"),
        index.FilterField("level"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    template = "courses/course_page.html"
    # The page explorer lists modules in course order (and offers to reorder them).
    admin_default_ordering = "ord"

    class Meta:
        verbose_name = _("course")

    @property
    def course_key(self):
        return self.translation_key


class ModulePage(Page):
    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    unlock_after_previous = models.BooleanField(
        _("unlock after the previous module"),
        default=False,
        help_text=_("Learners must finish every lesson of the previous module first."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("unlock_after_previous"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/module_page.html"
    admin_default_ordering = "ord"  # lessons in course order, as for a course's modules
    in_sitemap = False  # redirects to its course

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        # A module has no page of its own: its content is shown on the course page.
        from django.shortcuts import redirect

        return redirect(self.get_parent().get_url(request) + f"#module-{self.pk}")


class LessonPage(ServedPage, Page):
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=10)
    body = StreamField(LessonStreamBlock(), verbose_name=_("lesson content"))

    content_panels = Page.content_panels + [FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    template = "courses/lesson_page.html"
    in_sitemap = False  # all but the first lesson need an enrolment

    class Meta:
        verbose_name = _("lesson")

    @property
    def lesson_key(self):
        return self.translation_key

    @cached_property
    def course(self):
        """The course two levels up (lesson → module → course), found by its path."""
        path = self.path[: -2 * self.steplen]
        return CoursePage.objects.filter(path=path).select_related("locale").first()
