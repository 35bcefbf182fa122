from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site foundation")

    def ready(self):
        from core import follow_source  # noqa: F401 - connects its signal handlers
