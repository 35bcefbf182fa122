"""The proxy configurations in site/proxy/ serve exactly the files visitors may fetch.

Paths come from the models' own upload paths, so a change in where Wagtail stores a
file shows here rather than as broken images (or exposed documents) in production.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtailmedia.models import get_media_model

pytestmark = pytest.mark.django_db  # a new image asks for the root collection

PROXY = Path(settings.BASE_DIR) / "site" / "proxy"


def stored_under(path):
    return f"/media/{Path(path).parts[0]}/"


def public_and_private_prefixes():
    image_model = get_image_model()
    rendition = image_model.get_rendition_model()(image=image_model(title="x"))
    media = get_media_model()
    public = {
        stored_under(rendition.get_upload_to("x.webp")),
        stored_under(media._meta.get_field("file").upload_to),
        stored_under(media._meta.get_field("thumbnail").upload_to),
    }
    private = {
        stored_under(image_model(title="x").get_upload_to("x.jpg")),
        stored_under(get_document_model()._meta.get_field("file").upload_to),
    }
    return public, private


def test_nginx_serves_renditions_and_media_but_no_originals_or_documents():
    config = (PROXY / "nginx.conf").read_text()
    served = set(re.findall(r"location (/media/[\w/]+/)\s+\{ alias", config))
    public, private = public_and_private_prefixes()

    assert served == public
    assert not served & private
    assert re.search(r"location /media/\s+\{ return 404; \}", config)


def test_caddy_serves_the_same_files():
    config = (PROXY / "Caddyfile").read_text()
    matcher = re.search(r"@public_media path (.+)", config).group(1).split()
    public, private = public_and_private_prefixes()

    assert {path.rstrip("*") for path in matcher} == public
    assert "handle /media/* {\n        respond 404" in config
