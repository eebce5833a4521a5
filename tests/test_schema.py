"""The JSON Schema for editors: derived from the schema, committed, and in agreement with the validator."""
import json
import os
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.content.reference import json_schemas

from conftest import CONTENT, REPO

SCHEMA = REPO / "schema"
GENERATED = json_schemas()


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_committed_schema_files_are_the_generated_ones(name: str):
    if os.environ.get("UPDATE_GOLDEN") == "1":
        (SCHEMA / name).write_text(GENERATED[name], encoding="utf-8")
    assert (SCHEMA / name).read_text(encoding="utf-8") == GENERATED[name], "run `make golden`"


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads(GENERATED[name])
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def as_json(path: Path) -> object:
    # Editors read YAML 1.2, where dates stay text: load them as text too.
    loader = type("TextDates", (yaml.SafeLoader,), {})
    loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
                                      for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


@pytest.mark.parametrize("path", sorted((CONTENT / "reports").glob("*.yml")), ids=lambda p: p.name)
def test_shipped_reports_are_valid_for_editors(path: Path):
    assert list(validator("report.schema.json").iter_errors(as_json(path))) == []


def test_shipped_districts_and_organisations_are_valid_for_editors():
    assert list(validator("districts.schema.json").iter_errors(as_json(CONTENT / "districts.yml"))) == []
    assert list(validator("organisations.schema.json").iter_errors(as_json(CONTENT / "organisations.yml"))) == []


def test_an_editor_flags_a_typo_a_wrong_value_and_a_missing_field(tmp_path: Path):
    report = as_json(CONTENT / "reports/enskede-arsta-vantor-dromstort-2022-2024.yml")
    report["orgnaisation"] = report.pop("organisation")
    report["next_step"] = "slut"
    report["agreements"][0]["end"] = "snart"
    found = sorted(error.message for error in validator("report.schema.json").iter_errors(report))
    assert found == [
        "'organisation' is a required property",
        "'slut' is not one of ['renegotiation', 'extension', 'new_agreement', 'ended', None]",
        "'snart' does not match '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'",
        "'snart' is not a 'date'",
        "Additional properties are not allowed ('orgnaisation' was unexpected)",
    ]
