"""What a web server needs to serve the built site well: headers, redirects and precompressed files.

The build writes them from what it built, so they cannot drift from the
pages: the Content-Security-Policy allows exactly the inline scripts the
pages hold (their SHA-256 hashes, gathered as each page is written), and
the redirects are the old addresses the content gives (redirects.py).

- `.server/nginx.conf` and `.server/redirects.map`: included by the shipped
  nginx configuration (deploy/nginx/iop-rapporter.conf);
- `.server/apache.conf`: the same for Apache (mod_headers, mod_alias);
- `_headers` and `_redirects`: the same for Netlify and Cloudflare Pages;
- `<file>.gz` beside every page, style sheet, script, feed and data file of
  the whole site worth compressing, and `<file>.br` beside those where
  Brotli pays (`brotli_pays`), for servers that send them as they are
  (nginx's gzip_static and brotli_static); not beside the downloads of one
  listing or one report (`precompressed`). Both are the same bytes for the
  same file: no time stamp, no file name.

The folder `.server/` is not for visitors: the shipped configurations refuse it.
"""
from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path
from typing import Iterable

from .redirects import Redirect

# Headers every response carries. The policy's script hashes are added per build (csp()).
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    # Browsers heed it only over HTTPS, which a public site uses; over plain HTTP it is ignored.
    "Strict-Transport-Security": "max-age=31536000",
}
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}


class InlineScripts:
    """The hashes of every inline script the written pages hold (data blocks such as JSON are not scripts)."""

    def __init__(self) -> None:
        self.hashes: set[str] = set()

    def add(self, html: str) -> None:
        for attributes, body in _SCRIPT.findall(html):
            if re.search(r"\bsrc\s*=", attributes, re.IGNORECASE):
                continue
            kind = _TYPE.search(attributes)
            if (kind.group(1).lower() if kind else "") in EXECUTABLE_TYPES:
                digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
                self.hashes.add(f"'sha256-{digest}'")


def csp(hashes: Iterable[str]) -> str:
    """The Content-Security-Policy: everything from the site itself; scripts only as files or by their hash.
    Pagefind compiles its WebAssembly ('wasm-unsafe-eval'); Material's icons are data: images."""
    scripts = " ".join(["'self'", *sorted(hashes), "'wasm-unsafe-eval'"])
    return ("default-src 'self'; "
            f"script-src {scripts}; "
            "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
            "manifest-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'")


def headers(hashes: Iterable[str]) -> dict[str, str]:
    return {"Content-Security-Policy": csp(hashes), **SECURITY_HEADERS}


# Files whose names carry a hash of their content may be kept for a year; the rest for five minutes.
IMMUTABLE = ["/assets/javascripts/bundle.*", "/assets/stylesheets/main.*", "/assets/stylesheets/palette.*",
             "/pagefind/fragment/*", "/pagefind/index/*", "/pagefind/filter/*"]


def server_files(hashes: Iterable[str], moved: list[Redirect]) -> dict[str, str]:
    """Path in the site -> text, for every server configuration the build writes."""
    sent = headers(hashes)
    files = {
        ".server/nginx.conf": "".join(f'add_header {name} "{value}" always;\n' for name, value in sent.items()),
        ".server/redirects.map": "".join(_nginx_redirect(r) for r in moved),
        ".server/apache.conf": "".join(f'Header always set {name} "{value}"\n' for name, value in sent.items())
                               + "".join(f"Redirect permanent /{r.old.rstrip('/')} /{r.new.rstrip('/')}\n"
                                         if r.prefix else f"Redirect permanent /{r.old} /{r.new}\n" for r in moved),
        "_headers": "/*\n" + "".join(f"  {name}: {value}\n" for name, value in sent.items())
                    + "".join(f"{pattern}\n  Cache-Control: public, max-age=31536000, immutable\n" for pattern in IMMUTABLE),
        "_redirects": "".join(f"/{r.old} /{r.new} 301\n" + (f"/{r.old}* /{r.new}:splat 301\n" if r.prefix else "")
                              for r in moved),
    }
    return files


def _nginx_redirect(redirect: Redirect) -> str:
    if redirect.prefix:  # the page, its address without the slash, and everything below it
        return f'"~^/{re.escape(redirect.old)}(?<iop_rest>.*)$" /{redirect.new}$iop_rest;\n' \
               f"/{redirect.old.rstrip('/')} /{redirect.new};\n"
    return f"/{redirect.old} /{redirect.new};\n"


# --- Precompressed files ---------------------------------------------------------------------------------

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".csv", ".svg", ".rdf", ".txt", ".map", ".mjs")
SMALLEST = 512  # bytes; below this a compressed copy saves nothing worth a file


