"""Throwaway services for the live tests: each started on a free local port, stopped after."""

import shutil
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

from django.conf import settings

VCL = Path(settings.BASE_DIR) / "site" / "proxy" / "varnish.vcl"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, timeout=20):
    """Returns once ``url`` gives any HTTP answer."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            urlopen(url, timeout=2)  # noqa: S310 - a local test address
            return
        except HTTPError:
            return
        except URLError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextmanager
def varnish(backend_port, workdir):
    """Debian's varnishd with the site's VCL, in front of ``backend_port``."""
    binary = shutil.which("varnishd") or "/usr/sbin/varnishd"
    vcl = Path(workdir) / "casebook.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000"', f'.port = "{backend_port}"'))
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "-F",
            "-j",
            "none",
            "-n",
            str(Path(workdir) / "varnish"),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(vcl),
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/health/")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)
