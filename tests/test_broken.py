"""Every file in tests/broken/ has one problem (five-problems.yml has five).

Each file ends with the messages it must produce, word for word, as
`# expect: ...` lines. To add a case, add a file: this one test drives all.
"""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.content.catalogue import read_catalogue
from generator.errors import ContentError

from conftest import CONTENT

BROKEN = Path(__file__).resolve().parent / "broken"
FILES = sorted(path for path in BROKEN.glob("*.yml") if "." not in path.stem)


def expected(path: Path) -> list[str]:
    lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    return [line.removeprefix("# expect: ") for line in lines if line.startswith("# expect: ")]


def project_with(tmp_path: Path, broken: Path) -> Path:
    """The shipped districts and organisations, and the broken file as the only report.

    Beside it: its original document (`<name>.pdf`, `<name>.docx`) if there is one, and `<name>.districts.yml`
    in place of the shipped districts if the case is about them.
    """
    shutil.copytree(CONTENT, tmp_path / "content", ignore=shutil.ignore_patterns("reports"))
    (tmp_path / "content/reports").mkdir()
    shutil.copy(broken, tmp_path / "content/reports" / broken.name)
    for companion in BROKEN.glob(broken.stem + ".*"):
        if companion.name.endswith(".districts.yml"):
            shutil.copy(companion, tmp_path / "content/districts.yml")
        elif companion.suffix != ".yml":
            shutil.copy(companion, tmp_path / "content/reports" / companion.name)
    return tmp_path


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_broken_file_gives_exactly_its_messages(tmp_path: Path, path: Path):
    project = project_with(tmp_path, path)
    with pytest.raises(ContentError) as caught:
        read_catalogue(project / "content", base=project)
    assert [str(problem) for problem in caught.value.problems] == expected(path)


def test_one_problem_per_file_but_several_where_the_file_has_several():
    counts = {path.name: len(expected(path)) for path in FILES}
    assert counts.pop("five-problems.yml") == 5
    assert counts.pop("date-and-lesson-in-one-run.yml") == 2  # one run reports both, whatever else is wrong
    # A character that is a line break to YAML and not to the editor: the next problem is still where the editor shows it.
    for name in ("raw-next-line-unquoted.yml", "raw-next-line-quoted.yml", "raw-line-separator-in-a-text-block.yml",
                 "raw-paragraph-separator-in-a-comment.yml"):
        assert counts.pop(name) == 2
    assert set(counts.values()) == {1}


def test_the_cli_prints_the_same_messages_and_exits_1(tmp_path: Path):
    project = project_with(tmp_path, BROKEN / "five-problems.yml")
    result = subprocess.run([sys.executable, "-m", "generator", "validate"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["Fel: 5 problem i innehållsfilerna:"] + [
        f"  {message}" for message in expected(BROKEN / "five-problems.yml")]
