"""The import measured on documents written by people who never read its code (tests/import_unseen/).

The tuning half is what the importer may be tuned on; the held-out half is only ever measured, and its
table is printed as it comes, with counts only (never the documents' text), for the issue notes. A draft
that would not validate as a whole (a required field not found) is still scored field by field.

Run `python tests/test_import_unseen.py tuning` for the tuning half's wrong values, field by field.
"""
from __future__ import annotations

import dataclasses
import shutil
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from conftest import CONTENT  # noqa: E402
from test_import_corpus import items, score, unhyphenated  # noqa: E402

from generator.content.catalogue import read_catalogue  # noqa: E402
from generator.content.load import load_file  # noqa: E402
from generator.content.model import Report  # noqa: E402
from generator.content.validate import INVALID, Checker, schema_of  # noqa: E402
from generator.importing.draft import import_document  # noqa: E402

UNSEEN = Path(__file__).resolve().parent / "import_unseen"
NOT_SCORED = {"themes", "status", "original", "published", "former_ids"}


@dataclasses.dataclass
class Row:
    document: str
    facts: int
    found: int
    wrong: list[str]
    agreements_right: bool
    by_field: Counter[str]  # field -> facts expected
    found_by_field: Counter[str]


def content_for(half: Path, target: Path) -> Path:
    """The shipped content with the half's districts and organisations, and the expected reports as truth."""
    content = target / "content"
    (content / "reports").mkdir(parents=True)
    for kind in ("districts", "organisations"):
        merged = {entry["id"]: entry for entry in yaml.safe_load((CONTENT / f"{kind}.yml").read_text("utf-8"))}
        for extra in sorted(half.glob(f"{kind}-*.yml")):
            merged.update({entry["id"]: entry for entry in yaml.safe_load(extra.read_text("utf-8")) or []})
        (content / f"{kind}.yml").write_text(yaml.safe_dump(list(merged.values()), allow_unicode=True, sort_keys=False),
                                             encoding="utf-8")
    shutil.copy(CONTENT / "themes.yml", content)
    for document in sorted(half.glob("*.txt")):
        shutil.copy(document.with_suffix(".yml"), content / "reports" / f"{document.stem}.yml")
    return content


def spaced(value: Any) -> Any:
    """A value with its texts' whitespace as the build compares quotes: a tab between a table's columns, or
    a space, is the same quotation."""
    if isinstance(value, str):
        return " ".join(value.split())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: spaced(getattr(value, f.name)) for f in dataclasses.fields(value)
                                             if f.init})
    if isinstance(value, list):
        return [spaced(item) for item in value]
    return value


def drafted_fields(path: Path) -> Any:
    """A draft's fields, each converted on its own: a field that does not validate counts as not found."""
    document, _ = load_file(path)
    fields, hints = schema_of(Report)
    values: dict[str, Any] = {name: None for name in fields}
    if document is not None and document.root is not None:
        checker = Checker(document, [])
        for key, (_, _, node) in getattr(document.root, "items", {}).items():
            if key in fields:
                value = checker.convert(node, hints[key], key, dict(fields[key].metadata))
                values[key] = None if value is INVALID else value
    return SimpleNamespace(**values)


def measure(half: Path, work: Path) -> list[Row]:
    content = content_for(half, work)
    truth = {report.id: report for report in read_catalogue(content).reports}
    rows = []
    for document in sorted(half.glob("*.txt")):
        imported = import_document(document, content, work / "drafts" / document.stem)
        drafted = drafted_fields(imported.target)
        expected = truth[document.stem]
        for name in ("funding", "figures", "lessons"):
            setattr(drafted, name, spaced(getattr(drafted, name)))
        expected = dataclasses.replace(expected, **{name: spaced(getattr(expected, name))
                                                    for name in ("funding", "figures", "lessons")})
        scored = expected
        for name in NOT_SCORED:
            setattr(drafted, name, getattr(expected, name))
        facts, found, wrong, _ = score(scored, drafted, unhyphenated(document.read_text(encoding="utf-8")))
        by_field: Counter[str] = Counter()
        found_by_field: Counter[str] = Counter()
        for spec in dataclasses.fields(expected):
            if spec.metadata.get("derived") or spec.name in NOT_SCORED:
                continue
            want = items(spec.name, getattr(expected, spec.name)) if getattr(expected, spec.name) not in (None, []) else []
            got = items(spec.name, getattr(drafted, spec.name)) if getattr(drafted, spec.name) not in (None, []) else []
            by_field[spec.name] += len(want)
            found_by_field[spec.name] += sum(1 for item in want if item in got)
        rows.append(Row(document.stem, facts, found, wrong, drafted.agreements == expected.agreements,
                        by_field, found_by_field))
    return rows


def table(name: str, rows: list[Row]) -> str:
    facts = sum(row.facts for row in rows)
    found = sum(row.found for row in rows)
    wrong = sum(len(row.wrong) for row in rows)
    right = sum(row.agreements_right for row in rows)
    lines = [f"{name}: {len(rows)} documents", f"{'document':45} {'facts':>6} {'found':>6} {'wrong':>6} agreements"]
    lines += [f"{row.document:45} {row.facts:6} {row.found:6} {len(row.wrong):6} "
              f"{'right' if row.agreements_right else 'WRONG'}" for row in rows]
    lines.append(f"{'all':45} {facts:6} {found:6} {wrong:6} {right}/{len(rows)} right   "
                 f"found {found / max(facts, 1):.1%}")
    return "\n".join(lines)


def share(rows: list[Row]) -> float:
    return sum(row.found for row in rows) / max(sum(row.facts for row in rows), 1)


