"""A large sample site for the benchmarks: invented cases, events and news in six languages.

On top of the demo content (``load_demo_content``), each language's case library gets
cases with the full taxonomy (an edition and one of its directions, one to three
countries, cultural domains, technologies, Sustainable Development Goals, organisations),
its events index events and its news index news items, all marked as generated samples.
Words come from ``bench/corpus.py``: real words of each language, meaningless sentences.

    python bench/content.py --cases 10000 --events 500 --news 2000

Search and reference indexes are not updated page by page (``update_index`` afterwards
when searching matters); pictures are the demo's own, shared.
"""

import argparse
import datetime as dt
import os
import random
import sys
import time
from contextlib import contextmanager
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from django.db.models.signals import post_save  # noqa: E402
from django.utils import timezone  # noqa: E402
from modelsearch.signal_handlers import post_save_signal_handler  # noqa: E402
from taggit.models import Tag  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.rich_text import RichText  # noqa: E402
from wagtail.signal_handlers import disable_reference_index_auto_update  # noqa: E402

from bench.corpus import Writer  # noqa: E402
from cases.models import (  # noqa: E402
    CallPage,
    CaseIndexPage,
    CaseOrganisation,
    CasePage,
    CaseTechnologyTag,
    CulturalDomain,
    SustainableDevelopmentGoal,
)
from core.models import Organisation  # noqa: E402
from events.models import EventIndexPage, EventOrganisation, EventPage  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402

