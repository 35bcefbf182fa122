"""The circuit breaker in front of the search engine, shared by searches and index writes.

After a failure the engine rests for SEARCH_ENGINE_REST_SECONDS (noted in the shared
cache, so every worker knows): searches go straight to the database index and index
writes straight to the queue (search.pending), instead of waiting for its timeout.
"""

import sys

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError

ENGINE_RESTING = "search:engine-resting"


def client_errors():
    """Exceptions meaning "the search engine did not answer" (or refused the request).

    Only the clients a configured backend has already loaded are consulted:
    importing opensearch-py here would trip over the ``events`` app (see
    search/opensearch_client.py).
    """
    errors = [ConnectionError, TimeoutError]
    if "opensearchpy" in sys.modules:
        from opensearchpy.exceptions import TransportError

        errors.append(TransportError)
    if "elasticsearch" in sys.modules:
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        errors += [TransportError, ApiError]
    return tuple(errors)


def engine_errors():
    """A search's failures: the engine's, and the database backend's own."""
    return (DatabaseError, *client_errors())


def resting():
    return bool(cache.get(ENGINE_RESTING))


def rest():
    cache.set(ENGINE_RESTING, True, settings.SEARCH_ENGINE_REST_SECONDS)
