"""What MkDocs itself says while it builds or serves, in Swedish: staff read every line a command prints.

The plugin installs this when MkDocs starts (`on_startup`): a filter on
MkDocs' log handlers turns its known lines into Swedish, or hides those
that only concern developers, and level names become Swedish (`Fel`,
`Varning`, `Info`). MkDocs ends a failed build with an `Abort` that click
prints outside the log; its message is translated where it is made. A line
no rule knows passes unchanged: nothing is ever hidden by accident.
"""
from __future__ import annotations

import logging
import re
from typing import Callable

LEVELS = {"DEBUG": "Felsökning", "INFO": "Info", "WARNING": "Varning", "ERROR": "Fel", "CRITICAL": "Fel"}
HIDE = None  # a rule whose text is HIDE removes the line


def _seconds(found: re.Match[str]) -> str:
    return f"Webbplatsen är byggd ({found[1].replace('.', ',')} sekunder)."


def _counts(found: re.Match[str]) -> str:
    parts = [f"{n} {'varning' if n == '1' else 'varningar'}" if kind.startswith("warning") else f"{n} fel"
             for n, kind in re.findall(r"(\d+) (\w+)", found[1])]
    return f"Bygget avbröts: {' och '.join(parts)}, och --strict gör varningar till fel. Rätta det som står ovan."


RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str] | None]] = [(re.compile(p), t) for p, t in [
    (r"Cleaning site directory", HIDE),
    (r"Building documentation to directory: (.*?)(?:\.iop-building)?", r"Bygger webbplatsen i mappen \1 …"),
    (r"Documentation built in ([\d.]+) seconds", _seconds),
    (r"Building documentation\.\.\.", "Bygger webbplatsen …"),
    (r"Serving on (\S+) and opening it in a browser", r"Förhandsvisningen finns på \1 (avsluta med Ctrl+C)."),
    (r"Serving on (\S+)", r"Förhandsvisningen finns på \1 (avsluta med Ctrl+C)."),
    (r"Watching paths for changes: (.*)", r"Bevakar ändringar i \1."),
    (r"Detected file changes", "En fil har ändrats: bygger om …"),
    (r"Reloading browsers", "Förhandsvisningen är uppdaterad."),
    (r"Shutting down\.\.\.", "Avslutar förhandsvisningen …"),
    (r"An error happened during the rebuild\. The server will appear stuck until build errors are resolved\.",
     "Bygget misslyckades; förhandsvisningen visar den förra versionen tills felen ovan är rättade."),
    (r"Browser connected: .*", HIDE),
    (r'"GET (\S+) HTTP/[\d.]+" code 404', r"Sidan \1 finns inte (404)."),
    (r'"GET (\S+) HTTP/[\d.]+" code (\d+)', r"Sidan \1 gav svaret \2."),
    (r"A 'dirty' build is being performed.*", HIDE),
    (r"The directory contains stale files.*", HIDE),
    (r"Aborted with a BuildError!", "Bygget avbröts: rätta det som står ovan och bygg igen."),
    (r"Aborted with a configuration error!", "Bygget avbröts: mkdocs.yml har ett fel (se ovan)."),
    (r"Aborted with (.*) in strict mode!", _counts),
    (r"Error building page '(.*?)':(.*)", r"Sidan \1 kunde inte byggas:\2"),
    (r"Config value '(.*?)': (.*)", r"Inställningen \1 i mkdocs.yml: \2"),
]]


def translated(message: str) -> str | None:
    """A line of MkDocs' in Swedish; None for a line that is hidden; anything else as it is."""
    # `mkdocs serve` puts the time first: "[15:45:00] Serving on …"; it stays, the rest is translated.
    time, rest = re.fullmatch(r"(\[\d\d:\d\d:\d\d\] )?(.*)", message.strip(), re.DOTALL).groups()  # type: ignore[union-attr]
    for pattern, text in RULES:
        if found := pattern.fullmatch(rest):
            if text is HIDE:
                return None
            return (time or "") + (text(found) if callable(text) else found.expand(text))
    return message


class _Swedish(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = translated(record.getMessage())
        if message is None:
            return False
        record.msg, record.args = message, None
        record.levelname = LEVELS.get(record.levelname, record.levelname)
        return True


def install() -> None:
    """Put the filter on every handler of MkDocs' logger (the CLI's stream; serve's too), and Abort in Swedish."""
    from mkdocs.exceptions import Abort

    for handler in logging.getLogger("mkdocs").handlers:
        if not any(isinstance(f, _Swedish) for f in handler.filters):
            handler.addFilter(_Swedish())
    # On the loggers themselves too: a line hidden there is never counted either (under `strict`, MkDocs
    # counts the warnings of a build, and the preview's dirty builds warn that they are dirty).
    for name in ("mkdocs.commands.build", "mkdocs.commands.serve", "mkdocs.livereload"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _Swedish) for f in logger.filters):
            logger.addFilter(_Swedish())
    if not getattr(Abort, "_iop_swedish", False):
        english = Abort.format_message

        def format_message(self: Abort) -> str:
            return translated(english(self)) or ""

        Abort.format_message = format_message  # type: ignore[method-assign]
        Abort.__str__ = format_message  # type: ignore[method-assign]
        Abort._iop_swedish = True  # type: ignore[attr-defined]
