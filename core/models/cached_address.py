from django.db import models


class CachedAddress(models.Model):
    """An address a CDN or reverse proxy may hold, under one tag of what it showed.

    Kept only when a frontend cache is configured, so that purging a tag can name the
    addresses to purge there (core.frontend_purge). Not shown in the admin.
    """

    tag = models.CharField(max_length=120)
    url = models.CharField(max_length=1000)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["tag", "url"], name="unique_cached_address_tag")
        ]

    def __str__(self):
        return f"{self.tag} {self.url}"
