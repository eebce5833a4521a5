"""What a preview rebuild must build again: the pages whose content an edit changed.

`mkdocs serve` (make serve) builds every page once; after a save it builds
again only the pages whose inputs differ from the last build. A page's
inputs are its template, everything its context holds (a report stands for
its file's size and modification time, so an edited report changes every
page that shows it: its own page, its listings, its district's, year's and
theme's pages), and what every page depends on (the districts,
organisations and themes files, mkdocs.yml, the problems the preview
shows). A page whose template reads the catalogue beyond its context
(the start page, the index of years …) depends on every report. Anything
the walk does not know makes the page count as changed: a page may be
built needlessly, never left stale.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
import signal
import threading
from collections import Counter
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from ..content.model import District, Organisation, Report, Theme
from .pages import PageSpec

TEMPLATES = Path(__file__).parent / "templates"
# What a template may read from the catalogue and still depend only on its context and the reference files.
LOCAL_LOOKUPS = {"pending", "themes"}


def stopping_as_on_ctrl_c() -> None:
    """The preview stops on SIGTERM and SIGHUP (`kill`, an editor's stop button, a closed terminal) as it does on
    Ctrl+C: MkDocs then removes the site it built in a temporary folder (1.5 GB at 10,000 reports) and the
    plugin's `on_shutdown` stops the search, the compressor and the content watcher. A signal someone chose to
    ignore (`nohup`) stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        return

    def interrupt(number: int, frame: Any) -> None:
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is signal.SIG_DFL:
            signal.signal(number, interrupt)


# Once a process: a preview's save fingerprints 14,000 pages at 10,000 reports, and reading each one's template
# again took 2.5 s of every save.
@lru_cache(maxsize=None)
def reads_whole_catalogue(template: str) -> bool:
    """Whether a template reads the catalogue beyond its context (counts, every district …)."""
    used = set(re.findall(r"\bcatalogue\.(\w+)", (TEMPLATES / template).read_text(encoding="utf-8")))
    return bool(used - LOCAL_LOOKUPS)


class Unknown(Exception):
    """A value the walk cannot fingerprint: the page counts as changed."""


class Fingerprints:
    """The fingerprint of every page of a build, to compare with the next build's."""

    def __init__(self, stamps: dict[str, tuple[int, int]], shared: tuple[Any, ...]) -> None:
        self.stamps = stamps  # report id -> (size, mtime) of its file
        self.shared = shared  # what every page depends on
        self.every_report = tuple(sorted(stamps.items()))
        # Pages of one listing share their context's objects (the index of organisations hands all of its
        # summaries to each of its pages): each object is walked once, and stands in its container as the
        # digest of its walk. The object is kept with its digest, so its id cannot be reused while the build lasts.
        self.walked: dict[int, tuple[Any, str]] = {}

    def of(self, spec: PageSpec) -> str | None:
        try:
            walked = self._walk(spec.context)
        except Unknown:
            return None
        whole = self.every_report if reads_whole_catalogue(spec.template) else ()
        material = repr((self.shared, spec.template, spec.title, spec.hide, spec.updated, walked, whole))
        return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()

    def _walk(self, value: Any) -> Any:
        if isinstance(value, (dict, Counter, list, tuple, set, frozenset)) or dataclasses.is_dataclass(value):
            if id(value) not in self.walked:
                walked = repr(self._walk_new(value)).encode("utf-8", "surrogatepass")
                self.walked[id(value)] = (value, hashlib.sha256(walked).hexdigest())
            return self.walked[id(value)][1]
        return self._walk_new(value)

    def _walk_new(self, value: Any) -> Any:
        if isinstance(value, Report):
            return ("report", value.id, self.stamps.get(value.id), value.published_on)
        if value is None or isinstance(value, (str, int, float, bool, date, Decimal)):
            return value
        if isinstance(value, (District, Organisation, Theme)):
            return repr(value)
        if isinstance(value, (dict, Counter)):
            return tuple((self._walk(key), self._walk(item)) for key, item in value.items())
        if isinstance(value, (list, tuple, set, frozenset)):
            items = [self._walk(item) for item in value]
            return tuple(sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return (type(value).__name__,
                    tuple(self._walk(getattr(value, f.name)) for f in dataclasses.fields(value)))
        raise Unknown(type(value).__name__)


class Changes:
    """Which pages changed since the last build of this preview."""

    def __init__(self) -> None:
        self.last: dict[str, str | None] = {}

    def update(self, specs: list[PageSpec], fingerprints: Fingerprints) -> tuple[set[str], set[str]]:
        """The uris of pages to build again, and of pages the last build had and this one has not."""
        now = {spec.uri: fingerprints.of(spec) for spec in specs}
        changed = {uri for uri, print_ in now.items() if print_ is None or self.last.get(uri) != print_}
        gone = set(self.last) - set(now)
        self.last = now
        return changed, gone


class CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates as compiled by the last build, for the next: MkDocs makes a new Jinja environment
    for every build, and compiling Material's templates again took a tenth of every save at 10,000 reports.
    Jinja keys each by its name and checks it against its source, so an edited template is compiled anew."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


def file_stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (-1, -1)
    return (info.st_size, info.st_mtime_ns)


# What a save, a new file, a removal or a rename tells (watchdog's event types); "opened" and "closed_no_write" not.
CHANGES = {"created", "modified", "deleted", "moved", "closed"}


class ContentWatcher:
    """Tells `mkdocs serve` when a file under content/ changes, from the kernel's notices (inotify).

    MkDocs polls what it watches every half second, listing and stat-ing every file: at 10,000 reports that
    took a third of a core, beside the rebuild it slowed (make bench). The docs and theme folders stay with
    MkDocs' polling; they are small. Where notices cannot be had (another system, the kernel's limit on
    watches), `start` says so and the caller lets MkDocs poll.
    """

    def __init__(self, server: Any, folder: Path) -> None:
        self.server = server
        self.folder = folder
        self.observer: Any = None

    def start(self) -> bool:
        try:
            from watchdog.events import (FileClosedEvent, FileCreatedEvent, FileDeletedEvent, FileModifiedEvent,
                                         FileMovedEvent, FileSystemEventHandler)
            from watchdog.observers.inotify import InotifyObserver
        except ImportError:
            return False
        server = self.server
        # What MkDocs' own watch callback does (mkdocs/livereload, pinned in requirements.lock).
        if not hasattr(server, "_rebuild_cond") or not hasattr(server, "_want_rebuild"):
            return False

        def changed(event: Any) -> None:
            # Reading a file is no change: every rebuild reads districts.yml and the originals (a rebuild that asked
            # for the next would never end).
            if event.is_directory or event.event_type not in CHANGES:
                return
            with server._rebuild_cond:
                server._want_rebuild = True
                server._rebuild_cond.notify_all()

        handler = FileSystemEventHandler()
        handler.on_any_event = changed  # type: ignore[method-assign]
        observer = InotifyObserver()
        try:
            observer.schedule(handler, str(self.folder), recursive=True, event_filter=[
                FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent, FileClosedEvent])
            observer.start()
        except OSError:
            return False
        self.observer = observer
        return True

    def stop(self) -> None:
        if self.observer is not None:
            self.observer.stop()
            self.observer.join(timeout=5)
            self.observer = None
