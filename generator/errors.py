"""One format for every problem in every content file, in Swedish for the staff who read it.

    content/reports/x.yml:12:5: agreements[1].end: förväntade ett datum (ÅÅÅÅ-MM-DD), fick 'snart'

Field names stay as they are written in the file.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int  # 1-based; 0 when the problem concerns the file as a whole
    column: int  # 1-based; 0 when unknown
    field: str  # dotted path such as "agreements[1].end"; "" for the whole file
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ContentError(Exception):
    """Raised once, after every problem in every file has been collected."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__(self.report())

    def report(self) -> str:
        lines = [f"{len(self.problems)} problem i innehållsfilerna:"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)
