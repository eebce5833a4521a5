import subprocess
import sys
from pathlib import Path

from conftest import REPO, edit


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def test_validate_says_ok_for_the_shipped_content():
    result = run("validate")
    assert (result.returncode, result.stdout, result.stderr) == (
        0, "OK: 2 rapporter, 2 stadsdelar, 2 organisationer, 10 teman.\n", "")


def test_validate_lists_problems_and_exits_1_without_a_traceback(content: Path):
    edit(content / "reports/jarva-studiefremjandet-2018-2024.yml", "outcome: goals_met", "outcome: klart")
    result = run("--content", "content", "validate", cwd=content.parent)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "Fel: 1 problem i innehållsfilerna:\n"
        "  content/reports/jarva-studiefremjandet-2018-2024.yml:41:10: outcome: okänt värde 'klart' "
        "(tillåtna: goals_met, goals_partly_met, goals_not_met)\n")


def test_render_writes_the_same_pages_as_the_site_uses(tmp_path: Path):
    result = run("render", "--out", str(tmp_path / "md"))
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(tmp_path / "md").as_posix() for p in (tmp_path / "md").rglob("*.md"))
    golden = Path(__file__).resolve().parent / "golden"
    assert written == sorted(p.relative_to(golden).as_posix() for p in golden.rglob("*.md"))
    for name in written:
        assert (tmp_path / "md" / name).read_text(encoding="utf-8") == (golden / name).read_text(encoding="utf-8")


def test_the_rendered_pages_build_with_the_theme_and_no_plugin(tmp_path: Path):
    """`render --out` hands the pages to any builder: MkDocs with our theme alone (as the bench's 'MkDocs alone')
    builds them, the navigation shared per folder included (overrides/hooks.py installs it)."""
    import re
    import shutil

    from conftest import ENV
    for name in ("docs", "overrides"):
        shutil.copytree(REPO / name, tmp_path / name)
    assert run("render", "--out", str(tmp_path / "docs")).returncode == 0
    config = re.sub(r"plugins:\n(?:  .*\n|\n)*?(?=\S)", "plugins: []\n\n", (REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "site")], cwd=tmp_path,
                            capture_output=True, text=True, env=ENV)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "site/rapporter/index.html").is_file()


def test_help_describes_each_command():
    result = run("--help")
    assert result.returncode == 0
    assert "Kontrollera alla innehållsfiler" in result.stdout
    assert "Skriv webbplatsens sidor till en mapp" in result.stdout
    assert "Användning: python -m generator" in result.stdout


def test_render_publishes_no_draft(content: Path, tmp_path: Path):
    edit(content / "reports/jarva-studiefremjandet-2018-2024.yml", "title: ", "status: utkast\ntitle: ")
    result = run("--content", "content", "render", "--out", str(tmp_path / "md"), cwd=content.parent)
    assert result.returncode == 1
    assert result.stderr == (
        "Fel: 1 rapport är ett utkast och kan inte publiceras:\n"
        "  content/reports/jarva-studiefremjandet-2018-2024.yml: status: utkast; granska rapporten och ta bort "
        "raden när den är klar\n")
    assert not (tmp_path / "md").exists()


def test_a_wrong_command_line_is_told_in_swedish():
    assert run("import").stderr.splitlines()[-1] == "Fel: följande argument saknas: FIL"
    assert run("validate", "--strict=3").stderr.splitlines()[-1] == (
        "Fel: argumentet --strict: flaggan tar inget värde, men fick '3'")
    assert run("rendera").stderr.splitlines()[-1].startswith("Fel: argumentet KOMMANDO: okänt val: 'rendera' (välj bland")
