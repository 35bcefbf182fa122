"""MEDIA_BUCKET_URL read into django-storages' options and the security policy's origins."""

from config.settings.storage import FILES_ON_DISK, media_origins, media_storage


def test_files_stay_on_disk_without_a_bucket():
    assert media_storage("", "/media/") == FILES_ON_DISK
    assert media_origins("", "/media/") == []


def test_a_bucket_address_gives_endpoint_keys_and_region():
    storage = media_storage(
        "https://AK%2F1:se%40cret@s3.example.org:9000/casebook?region=eu-west-3", "/media/"
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    options = storage["OPTIONS"]
    assert (options["bucket_name"], options["endpoint_url"]) == (
        "casebook",
        "https://s3.example.org:9000",
    )
    assert (options["access_key"], options["secret_key"]) == ("AK/1", "se@cret")
    assert options["region_name"] == "eu-west-3" and options["querystring_auth"] is False
    assert "custom_domain" not in options
    assert media_origins("https://k:s@s3.example.org:9000/casebook", "/media/") == [
        "https://s3.example.org:9000"
    ]


def test_a_cdn_in_media_url_is_where_pages_link_files():
    options = media_storage(
        "https://k:s@s3.example.org/casebook", "https://cdn.example.org/media/"
    )["OPTIONS"]
    assert (options["custom_domain"], options["url_protocol"]) == (
        "cdn.example.org/media",
        "https:",
    )
    assert media_origins(
        "https://k:s@s3.example.org/casebook", "https://cdn.example.org/media/"
    ) == ["https://cdn.example.org"]
