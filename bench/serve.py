"""The serving benchmark's driver (run by bench/serve.sh, which prepares the site).

Starts two gunicorn instances with the site's own configuration: one with the page cache
off (cold: every page rendered, what pages share from the fragment cache), one with it
on (warm). In each round, wrk loads the ceiling (a constant 10 KB page through the whole
middleware stack), the static style sheet and every reference page, cold and warm; each
figure is divided by the ceiling's in the same round. Prints requests a second, p50 and
p99, errors, size and the queries of one render, then the workers' memory.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench import content  # noqa: E402 - sets Django up
from cases.models import CallPage, CasePage  # noqa: E402
from events.models import EventPage  # noqa: E402
from news.models import NewsPage  # noqa: E402
from tests.live.services import free_port, wait_for  # noqa: E402

HEADERS = {"X-Forwarded-Proto": "https"}  # production redirects plain HTTP
LUA = ROOT / "bench" / "wrk-report.lua"


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--news", type=int, default=2_000)
    parser.add_argument("--duration", type=int, default=15, help="seconds per wrk run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--stress", action="store_true", help="then 64 connections for 60 s")
    return parser.parse_args()


def reference_pages():
    """(name, address) of the pages measured, found in the generated site."""
    english = {"locale__language_code": "en"}
    case = CasePage.objects.live().filter(slug__startswith="generated-", **english).last()
    domain = case.cultural_domains.first()
    technology = case.technology_items.select_related("tag").first().tag
    filters = f"direction={case.direction.slug}&domain={domain.slug}&technology={technology.slug}"
    return [
        ("static CSS", staticfiles_storage.url("css/site.css")),
        ("home", "/en/"),
        ("library", "/en/cases/"),
        ("library, 3 filters", f"/en/cases/?{filters}"),
        ("library, page 50", "/en/cases/?page=50"),
        ("case", case.url),
        ("call", CallPage.objects.live().filter(**english).order_by("-year").first().url),
        ("event", EventPage.objects.live().filter(**english).last().url),
        ("news item", NewsPage.objects.live().filter(**english).last().url),
        ("search", "/en/search/?query=heritage"),
        ("API case list", "/api/v1/cases/?lang=en"),
        ("case feed", "/en/feeds/cases/rss/"),
    ]


def queries_of(address):
    """Queries of one render with the page cache off, what pages share kept."""
    client = Client(headers={**HEADERS, "Host": "127.0.0.1"})
    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get(address)
        with CaptureQueriesContext(connection) as captured:
            client.get(address)
    return len(captured)


class Server:
    def __init__(self, name, page_cache_seconds):
        self.name = name
        self.port = free_port()
        env = {
            **os.environ,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        }
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.process = subprocess.Popen(
            [str(gunicorn), "-c", "site/gunicorn.conf.py", "config.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,  # the access log
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        wait_for(self.url + "/robots.txt", timeout=90, headers=HEADERS)

    def memory_mb(self):
        """{"RSS"|"Pss"|"Private": (master, [workers])} in MB."""
        pids = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True
        ).stdout.split()
        master = memory_mb(self.process.pid)
        workers = [memory_mb(int(pid)) for pid in pids]
        return {kind: (master[kind], [w[kind] for w in workers]) for kind in master}

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def memory_mb(pid):
    """A process's resident memory (RSS, counting the pages it shares with the master
    and the other workers in full), its proportional share of it (Pss) and what is
    its own alone (Private), from the kernel's summary."""
    kb = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value, *_ = line.split()
        kb[name.rstrip(":")] = int(value)
    private = kb["Private_Clean"] + kb["Private_Dirty"]
    return {"RSS": kb["Rss"] / 1024, "Pss": kb["Pss"] / 1024, "Private": private / 1024}


def warm_up(server, addresses):
    for address in addresses:
        for _ in range(3):
            try:
                urlopen(Request(server.url + address, headers=HEADERS), timeout=120)  # noqa: S310
            except HTTPError as error:
                print(f"  {address} answered {error.code} on {server.name}", flush=True)


