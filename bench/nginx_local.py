"""A built site served on localhost as a city serves it: Debian's nginx from the shipped deploy/nginx/ files.

Used by the server tests (tests/test_server.py) and by the benchmark's search measurements, so that what
is measured is what visitors get: precompressed files sent as they lie, the same headers, the same caching.
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NGINX = Path("/usr/sbin/nginx")
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
DEPLOY = Path(__file__).resolve().parent.parent / "deploy/nginx"


def available() -> bool:
    return NGINX.exists() and BROTLI_MODULE.exists()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serve(site: Path, workdir: Path) -> Iterator[str]:
    """nginx from the shipped maps.conf and site.conf, with only what this machine needs around them;
    yields the site's address. `workdir` holds nginx's configuration and temporary files."""
    if not available():
        raise RuntimeError("nginx and libnginx-mod-http-brotli-static are not installed; `make system-deps` installs them")
    workdir.mkdir(parents=True, exist_ok=True)
    for name in ("maps.conf", "site.conf"):
        (workdir / name).write_text((DEPLOY / name).read_text(encoding="utf-8").replace("@SITE@", str(site)),
                                    encoding="utf-8")
    port = _free_port()
    # Workers read the caller's own folders: as root they would otherwise run as nobody, who may not.
    user = "user root;" if os.geteuid() == 0 else ""
    (workdir / "nginx.conf").write_text(f"""
{user}
daemon off;
pid {workdir}/nginx.pid;
error_log stderr warn;
load_module {BROTLI_MODULE};
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {workdir}/body; proxy_temp_path {workdir}/proxy; fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi; scgi_temp_path {workdir}/scgi;
    include {workdir}/maps.conf;
    server {{
        listen 127.0.0.1:{port};
        include {workdir}/site.conf;
    }}
}}
""", encoding="utf-8")
    command = [str(NGINX), "-p", str(workdir), "-c", str(workdir / "nginx.conf"), "-e", "stderr"]
    checked = subprocess.run([*command[:1], "-t", *command[1:]], capture_output=True, text=True)
    if checked.returncode != 0:
        raise RuntimeError(checked.stderr)
    log = workdir / "error.log"  # a file, not a pipe nobody reads: every 404 is logged, and a full pipe stops nginx
    with log.open("w") as errors:
        server = subprocess.Popen(command, stderr=errors, text=True)
    try:
        for _ in range(100):
            if server.poll() is not None:
                raise RuntimeError(f"nginx stopped: {log.read_text()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError(f"nginx did not answer on port {port}: {log.read_text()}")
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)
