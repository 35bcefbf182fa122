"""Data-file values to model field values, led by the model's own field and block definitions.

A page's ``fields`` in a data file name the model's fields. Each value is converted by
its field: rich text from a short notation (below), stream fields block by block,
foreign keys and many-to-many fields from keys (``page:calls/2024``,
``organisation:iccsd``) or inline image and document specs, inline children from
lists of their fields, tags from names, and every other field by its own
``to_python``, so a bad date or number is reported with its field's name.

Rich text is a string (one paragraph) or a list of paragraphs, ``{h2: ...}``,
``{h3: ...}``, ``{ul: [...]}`` and ``{ol: [...]}``; inside a paragraph or item,
``[text](page:KEY)``, ``[text](mailto:...)`` and ``[text](https://...)`` are links.
"""

import re
from html import escape

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.management.base import CommandError
from modelcluster.fields import ParentalKey
from taggit.managers import TaggableManager
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import AbstractImage

from demo.context import MissingReference

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.URLBlock, blocks.EmailBlock)
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def rich_text(ctx, value):
    parts = [value] if isinstance(value, str) else value
    html = []
    for part in parts:
        if isinstance(part, str):
            html.append(f"<p>{_inline(ctx, part)}</p>")
            continue
        ((tag, content),) = part.items()
        if tag in ("ul", "ol"):
            items = "".join(f"<li>{_inline(ctx, item)}</li>" for item in content)
            html.append(f"<{tag}>{items}</{tag}>")
        elif tag in ("h2", "h3"):
            html.append(f"<{tag}>{_inline(ctx, content)}</{tag}>")
        else:
            raise CommandError(f"Unknown rich text element {tag!r}")
    return "".join(html)


def _inline(ctx, text):
    html, position = [], 0
    for match in LINK.finditer(text):
        label, target = match.groups()
        html.append(escape(text[position : match.start()], quote=False))
        if target.startswith("page:"):
            page = ctx.need(target)
            html.append(f'<a linktype="page" id="{page.pk}">{escape(label, quote=False)}</a>')
        else:
            html.append(f'<a href="{escape(target)}">{escape(label, quote=False)}</a>')
        position = match.end()
    html.append(escape(text[position:], quote=False))
    return "".join(html)


def stream_value(ctx, block, value):
    """A stream field's stored form: ``[{type: value}, ...]`` to ``[{"type", "value"}]``."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": name, "value": stream_value(ctx, _child(block, name), child_value)}
            for item in value
            for name, child_value in item.items()
        ]
    if isinstance(block, blocks.StructBlock):
        missing = {name: _empty(child) for name, child in block.child_blocks.items()}
        given = {name: stream_value(ctx, _child(block, name), v) for name, v in value.items()}
        return {**missing, **given}
    if isinstance(block, blocks.ListBlock):
        return [stream_value(ctx, block.child_block, item) for item in value]
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(ctx, value)
    if isinstance(block, ImageChooserBlock):
        return _pk(ctx.image(value), value)
    if isinstance(block, DocumentChooserBlock):
        return _pk(ctx.document(value), value)
    if isinstance(block, blocks.PageChooserBlock):
        return ctx.need(value).pk
    return value


def _pk(chosen, value):
    if chosen is None:  # an image or document an editor deleted
        raise MissingReference(value if isinstance(value, str) else value["key"])
    return chosen.pk


def _empty(block):
    """What the admin's form saves for a block left empty ("" for text, not None)."""
    default = block.get_default()
    if default is None and isinstance(block, TEXT_BLOCKS):
        return ""
    return block.get_prep_value(default)


def _child(block, name):
    try:
        return block.child_blocks[name]
    except KeyError:
        raise CommandError(f"{block.name or 'The stream'} has no block {name!r}") from None


def build(ctx, model, data):
    """An unsaved ``model`` instance from a data file's fields."""
    return assign(ctx, model(), data)


def assign(ctx, instance, data):
    """Set a data file's fields on ``instance`` (not saved): values, children and tags."""
    model = type(instance)
    fields = model_fields(model, data)
    for name, value in data.items():
        field = fields[name]
        if isinstance(field, TaggableManager):
            getattr(instance, name).add(*value)
            continue
        if field.one_to_many and isinstance(field.remote_field, ParentalKey):
            value = _children(ctx, field.related_model, value)
        elif field.many_to_many:
            value = [ctx.need(key) for key in value]
        elif field.many_to_one or field.one_to_one:
            value = _related(ctx, field.related_model, value)
        elif isinstance(field, RichTextField):
            value = rich_text(ctx, value)
        elif isinstance(field, StreamField):
            value = stream_value(ctx, field.stream_block, value)
        else:
            try:
                value = field.to_python(value)
            except ValidationError as error:
                raise CommandError(f"{model.__name__}.{name}: {' '.join(error)}") from None
        setattr(instance, name, value)
    return instance


def model_fields(model, data):
    """The model fields that ``data`` names: an unknown name is an error."""
    try:
        return {name: model._meta.get_field(name) for name in data}
    except FieldDoesNotExist as error:
        raise CommandError(f"{model.__name__}: {error}") from None


def _children(ctx, model, items):
    """Inline children, given their positions as the admin's forms would."""
    children = [build(ctx, model, item) for item in items]
    for position, child in enumerate(children):
        child.sort_order = position
    return children


def _related(ctx, model, value):
    if value is None or isinstance(value, model):
        return value
    if issubclass(model, AbstractImage):
        return ctx.image(value)
    if issubclass(model, AbstractDocument):
        return ctx.document(value)
    return ctx.need(value)
