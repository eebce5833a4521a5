"""The money the import drafts from excerpts that writers who never read the importer wrote (README there).

Each excerpt's expected `funding` is compared, item by item without the quote (amount, kind, years, start, end),
with the draft's. An amount drafted that the excerpt's answer does not hold at all is invented: the writers put
distractors in every excerpt (the organisation's own costs, rent, other funders, applications not granted).
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from generator.importing.draft import import_document

from conftest import CONTENT

EXCERPTS = Path(__file__).resolve().parent / "import_funding"


def _key(item: dict[str, Any]) -> tuple[Any, ...]:
    return (int(item["amount"]), item["kind"], tuple(sorted(item.get("years") or ())), item.get("start"), item.get("end"))


def test_the_import_reads_the_money_of_excerpts_nobody_tuned_it_on_at_first(tmp_path: Path):
    excerpts = sorted(EXCERPTS.glob("f*/*.txt"))
    assert len(excerpts) == 90
    items = found = wrong = invented = 0
    for excerpt in excerpts:
        expected = yaml.safe_load(excerpt.with_suffix(".yml").read_text(encoding="utf-8"))["funding"]
        assert all(isinstance(item.get(day), (date, type(None))) for item in expected for day in ("start", "end"))
        want = Counter(_key(item) for item in expected)
        imported = import_document(excerpt, CONTENT, tmp_path / excerpt.parent.name / excerpt.stem)
        got = Counter(_key(item) for item in imported.draft.fields.get("funding") or [])
        extra = got - want
        items += sum(want.values())
        found += sum((want & got).values())
        wrong += sum(extra.values())
        invented += sum(count for key, count in extra.items() if key[0] not in {other[0] for other in want})
    # Floors at today's figures (README): 156 of 257 items found, 27 wrong, 4 of them amounts the excerpt's answer
    # does not hold at all. A change that reads less, or reads more distractors, fails.
    assert items == 257
    assert found >= 156
    assert wrong <= 27
    assert invented <= 4
