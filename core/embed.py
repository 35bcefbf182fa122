"""Pages embedded in partners' sites: the framing rules, the height messages, one card.

Embed views are the only ones that may be framed, by any site. They show the same cards
as the site, open their links in the partner's window, and tell the partner page their
height (``static/js/embed-frame.js``) so that ``static/js/embed-resize.js`` on the partner
side can size the frame; it accepts messages from this site's origin only.
"""

import functools
from urllib.parse import urlsplit

from csp.decorators import csp_replace
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe
from wagtail.models import Page

from core.cards import cards
from core.localization import active_locale_id
from core.models import ContentPage
from core.restrictions import private_q

MAX_ITEMS = 24


def framable(view):
    """Let any site frame ``view`` (and no other view of the site)."""

    @require_safe
    @xframe_options_exempt
    @csp_replace({"frame-ancestors": ["*"]})
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        return view(request, *args, **kwargs)

    return wrapped


def partner_origin(request):
    """The partner page's origin from ``?origin=``, if it is one; heights go only there."""
    parts = urlsplit(request.GET.get("origin", ""))
    if parts.scheme in ("http", "https") and parts.netloc and not parts.path.strip("/"):
        return f"{parts.scheme}://{parts.netloc}"
    return ""


def count_from(request, default=6):
    """``?count=`` between 1 and MAX_ITEMS; a missing or malformed one is the default."""
    try:
        return min(max(int(request.GET.get("count", default)), 1), MAX_ITEMS)
    except ValueError:
        return default


def render_embed(request, items, title, more_url=""):
    context = {
        "items": cards(items),
        "title": title,
        "more_url": more_url,
        "partner_origin": partner_origin(request),
    }
    return render(request, "embed/cards.html", context)


@framable
def page_card(request, page_id):
    """One case, event or news item as its card (the oEmbed answers' frame)."""
    page = (
        Page.objects.live()
        .exclude(private_q())
        .filter(pk=page_id, locale_id=active_locale_id())
        .first()
    )
    page = page and page.specific
    if not isinstance(page, ContentPage):
        raise Http404
    return render_embed(request, [page], page.title)
