"""Throwaway services for the live tests: each started on a free local port, stopped after."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

import boto3
from django.conf import settings

VCL = Path(settings.BASE_DIR) / "site" / "proxy" / "varnish.vcl"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, timeout=20, headers=None):
    """Returns once ``url`` gives any HTTP answer."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            urlopen(Request(url, headers=headers or {}), timeout=5)  # noqa: S310 - local
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


@contextmanager
def redis_server():
    """Debian's redis-server, keeping nothing on disk."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=20)


@contextmanager
def app_server(environment):
    """The site on gunicorn with its own configuration (site/gunicorn.conf.py)."""
    port = free_port()
    env = {**environment, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"}
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-c",
            "site/gunicorn.conf.py",
            "config.wsgi",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/robots.txt", timeout=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def as_postgres(command):
    """``command`` as the postgres account when run as root (PostgreSQL refuses root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def postgres_standby(primary):
    """A streaming replica of the PostgreSQL server behind ``primary`` (a connection's
    settings), copied with pg_basebackup and started on a free port; yields the port."""
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
    workdir = Path(tempfile.mkdtemp(prefix="casebook-standby-"))
    data = workdir / "data"
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres")
    port = free_port()
    subprocess.run(
        as_postgres(
            [
                str(binaries / "pg_basebackup"),
                *("-h", primary["HOST"] or "127.0.0.1", "-p", str(primary["PORT"] or 5432)),
                *(
                    "-U",
                    primary["USER"],
                    "-D",
                    str(data),
                    "-R",
                    "-X",
                    "stream",
                    "--no-sync",
                    "--checkpoint=fast",
                ),
            ]
        ),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        as_postgres(
            [str(binaries / "pg_ctl"), "-D", str(data), "-l", str(workdir / "log"), "-w"]
            + ["-o", options, "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield port
    finally:
        subprocess.run(
            as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def task_worker(environment):
    """``manage.py db_worker``: runs the tasks the app servers queue (TASKS_BACKEND=database)."""
    process = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def s3_server():
    """An S3-compatible object store (moto's server) holding a bucket "casebook-media";
    yields the bucket's address with its keys, as MEDIA_BUCKET_URL takes it."""
    port = free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/")
        bucket = boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{port}",
            aws_access_key_id="sample-key",
            aws_secret_access_key="sample-secret",  # noqa: S106 - a local test server
            region_name="us-east-1",
        )
        bucket.create_bucket(Bucket="casebook-media")
        # The policy the README gives: visitors fetch renditions and media, nothing else.
        policy = (Path(settings.BASE_DIR) / "site" / "storage" / "bucket-policy.json").read_text()
        bucket.put_bucket_policy(
            Bucket="casebook-media", Policy=policy.replace("BUCKET", "casebook-media")
        )
        yield f"http://sample-key:sample-secret@127.0.0.1:{port}/casebook-media"
    finally:
        process.terminate()
        process.wait(timeout=20)
