"""A full build writes into a staging folder that replaces the site only when everything succeeded.

So any failure (content, a template, a strict-mode warning, the search
index) leaves the last good site exactly as it was.
"""
from __future__ import annotations

import shutil
from pathlib import Path


class Staging:
    def __init__(self, published: Path) -> None:
        self.published = published
        self.folder = published.with_name(published.name + ".iop-building")
        shutil.rmtree(self.folder, ignore_errors=True)

    def finish(self, succeeded: bool) -> None:
        """Swap the staged site in if the build succeeded; remove the staging folder either way."""
        if succeeded and self.folder.is_dir():
            previous = self.published.with_name(self.published.name + ".iop-previous")
            shutil.rmtree(previous, ignore_errors=True)
            if self.published.exists():
                self.published.rename(previous)
            self.folder.rename(self.published)
            # Removing the old site is the slow part of the swap; it is done after the new one is in place.
            shutil.rmtree(previous, ignore_errors=True)
        shutil.rmtree(self.folder, ignore_errors=True)
