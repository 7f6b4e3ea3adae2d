"""Lesson blocks: teaching content, case studies, reflection prompts and quizzes.

Block ids (the StreamField item ids, and the ids of quiz questions and options)
are kept by wagtail-localize in every translation, so learners' quiz attempts and
notes are keyed by them and survive a change of language.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import CalloutBlock, DocumentLinkBlock, HeadingBlock, ImageWithCaptionBlock


class MarkdownBlock(blocks.TextBlock):
    """Markdown written by editors, rendered and sanitised with bleach."""

    class Meta:
        icon = "code"
        label = _("Markdown")
        template = "components/blocks/markdown_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=["bold", "italic", "ul", "ol"],
        help_text=_("Needed by learners who cannot hear or watch the video."),
    )

    class Meta:
        icon = "media"
        label = _("Video with transcript")
        template = "components/blocks/video_block.html"


class ResourceExchangedBlock(blocks.StructBlock):
    resource = blocks.CharBlock(label=_("Resource"), max_length=200)
    from_party = blocks.CharBlock(label=_("From"), max_length=200)
    to_party = blocks.CharBlock(label=_("To"), max_length=200)


class OutcomeFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=60)
    label = blocks.CharBlock(label=_("What it measures"), max_length=200)


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    organisation = blocks.CharBlock(label=_("Organisation or network"), max_length=200)
    place = blocks.CharBlock(label=_("Place"), max_length=200)
    summary = blocks.RichTextBlock(label=_("Story"), features=["bold", "italic", "link", "ul"])
    resources = blocks.ListBlock(ResourceExchangedBlock(), label=_("Resources exchanged"))
    outcomes = blocks.ListBlock(OutcomeFigureBlock(), label=_("Outcome figures"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Case study")
        template = "components/blocks/case_study_block.html"


class GlossaryTermBlock(blocks.StructBlock):
    term = SnippetChooserBlock("courses.GlossaryTerm", label=_("Term"))

    class Meta:
        icon = "help"
        label = _("Glossary term")
        template = "components/blocks/glossary_term_block.html"


class ReflectionBlock(blocks.StructBlock):
    """A question the learner answers in a private note, saved to their account."""

    prompt = blocks.TextBlock(label=_("Prompt"))
    hint = blocks.TextBlock(label=_("Hint"), required=False)

    class Meta:
        icon = "edit"
        label = _("Reflection prompt")
        template = "components/blocks/reflection_block.html"


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=500)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), required=False, help_text=_("Shown when a learner picks it.")
    )


class QuestionBlock(blocks.StructBlock):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"

    kind = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[
            (SINGLE, _("Single choice")),
            (MULTIPLE, _("Multiple choice")),
            (TRUE_FALSE, _("True or false")),
        ],
        default=SINGLE,
    )
    text = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(OptionBlock(), label=_("Answers"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, help_text=_("Shown after answering.")
    )
    points = blocks.IntegerBlock(label=_("Points"), default=1, min_value=1, max_value=100)


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    introduction = blocks.TextBlock(label=_("Introduction"), required=False)
    shuffle_options = blocks.BooleanBlock(label=_("Shuffle answers"), required=False, default=True)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "tick-inverse"
        label = _("Quiz")
        template = "components/blocks/quiz_block.html"


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ul", "ol", "h3", "h4"],
        template="components/blocks/paragraph_block.html",
    )
    markdown = MarkdownBlock()
    image = ImageWithCaptionBlock()
    video = VideoBlock()
    download = DocumentLinkBlock(icon="download", label=_("Document download"))
    callout = CalloutBlock()
    case_study = CaseStudyBlock()
    glossary_term = GlossaryTermBlock()
    reflection = ReflectionBlock()
    quiz = QuizBlock()

    class Meta:
        label = _("Lesson content")
