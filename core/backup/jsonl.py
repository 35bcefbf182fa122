"""JSON Lines for backups: natural keys only where restored ids may differ.

Content types are not in the dump: ``flush`` makes them again, with new ids.
Permissions are (some come from data migrations only) without their ids, so they
merge with those ``flush`` makes again. References to either are natural keys.
Every other row keeps its id, and references to it stay ids: a natural key needs
the row it points at, and Wagtail keeps log entries of deleted pages.
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.serializers import jsonl

Deserializer = jsonl.Deserializer
BY_NATURAL_KEY = (ContentType, Permission)


class Serializer(jsonl.Serializer):
    def get_dump_object(self, obj):
        self.use_natural_primary_keys = isinstance(obj, Permission)
        return super().get_dump_object(obj)

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = field.related_model in BY_NATURAL_KEY
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = field.related_model in BY_NATURAL_KEY
        super().handle_m2m_field(obj, field)
