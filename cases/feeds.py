"""The case library as feeds, with the library's own filters (``?direction=…&technology=…``)."""

from cases.models import CaseIndexPage
from core.feeds import SectionFeed


class CaseFeed(SectionFeed):
    index_model = CaseIndexPage
    item_relations = ("technology_items__tag", "organisations__organisation")

    def pages(self, index):
        return index.filter_cases(self.request.GET).results()

    def item_categories(self, page):
        names = [page.direction.name] if page.direction else []
        return names + [item.tag.name for item in page.technology_items.all()]