# Where a file lies decides too. The downloads of one listing or one report (data/<listing>/<id>.csv, .json and
# .xlsx; data/rapporter/<id>.json) get no copies: at 10,000 reports they are 14,000 files of 205 MB, a quarter
# of what the build compressed (11 CPU-seconds and 28,000 files written), and each is fetched now and then by
# someone who wants those rows. The server compresses them as they are asked for (deploy/nginx/site.conf:
# `gzip on` for CSV and JSON). Pages, style sheets, scripts, feeds and the data files of the whole site
# (data/rapporter.csv, which the page that compares reports fetches; data/rapporter.json) keep theirs.
DOWNLOADS = "data"


def precompressed(site: str, path: str) -> bool:
    """Whether a file of the site gets copies by where it lies: not in a folder of data/."""
    if DOWNLOADS + os.sep not in path:  # (most files: every page is asked about, as it is written)
        return True
    inside = os.path.relpath(path, site)
    return not (inside.startswith(DOWNLOADS + os.sep) and os.sep in inside[len(DOWNLOADS) + 1:])


def worth_compressing(path: Path) -> bool:
    return (path.suffix in COMPRESSIBLE and path.is_file() and not path.is_symlink()
            and path.stat().st_size >= SMALLEST and ".server" not in path.parts)


def compressible(site: Path, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Every file of the built site that gets compressed copies (Pagefind's own files are compressed already), as
    `worth_compressing` and `precompressed` say; a path in `known` (handed over already) is taken without a look
    at its size. One walk of directory entries: a site of 10,000 reports has some 150,000 files by then, and a
    Path and three stats for each took a second of the build's last step."""
    found: list[str] = []
    downloads = os.path.join(site, DOWNLOADS)
    folders = [str(site)]
    while folders:
        folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != ".server" and folder != downloads:
                        folders.append(entry.path)
                elif os.path.splitext(entry.name)[1] in COMPRESSIBLE and (
                        entry.path in known or entry.is_file(follow_symlinks=False)
                        and entry.stat(follow_symlinks=False).st_size >= SMALLEST):
                    found.append(entry.path)
    return sorted(found)


# Brotli pays for the files every visitor fetches once (style sheets, scripts) and for the data files of the whole
# site (at 10,000 reports Brotli sends data/rapporter.json in 6.0 MB, gzip in 15.4 MB). A page or a feed is another
# matter: on the 13,000 pages and 2,000 feeds of 10,000 reports Brotli saved 4.5 to 9 % of gzip's bytes, 0.3 KB of
# a report page's 7.6 KB, both well within what a server sends before its first acknowledgement (about 14 KB), so
# the page comes no sooner; and it cost 13 of the build's 170 processor-seconds (the compressing program took
# 20.8 s, 8.0 s without). Pages and feeds get a `.gz` alone; nginx with brotli_static sends that to a browser that
# accepts Brotli (deploy/nginx/site.conf).
WITHOUT_BROTLI = (".html", ".xml")


def brotli_pays(path: str) -> bool:
    """Whether a file worth compressing gets a `.br` beside its `.gz`: not a page or a feed."""
    return not path.endswith(WITHOUT_BROTLI)


def compress(path: str) -> None:
    """Write `path.gz`, and `path.br` where Brotli pays, beside a file worth compressing; the same bytes for the
    same file."""
    import brotli  # imported here: only this step needs it
    from zlib_ng import gzip_ng

    if not worth_compressing(Path(path)):
        return
    data = Path(path).read_bytes()
    gz = Path(path + ".gz")
    if not (gz.name == "sitemap.xml.gz" and gz.exists()):  # MkDocs writes that one itself, with the content's date
        gz.write_bytes(gzip_ng.compress(data, compresslevel=6, mtime=0))
    if brotli_pays(path):
        Path(path + ".br").write_bytes(brotli.compress(data, mode=brotli.MODE_TEXT, quality=BROTLI_QUALITY))


# Measured on the pages and data of 300 reports: Brotli's quality 7 compresses 54 MB/s to 19.4 %, 9 only
# 6.8 MB/s to 19.3 % and 11 1 MB/s to 17.8 %; gzip's level 6 gives what 9 gives (21.4 %), half again as fast.
# Measured again on 600 report pages and 600 report data files (24 MB): quality 7 37 MB/s to 26.01 %, 6 46.5 MB/s
# to 26.09 %, 5 49 MB/s to 26.19 %. A build of 10,000 reports compresses some 800 MB, and what is left to
# compress when the pages are done is the build's last step: 6 saves ~4 CPU-seconds for 0.3 % more bytes.
# The .gz copies are zlib-ng's (the same format and level, a different implementation): on the pages and data
# of 1,000 reports (86 MB) its level 6 gives 21.29 % at 120 MB/s where zlib's gave 21.25 % at 59 MB/s.
BROTLI_QUALITY = 6
