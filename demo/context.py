"""What every loader shares: the keys of what the loader created, and its tally.

Every object the loader makes is recorded under a stable key (``page:calls/2024``,
``organisation:iccsd``, ``image:case-…``, ``settings``) in ``SampleObject``. A key is
only ever created once: what an editor deleted stays deleted, what an editor renamed,
moved or edited is found by its key and left as it is. So a second run creates and
changes nothing.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.core.management.base import CommandError
from wagtail.models import Collection, Locale

from demo.documents import create_pdf
from demo.images import create_image
from demo.models import SampleObject
from demo.records import DocumentSpec, ImageSpec

COLLECTION_NAME = "Sample content"
DELETED = object()


@dataclass
class Context:
    stdout: object = None
    created: Counter = field(default_factory=Counter)
    updated: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    home_created: bool = False
    objects: dict = field(default_factory=dict)
    _locale: Locale | None = None
    _collection: Collection | None = None

    def tally(self, kind, n=1):
        self.created[kind] += n

    def note(self, message):
        self.updated.append(message)

    def warn(self, message):
        self.warnings.append(message)

    @property
    def locale(self):
        if self._locale is None:
            self._locale = Locale.get_default()
        return self._locale

    @property
    def collection(self):
        """The collection holding the generated images and documents (made on first use)."""
        if self._collection is None:
            root = Collection.get_first_root_node()
            found = root.get_children().filter(name=COLLECTION_NAME).first()
            if found is None:
                found = root.add_child(name=COLLECTION_NAME)
                self.tally("collections")
            self._collection = found
        return self._collection

    def get(self, key):
        """The object created under ``key``: None if it never was or an editor deleted it."""
        if key not in self.objects:
            record = SampleObject.objects.filter(key=key).first()
            found = record.content_object if record else None
            self.objects[key] = DELETED if record and found is None else found
        found = self.objects[key]
        return None if found is DELETED else found

    def deleted(self, key):
        """Whether an object was created under ``key`` and has been deleted since."""
        self.get(key)
        return self.objects[key] is DELETED

    def need(self, key):
        """The object under ``key`` for a reference: an error names a missing one."""
        found = self.get(key)
        if found is not None:
            return found
        if self.objects.get(key) is DELETED:
            raise MissingReference(key)
        raise CommandError(f"Nothing was created under the key {key!r} (a typo, or out of order?)")

    def ensure(self, key, create, *, translate=False):
        """The object under ``key``; ``create()`` makes it if the key was never created.

        Returns None for an object an editor deleted, and for one that could not be made
        because something it refers to was deleted (with a warning).
        """
        found = self.get(key)
        if found is not None or self.objects.get(key) is DELETED:
            return found
        try:
            found = create()
        except MissingReference as missing:
            self.warn(f"{key} was not created: it refers to {missing}, which was deleted")
            self.objects[key] = DELETED
            return None
        SampleObject.objects.create(key=key, content_object=found, translate=translate)
        self.objects[key] = found
        return found

    def image(self, value):
        """An image from an inline spec (made once per key) or a key (``image:…``)."""
        if isinstance(value, str):
            return self.need(value)
        spec = ImageSpec.model_validate(value)
        return self.ensure(f"image:{spec.key}", lambda: create_image(self, spec))

    def document(self, value):
        """A document from an inline spec (made once per key) or a key (``document:…``)."""
        if isinstance(value, str):
            return self.need(value)
        spec = DocumentSpec.model_validate(value)
        return self.ensure(f"document:{spec.key}", lambda: create_pdf(self, spec))


class MissingReference(CommandError):
    pass
