"""Uploads in an S3-compatible bucket (``MEDIA_BUCKET_URL``, through django-storages), as
when several app hosts share no disk: the original and every rendition are written to
the bucket, pages link each picture at the bucket's address, and the bucket policy the
README gives (``site/storage/bucket-policy.json``) lets visitors fetch renditions but
not originals.

The bucket is served by a real S3-compatible server on this machine (moto's), reached
over HTTP by boto3 as a provider's endpoint would be.
"""

import re
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest

from config.settings.storage import media_storage
from tests.factories import CasePageFactory, ImageFactory
from tests.live.services import s3_server

pytestmark = [pytest.mark.live, pytest.mark.django_db]

# The first bytes of an AVIF (an ISO-BMFF "ftyp" box), a WebP and a JPEG file.
PICTURE_SIGNATURES = (b"ftyp", b"WEBP", b"\xff\xd8\xff")


def test_uploads_and_renditions_live_in_the_bucket_and_pages_link_there(
    client, settings, site_tree
):
    with s3_server() as bucket_url:
        settings.STORAGES = {**settings.STORAGES, "default": media_storage(bucket_url, "/media/")}
        endpoint = bucket_url.split("@")[1]
        image = ImageFactory(title="Sample harbour photograph")
        case = CasePageFactory(
            parent=site_tree.case_index,
            edition=site_tree.call,
            title="Sample harbour archive",
            hero_image=image,
        )
        assert image.file.url.startswith(f"http://{endpoint}/original_images/")

        html = client.get(case.url).content.decode()
        pictures = set(re.findall(rf"http://{re.escape(endpoint)}/images/[^\"\s,]+", html))
        assert len(pictures) >= 3  # AVIF, WebP and JPEG at several widths
        for address in pictures:
            with urlopen(address, timeout=10) as response:  # noqa: S310 - local
                head = response.read(16)
            assert any(signature in head for signature in PICTURE_SIGNATURES), address

        # The original is in the bucket too, but not for visitors.
        with pytest.raises(HTTPError) as private:
            urlopen(image.file.url, timeout=10)  # noqa: S310 - local
        assert private.value.code == 403
        with image.file.open() as original:
            assert original.read(3) == b"\xff\xd8\xff"
