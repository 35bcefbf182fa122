"""Time zones of calls and events, as IANA names validated by django-timezone-field.

The field reads the host's tz database when it runs, not when migrations are
made, so no list of zone names is frozen into a migration.
"""

from timezone_field import TimeZoneField


def time_zone_field(verbose_name, **kwargs):
    """A time zone (a ``zoneinfo.ZoneInfo`` in Python, its name in the database)."""
    return TimeZoneField(verbose_name, default="UTC", use_pytz=False, **kwargs)
