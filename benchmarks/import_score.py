"""Score the form importer on real forms: `python benchmarks/import_score.py [DIR]`.

Every `<name>.txt` in DIR (default: tests/golden/real/tuning/forms) is imported with the core
function and compared, field by field, with `<name>.yml` (what a careful reader takes from the
form). The fields in the .yml are the denominator; a field right counts one, a field the import
gives that the .yml does not have (an extra, wrong field) takes one off. Values compare with
whitespace normalised; a list must equal the list.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from award_archive.authoring.importer import Options, import_form

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "golden" / "real" / "tuning" / "forms"


@dataclass
class FormScore:
    name: str
    total: int
    right: int
    misses: list[str] = field(default_factory=list)

    @property
    def score(self) -> int:
        return max(0, self.right - sum(1 for m in self.misses if m.startswith("extra ")))


def _norm(value: Any) -> Any:
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if value is None:
        return ""
    return " ".join(str(value).split())


def _empty(value: Any) -> bool:
    return value in (None, "", [])


def score_form(txt: Path, out_dir: Path) -> FormScore:
    expected = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8")) or {}
    outcome = import_form(txt, Options(), out_dir=out_dir)
    got = {k: v for k, v in outcome.values.items() if k != "id" and not _empty(v)}
    result = FormScore(txt.stem, len(expected), 0)
    for key, want in expected.items():
        have = got.get(key)
        if _norm(have) == _norm(want):
            result.right += 1
        else:
            result.misses.append(f"{key}: want {_norm(want)!r:.80} got {_norm(have)!r:.80}")
    for key in sorted(set(got) - set(expected)):
        result.misses.append(f"extra {key}: {_norm(got[key])!r:.80}")
    return result


def score_dir(folder: Path) -> list[FormScore]:
    with tempfile.TemporaryDirectory() as tmp:
        return [score_form(txt, Path(tmp) / "entries") for txt in sorted(folder.glob("*.txt"))]


def total_percent(scores: list[FormScore]) -> float:
    total = sum(s.total for s in scores)
    return 100.0 * sum(s.score for s in scores) / total if total else 0.0


def main(argv: list[str]) -> int:
    folders = [a for a in argv if not a.startswith("-")]
    folder = Path(folders[0]) if folders else DEFAULT
    verbose = "-v" in argv
    scores = score_dir(folder)
    for s in scores:
        pct = 100.0 * s.score / s.total if s.total else 0.0
        print(f"{pct:6.1f}%  {s.score:3}/{s.total:<3} {s.name}")
        if verbose:
            for miss in s.misses:
                print(f"           {miss}")
    print(
        f"{total_percent(scores):6.1f}%  total over {len(scores)} forms "
        f"({sum(s.score for s in scores)}/{sum(s.total for s in scores)} fields)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
