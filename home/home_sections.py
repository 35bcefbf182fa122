"""What the home page shows besides its own fields: call status and fresh content."""

from django.utils import timezone

from cases.models import CallPage, CasePage
from core import cache_tags
from core.cards import cards
from core.localization import localize_all
from events.models import EventPage, listed_until_they_end
from news.models import NewsPage

SECTION_SIZE = 3
SECTIONS = ("call", "featured_cases", "upcoming_events", "latest_news")


def home_sections(home):
    in_locale = {"locale_id": home.locale_id}
    for model in (CallPage, CasePage, EventPage, NewsPage):
        cache_tags.listing_of_pages(model, home.locale_id)
    call = localize_all([home.featured_call])[0]
    if call is None or not call.live:
        call = CallPage.objects.live().public().filter(**in_locale).order_by("-year").first()
    featured = [item.case for item in home.featured_cases.select_related("case")]
    if not any(case.live for case in featured):
        featured = (
            CasePage.objects.live()
            .public()
            .filter(**in_locale)
            .exclude(recognition="")
            .order_by("-first_published_at")[: SECTION_SIZE * 2]
        )
    events = EventPage.objects.live().public().filter(ends_at__gte=timezone.now(), **in_locale)
    news = NewsPage.objects.live().public().filter(**in_locale)
    return {
        "call": call,
        "featured_cases": cards(case for case in featured if case.live),
        "upcoming_events": listed_until_they_end(
            cards(events.order_by("starts_at")[:SECTION_SIZE])
        ),
        "latest_news": cards(news.order_by("-date")[:SECTION_SIZE]),
    }
