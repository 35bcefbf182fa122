from django.db import migrations

SDG_NUMBERS = range(1, 18)


def load_sdgs(apps, schema_editor):
    goal = apps.get_model("cases", "SustainableDevelopmentGoal")
    for number in SDG_NUMBERS:
        goal.objects.get_or_create(number=number)


def unload_sdgs(apps, schema_editor):
    apps.get_model("cases", "SustainableDevelopmentGoal").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]

    operations = [migrations.RunPython(load_sdgs, unload_sdgs)]
