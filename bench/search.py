"""Search latency on a generated corpus: the database's full-text index and the engine.

Loads the demo site into a fresh database, adds N generated cases spread over six
languages, builds every search backend's index and times typical queries: the raw
backend query and the whole search page. Run it from the repository root with the
project's Python; bench/search.sh starts PostgreSQL and OpenSearch for it.

    python bench/search.py --cases 200                 SQLite, database search only
    bash bench/search.sh [--cases 10000] [--repeat 30]  PostgreSQL and OpenSearch

The configured database and search index are never written to: the run uses
<name>_bench (a temporary SQLite file for SQLite) and the index prefix casebook_bench_,
and removes them at the end.
"""
# ruff: noqa: E402 - Django must be set up before the project's modules are imported.

import argparse
import atexit
import io
import logging
import math
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
# Python put bench/ first on the path, where this file would shadow the search app.
sys.path[0] = str(ROOT)
# The SQLite database and the test settings' upload and static folders go here.
WORKDIR = tempfile.mkdtemp(prefix="casebook-bench-")
tempfile.tempdir = WORKDIR
atexit.register(shutil.rmtree, WORKDIR, ignore_errors=True)
# Test settings: no email, search hits never written; connections kept as in production.
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ["SEARCH_INDEX"] = "casebook_bench"
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "600")
django.setup()
# The engine's client warns of each 404, and deleting what is not indexed yet is normal.
logging.getLogger("opensearch").setLevel(logging.ERROR)

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.test import Client
from django.utils.html import escape
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend
from wagtail.signal_handlers import disable_reference_index_auto_update

from bench.corpus import Writer
from cases.models import CallPage, CaseIndexPage, CasePage
from core.text import prepare_query
from search.views import MAX_MATCHES

SEED = 2025
WARM_UPS = 2
# Typical queries per language: common words, two words together, a rare word, and
# forms a visitor types (French without accents, Arabic with short vowels, no hamza).
QUERIES = {
    "en": ["digital archive", "music", "heritage languages", "embroidery"],
    "fr": ["patrimoine numérique", "patrimoine numerique", "musique", "broderie"],
    "es": ["patrimonio digital", "música", "lenguas indígenas", "bordado"],
    "ru": ["цифровой архив", "музыка", "культурное наследие", "вышивка"],
    "zh-hans": ["数字", "文化遗产", "非物质文化遗产", "书法"],
    "ar": ["التراث الرقمي", "التُّرَاثُ الرَّقْمِيُّ", "الموسيقى", "الابداع"],
}


@dataclass
class Row:
    backend: str
    page: bool  # the whole search page rather than the backend query alone
    language: str
    query: str
    hits: int
    samples: list = field(repr=False)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="generated cases (10000)")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per query (30)")
    return parser.parse_args()


def fresh_database():
    """Create and migrate <name>_bench; return the configured name (to drop the copy later)."""
    name = connection.settings_dict["NAME"]
    connection.settings_dict["TEST"]["NAME"] = (
        str(Path(WORKDIR) / "bench.sqlite3") if connection.vendor == "sqlite" else f"{name}_bench"
    )
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    return name


def drop_engine_indexes():
    # With an engine configured, "default" is the engine (config/settings/search_backends.py).
    if "database" in settings.WAGTAILSEARCH_BACKENDS:
        engine = get_search_backend("default")
        engine.es.indices.delete(index=f"{engine.index_prefix}*")


def backends():
    """The configured search backends, the database's own first."""
    return sorted(settings.WAGTAILSEARCH_BACKENDS, key=lambda name: name != "database")


def label(backend):
    """The backend's name and what answers it: "database (postgresql)", "default (opensearch2)"."""
    path = settings.WAGTAILSEARCH_BACKENDS[backend]["BACKEND"]
    engine = connection.vendor if path.endswith(".database") else path.rsplit(".", 1)[-1]
    return f"{backend} ({engine})"


def elapsed(start):
    return time.perf_counter() - start


@contextmanager
def index_updates_off(model):
    """Saves of ``model`` skip the search index (built once afterwards) and the reference index."""
    post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.connect(post_save_signal_handler, sender=model)


@dataclass
class Library:
    """One language's case library, its editions and its text generator."""

    index: CaseIndexPage
    editions: list
    writer: Writer


def library(language, rng):
    locale = Locale.objects.get(language_code=language)
    return Library(
        CaseIndexPage.objects.get(locale=locale),
        list(CallPage.objects.filter(locale=locale)),
        Writer(language, rng),
    )


def new_case(library, rng, number):
    edition = rng.choice(library.editions)
    writer = library.writer
    return CasePage(
        title=writer.title(),
        slug=f"generated-{number}",
        locale=library.index.locale,
        summary=writer.summary(),
        body=[("text", RichText(paragraphs(writer.paragraphs())))],
        edition=edition,
        year_completed=rng.choice(edition.eligible_years() or [edition.year]),
    )


