"""Index writes the search engine missed, kept until it takes them.

A write that fails, or is skipped while the engine rests (search.breaker), becomes
a PendingIndexUpdate row, one per object. ``retry_index_updates`` (scheduled every
few minutes) sends those objects again; ``update_index`` rebuilds everything and
forgets the rows older than its start.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from modelsearch.backends import get_search_backends
from modelsearch.index import get_indexed_instance

from search import breaker
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)


def record(obj, reason):
    now = timezone.now()
    row, created = PendingIndexUpdate.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        defaults={"first_failed_at": now, "last_failed_at": now, "last_error": reason},
    )
    if not created:
        PendingIndexUpdate.objects.filter(pk=row.pk).update(
            attempts=F("attempts") + 1, last_failed_at=now, last_error=reason
        )


def send(row):
    """Write the row's object to every auto-updated backend, or remove it if it is gone.

    Rows name objects, not backends; the database index taking an object again is harmless.
    """
    model = row.content_type.model_class()
    if model is None:  # the model is gone from the code: nothing left to send
        return
    obj = model._default_manager.filter(pk=row.object_id).first()
    indexed = obj and get_indexed_instance(obj)
    for backend in get_search_backends(with_auto_update=True):
        if indexed:
            backend.add(indexed)
        else:
            backend.delete(obj or model(pk=row.object_id))


def retry():
    """Send the waiting objects, oldest first; returns (sent, still waiting).

    Stops at the first failure: a down engine costs one timeout per run, not one per row.
    """
    sent = 0
    for row in PendingIndexUpdate.objects.select_related("content_type").order_by(
        "first_failed_at"
    ):
        if breaker.resting():
            break
        try:
            send(row)
        except breaker.client_errors():
            logger.warning("The search engine still fails; %s updates wait", waiting())
            break
        # Kept if it failed again meanwhile (another save, or the engine resting).
        sent += PendingIndexUpdate.objects.filter(
            pk=row.pk, last_failed_at=row.last_failed_at
        ).delete()[0]
    return sent, waiting()


def forget(before):
    """Drop the rows a full rebuild, started at ``before``, has made needless."""
    return PendingIndexUpdate.objects.filter(last_failed_at__lt=before).delete()[0]


def waiting():
    return PendingIndexUpdate.objects.count()
