"""Original documents beside the reports: what makes a file one, checked at every build.

A report's `original` names a file in `content/reports/` with its SHA-256;
the build publishes exactly those bytes. They must not be empty, and must be
what their name says: a PDF starts as a PDF, a Word or OpenDocument file is a
zip archive with that format's own parts, an old Word file is an OLE2
compound file. A visitor who downloads "(PDF, 245 kB)" gets a PDF.
"""
from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

MAX_ORIGINAL_BYTES = 100 * 1024 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODT = b"application/vnd.oasis.opendocument.text"
_KINDS = {".pdf": "en PDF-fil", ".docx": "en Word-fil (.docx)", ".odt": "en OpenDocument-text (.odt)",
          ".doc": "en äldre Word-fil (.doc)"}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _zip_members(data: bytes) -> set[str] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return None


def _is(suffix: str, data: bytes) -> bool:
    if suffix == ".pdf":
        return b"%PDF-" in data[:1024]  # the header may follow a few bytes of junk, as readers allow
    if suffix == ".doc":
        return data.startswith(_OLE2)
    members = _zip_members(data) if data.startswith(b"PK\x03\x04") else None
    if members is None:
        return False
    if suffix == ".docx":
        return "[Content_Types].xml" in members and "word/document.xml" in members
    if suffix == ".odt":
        return "content.xml" in members and data[30:30 + 8] == b"mimetype" and _ODT in data[:200]
    return False


def original_problem(name: str, data: bytes) -> str | None:
    """Why these bytes cannot be published as the original document `name`, or None."""
    suffix = Path(name).suffix.lower()
    if not data:
        return "är tom (0 byte); lägg den riktiga filen här eller ta bort fältet original"
    if suffix in _KINDS and not _is(suffix, data):
        return (f"är inte {_KINDS[suffix]} som namnet säger; kontrollera att det är rätt fil och att den har "
                "rätt filändelse")
    return None
