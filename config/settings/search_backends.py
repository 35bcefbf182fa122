"""WAGTAILSEARCH_BACKENDS from one address (SEARCH_URL in the README's table).

Empty: the database's own full-text search (SQLite FTS5, PostgreSQL). Otherwise the
scheme names the engine: ``opensearch://host:9200`` (OpenSearch 2),
``elasticsearch8://`` or ``elasticsearch9://``; add ``s`` for TLS
(``opensearchs://user:password@host:443``). With an engine, the database index is
kept as well, so the search page can fall back on it when the engine is down.
"""

from urllib.parse import urlsplit, urlunsplit

# "simple": no stemming in PostgreSQL, since core.text has stemmed already
# (SQLite ignores the option and never stems).
DATABASE = {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
# modelsearch's backends with this project's word analysis (search/engines/).
ENGINES = {
    "opensearch": "search.engines.opensearch2",
    "elasticsearch8": "search.engines.elasticsearch8",
    "elasticsearch9": "search.engines.elasticsearch9",
}


def search_backends(url, index_name, timeout=2):
    if not url:
        return {"default": DATABASE}
    parts = urlsplit(url)
    scheme = parts.scheme
    tls = scheme.endswith("s") and scheme[:-1] in ENGINES
    engine = ENGINES.get(scheme[:-1] if tls else scheme)
    if engine is None:
        raise ValueError(
            f"SEARCH_URL scheme {scheme!r} is not one of: "
            + ", ".join(f"{name}://, {name}s://" for name in ENGINES)
        )
    address = urlunsplit(("https" if tls else "http", parts.netloc, parts.path, "", ""))
    return {
        "default": {
            "BACKEND": engine,
            "URLS": [address],
            "INDEX_PREFIX": f"{index_name}_",
            # Short: a hung engine must not hold a worker (the database index answers).
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0},
        },
        "database": DATABASE,
    }
