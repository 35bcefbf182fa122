from django.core.management.base import BaseCommand

from search import pending


class Command(BaseCommand):
    help = (
        "Sends the search engine the changes it missed while it was down or hung "
        "(run it every few minutes); stops at the first failure."
    )

    def handle(self, *args, **options):
        sent, waiting = pending.retry()
        self.stdout.write(f"Sent {sent} updates to the search engine; {waiting} still wait.")
