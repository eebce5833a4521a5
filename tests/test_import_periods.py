"""The agreements the import drafts from excerpts that writers who never read the importer wrote (README there)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from generator.importing.draft import import_document

from conftest import CONTENT

EXCERPTS = Path(__file__).resolve().parent / "import_periods"
# Read wrongly still (the README says what each needs); any other excerpt read wrongly fails the test.
KNOWN_MISSES = {"w2/12", "w2/13", "w2/15", "w2/21", "w2/24", "w2/30", "w3/06", "w3/19", "w4/16",
                "w5/02", "w5/04", "w5/10", "w5/13", "w5/18", "w5/19", "w5/21", "w5/23", "w5/25",
                "w5/29", "w6/06", "w6/13", "w6/14", "w6/18", "w6/22", "w6/29", "w7/04", "w7/09",
                "w7/11", "w7/12", "w7/14", "w7/15", "w7/16", "w7/19", "w7/21", "w7/22", "w7/23",
                "w7/26", "w7/27", "w7/29", "w7/30", "w8/03", "w8/10", "w8/14", "w8/19", "w8/20",
                "w8/24", "w8/26", "w8/28", "w8/30"}


def _plain(agreements: list[dict[str, object]] | None) -> list[dict[str, object]]:
    return [{key: value for key, value in agreement.items() if value is not None} for agreement in agreements or []]


def test_the_import_reads_the_agreements_of_excerpts_nobody_tuned_it_on_at_first(tmp_path: Path):
    wrong = {}
    excerpts = sorted(EXCERPTS.glob("w*/*.txt"))
    assert len(excerpts) == 230
    for excerpt in excerpts:
        name = f"{excerpt.parent.name}/{excerpt.stem}"
        expected = yaml.safe_load(excerpt.with_suffix(".yml").read_text(encoding="utf-8"))["agreements"]
        assert all(isinstance(value, date) or key == "year" for agreement in expected for key, value in agreement.items())
        imported = import_document(excerpt, CONTENT, tmp_path / name)
        drafted = _plain(imported.draft.fields.get("agreements"))
        if drafted != expected:
            wrong[name] = (drafted, expected)
    regressed = {name: pair for name, pair in wrong.items() if name not in KNOWN_MISSES}
    assert not regressed, "\n".join(f"{name}: drafted {got}, expected {want}" for name, (got, want) in regressed.items())
    assert len(excerpts) - len(wrong) >= 181
