"""Feeds of a section's pages, in RSS 2.0, Atom and JSON Feed 1.1, from one description.

Each app describes its items once (a ``SectionFeed`` subclass: which pages, in which
order, with which categories and author); the three formats are Django syndication
feed generators over that description, so a feed item is written in one place. The
page cache (``core.page_cache``) keeps each rendered feed until what it shows changes.
"""

import json
from urllib.parse import urljoin

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils import feedgenerator
from django.utils.html import strip_tags

from core.cards import CARD_IMAGES, card_relations

FEED_ITEMS = 50
# The card picture at a feed-reader size, in a format every reader shows.
ENCLOSURE_SPEC = "fill-800x500|format-jpeg"


class JsonFeed(feedgenerator.SyndicationFeed):
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1) from the same items as RSS and Atom."""

    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding):
        feed = self.feed
        document = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": feed["title"],
            "home_page_url": feed["link"],
            "feed_url": feed["feed_url"],
            "description": feed["description"],
            "language": feed["language"],
            "items": [self.json_item(item) for item in self.items],
        }
        outfile.write(json.dumps(document, ensure_ascii=False, indent=1))

    @staticmethod
    def json_item(item):
        entry = {
            "id": item["unique_id"],
            "url": item["link"],
            "title": item["title"],
            "summary": item["description"],
            "content_text": item["description"],
            "date_published": item["pubdate"].isoformat(),
            "date_modified": (item["updateddate"] or item["pubdate"]).isoformat(),
            "tags": list(item["categories"] or ()),
            "language": item["language"],
        }
        if item["author_name"]:
            entry["authors"] = [{"name": item["author_name"]}]
        if item["enclosures"]:
            entry["image"] = item["enclosures"][0].url
        return entry


FORMATS = {
    "rss": feedgenerator.Rss201rev2Feed,
    "atom": feedgenerator.Atom1Feed,
    "json": JsonFeed,
}


class SectionFeed(Feed):
    """The live pages of one section (an index page) in the active language.

    Subclasses set ``index_model`` and may override ``pages`` (to filter and order),
    ``item_categories`` and ``item_author_name``.
    """

    index_model = None
    ordering = ("-first_published_at",)
    # Relations the items' categories and author read, fetched once for all items.
    item_relations = ()

    def __init__(self, format_name):
        self.feed_type = FORMATS[format_name]
        self.format_name = format_name

    def get_object(self, request, *args, **kwargs):
        index = self.index_model.in_active_language()
        self.request = request
        # Every address in the feed starts with the site's public root, as its pages do.
        self.root_url = index.get_site().root_url
        return index

    def pages(self, index):
        return index.children().order_by(*self.ordering)

    def items(self, index):
        relations = card_relations(self.index_model.allowed_subpage_models()[0])
        pages = self.pages(index).select_related("locale", *relations)
        renditions = [f"{name}__renditions" for name in CARD_IMAGES if name in relations]
        return pages.prefetch_related(*renditions, *self.item_relations)[:FEED_ITEMS]

    def title(self, index):
        return index.seo_title or index.title

    def link(self, index):
        return index.get_full_url(self.request)

    def feed_url(self, index):
        return self.root_url + self.request.get_full_path()

    def description(self, index):
        return index.search_description or strip_tags(index.introduction) or self.title(index)

    def item_extra_kwargs(self, page):
        return {"language": page.locale.language_code}

    def item_title(self, page):
        return page.card_title

    def item_description(self, page):
        return page.card_summary

    def item_link(self, page):
        return page.get_full_url(self.request)

    def item_guid(self, page):
        return self.item_link(page)

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_enclosures(self, page):
        image = page.card_image
        if image is None:
            return []
        rendition = image.get_rendition(ENCLOSURE_SPEC)
        url = urljoin(self.root_url, rendition.url)
        return [feedgenerator.Enclosure(url, str(rendition.file.size), "image/jpeg")]

    def item_author_name(self, page):
        """The organisations behind the page (cases and events), in the order editors gave."""
        roles = getattr(page, "organisations", None)
        return ", ".join(role.organisation.name for role in roles.all()) if roles else None


def feed_view(feed_class):
    """A view answering ``feeds/<section>/<format>/``."""

    def view(request, format_name):
        if format_name not in FORMATS:
            raise Http404
        return feed_class(format_name)(request)

    return view


def feed_links(url_name, query=""):
    """Autodiscovery links for a listing: (MIME type, address) for each format."""
    suffix = f"?{query}" if query else ""
    return [
        (generator.content_type.split(";")[0], f"{reverse(url_name, args=[name])}{suffix}")
        for name, generator in FORMATS.items()
    ]
