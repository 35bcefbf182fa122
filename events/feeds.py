"""Events as feeds, the latest first; ``?type=`` keeps one kind of event."""

from core.feeds import SectionFeed
from events.kinds import chosen_kind
from events.models import EventIndexPage


class EventFeed(SectionFeed):
    index_model = EventIndexPage
    ordering = ("-starts_at",)
    item_relations = ("organisations__organisation",)

    def pages(self, index):
        pages = super().pages(index)
        kind = chosen_kind(self.request)
        return pages.filter(kind=kind) if kind else pages

    def item_categories(self, page):
        return [page.get_kind_display()]
