"""The precompressed copies (`.gz`, and `.br` where it pays), made while the site is built, on a core left idle.

MkDocs renders the pages on one core, and Pagefind's indexing leaves much
of the second idle; compressing after the build took 18 s of 150 at 10,000
reports (make bench). So a second program compresses each file as soon as
it is final: the open data once written, each page once MkDocs has written
it, then, at the end, every other file worth compressing (`compressible`;
never the downloads of one listing or one report: server.py's
`precompressed`). It runs only on CPU time nothing else wants, so it never
slows the pages, and reads the paths as they come, so the build never waits
to hand one over. What is still waiting when the build is done is shared with
a second process. The copies are the same bytes whoever makes them, in
whatever order (server.py's `compress`).

The paths travel on the program's standard input, each ended by a NUL byte.
"""
from __future__ import annotations

import collections
import os
import subprocess
import sys
import threading
from pathlib import Path

from .. import forking
from .server import COMPRESSIBLE, compress, compressible, precompressed


class CompressError(Exception):
    """The copies could not be made; the message says why, in Swedish."""


class Compressor:
    """The compressing program, fed paths under `site` while the build goes on; `finish` does the rest."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.prefix = str(site)
        self.sent: set[str] = set()
        try:
            self.process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                                            stderr=subprocess.PIPE)
        except OSError as error:
            raise CompressError(f"komprimeringen kunde inte startas ({error.strerror})") from None

    def add(self, path: str | Path) -> None:
        """Compress this file once it is final (a file too small to be worth it is skipped by the program; a
        download of one listing or one report is not compressed: server.py's `precompressed`)."""
        path = str(path)
        if Path(path).suffix in COMPRESSIBLE and path not in self.sent and precompressed(self.prefix, path):
            self.sent.add(path)
            self._send(os.fsencode(path) + b"\0")

    def _send(self, data: bytes) -> None:
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(data)
        except (BrokenPipeError, OSError):  # the program has stopped: it says why
            raise self._failure() from None

    def finish(self) -> int:
        """Every file of the site worth compressing has its copies once this returns: what was not handed over
        yet is, and the program is waited for. Returns how many files were compressed."""
        paths = compressible(self.site, self.sent)
        for path in paths:
            self.add(path)
        try:
            assert self.process.stdin is not None
            self.process.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        if self.process.wait():
            raise self._failure()
        return len(paths)

    def _failure(self) -> CompressError:
        """Why the program stopped, in its own last line (one line: never a traceback)."""
        self.process.wait()
        assert self.process.stderr is not None
        lines = self.process.stderr.read().decode("utf-8", errors="replace").strip().splitlines()
        code = self.process.returncode
        stopped = f"programmet avbröts av signal {-code}" if code < 0 else f"programmet slutade med kod {code}"
        last = lines[-1] if lines else stopped
        return CompressError(last if last.startswith("komprimeringen") else f"komprimeringen misslyckades ({last})")

    def close(self) -> None:
        """Stop the program without waiting for it (a build that failed)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def main() -> None:
    """The program: compress each path read, as it comes; at the end of the input, the rest in two processes."""
    # Only on a core nothing else wants: the pages, Pagefind and the merge come first (a nice of 5 still took
    # a quarter of a core from Pagefind, and the page loop waited for it).
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        os.nice(19)
    waiting: collections.deque[str] = collections.deque()
    ready = threading.Condition()
    ended = False

    def read() -> None:
        nonlocal ended
        buffer = b""
        while chunk := sys.stdin.buffer.read1(1 << 16):
            *paths, buffer = (buffer + chunk).split(b"\0")
            with ready:
                waiting.extend(os.fsdecode(path) for path in paths)
                ready.notify()
        with ready:
            ended = True
            ready.notify()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        while True:
            with ready:
                while not waiting and not ended:
                    ready.wait()
                if ended:
                    break
                path = waiting.popleft()
            compress(path)
        reader.join()
        rest = list(waiting)  # the build is done: both cores are free, and this process has one thread again
        if len(rest) > 50 and forking.can_fork(2):
            with forking.pool(2, None) as pool:
                list(pool.map(compress, rest, chunksize=16))
        else:
            for path in rest:
                compress(path)
    except OSError as error:
        print(f"komprimeringen misslyckades: {error.filename}: {error.strerror}", file=sys.stderr)
        sys.exit(1)
    except Exception as error:  # one line, never a traceback
        print(f"komprimeringen misslyckades ({type(error).__name__}: {error})", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
