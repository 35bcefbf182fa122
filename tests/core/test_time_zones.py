"""Time zones are validated at run time, never frozen into migrations."""

import zoneinfo
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError

from cases.models import CallPage
from events.models import EventPage

ZONED_MODELS = [CallPage, EventPage]


@pytest.mark.parametrize("model", ZONED_MODELS)
def test_the_zone_list_is_not_part_of_the_migration_state(model):
    _name, _path, _args, kwargs = model._meta.get_field("time_zone").deconstruct()
    assert "choices" not in kwargs


def test_no_migration_names_a_time_zone():
    names = {"Asia/Shanghai", "Europe/Paris", "America/New_York"}
    for migration in Path(settings.BASE_DIR).glob("*/migrations/*.py"):
        text = migration.read_text()
        assert not any(name in text for name in names), migration


@pytest.mark.parametrize("model", ZONED_MODELS)
def test_an_unknown_zone_is_refused_and_a_known_one_is_a_zoneinfo(model):
    field = model._meta.get_field("time_zone")
    with pytest.raises(ValidationError):
        field.clean("Mars/Olympus_Mons", None)
    assert field.clean("Asia/Shanghai", None) == zoneinfo.ZoneInfo("Asia/Shanghai")
