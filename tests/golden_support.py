"""Golden cases: one file per case, holding its input and what it must give.

A case is tests/golden/<folder>/<case>.yml: `entry` (the input text) and one block per
expected output (`text`, `json`, `github`, `problems`, ...). An input that must stay byte for
byte (not UTF-8, CRLF) sits beside it as <case>.md and the yml holds only expectations.
UPDATE_GOLDEN=1 makes `check_golden` rewrite the expectations instead of comparing them;
review the diff before committing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

GOLDEN = Path(__file__).parent / "golden"


@dataclass(frozen=True)
class GoldenCase:
    name: str
    file: Path  # the case's yml
    input: bytes  # the entry as it is written to disk
    expected: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.name


def golden_cases(folder: str) -> list[GoldenCase]:
    """The cases of tests/golden/<folder>/, sorted by name."""
    return [_read_case(path) for path in sorted((GOLDEN / folder).glob("*.yml"))]


def _read_case(path: Path) -> GoldenCase:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    side_by_side = path.with_suffix(".md")
    raw = side_by_side.read_bytes() if side_by_side.exists() else data.pop("entry").encode("utf-8")
    return GoldenCase(path.stem, path, raw, {k: str(v) for k, v in data.items()})


def updating() -> bool:
    return bool(os.environ.get("UPDATE_GOLDEN"))


def check_golden(case: GoldenCase, section: str, actual: str) -> None:
    """`actual` must equal the case's `section`; with UPDATE_GOLDEN=1 it becomes it."""
    if updating():
        _rewrite_section(case.file, section, actual)
        case.expected[section] = actual
    assert actual == case.expected.get(section), f"{case.name}: {section}"


def check_golden_file(path: Path, actual: str) -> None:
    """For expectations kept in their own file beside a byte-exact input."""
    if updating():
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), path.name


def _rewrite_section(path: Path, section: str, text: str) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    data[section] = text
    path.write_text(dump_case(data), encoding="utf-8")


class _BlockDumper(yaml.SafeDumper):
    """Multi-line text as `|` blocks, so a case file reads like the files it stands for."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _text)


def dump_case(data: dict[str, str]) -> str:
    return yaml.dump(data, Dumper=_BlockDumper, allow_unicode=True, sort_keys=False, width=1000)


IMPORT_GOLDEN = GOLDEN / "import"
_FORMS_DIR: list[Path] = []  # made once per test process, removed at its exit


def golden_form(case: str) -> Path:
    """The form of import case `case` as a file the importer can open: its `input` written
    under the name its `form` gives (the suffix picks the reader), or the byte-exact file
    beside the case's yml (tabs)."""
    spec = yaml.safe_load((IMPORT_GOLDEN / f"{case}.yml").read_text(encoding="utf-8"))
    if "input" not in spec:
        return next(p for p in IMPORT_GOLDEN.glob(f"{case}.*") if p.suffix != ".yml")
    if not _FORMS_DIR:
        import atexit
        import shutil
        import tempfile

        _FORMS_DIR.append(Path(tempfile.mkdtemp(prefix="golden-forms-")))
        atexit.register(shutil.rmtree, _FORMS_DIR[0], True)
    path = _FORMS_DIR[0] / spec["form"]
    if not path.exists():
        path.write_text(spec["input"], encoding="utf-8")
    return path
