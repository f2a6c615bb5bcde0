"""The JSON Schema: generated from the model, shipped, and judging entries like the validator."""

from __future__ import annotations

import json

import jsonschema
import pytest
from cli_helpers import awards
from golden_support import golden_cases

from award_archive.checking.read import find_entry_files, parse_entry_text, read_entry_file
from award_archive.config import read_config
from award_archive.contract.model import FIELDS
from award_archive.formats.schema import SCHEMA_PATH, as_json_data, entry_schema, schema_text
from conftest import REPO

GOLDEN_CASES = {case.name: case for case in golden_cases("entries")}
# Cases the schema cannot judge: not YAML at all, rules across entries, warnings only.
NOT_FOR_THE_SCHEMA = {
    "no-front-matter",
    "not-utf8",
    "yaml-error",
    "duplicate-id",
    "short-evaluation",
    "clean",
    "clean-edition-as-text",
    # from the former problems/ set: beyond a schema (a path leaving the
    # folder, a 13th month, a key twice, front matter never closed)
    "attachment-outside",
    "bad-date-month",
    "duplicate-key",
    "not-closed",
}


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads((REPO / SCHEMA_PATH).read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_shipped_schema_is_the_generated_one():
    assert (REPO / SCHEMA_PATH).read_text(encoding="utf-8") == schema_text(
        read_config(REPO).rules
    ), "run: awards schema -o schema/entry.schema.json"


def test_awards_schema_prints_it(tmp_path):
    result = awards("schema", cwd=REPO)
    assert result.returncode == 0
    assert json.loads(result.stdout) == entry_schema(read_config(REPO).rules)


def test_schema_covers_every_field_with_its_label():
    props = entry_schema()["properties"]
    for f in FIELDS:
        assert props[f.key]["title"] == f.label
    assert entry_schema()["required"] == [f.key for f in FIELDS if f.required]


def test_every_shipped_entry_passes(validator):
    files = find_entry_files(REPO / "entries")
    assert files
    for path in files:
        raw = read_entry_file(path, REPO)
        errors = [e.message for e in validator.iter_errors(as_json_data(raw.data))]
        assert not errors, (raw.path, errors)


def test_a_new_entry_passes(validator, archive_factory):
    root = archive_factory(copy_entries=False)
    result = awards(
        "new",
        "--title",
        "标题",
        "--award",
        "某奖",
        "--edition",
        "3",
        "--category",
        "消息",
        "--authors",
        "张三",
        "--outlet",
        "某报",
        "--published",
        "2024-05-06",
        cwd=root,
    )
    raw = read_entry_file(root / result.stdout.strip(), root)
    assert list(validator.iter_errors(as_json_data(raw.data))) == []


def golden_entry(case: str):
    return parse_entry_text(GOLDEN_CASES[case].input.decode("utf-8"), f"entries/{case}.md")


@pytest.mark.parametrize("case", sorted(set(GOLDEN_CASES) - NOT_FOR_THE_SCHEMA))
def test_broken_entries_are_rejected(validator, case):
    raw = golden_entry(case)
    assert not raw.problems
    assert list(validator.iter_errors(as_json_data(raw.data))), case


def test_clean_golden_entry_passes(validator):
    raw = golden_entry("clean")
    assert list(validator.iter_errors(as_json_data(raw.data))) == []
