"""What goes live: the CI templates pass their format's linter, and the server files agree with the build.

check-jsonschema carries GitHub's and GitLab's own schemas for these files
and checks them offline. The nginx configuration itself is started and used
in test_server.py.
"""
from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO

CI = REPO / "deploy/ci"
SCHEMAS = {"github-pages.yml": "vendor.github-workflows", "gitlab-pages.yml": "vendor.gitlab-ci"}


def lint(path: Path, schema: str) -> subprocess.CompletedProcess[str]:
    checker = Path(sys.executable).with_name("check-jsonschema")
    return subprocess.run([str(checker), "--builtin-schema", schema, str(path)], capture_output=True, text=True)


@pytest.mark.parametrize("name", SCHEMAS)
def test_each_ci_template_passes_its_formats_linter(name: str):
    result = lint(CI / name, SCHEMAS[name])
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", SCHEMAS)
def test_the_linter_would_catch_a_mistake(tmp_path: Path, name: str):
    broken = tmp_path / name
    text = (CI / name).read_text(encoding="utf-8")
    broken.write_text(text.replace("runs-on:", "runs_on:").replace("stage: deploy", "stages: deploy"), encoding="utf-8")
    assert lint(broken, SCHEMAS[name]).returncode != 0


def test_github_runs_the_readmes_two_commands_with_the_whole_history_and_publishes_site_from_main():
    workflow = yaml.safe_load((CI / "github-pages.yml").read_text(encoding="utf-8"))
    build = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run") for step in build]
    assert "make test" in runs and "make site" in runs and runs.index("make test") < runs.index("make site")
    checkout = next(step for step in build if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    upload = next(step for step in build if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site/"
    deploy = workflow["jobs"]["deploy"]
    assert "refs/heads/main" in deploy["if"] and deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_gitlab_runs_the_readmes_two_commands_with_the_whole_history_and_publishes_site_from_the_default_branch():
    pipeline = yaml.safe_load((CI / "gitlab-pages.yml").read_text(encoding="utf-8"))
    assert pipeline["variables"]["GIT_DEPTH"] == "0"
    assert pipeline["test"]["script"] == ["make test"]
    assert pipeline["pages"]["script"] == ["make site"] and pipeline["pages"]["pages"]["publish"] == "site"
    assert pipeline["stages"].index("test") < pipeline["stages"].index("deploy")
    assert "CI_DEFAULT_BRANCH" in pipeline["pages"]["rules"][0]["if"]


def test_the_server_files_agree_with_each_other_and_with_the_pages(site: Path):
    """The policy nginx, Apache and the static hosts send is the same, and allows every inline script."""
    nginx = (site / ".server/nginx.conf").read_text(encoding="utf-8")
    headers = (site / "_headers").read_text(encoding="utf-8")
    apache = (site / ".server/apache.conf").read_text(encoding="utf-8")
    policy = next(line for line in nginx.splitlines() if "Content-Security-Policy" in line).split('"')[1]
    assert f"  Content-Security-Policy: {policy}\n" in headers
    assert f'Header always set Content-Security-Policy "{policy}"' in apache
    for page in site.rglob("*.html"):
        for attributes, body in re.findall(r"<script\b([^>]*)>(.*?)</script>", page.read_text(encoding="utf-8"), re.S):
            if "src=" in attributes or "type=" in attributes and "javascript" not in attributes:
                continue
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in policy, page
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        assert len(line) <= 2000  # Cloudflare Pages' limit for a line


def test_the_shipped_nginx_configuration_names_only_what_exists():
    site_conf = (REPO / "deploy/nginx/site.conf").read_text(encoding="utf-8")
    for needed in ("gzip_static on;", "gzip_proxied any;", "brotli_static on;", "error_page 404 /404.html;",
                   "include @SITE@/.server/nginx.conf;", "location ^~ /.server/"):
        assert needed in site_conf
    main = (REPO / "deploy/nginx/iop-rapporter.conf").read_text(encoding="utf-8")
    assert "include /etc/nginx/iop-rapporter/maps.conf;" in main and "include /etc/nginx/iop-rapporter/site.conf;" in main
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for told in ("deploy/nginx/", "deploy/ci/github-pages.yml", "deploy/ci/gitlab-pages.yml", "site_url", "@SITE@",
                 "_headers"):
        assert told in readme, told
