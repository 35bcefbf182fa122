from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """An object the search engine missed: its write failed, or the engine was resting.

    The database index took the change as usual; ``retry_index_updates`` sends it to
    the engine later (search.pending).
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=255)
    first_failed_at = models.DateTimeField()
    last_failed_at = models.DateTimeField()
    attempts = models.PositiveIntegerField(default=1)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("pending search engine update")
        verbose_name_plural = _("pending search engine updates")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_pending_update_per_object"
            )
        ]

    def __str__(self):
        return f"{self.content_type.app_labeled_name} {self.object_id}"
