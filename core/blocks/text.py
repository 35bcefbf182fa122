"""Blocks made of words: rich text, quote, key figures, call to action, FAQ."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text_block.html"
        description = _("Formatted text with headings, lists and links.")
        preview_value = (
            "<h2>Why it matters</h2><p>Digital tools can help communities keep their "
            "cultural expressions alive and shared.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)
    role = blocks.CharBlock(label=_("role or affiliation"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation with the person it comes from.")
        preview_value = {
            "quote": "Technology should serve the diversity of cultural expressions.",
            "attribution": "A sample speaker",
            "role": "Sample organisation",
        }


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("value"), max_length=40)
    unit = blocks.CharBlock(label=_("unit"), max_length=40, required=False)
    label = blocks.CharBlock(label=_("label"), max_length=120)

    class Meta:
        icon = "order"
        label = _("key figure")


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("figures"), min_num=1)

    class Meta:
        icon = "table"
        template = "blocks/key_figures_block.html"
        description = _("Figures that show results, such as visitors reached or sites digitised.")
        preview_value = {
            "heading": "In figures",
            "figures": [
                {"value": "150", "unit": "", "label": "representatives"},
                {"value": "10", "unit": "", "label": "countries"},
            ],
        }


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"))
    text = blocks.TextBlock(label=_("text"), required=False)
    link_page = blocks.PageChooserBlock(label=_("page"), required=False)
    link_url = blocks.URLBlock(label=_("or address"), required=False)
    link_label = blocks.CharBlock(label=_("button label"))

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        description = _("A highlighted invitation with one button.")
        preview_value = {
            "heading": "Read the call",
            "text": "See the rules, the criteria and the deadline.",
            "link_url": "https://example.org/",
            "link_label": "Open the call",
        }

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if bool(value.get("link_page")) == bool(value.get("link_url")):
            raise StructBlockValidationError(
                block_errors={"link_url": ValidationError(_("Choose a page or give an address."))}
            )
        return value


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"))
    answer = RichTextBlock(label=_("answer"), features=["bold", "italic", "link", "ul", "ol"])


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    items = blocks.ListBlock(QuestionBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/accordion_block.html"
        description = _("Questions and answers that open one at a time (works without scripts).")
        preview_value = {
            "heading": "Questions",
            "items": [
                {
                    "question": "Who can apply?",
                    "answer": "<p>Enterprises and organisations worldwide.</p>",
                }
            ],
        }
