"""Golden forms: tests/golden/import/<case>.yml, one file per case: `form` (the file name the
importer sees: its suffix picks the reader), `input` (the form) and what it must give. A form
that must stay byte for byte (tabs) sits beside its yml as <case>.txt, without `input`.

A case's yml says `expect: seed` when the form is the real one re-laid in another shape:
every field and the body must then equal the hand-converted seed entry, except the
`fields` it lists, the keys in `absent` (not imported) and `needs` (left for a person).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from golden_support import golden_form

from award_archive.authoring.importer import Options, import_form
from award_archive.checking.read import parse_entry_text, read_entry_file
from award_archive.checking.validate import Rules, validate_entry
from conftest import SEED_ENTRY

GOLDEN = Path(__file__).parent / "golden" / "import"
CASES = sorted(p.stem for p in GOLDEN.glob("*.yml"))


def _seed() -> tuple[dict, str]:
    raw = read_entry_file(SEED_ENTRY, SEED_ENTRY.parent.parent)
    data = dict(raw.data)
    data.pop("id")
    return data, raw.body


@pytest.mark.parametrize("case", CASES)
def test_golden_form(case: str, tmp_path: Path):
    spec = yaml.safe_load((GOLDEN / f"{case}.yml").read_text(encoding="utf-8"))
    args = spec.get("args", {})
    outcome = import_form(
        golden_form(case),
        Options(award=args.get("award"), edition=args.get("edition")),
        out_dir=tmp_path / "entries",
    )
    assert not outcome.failed, outcome.failed
    raw = parse_entry_text(outcome.text, f"entries/{outcome.entry_id}.md")
    data = {k: v for k, v in raw.data.items() if k != "id" and v not in (None, "", [])}
    if spec.get("expect") == "seed":
        expected, body = _seed()
    else:
        expected, body = {}, spec.get("body")
    expected.update(spec.get("fields") or {})
    for key in spec.get("absent", []) + spec.get("needs", []):
        expected.pop(key, None)
    assert data == expected
    if body is not None:
        if spec.get("body_contains"):
            for piece in spec["body_contains"]:
                assert piece in raw.body
        else:
            assert raw.body == body
    for key in spec.get("needs", []):
        assert key in raw.data and raw.data[key] in (None, "", [])  # present, empty: fill it in
    needs = sorted({p.key for p in outcome.needs})
    assert needs == sorted(spec.get("needs", []))
    entry, problems = validate_entry(raw, Rules())
    assert (entry is not None) == (not spec.get("needs"))
    warnings = "\n".join(outcome.warnings)
    for expected_warning in spec.get("warnings", []):
        assert expected_warning in warnings
    if not spec.get("warnings") and not spec.get("allow_warnings"):
        assert outcome.warnings == []
