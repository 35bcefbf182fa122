import json
import os
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core import backup


class Command(BaseCommand):
    help = "Writes the database and media to one timestamped .tar.gz archive and prints its path."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            metavar="PATH",
            help="a folder (default: BACKUP_DIR, else var/backups/) or a file name ending .tar.gz",
        )

    def handle(self, *args, output, **options):
        if not isinstance(storages["default"], FileSystemStorage):
            self.stderr.write(
                "Uploads are in the bucket (MEDIA_BUCKET_URL): this archive holds the "
                "database only; keep the bucket's files with its provider's versioning."
            )
        target = archive_path(output)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise CommandError(f"{target} already exists.")
        partial = target.with_name(target.name + ".part")
        try:
            # Beside the archive, not in /tmp: the dump can be large.
            with tempfile.TemporaryDirectory(dir=target.parent, prefix=".backup-") as work:
                dump = Path(work) / backup.DUMP
                counts = dump_database(dump)
                write_archive(partial, dump, counts)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        self.stdout.write(str(target))


def archive_path(output):
    if output and output.endswith(".tar.gz"):
        return Path(output)
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    return Path(output or backup.backup_dir()) / f"casebook-{stamp}.tar.gz"


def dump_database(path):
    """Writes the dump and returns the rows per model, both from one snapshot."""
    with backup.snapshot(), path.open("w", encoding="utf-8") as stream:
        call_command(
            "dumpdata",
            format=backup.serializer(),
            exclude=backup.excluded_models(),
            use_natural_foreign_keys=True,
            use_base_manager=True,
            stdout=stream,
            verbosity=0,
        )
        return backup.row_counts()


def write_archive(path, dump, counts):
    files = list(backup.media_files(settings.MEDIA_ROOT, skip=[path.parent]))
    manifest = json.dumps(backup.manifest(counts, len(files)), indent=2).encode()
    # Owner-only from its first byte: the dump holds password hashes.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with (
        os.fdopen(descriptor, "wb") as file,
        tarfile.open(fileobj=file, mode="w:gz", compresslevel=6) as tar,
    ):
        info = tarfile.TarInfo(backup.MANIFEST)
        info.size, info.mtime, info.mode = len(manifest), int(timezone.now().timestamp()), 0o600
        tar.addfile(info, BytesIO(manifest))
        tar.add(dump, arcname=backup.DUMP)
        for file_path, name in files:
            tar.add(file_path, arcname=name, recursive=False)
