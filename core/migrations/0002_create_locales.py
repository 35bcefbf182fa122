"""One Wagtail locale per content language in the settings (the six UN languages)."""

from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