def paragraphs(texts):
    """Plain sentences as the rich text of a body's text block."""
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def generate_cases(count):
    """``count`` cases, in turn in each language; returns how many per language."""
    rng = random.Random(SEED)
    libraries = {language: library(language, rng) for language in QUERIES}
    languages = list(libraries)
    made = Counter()
    with index_updates_off(CasePage), transaction.atomic():
        for number in range(count):
            language = languages[number % len(languages)]
            libraries[language].index.add_child(instance=new_case(libraries[language], rng, number))
            made[language] += 1
            if (number + 1) % 1000 == 0:
                print(f"  {number + 1} cases", flush=True)
    return made


def build_indexes():
    """Seconds each backend took to index the whole site."""
    seconds = {}
    for backend in backends():
        start = time.perf_counter()
        call_command("update_index", backend_name=backend, verbosity=0)
        seconds[backend] = elapsed(start)
    return seconds


def timed(call, repeat):
    """Milliseconds of ``repeat`` calls, after warm-ups."""
    for _ in range(WARM_UPS):
        call()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append(elapsed(start) * 1000)
    return samples


def search_results(locale, words, backend):
    """The search page's query (search/views.py), on one backend."""
    pages = Page.objects.live().public().filter(locale=locale)
    return pages.search(words, operator="and", backend=backend)


def first_ids(locale, words, backend):
    return [page.pk for page in search_results(locale, words, backend)[:MAX_MATCHES]]


def get_search_page(client, language, query):
    response = client.get(f"/{language}/search/", {"query": query})
    # The notice says the engine failed and the database answered, or nothing did.
    if response.status_code != 200 or b'class="notice"' in response.content:
        sys.exit(f"The search page did not get an answer from its engine for {query!r}")


def measure(repeat):
    client = Client()
    rows = []
    for language, queries in QUERIES.items():
        locale = Locale.objects.get(language_code=language)
        for query in queries:
            print(f"  {language} {query}", flush=True)
            words = prepare_query(query, language)
            for backend in backends():
                hits = search_results(locale, words, backend).count()
                samples = timed(partial(first_ids, locale, words, backend), repeat)
                rows.append(Row(backend, False, language, query, hits, samples))
                if backend == "default":
                    samples = timed(partial(get_search_page, client, language, query), repeat)
                    rows.append(Row(backend, True, language, query, hits, samples))
    return rows


def percentile(samples, p):
    """Nearest rank: with 30 runs, p99 is the slowest run."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def what(backend, page):
    return ("page via " if page else "") + label(backend)


def is_reference(backend, page):
    """The database's own query: the figure the others are compared with."""
    return backend == "database" and not page


def print_line(name, language, hits, samples, reference, query=""):
    p50 = percentile(samples, 50)
    ratio = f"{p50 / reference:.2f}" if reference else ""
    line = f"{name:31} {language:8} {hits:>6} {p50:8.1f} {percentile(samples, 99):8.1f} {ratio:>15}"
    print(f"{line}  {query}".rstrip())


def print_table(rows):
    """One line per query and backend, then all queries together per backend."""
    base = {
        (row.language, row.query): percentile(row.samples, 50)
        for row in rows
        if is_reference(row.backend, row.page)
    }
    print(
        f"{'':31} {'lang':8} {'hits':>6} {'p50 ms':>8} {'p99 ms':>8} {'p50 ÷ database':>15}  query"
    )
    pooled = {}
    for row in rows:
        key = (row.backend, row.page)
        reference = None if is_reference(*key) else base.get((row.language, row.query))
        print_line(what(*key), row.language, row.hits, row.samples, reference, row.query)
        pooled.setdefault(key, []).extend(row.samples)
    print("\nAll queries together")
    reference = percentile(pooled[("database", False)], 50) if base else None
    for key, samples in pooled.items():
        print_line(what(*key), "", "", samples, None if is_reference(*key) else reference)


def print_corpus(made, seconds):
    sizes = Counter(
        Page.objects.live().filter(depth__gt=1).values_list("locale__language_code", flat=True)
    )
    languages = ", ".join(f"{code} {sizes[code]} ({made[code]} generated)" for code in QUERIES)
    print(f"Live pages per language: {languages}; {sum(sizes.values())} in all")
    timings = ", ".join(f"{name} {s:.1f} s" for name, s in seconds.items())
    print(f"Seconds: {timings}")


def main():
    args = parse_args()
    seconds = {}
    start = time.perf_counter()
    configured = fresh_database()
    try:
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
        seconds["database and demo site"] = elapsed(start)
        print(f"Generating {args.cases} cases", flush=True)
        start = time.perf_counter()
        made = generate_cases(args.cases)
        seconds["generating cases"] = elapsed(start)
        print("Building the search indexes", flush=True)
        for backend, took in build_indexes().items():
            seconds[f"indexing {label(backend)}"] = took
        print(f"Timing {args.repeat} runs per query after {WARM_UPS} warm-ups", flush=True)
        rows = measure(args.repeat)
        print()
        print_corpus(made, seconds)
        print()
        print_table(rows)
    finally:
        connection.creation.destroy_test_db(configured, verbosity=0)
        drop_engine_indexes()


if __name__ == "__main__":
    main()
