import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = settings.BASE_DIR / "var" / "admin-password"


class Command(BaseCommand):
    help = "Creates the local 'admin' superuser once and prints its login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        if not user_model.objects.filter(username=username).exists():
            password = secrets.token_urlsafe(12)
            user_model.objects.create_superuser(username, "admin@example.org", password)
            # Readable by its owner only: the file holds a superuser's password.
            descriptor = os.open(PASSWORD_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w") as file:
                file.write(password)
        if PASSWORD_FILE.exists():
            PASSWORD_FILE.chmod(0o600)  # also a file written before this rule
        password = PASSWORD_FILE.read_text() if PASSWORD_FILE.exists() else "(set earlier)"
        self.stdout.write(f"Admin login: {username} / {password}")
