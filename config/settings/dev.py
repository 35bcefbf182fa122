from config.settings.base import *  # noqa: F403
from config.settings.env import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = SECRET_KEY or "insecure-development-key"  # noqa: F405, S105
