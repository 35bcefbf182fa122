"""What the home page shows besides its own fields: call status and fresh content."""

from django.utils import timezone

from home.localization import localize_all

SECTION_SIZE = 3


def home_sections(home):
    from cases.models import CallPage, CasePage
    from events.models import EventPage
    from news.models import NewsPage

    in_locale = {"locale_id": home.locale_id}
    call = localize_all([home.featured_call])[0]
    if call is None or not call.live:
        call = CallPage.objects.live().public().filter(**in_locale).order_by("-year").first()
    cases = localize_all(
        item.case for item in home.featured_cases.select_related("case") if item.case.live
    )
    if not cases:
        cases = list(
            CasePage.objects.live()
            .public()
            .filter(**in_locale)
            .exclude(recognition="")
            .select_related("edition", "direction", "hero_image", "listing_image")
            .order_by("-first_published_at")[: SECTION_SIZE * 2]
        )
    return {
        "call": call,
        "featured_cases": cases,
        "upcoming_events": EventPage.objects.live()
        .public()
        .filter(ends_at__gte=timezone.now(), **in_locale)
        .select_related("hero_image", "listing_image")
        .order_by("starts_at")[:SECTION_SIZE],
        "latest_news": NewsPage.objects.live()
        .public()
        .filter(**in_locale)
        .select_related("hero_image", "listing_image")
        .order_by("-date")[:SECTION_SIZE],
    }
