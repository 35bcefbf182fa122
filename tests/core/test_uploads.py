"""Uploads through the admin: size limits, content that matches the name, documents served by Wagtail.

Every file is made here, small and valid of its kind.
"""

import io
import os
import subprocess
import sys
import wave
import zipfile

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.fields.files import FieldFile
from django.test import override_settings
from django.urls import reverse
from fpdf import FPDF
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtailmedia.models import get_media_model

from core.uploads.content import DOCUMENT_CHECKS
from tests.utils import text_of

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
Document = get_document_model()
Media = get_media_model()
HTML = b"<!doctype html><title>Hi</title><script>alert(document.cookie)</script>\n"


def pdf():
    document = FPDF()
    document.add_page()
    return bytes(document.output())


def png(side=8):
    """Random pixels, so the file does not compress below their count."""
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(out, "PNG")
    return out.getvalue()


def zipped(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()


def ooxml(part):
    # A first member other than the usual ones: filetype's signature alone calls this a ZIP.
    return zipped(
        [("customXml/item1.xml", "<x/>"), ("[Content_Types].xml", "<Types/>"), (part, "<x/>")]
    )


def wav():
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\0\0" * 800)  # a tenth of a second of silence
    return out.getvalue()


def mp4():
    """An ISO base media file: its ftyp box (the MP4 signature) and an empty movie box."""
    ftyp = b"ftyp" + b"isom" + (512).to_bytes(4, "big") + b"isomiso2avc1mp41"
    return _box(ftyp) + _box(b"moov")


def _box(body):
    return (len(body) + 4).to_bytes(4, "big") + body


GOOD_DOCUMENTS = {
    "pdf": pdf(),
    "rtf": b"{\\rtf1\\ansi Minutes of the meeting.}",
    "doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1528),  # a compound file's header
    "docx": ooxml("word/document.xml"),
    "xlsx": ooxml("xl/workbook.xml"),
    "pptx": ooxml("ppt/presentation.xml"),
    "odt": zipped(
        [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")]
    ),
    "zip": zipped([("readme.txt", "Hello")]),
    "csv": "name,city\nÅsa,Zürich\n".encode(),
    "txt": "Цифровая среда — 数字环境\n".encode(),
}


def root_collection():
    return Collection.get_first_root_node()


def upload(admin_client, url, name, data):
    return admin_client.post(
        url,
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": root_collection().pk,
            "tags": "",
        },
    )


def add_document(admin_client, name, data):
    return upload(admin_client, reverse("wagtaildocs:add"), name, data)


def add_media(admin_client, kind, name, data):
    return upload(admin_client, reverse("wagtailmedia:add", args=[kind]), name, data)


def test_limits_come_from_the_environment_in_megabytes():
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * MB
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * MB
    assert settings.MEDIA_MAX_UPLOAD_SIZE == 500 * MB
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 50_000_000
    names = "WAGTAILIMAGES_MAX_UPLOAD_SIZE WAGTAILDOCS_MAX_UPLOAD_SIZE MEDIA_MAX_UPLOAD_SIZE"
    script = f"import config.settings.base as s; print(*(getattr(s, n) for n in {names.split()!r}))"
    env = {"PATH": os.environ["PATH"], "IMAGE_UPLOAD_MAX_MB": "3"}
    env |= {"DOCUMENT_UPLOAD_MAX_MB": "4", "MEDIA_UPLOAD_MAX_MB": "5"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == [str(3 * MB), str(4 * MB), str(5 * MB)]


def test_every_document_extension_has_a_content_check():
    assert set(settings.WAGTAILDOCS_EXTENSIONS) == set(DOCUMENT_CHECKS)


def test_an_oversize_document_is_refused_and_nothing_is_saved(admin_client):
    response = add_document(admin_client, "big.pdf", b"%PDF-1.7\n" + bytes(20 * MB))

    assert response.status_code == 200
    assert "This file is too big (20.0 MB). Maximum filesize 20.0 MB." in text_of(response)
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("data", "kind"), [(png(), "a PNG image"), (HTML, "an HTML page")], ids=["png", "html"]
)
def test_a_pdf_that_is_really_something_else_is_refused(admin_client, data, kind):
    response = add_document(admin_client, "report.pdf", data)

    assert response.status_code == 200, kind
    assert (
        "This file is named .pdf but its content is not a PDF file. "
        "Upload the file in the format its name says." in text_of(response)
    )
    assert not Document.objects.exists()


@pytest.mark.parametrize("extension", sorted(GOOD_DOCUMENTS))
def test_each_document_format_is_checked_by_its_content(admin_client, extension):
    impostor = png() if extension in ("csv", "txt") else HTML
    refused = add_document(admin_client, f"impostor.{extension}", impostor)
    assert refused.status_code == 200
    assert f"This file is named .{extension} but" in text_of(refused)

    accepted = add_document(admin_client, f"real.{extension}", GOOD_DOCUMENTS[extension])
    assert accepted.status_code == 302, text_of(accepted)
    assert Document.objects.get().file.read() == GOOD_DOCUMENTS[extension]


def test_text_must_be_utf8(admin_client):
    response = add_document(admin_client, "cities.csv", "name,city\nZürich\n".encode("cp1252"))

    assert (
        "This file is named .csv but is not UTF-8 text. "
        "Save it as UTF-8 text and upload it again." in text_of(response)
    )
    assert not Document.objects.exists()


MEDIA = {
    "video": ("talk.mp4", mp4(), "This file’s content is not video. Video files may be: avi, m4v,"),
    "audio": ("interview.wav", wav(), "This file’s content is not audio. Audio files may be: aac,"),
}


@pytest.mark.parametrize("kind", sorted(MEDIA))
def test_media_is_checked_by_its_content(admin_client, kind):
    name, real, message = MEDIA[kind]
    refused = add_media(admin_client, kind, name, b"Not " + HTML * 20)  # text, named as media
    assert refused.status_code == 200
    assert message in text_of(refused)
    assert not Media.objects.exists()

    accepted = add_media(admin_client, kind, name, real)
    assert accepted.status_code == 302, text_of(accepted)
    assert Media.objects.get().type == kind


def test_audio_is_not_accepted_as_video(admin_client):
    response = add_media(admin_client, "video", "interview.wav", wav())

    assert "This file’s content is not video." in text_of(response)
    assert not Media.objects.exists()


@override_settings(MEDIA_MAX_UPLOAD_SIZE=1000)
def test_oversize_media_is_refused_with_the_limit(admin_client):
    page = admin_client.get(reverse("wagtailmedia:add", args=["audio"]))
    assert "Maximum filesize: 1000 bytes." in text_of(page)

    response = add_media(admin_client, "audio", "interview.wav", wav())

    assert "This file is 1.6 KB; audio and video files may be at most 1000 bytes." in text_of(
        response
    )
    assert not Media.objects.exists()


def add_image(admin_client, data):
    return upload(admin_client, reverse("wagtailimages:add"), "photo.png", data)


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=2000)
def test_an_oversize_image_is_refused(admin_client):
    response = add_image(admin_client, png(64))

    assert response.status_code == 200
    assert "Maximum filesize 2.0 KB." in text_of(response)
    assert not get_image_model().objects.exists()


def test_an_image_of_too_many_pixels_is_refused(admin_client):
    out = io.BytesIO()
    Image.new("1", (7100, 7100)).save(out, "PNG")  # 50.4 million pixels in 6 KB

    response = add_image(admin_client, out.getvalue())

    assert "Maximum pixels 50000000." in text_of(response)
    assert not get_image_model().objects.exists()


def _stored_elsewhere(field_file):
    raise NotImplementedError("an object store has URLs, not local paths")


def test_documents_are_served_by_wagtail_and_a_private_collections_need_login(
    client, admin_client, monkeypatch
):
    private = root_collection().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document.objects.create(
        title="Minutes", file=ContentFile(pdf(), name="minutes.pdf"), collection=private
    )
    # As with media on an object store or a proxy: the file has a URL but no local path,
    # where Wagtail's default would redirect to the file's public address.
    monkeypatch.setattr(FieldFile, "path", property(_stored_elsewhere))

    assert document.url == f"/documents/{document.pk}/minutes.pdf"
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("wagtailcore_login"))

    signed_in = admin_client.get(document.url)
    assert signed_in.status_code == 200
    assert b"".join(signed_in.streaming_content).startswith(b"%PDF")
    assert signed_in["Content-Disposition"] == "inline"
