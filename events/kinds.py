"""The event kind a request asks for (``?type=forum``), shared by the feeds and calendars."""

from events.models import EventPage


def chosen_kind(request):
    """The kind named by ``?type=``, or None for a missing or unknown one (then all kinds)."""
    kind = request.GET.get("type", "")
    return kind if kind in EventPage.Kind.values else None
