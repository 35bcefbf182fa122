"""Engine writes that never block a save for long and are never lost.

modelsearch logs a failed engine write and carries on, which would leave the engine
without the change for good; here it is queued (search.pending) first. While the
engine rests after a failure (search.breaker) writes are queued at once, so
publishing does not wait for a timeout each time.
"""

from search import breaker, pending


class QueuedWrites:
    """A mixin for an engine's SearchBackend; update_index's bulk writes are not queued,
    since a failed rebuild fails the command."""

    def add(self, obj):
        self._write(super().add, obj)

    def delete(self, obj):
        self._write(super().delete, obj)

    def _write(self, write, obj):
        if breaker.resting():
            pending.record(obj, "Not sent: the engine was resting after a failure.")
            return
        try:
            write(obj)
        except breaker.client_errors() as error:
            breaker.rest()
            pending.record(obj, f"{type(error).__name__}: {error}")
            raise  # modelsearch logs it and goes on to the database index
