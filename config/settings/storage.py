"""Where uploads live: under MEDIA_ROOT on disk, or in an S3-compatible bucket.

``MEDIA_BUCKET_URL`` names the bucket with its endpoint and keys,
``https://KEY:SECRET@s3.example.org/casebook-media`` (``?region=`` if the service wants
one); ``MEDIA_URL`` is then the address visitors fetch files from (the bucket's public
address or a CDN in front of it). Files are linked by their plain address, never by a
signed one that changes on each render and would defeat every cache.
"""

from urllib.parse import parse_qs, unquote, urlsplit

FILES_ON_DISK = {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def media_storage(bucket_url, media_url):
    """The ``STORAGES["default"]`` entry for ``bucket_url`` (files on disk when empty)."""
    if not bucket_url:
        return FILES_ON_DISK
    bucket = urlsplit(bucket_url)
    port = f":{bucket.port}" if bucket.port else ""
    options = {
        "bucket_name": bucket.path.strip("/"),
        "endpoint_url": f"{bucket.scheme}://{bucket.hostname}{port}",
        "access_key": unquote(bucket.username or ""),
        "secret_key": unquote(bucket.password or ""),
        "region_name": parse_qs(bucket.query).get("region", ["us-east-1"])[0],
        # bucket in the path: the address stays on the endpoint's host (media_origins).
        "addressing_style": "path",
        "querystring_auth": False,
        "file_overwrite": False,
    }
    public = urlsplit(media_url)
    if public.netloc:
        options["custom_domain"] = public.netloc + public.path.rstrip("/")
        options["url_protocol"] = f"{public.scheme}:"
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def media_origins(bucket_url, media_url):
    """The origins visitors' browsers fetch uploads from, for the security policy: the
    one in ``MEDIA_URL``, else the bucket's endpoint; none when files are on this site."""
    for address in (media_url, bucket_url):
        parts = urlsplit(address)
        if parts.netloc:
            port = f":{parts.port}" if parts.port else ""
            return [f"{parts.scheme}://{parts.hostname}{port}"]
    return []
