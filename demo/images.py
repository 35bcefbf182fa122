"""Sample pictures: generated artwork (``demo.artwork``), saved once per key."""

import hashlib
import io

from django.core.files.base import ContentFile

from core.models import CasebookImage
from demo import artwork

CREDIT = "Generated sample artwork"


def store_file(instance, filename, data):
    """Attach ``data`` to ``instance.file``, reusing an identical file already on disk.

    A rebuilt database pointing at the same media folder then gets no ``_abc123``
    copies of files it already has.
    """
    file_field = instance.file.field
    path = file_field.generate_filename(instance, filename)
    storage = file_field.storage
    if storage.exists(path):
        with storage.open(path, "rb") as existing:
            if hashlib.sha1(existing.read()).digest() == hashlib.sha1(data).digest():
                instance.file.name = path
                return
    instance.file.save(filename, ContentFile(data), save=False)


def create_image(ctx, spec):
    """The image titled ``spec.title`` (an editor's copy is kept), else newly drawn."""
    found = CasebookImage.objects.filter(title=spec.title).first()
    if found is not None:
        return found
    description = (
        f"Generated sample artwork, {artwork.describe(spec.key)}, standing in for a photo "
        f"of {spec.subject}."
    )
    return _save(ctx, spec.key, spec.title, description, artwork.render(spec.key), "JPEG")


def create_logo(ctx):
    return _save(
        ctx,
        "site-logo",
        "Sample logo (generated)",
        artwork.LOGO_DESCRIPTION,
        artwork.render_logo(),
        "PNG",
    )


def _save(ctx, key, title, description, picture, image_format):
    buffer = io.BytesIO()
    if image_format == "PNG":
        picture.save(buffer, "PNG", optimize=True)
    else:
        picture.save(buffer, "JPEG", quality=84, optimize=True, progressive=True)
    image = CasebookImage(
        title=title, description=description, credit=CREDIT, collection=ctx.collection
    )
    store_file(
        image, f"sample-{key}.{image_format.lower().replace('jpeg', 'jpg')}", buffer.getvalue()
    )
    image._set_image_file_metadata()
    image.full_clean()
    image.save()
    ctx.tally("images")
    return image
