"""Blocks that show pictures, video, sound, embeds and documents."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock
from wagtailmedia.models import get_media_model


class PreviewFromLibraryMixin:
    """Builds the block's preview from the first suitable item in the library.

    Chooser blocks cannot name a fixed object in ``preview_value``: the preview
    uses whatever the editor's library holds (and shows nothing when it is empty).
    """

    def library_preview(self):
        raise NotImplementedError

    def get_preview_value(self):
        return self.to_python(self.library_preview())


def first_pk(model, **filters):
    return model.objects.filter(**filters).order_by("pk").values_list("pk", flat=True).first()


class ImageBlock(PreviewFromLibraryMixin, blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alt text"),
        required=False,
        help_text=_("Leave empty to use the image's own alt text."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)
    credit = blocks.CharBlock(
        label=_("credit"), required=False, help_text=_("Leave empty to use the image's credit.")
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("A picture with alternative text, caption and credit.")
        preview_value = {"caption": "A sample caption"}

    def library_preview(self):
        return {"image": first_pk(get_image_model()), "caption": "A sample caption"}


class GalleryBlock(PreviewFromLibraryMixin, blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    images = blocks.ListBlock(ImageBlock(), label=_("images"), min_num=2)

    class Meta:
        icon = "grip"
        template = "blocks/gallery_block.html"
        description = _("Several pictures shown as a grid.")
        preview_value = {"heading": "Gallery"}

    def library_preview(self):
        pks = get_image_model().objects.order_by("pk").values_list("pk", flat=True)[:3]
        return {"heading": "Gallery", "images": [{"image": pk} for pk in pks]}


class EmbedBlockWithCaption(blocks.StructBlock):
    embed = EmbedBlock(label=_("address of the content to embed"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"
        description = _(
            "Content from another site by its address. It loads from that site, so prefer "
            "uploaded video and audio."
        )
        preview_value = {"caption": "Content embedded from another site"}


class VideoBlock(PreviewFromLibraryMixin, blocks.StructBlock):
    video = VideoChooserBlock(label=_("video"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        description = _("An uploaded video, played only when the visitor asks.")
        preview_value = {"caption": "A sample video"}

    def library_preview(self):
        return {"video": first_pk(get_media_model(), type="video"), "caption": "A sample video"}


class AudioBlock(PreviewFromLibraryMixin, blocks.StructBlock):
    audio = AudioChooserBlock(label=_("audio"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/audio_block.html"
        description = _("An uploaded sound recording, played only when the visitor asks.")
        preview_value = {"caption": "A sample recording"}

    def library_preview(self):
        return {"audio": first_pk(get_media_model(), type="audio"), "caption": "A sample recording"}


class DocumentBlock(PreviewFromLibraryMixin, blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"), required=False, help_text=_("Leave empty to use the title.")
    )
    description = blocks.CharBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        description = _("A file to download, such as an application form.")
        preview_value = {"description": "A sample document"}

    def library_preview(self):
        return {"document": first_pk(get_document_model()), "description": "A sample document"}
