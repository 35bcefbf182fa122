"""News in the open-data API (``/api/v1/news/``)."""

import datetime as dt
from typing import Literal

from django.db.models import prefetch_related_objects
from ninja import Field, Router

from core.api import (
    Label,
    ListQuery,
    PageRecord,
    Picture,
    Slug,
    label,
    live_in,
    page_fields,
    picture,
    record_endpoints,
    translations_of,
)
from core.localization import localize_all
from news.models import NewsPage


class NewsRecord(PageRecord):
    summary: str
    date: dt.date
    kind: Label = Field(description="Announcement, press release, media coverage or story.")
    author: str | None
    source_publication: str = Field(description="For media coverage: where it first appeared.")
    original_url: str
    tags: list[Label]
    image: Picture | None


class NewsQuery(ListQuery):
    kind: Literal[tuple(NewsPage.Kind.values)] | None = Field(None, description="News kind.")
    tag: Slug | None = Field(None, description="Tag value.")


def news_records(request, items):
    prefetch_related_objects(items, *NewsPage.record_relations())
    authors = localize_all(item.author for item in items)
    translations = translations_of(request, items, "news")
    return [
        {
            **page_fields(request, item, translations, "news"),
            "summary": item.summary,
            "date": item.date,
            "kind": label(item.kind, item.get_kind_display()),
            "author": author.name if author else None,
            "source_publication": item.source_publication,
            "original_url": item.original_url,
            "tags": [label(entry.tag.slug, entry.tag.name) for entry in item.tag_items.all()],
            "image": picture(request, item.card_image, item.card_image_alt),
        }
        for item, author in zip(items, authors, strict=True)
    ]


def filtered_news(query):
    items = live_in(NewsPage, query.lang).order_by("-date", "-pk")
    if query.kind:
        items = items.filter(kind=query.kind)
    if query.tag:
        items = items.filter(tag_items__tag__slug=query.tag)
    return items


router = Router(tags=["news"])
record_endpoints(
    router,
    "/news/",
    NewsPage,
    record=NewsRecord,
    records=news_records,
    listed=filtered_news,
    query=NewsQuery,
    doc="News, press releases and media coverage, the latest first.",
)
