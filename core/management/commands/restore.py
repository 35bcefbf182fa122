import sys
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core import backup, localization


class Command(BaseCommand):
    help = (
        "Replaces the whole database with a backup archive's (written by manage.py backup), "
        "restores its media into MEDIA_ROOT and rebuilds the search and reference indexes."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a .tar.gz written by manage.py backup")
        parser.add_argument("--yes", action="store_true", help="do not ask (the database is wiped)")

    def handle(self, *args, archive, yes, **options):
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"No backup archive at {path}.")
        if not yes and not sys.stdin.isatty():
            raise CommandError(
                "Restore wipes the whole database and replaces it with the archive's. "
                "Nothing was changed; pass --yes to confirm (there is no terminal to ask on)."
            )
        with open_archive(path) as tar, tempfile.TemporaryDirectory() as work:
            try:
                manifest = backup.check_members(tar)
                tar.extract(backup.DUMP, work, filter="data")
            except (backup.ArchiveError, tarfile.TarError, EOFError, OSError) as error:
                raise CommandError(
                    f"{path} cannot be restored: {error}. Nothing was changed."
                ) from None
            if not yes:
                ask(path, manifest)
            self.warn_of_other_schema(manifest)
            load_database(Path(work) / backup.DUMP, manifest["counts"])
            restore_media(tar)
        rebuild_indexes()
        pages = manifest["counts"].get("wagtailcore.Page", 0)
        self.stdout.write(
            f"Restored {path} (made {manifest['created']}): {pages} pages, "
            f"{manifest['media_files']} media files."
        )

    def warn_of_other_schema(self, manifest):
        differ = set(manifest.get("migrations", [])) ^ set(backup.applied_migrations())
        if differ:
            self.stderr.write(
                f"Warning: the archive was made with other migrations applied ({len(differ)} "
                f"differ: Django {manifest.get('django')}, Wagtail {manifest.get('wagtail')}). "
                "If loading fails, restore with the code version that made it, then migrate."
            )


def open_archive(path):
    try:
        return tarfile.open(path, "r:gz")
    except (tarfile.TarError, EOFError, OSError) as error:
        raise CommandError(f"{path} is not a readable backup archive ({error}).") from None


def ask(path, manifest):
    answer = input(
        f"This wipes the database and replaces it with the backup made {manifest['created']} "
        f"({path}). Type 'yes' to continue: "
    )
    if answer.strip().lower() != "yes":
        raise CommandError("Restore cancelled; nothing was changed.")


def load_database(dump, counts):
    """Flush and load in one transaction: a failure leaves the database as it was."""
    try:
        with transaction.atomic():
            call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", str(dump), verbosity=0)
            if mismatches := backup.count_mismatches(counts):
                raise backup.ArchiveError(f"rows per model (archive, loaded) differ: {mismatches}")
    except Exception as error:
        raise CommandError(
            f"Restore failed and was rolled back: the database is as it was. Cause: {error}"
        ) from None
    finally:
        # Ids cached during the attempt may belong to rows that are gone or rolled back.
        ContentType.objects.clear_cache()
        localization._locale_ids.clear()
        cache.clear()


def restore_media(tar):
    media_root = Path(settings.MEDIA_ROOT)
    members = [m for m in tar.getmembers() if m.isfile() and m.name.startswith(backup.MEDIA)]
    try:
        media_root.mkdir(parents=True, exist_ok=True)
        tar.extractall(media_root, members=members, filter=backup.into_media)
    except (tarfile.TarError, EOFError, OSError) as error:
        raise CommandError(
            f"The database was restored but the media were not ({error}); "
            "free space or fix MEDIA_ROOT and run restore again."
        ) from None


def rebuild_indexes():
    call_command("rebuild_references_index", verbosity=0)
    try:
        call_command("update_index", verbosity=0)
    except Exception as error:
        raise CommandError(
            f"Restored, but the search index was not rebuilt ({error}); run manage.py update_index."
        ) from None
