"""News as feeds, the latest first."""

from core.feeds import SectionFeed
from news.models import NewsIndexPage


class NewsFeed(SectionFeed):
    index_model = NewsIndexPage
    ordering = ("-date", "-pk")
    item_relations = ("tag_items__tag", "author")

    def item_categories(self, page):
        return [page.get_kind_display()] + [item.tag.name for item in page.tag_items.all()]

    def item_author_name(self, page):
        return page.author.name if page.author else None
