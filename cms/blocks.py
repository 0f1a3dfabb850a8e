"""StreamField blocks shared by the editorial pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "cms/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "cms/blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False)

    class Meta:
        icon = "doc-full"
        template = "cms/blocks/document.html"


class LinkBlock(blocks.StructBlock):
    """A link to a page of the portal or to another address."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Address"),
        required=False,
        help_text=_("Another site, or a path of the portal such as /consultations/."),
    )
    label = blocks.CharBlock(label=_("Link text"), required=False)

    class Meta:
        icon = "link"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "pick"
        template = "cms/blocks/call_to_action.html"


class ArticleBlock(blocks.StructBlock):
    """A numbered article of a charter or a regulation."""

    number = blocks.CharBlock(label=_("Number"))
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.RichTextBlock(label=_("Text"))

    class Meta:
        icon = "list-ol"
        template = "cms/blocks/article.html"


class UsefulLinksBlock(blocks.StaticBlock):
    """The useful links that editors maintain as snippets, in the page's language."""

    class Meta:
        icon = "link"
        label = _("Useful links")
        admin_text = _("Shows the list of useful links maintained in Snippets.")
        template = "cms/blocks/useful_links.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
    )
    image = ImageBlock()
    document = DocumentBlock()
    table = TableBlock(label=_("Table"), template="cms/blocks/table.html")
    call_to_action = CallToActionBlock(label=_("Call to action"))
    article = ArticleBlock(label=_("Article"))
    useful_links = UsefulLinksBlock()
    quote = blocks.BlockQuoteBlock(label=_("Quote"))

    class Meta:
        template = "cms/blocks/body.html"


class StepBlock(blocks.StructBlock):
    """One step of the co-creation cycle on the home page."""

    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"))
    link = LinkBlock(
        label=_("Link"),
        required=False,
        help_text=_("Optional: where to follow this step (e.g. the dashboard)."),
    )

    class Meta:
        icon = "repeat"


class ObjectiveBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"), required=False)

    class Meta:
        icon = "success"
