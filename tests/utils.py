"""Helpers for posting admin forms and reading responses."""

import html as html_lib
import re

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data


def text_of(response):
    """The response's visible text: tags, scripts and styles removed, whitespace collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S | re.I)
    text = html_lib.unescape(re.sub(r"<[^>]+>", " ", html))
    return re.sub(r"\s+", " ", text).strip()


def admin_add_url(model, parent):
    meta = model._meta
    return reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])


def page_form_data(title, slug, fields=None, extra=None, publish=True):
    """POST data for a page's admin add form.

    ``fields`` is nested (InlinePanels as ``inline_formset``, StreamFields as
    ``streamfield``) and goes through ``nested_form_data``; ``extra`` holds values
    that must stay lists, such as multiple-choice fields.
    """
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "seo_title": "",
            "search_description": "",
            "listing_title": "",
            "listing_summary": "",
            "listing_image": "",
            "social_image": "",
            **(fields or {}),
        }
    )
    data.update(extra or {})
    if publish:
        data["action-publish"] = "action-publish"
    return data


def form_errors(response):
    """The admin form's errors (fields and inline formsets), for assertion messages."""
    context = getattr(response, "context", None)
    if not context or "form" not in context:
        return f"status {response.status_code}, no form in the response"
    form = context["form"]
    errors = {field: list(messages) for field, messages in form.errors.items()}
    for name, formset in getattr(form, "formsets", {}).items():
        if formset.non_form_errors():
            errors[f"{name} (formset)"] = list(formset.non_form_errors())
        for index, item_errors in enumerate(formset.errors):
            if item_errors:
                errors[f"{name}-{index}"] = dict(item_errors)
    return errors
