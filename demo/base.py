"""What every loader shares: the tally of created objects and find-or-create helpers.

Idempotency rests on stable keys: a page is found by its slug under its parent,
an image or document by its title, a snippet by its name (or slug) in the default
locale. What exists is left exactly as it is (an editor may have changed it); only
what is missing is created, so a second run creates nothing.
"""

from collections import Counter
from dataclasses import dataclass, field
from html import escape

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from wagtail.fields import StreamField
from wagtail.models import Collection, Locale, Page

COLLECTION_NAME = "Sample content"


@dataclass
class Context:
    stdout: object = None
    created: Counter = field(default_factory=Counter)
    updated: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    # Filled in by the loaders, read by the ones after them.
    home: Page | None = None
    home_created: bool = False
    site: object = None
    indexes: dict = field(default_factory=dict)
    organisations: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    domains: dict = field(default_factory=dict)
    calls: dict = field(default_factory=dict)
    cases: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)
    news: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    _locale: Locale | None = None
    _collection: Collection | None = None

    def tally(self, kind, n=1):
        self.created[kind] += n

    def note(self, message):
        self.updated.append(message)

    def warn(self, message):
        self.warnings.append(message)

    @property
    def locale(self):
        if self._locale is None:
            self._locale = Locale.get_default()
        return self._locale

    @property
    def collection(self):
        """The collection holding the generated images and documents (made on first use)."""
        if self._collection is None:
            root = Collection.get_first_root_node()
            found = root.get_children().filter(name=COLLECTION_NAME).first()
            if found is None:
                found = root.add_child(name=COLLECTION_NAME)
                self.tally("collections")
            self._collection = found
        return self._collection


def ensure_page(ctx, parent, model, slug, build):
    """The ``model`` page at ``slug`` under ``parent``; built, added and published if missing.

    ``build()`` returns an unsaved page; it is only called when the page is missing,
    so images and documents that only that page uses are not even looked up.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        existing = existing.specific
        if not isinstance(existing, model):
            raise CommandError(
                f"The page {existing.url_path!r} is a {type(existing).__name__}, "
                f"not a {model.__name__}; rename or move it and run the command again."
            )
        return existing
    page = build()
    page.slug = slug
    page.locale = parent.locale
    validate_streams(page)
    parent.add_child(instance=page)
    page.save_revision().publish()
    ctx.tally("pages")
    return page


def validate_streams(instance):
    """Run the blocks' own validation, which a model's full_clean() does not do."""
    for model_field in instance._meta.concrete_fields:
        if isinstance(model_field, StreamField):
            try:
                model_field.stream_block.clean(getattr(instance, model_field.name))
            except ValidationError as error:
                detail = error.as_json_data() if hasattr(error, "as_json_data") else error
                raise CommandError(
                    f"{instance.title!r}: {model_field.name} is not valid: {detail}"
                ) from error


def ensure_snippet(ctx, model, kind, lookup, defaults):
    """Find a snippet by ``lookup`` in the default locale, or create it from ``defaults``."""
    found = model.objects.filter(locale=ctx.locale, **lookup).first()
    if found is not None:
        return found
    obj = model(locale=ctx.locale, **lookup, **defaults)
    obj.full_clean()
    obj.save()
    ctx.tally(kind)
    return obj


def ordered(items):
    """Give inline children (Orderable) their position, as the admin's forms would."""
    for position, item in enumerate(items):
        item.sort_order = position
    return items


# Rich text and stream values, in the JSON form the fields store.


def paragraphs(*texts):
    """Plain sentences to rich text paragraphs (escaped)."""
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in texts)


def bullet_list(items, ordered=False):
    tag = "ol" if ordered else "ul"
    return (
        f"<{tag}>"
        + "".join(f"<li>{escape(item, quote=False)}</li>" for item in items)
        + f"</{tag}>"
    )


def page_link(page, text):
    return f'<a linktype="page" id="{page.pk}">{escape(text, quote=False)}</a>'


def email_link(address):
    return f'<a href="mailto:{address}">{escape(address)}</a>'


def heading(text, level=2):
    return f"<h{level}>{escape(text, quote=False)}</h{level}>"


def text_block(html):
    return {"type": "text", "value": html}


def key_figures_block(title, figures):
    return {
        "type": "key_figures",
        "value": {
            "heading": title,
            "figures": [
                {"value": value, "unit": unit, "label": label} for value, unit, label in figures
            ],
        },
    }


def quote_block(quote, attribution, role=""):
    return {"type": "quote", "value": {"quote": quote, "attribution": attribution, "role": role}}


def image_value(image, caption=""):
    return {"image": image.pk, "alt_text": "", "caption": caption, "credit": ""}


def image_block(image, caption=""):
    return {"type": "image", "value": image_value(image, caption)}


def gallery_block(title, images_with_captions):
    return {
        "type": "gallery",
        "value": {
            "heading": title,
            "images": [image_value(image, caption) for image, caption in images_with_captions],
        },
    }


def document_block(document, title="", description=""):
    return {
        "type": "document",
        "value": {"document": document.pk, "title": title, "description": description},
    }


def call_to_action_block(title, text, label, page=None, url=""):
    return {
        "type": "call_to_action",
        "value": {
            "heading": title,
            "text": text,
            "link_page": page.pk if page else None,
            "link_url": url,
            "link_label": label,
        },
    }


def accordion_block(title, questions):
    return {
        "type": "accordion",
        "value": {
            "heading": title,
            "items": [{"question": q, "answer": answer} for q, answer in questions],
        },
    }