@pytest.mark.parametrize("half", ["tuning", "held_out"])
def test_the_import_on_documents_nobody_tuned_it_on(tmp_path: Path, half: str):
    rows = measure(UNSEEN / half, tmp_path)
    print("\n" + table(half, rows))
    # Floors at today's figures (tuning 90.3%, 38 wrong, agreements right on 202 of 204; held-out 83.5%, 158
    # wrong, agreements right on 172 of 204, with the `ov` and `ow` writers' sixteen), so that a change that
    # reads less fails. (One of the 38 is v5's "2019 (juli–december)" row, which its writer took as 2019's money
    # and the staff guide, with two other writers, as a period of those months.) (Until 2026-12-05 a figure
    # quoted from a paragraph that runs over a page break, or a table's label in small letters, counted as
    # invented: 25 and 157 wrong.) The targets (95%, nothing wrong or invented, agreements right on 95%) are not
    # met on the held-out half; the issue note says by how much.
    # (Floors raised on 2026-12-07 to that day's figures: tuning 90.3%; held-out 83.8%, 145 wrong, agreements right
    # on 179; then, with the `pa` and `pb` writers' sixteen measured before any tuning on them, tuning 89.8%, 49
    # wrong, 209 of 212; held-out 83.7%, 159 wrong, 186 of 212; then, with the `pc` and `pd` writers' sixteen,
    # tuning 89.2%, 65 wrong, 217 of 220; held-out 83.4%, 183 wrong, 194 of 220; then, with the `pf` writer's
    # eight, tuning 89.1%, 66 wrong, 220 of 224; held-out 83.4%, 185 wrong, 197 of 224; and with the `pe`
    # writer's eight, tuning 88.8%, 74 wrong, 225 of 228; held-out 83.1%, 199 wrong, 200 of 228; and with the `pg`
    # and `ph` writers' sixteen, tuning 88.7%, 74 wrong, 231 of 236; held-out 82.7%, 203 wrong, 208 of 236; raised at
    # the day's end to tuning 88.8%, 64 wrong, 232; held-out 82.8%, 196 wrong, 208.)
    # (Later on 2026-12-07, with the `pi`, `pj`, `pk` and `pl` writers' thirty-two, measured before any tuning on them:
    # tuning 87.8%, 83 wrong, agreements right on 245 of 252; held-out 81.8%, 224 wrong, 218 of 252; raised at the
    # day's end to tuning 88.3%, 77 wrong, 247; held-out 82.4%, 218 wrong, 220. Raised by the next session, the same
    # day, to tuning 88.8%, 66 wrong, 248; held-out 82.6%, 215 wrong, 221.)
    # (On 2026-12-07 too, with the `pm` and `pn` writers' sixteen, measured before any tuning on them: tuning 88.2%,
    # 62 wrong, agreements right on 256 of 260; held-out 82.0%, 226 wrong, 229 of 260; raised at the session's end
    # to tuning 88.3%, 55 wrong, 256; held-out 82.1%, 224 wrong, 229.)
    # (On 2026-12-07, the session after, with the `po` and `pq` writers' sixteen, after rules from `po`'s tuning four
    # and a Word export's paragraphs from `pq`'s: tuning 87.9%, 58 wrong, agreements right on 264 of 268; held-out
    # 81.9%, 231 wrong, 235 of 268; raised at the session's end to tuning 87.9%, 54 wrong; held-out 81.9%, 225 wrong.)
    # (On 2026-12-07, the session after that, with the `pr` and `ps` writers' sixteen, measured before any tuning on
    # them and after the corpus's headings lost their closing colons: tuning 87.7%, 69 wrong, agreements right on 270
    # of 276; held-out 81.8%, 240 wrong, 240 of 276; then, with scanners' marks and a memo's signatures under
    # their unit: tuning 87.7%, 67 wrong; held-out 81.9%, 240 wrong; then tuning 87.8%, 59 wrong, 272 right; and
    # with the `pt` and `pu` writers' sixteen, measured before any tuning on them: tuning 87.3%, 67 wrong, 280 of
    # 284; held-out 81.4%, 253 wrong, 248 of 284; raised at the session's end to tuning 87.4%, 65 wrong; held-out
    # 81.4%, 251 wrong.)
    # (On 2026-12-08, with the `pv` and `pw` writers' sixteen, measured before any tuning on them: tuning 86.7%, 75
    # wrong, agreements right on 286 of 292; held-out 81.3%, 265 wrong, 255 of 292; raised at the session's end to
    # tuning 87.1%, 71 wrong, 287; held-out 81.4%, 263 wrong; then tuning 87.2%.)
    floors = {"tuning": (0.871, 71, 287), "held_out": (0.814, 263, 255)}  # (now 87.2% and 81.4%)
    least_found, most_wrong, least_agreements = floors[half]
    assert share(rows) >= least_found
    assert sum(len(row.wrong) for row in rows) <= most_wrong
    assert sum(row.agreements_right for row in rows) >= least_agreements


if __name__ == "__main__":
    import tempfile

    half = sys.argv[1] if len(sys.argv) > 1 else "tuning"
    rows = measure(UNSEEN / half, Path(tempfile.mkdtemp()))
    print(table(half, rows))
    if half == "tuning":  # the held-out half is measured, never looked into
        totals: Counter[str] = Counter()
        found: Counter[str] = Counter()
        for row in rows:
            totals.update(row.by_field)
            found.update(row.found_by_field)
        for field in sorted(totals, key=lambda f: found[f] - totals[f]):
            print(f"  {field:20} {found[field]:4}/{totals[field]:<4}")
        for row in rows:
            for wrong in row.wrong:
                print(f"{row.document}: {wrong}")
