"""The install is locked: requirements.lock pins every Python package, and it agrees with pyproject.toml.

`make site` and `make test` install exactly the lock (with hashes); a change to pyproject.toml's
dependencies that is not followed by `make lock` fails here, saying so.
"""
from __future__ import annotations

import re
import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import REPO

REFRESH = "run `make lock` and commit requirements.lock with pyproject.toml"


def locked() -> dict[str, tuple[str, str]]:
    """Every pinned package: name -> (version, its block in the lock)."""
    text = (REPO / "requirements.lock").read_text(encoding="utf-8")
    pins: dict[str, tuple[str, str]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        found = re.match(r"([A-Za-z0-9._-]+)==([^\s\\]+)", block)
        if found:
            pins[canonicalize_name(found[1])] = (found[2], block)
    return pins


def wanted() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    lines = [*project["project"]["dependencies"], *project["project"]["optional-dependencies"]["test"],
             *project["build-system"]["requires"]]
    return [Requirement(line) for line in lines]


def test_every_requirement_of_pyproject_is_locked_at_a_version_it_allows():
    pins = locked()
    problems = []
    for requirement in wanted():
        name = canonicalize_name(requirement.name)
        if name not in pins:
            problems.append(f"{requirement} is not in requirements.lock")
        elif not requirement.specifier.contains(pins[name][0], prereleases=True):
            problems.append(f"{requirement} does not allow the locked {name}=={pins[name][0]}")
    assert problems == [], "; ".join(problems) + f": {REFRESH}"


def test_nothing_is_locked_for_a_requirement_pyproject_no_longer_has():
    direct = {canonicalize_name(r.name) for r in wanted()}
    stale = [name for name, (_, block) in locked().items()
             if "(pyproject.toml)" in block and name not in direct]
    assert stale == [], f"requirements.lock still pins {', '.join(stale)} for pyproject.toml: {REFRESH}"


def test_every_pin_carries_hashes():
    unhashed = [name for name, (_, block) in locked().items() if "--hash=sha256:" not in block]
    assert unhashed == []


def test_the_environment_holds_exactly_the_locked_versions():
    # What `make test` installed: a package at another version means the install did not follow the lock.
    differ = []
    for name, (version, _) in locked().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # a build tool the install did not need (wheels were available)
        if installed != version:
            differ.append(f"{name} {installed} (locked {version})")
    assert differ == [], "installed versions differ from requirements.lock: " + ", ".join(differ) + \
        "; run `make clean` and `make test` to install the lock"
