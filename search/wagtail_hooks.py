from wagtail import hooks
from wagtail.admin.ui.components import Component

from search import pending


class PendingIndexUpdatesPanel(Component):
    """Tells superusers that the search engine lacks some changes, and how to send them."""

    name = "pending_index_updates"
    order = 20
    template_name = "wagtailadmin/home/pending_index_updates_panel.html"

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context=None):
        return {"count": self.count}


@hooks.register("construct_homepage_panels")
def add_pending_index_updates_panel(request, panels):
    # Only superusers can run the commands the panel names.
    if request.user.is_superuser and (count := pending.waiting()):
        panels.insert(0, PendingIndexUpdatesPanel(count))
