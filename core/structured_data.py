"""schema.org JSON-LD for pages, one description per page type.

Each app registers how its pages are described (``@describes(CasePage)`` in
``cases/structured_data.py``, loaded by the app's ``ready()``); the descriptions read
the same records as the open-data API, so a case's JSON-LD and its API record cannot
disagree. Pages without a description of their own are a ``WebPage``. Every
description carries ``inLanguage`` and links the page's other languages.
"""

import json

from django.utils.safestring import mark_safe

from core.localization import language_of

CONTEXT = "https://schema.org"
_describers = {}
# Keeps a JSON document inert inside <script>: no "</script>" or "<!--" can close it.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def describes(model):
    """Register ``describe(page, request, versions) -> dict`` for pages of ``model``."""

    def register(describe):
        _describers[model] = describe
        return describe

    return register


def describe(page, request, versions):
    """The JSON-LD objects of ``page``: its own description, or a WebPage."""
    for model in type(page).__mro__:
        if model in _describers:
            return _describers[model](page, request, versions)
    return web_page(page, request, versions)


def web_page(page, request, versions, schema_type="WebPage"):
    """What every description starts with: type, name, address, language, translations."""
    current = [version for version in versions if version.current]
    return {
        "@context": CONTEXT,
        "@type": schema_type,
        "name": page.seo_title or page.title,
        "description": page.search_description or page.card_summary,
        "url": current[0].full_url if current else page.get_full_url(request),
        "inLanguage": language_of(page.locale_id),
        **translations(versions, schema_type),
    }


def translations(versions, schema_type):
    """The page in its other languages: ``workTranslation`` for works, else ``sameAs``."""
    others = [version for version in versions if not version.current]
    if not others:
        return {}
    if schema_type in ("Event", "WebSite", "WebPage"):
        return {"sameAs": [version.full_url for version in others]}
    return {
        "workTranslation": [
            {"@type": schema_type, "url": version.full_url, "inLanguage": version.code}
            for version in others
        ]
    }


def organisation(record):
    """An API organisation record as a schema.org Organization."""
    described = {"@type": "Organization", "name": record["name"]}
    if record["website"]:
        described["url"] = record["website"]
    if record["short_name"]:
        described["alternateName"] = record["short_name"]
    return described


def image_urls(record):
    """The largest rendition of each format in an API picture record."""
    if not record:
        return []
    largest = {}
    for rendition in record["renditions"]:
        largest[rendition["format"]] = rendition["url"]
    return list(largest.values())


def script(data):
    """``data`` as a ``<script type="application/ld+json">`` element."""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above
