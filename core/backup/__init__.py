"""The backup archive shared by ``manage.py backup`` and ``manage.py restore``.

One ``.tar.gz`` holding, in this order::

    manifest.json    format, time, versions, applied migrations, rows per model
    database.jsonl   dumpdata, one object a line (see core.backup.jsonl)
    media/...        MEDIA_ROOT without renditions

Left out because they are rebuilt: content types (made again by ``flush``,
referenced by natural key), sessions, the search index, the
reference index, image renditions (rows and files, made again on first view) and
editing sessions.
"""

import json
import os
import tarfile
from contextlib import contextmanager
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.db import DEFAULT_DB_ALIAS, connection, router, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from wagtail.images.models import AbstractRendition

FORMAT = 1
MANIFEST = "manifest.json"
DUMP = "database.jsonl"
MEDIA = "media/"
# dumpdata's format for the dump, registered by serializer() (loaddata reads it as jsonl).
SERIALIZER = "casebook-jsonl"
# Wagtail writes renditions under MEDIA_ROOT/images/ (originals: original_images/).
RENDITIONS_FOLDER = "images"
DERIVED_MODELS = [
    "contenttypes.ContentType",
    "sessions.Session",
    "wagtailsearch.IndexEntry",
    "wagtailsearch.SQLiteFTSIndexEntry",  # exists on SQLite only
    "wagtailcore.ReferenceIndex",
    "wagtailimages.Rendition",
    "wagtailadmin.EditingSession",
]


class ArchiveError(Exception):
    """The file is not a backup this code can restore."""


def serializer():
    """The dump's format name, registered on first use (no setting needed)."""
    if SERIALIZER not in serializers.get_serializer_formats():
        serializers.register_serializer(SERIALIZER, "core.backup.jsonl")
    return SERIALIZER


def backup_dir():
    return Path(settings.BACKUP_DIR)


def excluded_models():
    """DERIVED_MODELS that exist here, plus every rendition model (the project's own)."""
    installed = {model._meta.label: model for model in apps.get_models()}
    renditions = {
        label for label, model in installed.items() if issubclass(model, AbstractRendition)
    }
    return sorted({label for label in DERIVED_MODELS if label in installed} | renditions)


def dumped_models():
    """The models dumpdata writes with these exclusions (its own selection rules)."""
    excluded = set(excluded_models())
    return [
        model
        for app_config in apps.get_app_configs()
        if app_config.models_module is not None
        for model in app_config.get_models()
        if model._meta.label not in excluded
        and not model._meta.proxy
        and router.allow_migrate_model(DEFAULT_DB_ALIAS, model)
    ]


def row_counts():
    return {
        model._meta.label: model._base_manager.using(DEFAULT_DB_ALIAS).count()
        for model in dumped_models()
    }


def applied_migrations():
    return sorted(
        f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()
    )


def manifest(counts, media_files):
    return {
        "format": FORMAT,
        "created": timezone.now().isoformat(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "database": connection.vendor,
        "migrations": applied_migrations(),
        "counts": counts,
        "media_files": media_files,
        "excluded": excluded_models(),
    }


def media_files(media_root, skip=()):
    """(path, name in the archive) of every regular file under MEDIA_ROOT but renditions.

    Symbolic links are left out: restore accepts regular files only.
    """
    media_root = Path(media_root)
    skipped = {media_root / RENDITIONS_FOLDER, *(Path(path).resolve() for path in skip)}
    for folder, subfolders, files in os.walk(media_root):
        folder = Path(folder)
        subfolders[:] = [
            name
            for name in subfolders
            if folder / name not in skipped and (folder / name).resolve() not in skipped
        ]
        for name in sorted(files):
            path = folder / name
            if path.is_file() and not path.is_symlink():
                yield path, MEDIA + path.relative_to(media_root).as_posix()


def check_members(tar):
    """The archive's manifest, once every member is known safe; ArchiveError otherwise.

    Reading every header reads the whole compressed stream, so a truncated or
    damaged file is found here, before anything is wiped.
    """
    try:
        members = tar.getmembers()
    except (tarfile.TarError, EOFError, OSError, ValueError) as error:
        raise ArchiveError(f"the archive is damaged or incomplete ({error})") from error
    names = set()
    for member in members:
        _check_member(member)
        names.add(member.name)
    for required in (MANIFEST, DUMP):
        if required not in names:
            raise ArchiveError(f"{required} is missing: not a Casebook backup")
    try:
        data = json.load(tar.extractfile(MANIFEST))
    except (ValueError, tarfile.TarError, OSError) as error:
        raise ArchiveError(f"{MANIFEST} is unreadable ({error})") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ArchiveError(f"{MANIFEST} is not a format {FORMAT} backup manifest")
    return data


def _check_member(member):
    name = member.name
    parts = name.split("/")
    if name.startswith("/") or ".." in parts or "\\" in name or not name:
        raise ArchiveError(f"unsafe member name {name!r}")
    if name in (MANIFEST, DUMP):
        if not member.isfile():
            raise ArchiveError(f"{name} is not a file")
    elif not (name.startswith(MEDIA) and (member.isfile() or member.isdir())):
        raise ArchiveError(f"unexpected member {name!r} ({_kind(member)})")


def _kind(member):
    return "file" if member.isfile() else "folder" if member.isdir() else "link or device"


def into_media(member, destination):
    """tarfile's "data" filter, for a ``media/`` member written relative to MEDIA_ROOT."""
    return tarfile.data_filter(member.replace(name=member.name.removeprefix(MEDIA)), destination)


@contextmanager
def snapshot():
    """A transaction in which the dump and the counts see the same rows.

    PostgreSQL's default isolation shows each statement newer rows; SQLite's
    transaction is already one snapshot.
    """
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


def count_mismatches(expected):
    """{model: (in the archive, in the database)} where the two differ."""
    found = row_counts()
    return {
        label: (count, found.get(label, 0))
        for label, count in expected.items()
        if found.get(label, 0) != count
    }
