from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site foundation")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from core import follow_source  # noqa: F401 - connects its signal handlers
        from core.publication_cache import start_new_generation
        from core.site_address import apply_public_url

        post_migrate.connect(apply_public_url, sender=self)
        page_published.connect(start_new_generation)
        page_unpublished.connect(start_new_generation)
