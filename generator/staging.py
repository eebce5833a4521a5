"""A full build writes into a staging folder that replaces the site only when everything succeeded.

So any failure (content, a template, a strict-mode warning, the search
index) leaves the last good site exactly as it was.

The site it replaces is removed by a program of its own that the build does
not wait for: at 10,000 reports that is some 100,000 files and 1.4 GB, six
seconds of unlinking at the end of every build. It is renamed out of the way
first, under a name of its own, so the next build never meets it as its site;
what a removal that was stopped leaves behind, the next build removes.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

_REMOVE = "import shutil, sys\nfor path in sys.argv[1:]:\n    shutil.rmtree(path, ignore_errors=True)\n"


class Staging:
    def __init__(self, published: Path) -> None:
        self.published = published
        self.folder = published.with_name(published.name + ".iop-building")
        shutil.rmtree(self.folder, ignore_errors=True)
        # Old sites an earlier removal did not finish (a build stopped, a machine turned off), and the name
        # earlier versions kept the previous site under.
        leftovers = sorted(published.parent.glob(f"{published.name}.iop-old-*"))
        leftovers += [published.with_name(published.name + ".iop-previous")]
        _remove_later([path for path in leftovers if path.is_dir()])

    def finish(self, succeeded: bool) -> None:
        """Swap the staged site in if the build succeeded; remove the staging folder either way."""
        if succeeded and self.folder.is_dir():
            old = self.published.with_name(f"{self.published.name}.iop-old-{os.getpid()}")
            if self.published.exists():
                shutil.rmtree(old, ignore_errors=True)  # (a process of the same number long ago)
                self.published.rename(old)
            self.folder.rename(self.published)
            _remove_later([old] if old.is_dir() else [])
        shutil.rmtree(self.folder, ignore_errors=True)


def _remove_later(paths: list[Path]) -> None:
    """Remove these folders in a program of their own, which outlives the build; here, if it cannot start."""
    if not paths:
        return
    try:
        subprocess.Popen([sys.executable, "-c", _REMOVE, *map(str, paths)], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        for path in paths:
            shutil.rmtree(path, ignore_errors=True)
