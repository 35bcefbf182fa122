"""Generated sample pictures: abstract, colourful, clearly marked SAMPLE.

Each picture is drawn from a random generator seeded with its key, so every run
draws the same pixels. No photograph of a real person or place is ever used.
"""

import colorsys
import hashlib
import io
import random

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont, ImageOps

from core.models import CasebookImage

SIZE = (1600, 900)
CREDIT = "Generated sample image"


def _palette(rng):
    """Five harmonious colours around a random hue."""
    base = rng.random()
    colours = []
    for offset in (0, 0.08, 0.5, 0.58, 0.92):
        hue = (base + offset + rng.uniform(-0.03, 0.03)) % 1
        light = rng.uniform(0.35, 0.7)
        sat = rng.uniform(0.55, 0.9)
        r, g, b = colorsys.hls_to_rgb(hue, light, sat)
        colours.append((int(r * 255), int(g * 255), int(b * 255)))
    return colours


def _shape(draw, rng, size, colour):
    width, height = size
    alpha = rng.randint(110, 200)
    fill = (*colour, alpha)
    kind = rng.choice(("circle", "circle", "band", "triangle", "ring"))
    x, y = rng.uniform(-0.1, 1.1) * width, rng.uniform(-0.1, 1.1) * height
    r = rng.uniform(0.08, 0.35) * height
    if kind == "circle":
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)
    elif kind == "ring":
        draw.ellipse((x - r, y - r, x + r, y + r), outline=fill, width=int(r * 0.18) + 4)
    elif kind == "band":
        tilt = rng.uniform(-0.4, 0.4) * height
        thick = rng.uniform(0.04, 0.12) * height
        draw.polygon(
            [(0, y), (width, y + tilt), (width, y + tilt + thick), (0, y + thick)], fill=fill
        )
    else:
        points = [(x + rng.uniform(-2, 2) * r, y + rng.uniform(-2, 2) * r) for _ in range(3)]
        draw.polygon(points, fill=fill)


def render(key, size=SIZE, label="SAMPLE", subtitle=""):
    """An RGB picture for ``key``: a gradient, translucent shapes and a large label."""
    rng = random.Random(f"casebook-demo:{key}")
    colours = _palette(rng)
    gradient = Image.linear_gradient("L").rotate(rng.choice((0, 45, 90, 135))).resize(size)
    picture = ImageOps.colorize(gradient, colours[0], colours[2]).convert("RGBA")
    for _ in range(rng.randint(9, 14)):
        layer = Image.new("RGBA", size, (0, 0, 0, 0))
        _shape(ImageDraw.Draw(layer), rng, size, rng.choice(colours))
        picture = Image.alpha_composite(picture, layer)

    draw = ImageDraw.Draw(picture)
    width, height = size
    font = ImageFont.load_default(size=int(height * 0.24))
    draw.text(
        (width / 2, height / 2),
        label,
        font=font,
        anchor="mm",
        fill=(255, 255, 255, 235),
        stroke_width=max(2, height // 120),
        stroke_fill=(20, 20, 20, 220),
    )
    if subtitle:
        small = ImageFont.load_default(size=max(18, int(height * 0.05)))
        draw.text(
            (width / 2, height / 2 + height * 0.2),
            subtitle,
            font=small,
            anchor="mm",
            fill=(255, 255, 255, 235),
            stroke_width=2,
            stroke_fill=(20, 20, 20, 200),
        )
    return picture.convert("RGB")


def render_logo(key, size=(1200, 300), letters="ICCSD"):
    """A wide sample logo: overlapping circles and letters, marked SAMPLE."""
    rng = random.Random(f"casebook-demo-logo:{key}")
    colours = _palette(rng)
    picture = Image.new("RGBA", size, (255, 255, 255, 255))
    width, height = size
    for index, colour in enumerate(colours[:4]):
        layer = Image.new("RGBA", size, (0, 0, 0, 0))
        cx = height * 0.5 + index * height * 0.3
        r = height * 0.32
        ImageDraw.Draw(layer).ellipse(
            (cx - r, height / 2 - r, cx + r, height / 2 + r), fill=(*colour, 190)
        )
        picture = Image.alpha_composite(picture, layer)
    draw = ImageDraw.Draw(picture)
    draw.text(
        (height * 1.75, height * 0.42),
        letters,
        font=ImageFont.load_default(size=int(height * 0.42)),
        anchor="lm",
        fill=(25, 25, 35, 255),
    )
    draw.text(
        (height * 1.8, height * 0.78),
        "SAMPLE LOGO",
        font=ImageFont.load_default(size=int(height * 0.13)),
        anchor="lm",
        fill=(90, 90, 100, 255),
    )
    return picture.convert("RGB")


def encode(picture, image_format):
    buffer = io.BytesIO()
    if image_format == "PNG":
        picture.save(buffer, "PNG", optimize=True)
    else:
        picture.save(buffer, "JPEG", quality=84, optimize=True, progressive=True)
    return buffer.getvalue()


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


def ensure_image(ctx, key, title, description, *, subtitle="", picture=None, image_format="JPEG"):
    """The image titled ``title``; drawn from ``key`` and saved if missing."""
    found = CasebookImage.objects.filter(title=title).first()
    if found is not None:
        return found
    if subtitle and subtitle not in description:
        description = f"{description} The picture also reads: {subtitle}."
    picture = picture or render(key, subtitle=subtitle)
    extension = "png" if image_format == "PNG" else "jpg"
    image = CasebookImage(
        title=title, description=description, credit=CREDIT, collection=ctx.collection
    )
    store_file(image, f"sample-{key}.{extension}", encode(picture, image_format))
    image._set_image_file_metadata()
    image.full_clean()
    image.save()
    ctx.tally("images")
    return image


def ensure_logo(ctx):
    return ensure_image(
        ctx,
        "site-logo",
        "Sample logo (generated)",
        "Sample logo: four overlapping coloured circles beside the letters ICCSD "
        "and the words SAMPLE LOGO.",
        picture=render_logo("site-logo"),
        image_format="PNG",
    )
