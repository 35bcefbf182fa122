"""The admin's document and media forms, with the checks of ``content`` (see settings)."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtailmedia.forms import BaseMediaForm
from wagtailmedia.settings import wagtailmedia_settings

from core.uploads.content import DOCUMENT_CHECKS, MEDIA_KINDS, TEXT_EXTENSIONS, media_kinds

NOT_THAT_FORMAT = _(
    "This file is named .%(extension)s but its content is not a %(format)s file. "
    "Upload the file in the format its name says."
)
NOT_UTF8_TEXT = _(
    "This file is named .%(extension)s but is not UTF-8 text. "
    "Save it as UTF-8 text and upload it again."
)
MEDIA_TOO_LARGE = _("This file is %(size)s; audio and video files may be at most %(limit)s.")
NOT_AUDIO = _("This file’s content is not audio. Audio files may be: %(extensions)s.")
NOT_VIDEO = _("This file’s content is not video. Video files may be: %(extensions)s.")
NOT_MEDIA = _("This file’s content is neither audio nor video. Media files may be: %(extensions)s.")
# Wagtail's own wording for documents and images, so its translations apply.
MAX_SIZE_HELP = _("Maximum filesize: %(max_upload_size)s.")


class DocumentForm(BaseDocumentForm):
    """Size is WagtailDocumentField's check (WAGTAILDOCS_MAX_UPLOAD_SIZE); this adds content."""

    def clean_file(self):
        file = self.cleaned_data["file"]
        if not isinstance(file, UploadedFile):  # unchanged on an edit
            return file
        extension = Path(file.name).suffix[1:].lower()
        check = DOCUMENT_CHECKS.get(extension)  # other extensions: Wagtail refuses them
        if check and not check(file):
            message = NOT_UTF8_TEXT if extension in TEXT_EXTENSIONS else NOT_THAT_FORMAT
            params = {"extension": extension, "format": extension.upper()}
            raise ValidationError(message, code="content_mismatch", params=params)
        return file


class MediaForm(BaseMediaForm):
    """Audio and video: at most MEDIA_MAX_UPLOAD_SIZE, and content of the chosen kind."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            limit = filesizeformat(settings.MEDIA_MAX_UPLOAD_SIZE)
            self.fields["file"].help_text = MAX_SIZE_HELP % {"max_upload_size": limit}

    def clean_file(self):
        file = self.cleaned_data["file"]
        if not isinstance(file, UploadedFile):
            return file
        if file.size > settings.MEDIA_MAX_UPLOAD_SIZE:
            raise ValidationError(
                MEDIA_TOO_LARGE,
                code="file_too_large",
                params={
                    "size": filesizeformat(file.size),
                    "limit": filesizeformat(settings.MEDIA_MAX_UPLOAD_SIZE),
                },
            )
        kind = self.instance.type
        # wagtailmedia's untyped "media" (the chooser's upload link) takes either kind.
        if not (MEDIA_KINDS & {kind} or MEDIA_KINDS) & media_kinds(file):
            raise _wrong_kind(kind)
        return file


def _wrong_kind(kind):
    audio, video = wagtailmedia_settings.AUDIO_EXTENSIONS, wagtailmedia_settings.VIDEO_EXTENSIONS
    message, extensions = {"audio": (NOT_AUDIO, audio), "video": (NOT_VIDEO, video)}.get(
        kind, (NOT_MEDIA, audio + video)
    )
    return ValidationError(
        message, code="content_mismatch", params={"extensions": ", ".join(extensions)}
    )
