"""Search terms counted for the admin's popular-searches report, off the request path.

Writing a hit per search serialises concurrent searches on SQLite; instead each
process counts hits in memory and writes them in one batch, from a background
thread, at most every SEARCH_HITS_FLUSH_SECONDS (and at exit).
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection, transaction
from django.db.models import F
from django.utils import timezone

logger = logging.getLogger(__name__)

_pending = Counter()
_lock = threading.Lock()
_last_flush = time.monotonic()


def record_hit(query_string):
    """Count one search; a write happens later, in a batch."""
    global _last_flush
    with _lock:
        _pending[query_string] += 1
        due = time.monotonic() - _last_flush >= settings.SEARCH_HITS_FLUSH_SECONDS
        if due:
            _last_flush = time.monotonic()
    if due:
        threading.Thread(target=_flush_in_thread, daemon=True).start()


def flush():
    """Write the counted hits (one query per distinct term); returns how many terms."""
    from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

    with _lock:
        batch = dict(_pending)
        _pending.clear()
    today = timezone.now().date()
    written = 0
    for query_string, hits in batch.items():
        try:
            # One savepoint per term: a term the database refuses loses only its own count.
            with transaction.atomic():
                daily, _created = QueryDailyHits.objects.get_or_create(
                    query=Query.get(query_string), date=today
                )
                QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
            written += 1
        except DatabaseError:
            logger.exception("Could not count the search term %r", query_string)
    return written


def _flush_in_thread():
    try:
        flush()
    except Exception:  # noqa: BLE001 - losing a few counts must never break searching
        logger.exception("Could not write search hits")
    finally:
        close_old_connections()
        connection.close()


if settings.SEARCH_HITS_FLUSH_AT_EXIT:
    atexit.register(_flush_in_thread)
