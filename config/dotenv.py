"""Reads ``.env`` (or the file ``CASEBOOK_ENV_FILE`` names) before Django picks its settings.

manage.py, the WSGI module and the gunicorn configuration call it first, so that
``DJANGO_SETTINGS_MODULE`` and the ``GUNICORN_*`` values in the file are honoured too.
Variables already set in the environment win.
"""

import os
from pathlib import Path

import environ

DEFAULT_ENV_FILE = Path(__file__).resolve().parent.parent / ".env"


def read_env():
    environ.Env.read_env(os.environ.get("CASEBOOK_ENV_FILE", DEFAULT_ENV_FILE), overwrite=False)
