from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SampleObject(models.Model):
    """One object the sample-content loader created, under the key its data file gives it.

    The loader creates a key only once: an object an editor deleted (``content_object``
    is then None) is not made again, and one renamed or moved is still found by its key.
    """

    key = models.CharField(_("key"), max_length=255, unique=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    translate = models.BooleanField(_("translate"), default=False)

    class Meta:
        verbose_name = _("sample object")
        verbose_name_plural = _("sample objects")

    def __str__(self):
        return self.key
