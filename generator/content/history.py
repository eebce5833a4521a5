"""When each report was first published: the day its file first reached the repository.

A feed entry and the start page's "latest" are dated by publication, not by
the committee's decision, so that a report published today about a decision
years ago shows as new. The date comes from content (a report's `published`)
or from git: the commit that first added the file (following renames), read
in one `git log` for the whole folder. Never from the build's clock: the same
commit always gives the same dates, and two builds of it are identical.
Outside a git repository, or for a file not yet committed, there is no such
date and the caller falls back to the report's own dates.
"""
from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path


def first_commits(folder: Path) -> dict[str, date]:
    """File name in `folder` -> the committer date of the commit that first added it (renames followed)."""
    try:
        top = subprocess.run(["git", "-C", str(folder), "rev-parse", "--show-toplevel"], capture_output=True, text=True,
                             timeout=30, check=True).stdout.strip()
        # Oldest first; each commit is a line with its date, then its added (A) and renamed (R) files.
        log = subprocess.run(["git", "-C", top, "log", "--reverse", "--no-merges", "-M", "--diff-filter=AR",
                              "--format=%x00%cs", "--name-status",
                              "--", str(Path(folder).resolve().relative_to(Path(top).resolve()))],
                             capture_output=True, text=True, timeout=120, check=True).stdout
    except (OSError, subprocess.SubprocessError, ValueError):
        return {}
    first: dict[str, date] = {}
    day: date | None = None
    for line in log.splitlines():
        if line.startswith("\0"):
            day = date.fromisoformat(line[1:])
            continue
        parts = line.split("\t")
        if day is None or len(parts) < 2:
            continue
        if parts[0] == "A":
            first.setdefault(Path(parts[1]).name, day)
        elif parts[0].startswith("R") and len(parts) == 3:
            # A renamed file was published when its old name was.
            first.setdefault(Path(parts[2]).name, first.get(Path(parts[1]).name, day))
    return first