def wrk(url, duration, connections, threads=2):
    command = [
        "wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s",
        "-s", str(LUA), "-H", "X-Forwarded-Proto: https", url,
    ]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    report = json.loads(output.strip().splitlines()[-1])
    report["rps"] = report["requests"] / report["seconds"]
    report["kb"] = report["bytes"] / max(report["requests"], 1) / 1024
    return report


def main():
    args = parse_args()
    made = CasePage.objects.filter(slug__startswith="generated-").count()
    if not made:
        print(f"Generating {args.cases} cases, {args.events} events, {args.news} news items")
        content.generate(args.cases, args.events, args.news)
    pages = reference_pages()
    print(f"Database: {connection.vendor}; {CasePage.objects.live().count()} live cases")
    counts = {name: queries_of(address) for name, address in pages if name != "static CSS"}
    cold, warm = Server("cold", 0), Server("warm", settings.PAGE_CACHE_SECONDS or 86_400)
    try:
        for server in (cold, warm):
            warm_up(server, ["/bench/ceiling/", *(address for _, address in pages)])
        rows = {}
        for round_number in range(args.rounds):
            ceiling = wrk(warm.url + "/bench/ceiling/", args.duration, args.connections)
            rows.setdefault(("ceiling", ""), []).append((ceiling, ceiling["rps"]))
            for name, address in pages:
                for server in (cold, warm) if name != "static CSS" else (warm,):
                    report = wrk(server.url + address, args.duration, args.connections)
                    key = (name, server.name if name != "static CSS" else "")
                    rows.setdefault(key, []).append((report, ceiling["rps"]))
            print(f"  round {round_number + 1} of {args.rounds} done", flush=True)
        print_table(rows, counts, args)
        # Latency of the library itself, one request at a time (no queueing behind others).
        named = dict(pages)
        for name in ("library, 3 filters", "library, page 50"):
            report = wrk(cold.url + named[name], args.duration, 1, threads=1)
            print(
                f"{name}, cold, one connection: p50 {report['p50_ms']:.1f} ms, "
                f"p99 {report['p99_ms']:.1f} ms ({report['requests']} requests)"
            )
        for server in (cold, warm):
            for kind, (master, workers) in server.memory_mb().items():
                shown = ", ".join(f"{mb:.0f}" for mb in workers)
                print(
                    f"{kind} after load ({server.name}): master {master:.0f} MB, workers {shown} MB"
                )
        if args.stress:
            case = dict(pages)["case"]
            for server in (warm, cold):
                report = wrk(server.url + case, 60, 64)
                print(
                    f"64 connections, 60 s, case page {server.name}: {report['rps']:.0f} req/s, "
                    f"p99 {report['p99_ms']:.0f} ms, non-2xx {report['non2xx']}, "
                    f"socket errors {report['socket_errors']}"
                )
    finally:
        cold.stop()
        warm.stop()


def print_table(rows, counts, args):
    print(
        f"\nwrk -t2 -c{args.connections} -d{args.duration}s, {args.rounds} interleaved rounds; "
        "median of the rounds; ratio = req/s ÷ the ceiling's in the same round\n"
    )
    header = (
        f"{'page':22} {'cache':5} {'req/s':>8} {'ratio':>7} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'errors':>6} {'KB':>6} {'queries':>7}"
    )
    print(header)
    print("-" * len(header))
    for (name, mode), runs in rows.items():
        rps = statistics.median(report["rps"] for report, _ in runs)
        ratio = statistics.median(report["rps"] / ceiling for report, ceiling in runs)
        p50 = statistics.median(report["p50_ms"] for report, _ in runs)
        p99 = statistics.median(report["p99_ms"] for report, _ in runs)
        errors = sum(report["non2xx"] + report["socket_errors"] for report, _ in runs)
        kb = runs[0][0]["kb"]
        queries = counts.get(name, "") if mode == "cold" else ""
        print(
            f"{name:22} {mode:5} {rps:8.0f} {ratio:7.1%} {p50:7.1f} {p99:7.1f} "
            f"{errors:6d} {kb:6.1f} {queries!s:>7}"
        )


if __name__ == "__main__":
    main()
