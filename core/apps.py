from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site foundation")

    def ready(self):
        from django.core import checks
        from wagtail.signals import page_published

        from core import (
            follow_source,  # noqa: F401 - connects its signal handlers
            prerender,
            purge,
        )
        from core.replica import check_deferred_tasks
        from core.site_address import apply_public_url

        checks.register(check_deferred_tasks)

        post_migrate.connect(apply_public_url, sender=self)
        purge.connect()
        page_published.connect(prerender.after_publish, dispatch_uid="casebook-prerender")
