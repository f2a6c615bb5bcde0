"""Score the winner-list reader on real lists: `python benchmarks/list_score.py DIR`.

Every DIR/<name>.txt is read as a list (the importer's own reader, the same path as
`awards import --as list`) and compared with DIR/<name>.yml: a work is found when a read
work has the same normalised title (NFKC, spaces and 《》 removed); each field the .yml
gives a found work (its own, or the list's for every work) is right when equal after the
same normalisation (lists element by element). Prints per file and total % of works found
and % of their fields right; `--by-key` adds, per field key, how many were expected and right
(a work not found counts every one of its fields as missed)."""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from award_archive.authoring.importer.files import rows_as_text
from award_archive.authoring.importer.lists import parse_list, work_values
from award_archive.authoring.importer.source import read_form


def norm(value: Any) -> Any:
    if isinstance(value, list):
        return [norm(v) for v in value]
    text = unicodedata.normalize("NFKC", str(value))
    return "".join(text.split()).replace("《", "").replace("》", "")


def score_file(txt: Path, by_key: Counter[str] | None = None) -> tuple[int, int, int, int]:
    """(works expected, works found, fields expected, fields right); with `by_key`, counts
    `<key>` expected and `<key>+` right there."""
    expected = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8"))
    top = {k: v for k, v in expected.items() if k != "works"}
    result = parse_list(rows_as_text(read_form(txt).rows))  # as `awards import` reads it
    read = [work_values(result, w) for w in result.works]
    used: set[int] = set()
    found = fields = right = 0
    for want in expected["works"]:
        want = {**top, **want}
        fields += len(want)
        if by_key is not None:
            by_key.update(want.keys())
        title = norm(want["title"])
        hit = next(
            (i for i, w in enumerate(read) if i not in used and norm(w.get("title", "")) == title),
            None,
        )
        if hit is None:
            continue
        used.add(hit)
        found += 1
        got = read[hit]
        hits = [k for k, v in want.items() if k in got and norm(got[k]) == norm(v)]
        right += len(hits)
        if by_key is not None:
            by_key.update(k + "+" for k in hits)
    return len(expected["works"]), found, fields, right


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "--by-key"]
    by_key: Counter[str] | None = Counter() if "--by-key" in argv else None
    folder = Path(args[0] if args else "tests/golden/real/tuning/lists")
    totals = [0, 0, 0, 0]
    for txt in sorted(folder.glob("*.txt")):
        counts = score_file(txt, by_key)
        totals = [a + b for a, b in zip(totals, counts, strict=False)]
        works, found, fields, right = counts
        print(
            f"{txt.stem:40} works {found:3}/{works:<3} fields {right:3}/{fields:<3}"
            f" {100 * right / max(fields, 1):5.1f}%"
        )
    works, found, fields, right = totals
    print(
        f"{'TOTAL':40} works {100 * found / max(works, 1):5.1f}%  fields "
        f"{100 * right / max(fields, 1):5.1f}%"
    )
    if by_key is not None:
        for key in sorted((k for k in by_key if not k.endswith("+")), key=lambda k: -by_key[k]):
            want, got = by_key[key], by_key[key + "+"]
            print(f"  {key:14} {got:5}/{want:<5} {100 * got / want:5.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
