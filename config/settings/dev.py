from config.settings.base import *  # noqa: F403
from config.settings.env import env

DEBUG = env.bool("DEBUG", default=True)
