from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "cases"
    verbose_name = _("Calls and cases")

    def ready(self):
        from cases import structured_data  # noqa: F401 - registers the JSON-LD of its pages
