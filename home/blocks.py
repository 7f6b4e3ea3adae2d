"""The one block set every content page shares (standard pages, news)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"
        preview_value = {"text": "Resources beyond materials", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_("Describe the image for people who cannot see it; leave empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=300, required=False)
    attribution = blocks.CharBlock(label=_("Credit"), max_length=200, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), max_length=200, required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote_block.html"
        preview_value = {
            "text": "The findings of the brainstorm do not oblige anyone to enter a symbiosis.",
            "attribution": "Phase I workshop guidance",
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("info", _("Information")),
            ("tip", _("Tip")),
            ("warning", _("Warning")),
            ("key", _("Key idea")),
        ],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "info-circle"
        label = _("Call-out")
        template = "components/blocks/callout_block.html"
        preview_value = {
            "kind": "tip",
            "title": "Resources are more than materials",
            "text": "<p>Surplus heat, spare space and expertise can be exchanged too.</p>",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        max_length=200,
        required=False,
        help_text=_("Defaults to the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "components/blocks/document_block.html"


class EmbedWithCaptionBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Video or other media URL"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=300, required=False)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "components/blocks/embed_block.html"


class CaptionedTableBlock(TableBlock):
    """Wagtail's table, scrollable on narrow screens; editors set the caption in
    the table options so screen readers can announce it."""

    class Meta:
        icon = "table"
        label = _("Table")
        template = "components/blocks/table_block.html"


class PeopleListBlock(blocks.StructBlock):
    """Lists the people of one kind (trainers, mentors...) in the page's language."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200, required=False)
    kind = blocks.ChoiceBlock(
        label=_("Who"),
        choices=[
            ("trainer", _("Trainers")),
            ("mentor", _("Mentors")),
            ("contact", _("Contact people")),
        ],
        default="trainer",
    )

    class Meta:
        icon = "group"
        label = _("People")
        template = "components/blocks/people_block.html"
        preview_value = {"heading": "Trainers", "kind": "trainer"}

    def get_context(self, value, parent_context=None):
        from wagtail.models import Locale

        from home.models import Person

        context = super().get_context(value, parent_context)
        context["people"] = Person.objects.filter(
            locale=Locale.get_active(), kind=value["kind"]
        ).select_related("photo")
        return context


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ul", "ol", "h3", "h4"],
        template="components/blocks/paragraph_block.html",
        preview_value=(
            "<p>Industrial symbiosis turns one organisation's surplus into another's input.</p>"
        ),
    )
    image = ImageWithCaptionBlock()
    embed = EmbedWithCaptionBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    document = DocumentLinkBlock()
    table = CaptionedTableBlock()
    people = PeopleListBlock()

    class Meta:
        label = _("Body")


class HighlightBlock(blocks.StructBlock):
    """A card on the home page pointing to a section of the site."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=400)
    page = blocks.PageChooserBlock(label=_("Links to"), required=False)
    link_label = blocks.CharBlock(label=_("Link text"), max_length=80, required=False)

    class Meta:
        icon = "pick"
        label = _("Highlight")
        template = "components/blocks/highlight_block.html"
        preview_value = {
            "title": "Learn",
            "text": "Courses on circular economy and industrial symbiosis in five languages.",
        }
