"""Latency of the partner outputs on a generated corpus: API lists, a feed, a calendar.

Loads the demo site into a fresh database (as bench/search.py does, with its helpers),
adds N generated cases over six languages, then times each address through Django's test
client: the API's case list (first page, 100 records, a filter, a deep page), the case
feed rendered (cache emptied before each run) and from its cache, the calendar and the
CSV download of the English library. Prints p50 and p99 in milliseconds, the queries
of one request and the answer's size; "÷ feed cached" divides each p50 by the cached
feed's, measured in the same run.

    python bench/partners.py --cases 1000 --repeat 30      SQLite
    DATABASE_URL=postgres://… python bench/partners.py    PostgreSQL
"""
# ruff: noqa: E402 - Django must be set up before the project's modules are imported.

import sys
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.search import (  # sets Django up on a throwaway database
    fresh_database,
    generate_cases,
    parse_args,
    percentile,
    timed,
)

REFERENCE = "feed, cached"
ADDRESSES = [
    ("API cases, page 1 of 20", "/api/v1/cases/", False),
    ("API cases, 100 a page", "/api/v1/cases/?page_size=100", False),
    ("API cases, filtered", "/api/v1/cases/?edition=2024&country=CN", False),
    ("API cases, page 5 of 10", "/api/v1/cases/?page=5&page_size=10", False),
    ("feed, rendered", "/en/feeds/cases/rss/", True),
    (REFERENCE, "/en/feeds/cases/rss/", False),
    ("calendar, cached", "/en/calendar/events.ics", False),
    ("CSV download (English)", "/en/downloads/cases.csv", False),
]


def fetch(client, url, cold):
    if cold:
        cache.clear()
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if response.status_code != 200:
        sys.exit(f"{url} answered {response.status_code}")
    return body


def main():
    args = parse_args()
    fresh_database()
    call_command("load_demo_content", verbosity=0)
    made = generate_cases(args.cases)
    print(
        f"Generated cases: {sum(made.values())} ({', '.join(f'{k} {v}' for k, v in made.items())})"
    )
    client = Client()
    rows = []
    for name, url, cold in ADDRESSES:
        samples = timed(lambda url=url, cold=cold: fetch(client, url, cold), args.repeat)
        if cold:
            cache.clear()
        with CaptureQueriesContext(connection) as queries:
            size = len(fetch(client, url, False))
        rows.append((name, url, samples, len(queries), size))
    reference = next(percentile(s, 50) for name, _u, s, _q, _b in rows if name == REFERENCE)
    print(
        f"\n{'':26} {'p50 ms':>8} {'p99 ms':>8} {'queries':>8} {'KB':>8} {'÷ feed cached':>14}  address"
    )
    for name, url, samples, queries, size in rows:
        p50 = percentile(samples, 50)
        print(
            f"{name:26} {p50:8.1f} {percentile(samples, 99):8.1f} {queries:8} "
            f"{size / 1024:8.1f} {p50 / reference:14.1f}  {url}"
        )


if __name__ == "__main__":
    main()
