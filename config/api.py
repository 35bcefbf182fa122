"""The open-data API, ``/api/v1/``: each app's router under one NinjaAPI.

Read-only and keyless; OpenAPI 3.1 at ``/api/v1/openapi.json`` with human-readable docs
at ``/api/v1/docs``. Errors are problem details (``core.api``).
"""

from cases.api import router as cases
from core.api import OpenDataAPI, RateLimit, organisations
from events.api import router as events
from news.api import router as news

api = OpenDataAPI(
    title="Casebook open data",
    version="1",
    description=(
        "The selected cases, the call's editions, events, news and organisations, in the "
        "six UN languages. Read-only, no key; free to reuse under the licence stated on "
        "the site. Every list takes `lang`, `page` and `page_size`."
    ),
    urls_namespace="api",
    throttle=[RateLimit()],
)
api.add_router("/", cases)
api.add_router("/", events)
api.add_router("/", news)
api.add_router("/organisations/", organisations)
