from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks.media import (
    AudioBlock,
    DocumentBlock,
    EmbedBlockWithCaption,
    GalleryBlock,
    ImageBlock,
    VideoBlock,
)
from core.blocks.text import (
    AccordionBlock,
    CallToActionBlock,
    KeyFiguresBlock,
    QuoteBlock,
    RichTextBlock,
)


class BodyStreamBlock(blocks.StreamBlock):
    """The block library every page body draws from."""

    text = RichTextBlock(label=_("text"))
    image = ImageBlock(label=_("image"))
    gallery = GalleryBlock(label=_("gallery"))
    quote = QuoteBlock(label=_("quote"))
    key_figures = KeyFiguresBlock(label=_("key figures"))
    embed = EmbedBlockWithCaption(label=_("embed"))
    video = VideoBlock(label=_("video"))
    audio = AudioBlock(label=_("audio"))
    document = DocumentBlock(label=_("document"))
    call_to_action = CallToActionBlock(label=_("call to action"))
    accordion = AccordionBlock(label=_("questions and answers"))

    class Meta:
        template = "blocks/body_stream_block.html"