SEED = 20261204
LANGUAGES = ["en", "zh-hans", "fr", "es", "ar", "ru"]
COUNTRIES = [
    "CN",
    "KE",
    "FR",
    "BR",
    "IN",
    "ID",
    "MX",
    "EG",
    "MA",
    "PE",
    "VN",
    "TH",
    "NG",
    "ZA",
    "AR",
    "CL",
    "CO",
    "TR",
    "IR",
    "UZ",
    "KZ",
    "MN",
    "NP",
    "LA",
]
TECHNOLOGIES = [
    "Artificial intelligence", "Virtual reality", "Augmented reality", "3D scanning",
    "Big data", "Mobile apps", "Open data", "Machine translation", "Blockchain",
    "Photogrammetry", "Speech recognition", "Digital archives", "Streaming", "Games",
]  # fmt: skip
ORGANISATIONS = 300
TIME_ZONES = ["Asia/Shanghai", "Europe/Paris", "Africa/Nairobi", "America/Lima", "UTC"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--news", type=int, default=2_000)
    return parser.parse_args()


@contextmanager
def index_updates_off():
    """Saves skip the search index and the reference index (rebuilt afterwards if needed)."""
    models = (CasePage, EventPage, NewsPage)
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def body(writer):
    return [("text", RichText("".join(f"<p>{escape(p)}</p>" for p in writer.paragraphs())))]


class Site:
    """What one language's generated pages hang from and link to."""

    def __init__(self, language, rng):
        self.locale = Locale.objects.get(language_code=language)
        self.writer = Writer(language, rng)
        self.case_index = CaseIndexPage.objects.get(locale=self.locale)
        self.event_index = EventIndexPage.objects.get(locale=self.locale)
        self.news_index = NewsIndexPage.objects.get(locale=self.locale)
        # Taxonomies are the source language's, as synchronised translations link them.
        default = Locale.get_default()
        self.editions = [
            (call, list(call.directions.all()))
            for call in CallPage.objects.filter(locale=default).prefetch_related("directions")
        ]
        self.domains = list(CulturalDomain.objects.filter(locale=default))
        self.cases = []


def organisations(rng):
    existing = list(Organisation.objects.filter(name__startswith="Sample generated"))
    locale = Locale.get_default()
    for number in range(len(existing), ORGANISATIONS):
        existing.append(
            Organisation.objects.create(
                name=f"Sample generated organisation {number + 1}",
                kind=rng.choice(Organisation.Kind.values),
                country=rng.choice(COUNTRIES),
                locale=locale,
            )
        )
    return existing


def new_case(site, rng, number, tags, goals, images):
    call, directions = rng.choice(site.editions)
    writer = site.writer
    case = CasePage(
        title=f"{writer.title()} ({number})",
        slug=f"generated-case-{number}",
        locale=site.locale,
        summary=writer.summary(),
        body=body(writer),
        edition=call,
        direction=rng.choice(directions) if directions else None,
        year_completed=rng.choice(call.eligible_years() or [call.year]),
        countries=rng.sample(COUNTRIES, rng.randint(1, 3)),
        city=rng.choice(["Hangzhou", "Nairobi", "Lyon", "Cusco", "Hanoi", ""]),
        hero_image=rng.choice(images) if images else None,
        listing_summary="Generated sample case for the benchmarks; it describes nothing real.",
    )
    case.cultural_domains = rng.sample(site.domains, min(len(site.domains), rng.randint(1, 2)))
    case.sdgs = rng.sample(goals, rng.randint(1, 3))
    case.technology_items = [CaseTechnologyTag(tag=tag) for tag in rng.sample(tags, 2)]
    return case


def generate(count_cases, count_events, count_news, languages=LANGUAGES, first=0):
    """Adds the pages; ``first`` numbers them on from an earlier call."""
    rng = random.Random(SEED + first)
    sites = [Site(language, rng) for language in languages]
    tags = [Tag.objects.get_or_create(name=name)[0] for name in TECHNOLOGIES]
    goals = list(SustainableDevelopmentGoal.objects.all())
    images = list(get_image_model().objects.all()[:12])
    partners = organisations(rng)
    start = time.perf_counter()
    with index_updates_off():
        for number in range(first, first + count_cases):
            site = sites[number % len(sites)]
            with transaction.atomic():
                case = site.case_index.add_child(
                    instance=new_case(site, rng, number, tags, goals, images)
                )
                CaseOrganisation.objects.create(
                    page=case, organisation=rng.choice(partners), role="applicant"
                )
            site.cases.append(case.pk)
            progress("cases", number - first, count_cases, start)
        now = timezone.now()
        for number in range(first, first + count_events):
            site = sites[number % len(sites)]
            starts = now + dt.timedelta(days=rng.randint(-400, 400), hours=rng.randint(0, 23))
            event = EventPage(
                kind=rng.choice(EventPage.Kind.values),
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=rng.choice([2, 3, 8, 30])),
                time_zone=rng.choice(TIME_ZONES),
                city="Sample city",
                country=rng.choice(COUNTRIES),
            )
            with transaction.atomic():
                event = add_linked(site.event_index, event, site, rng, "event", number, images)
                EventOrganisation.objects.create(
                    page=event, organisation=rng.choice(partners), role="organiser"
                )
            progress("events", number - first, count_events, start)
        for number in range(first, first + count_news):
            site = sites[number % len(sites)]
            item = NewsPage(
                kind=rng.choice(NewsPage.Kind.values),
                date=(now - dt.timedelta(days=rng.randint(0, 900))).date(),
            )
            with transaction.atomic():
                add_linked(site.news_index, item, site, rng, "news", number, images)
            progress("news items", number - first, count_news, start)
    return time.perf_counter() - start


def add_linked(index, page, site, rng, kind, number, images):
    """``page`` (an event or a news item) given words and a picture, added under
    ``index`` and linked to a few of the language's generated cases."""
    writer = site.writer
    page.title = f"{writer.title()} ({number})"
    page.slug = f"generated-{kind}-{number}"
    page.locale = site.locale
    page.summary = writer.summary()
    page.body = body(writer)
    page.hero_image = rng.choice(images) if images else None
    page = index.add_child(instance=page)
    page.related_cases.set(linked_cases(site, rng, 3))
    page.save()
    return page


def linked_cases(site, rng, count):
    pks = rng.sample(site.cases, min(count, len(site.cases)))
    return list(CasePage.objects.filter(pk__in=pks))


def progress(what, number, total, start):
    if (number + 1) % 1000 == 0 or number + 1 == total:
        print(f"  {number + 1} {what} ({time.perf_counter() - start:.0f} s)", flush=True)


def main():
    args = parse_args()
    made = Page.objects.filter(slug__startswith="generated-").count()
    if made:
        print(f"{made} generated pages are already there: nothing added.")
        return
    seconds = generate(args.cases, args.events, args.news)
    print(
        f"Generated {args.cases} cases, {args.events} events and {args.news} news items "
        f"in six languages in {seconds:.0f} s."
    )


if __name__ == "__main__":
    main()
