"""Entries back to text: front matter in the contract's order, written atomically.

Used by the scaffold (`awards new`) and the importer, so every written entry looks
the same and re-reads to the same values.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from award_archive.contract.files import write_atomic
from award_archive.contract.model import FIELDS, FIELDS_BY_KEY, Kind

# Ideographs with ASCII letters, digits and CJK punctuation, at least one ideograph: YAML
# writes such a string plain, as it is (no quote, no escape; never read back as a number,
# date or boolean, whose patterns are ASCII only), so the emitter, a tenth of a millisecond
# a call and most of a 1,000-work list's import, is skipped for the common case. A test
# holds it to what YAML writes.
_PLAIN = re.compile(
    r"(?=.*[\u4e00-\u9fff])"
    r"[\u4e00-\u9fff0-9A-Za-z\u3001-\u3011\uff08\uff09\uff0c\uff1a\uff1b\u00b7]+"
)


def _scalar(value: Any) -> str:
    if isinstance(value, str) and _PLAIN.fullmatch(value):
        return value
    if (
        isinstance(value, list)
        and value
        and all(isinstance(v, str) and _PLAIN.fullmatch(v) for v in value)
    ):
        return "[" + ", ".join(value) + "]"
    return _dumped(value)


def _dumped(value: Any) -> str:
    dumped = yaml.safe_dump(value, allow_unicode=True, width=10**9, default_flow_style=True)
    # Drop only the document end marker and line ends: str.strip() would also eat a
    # leading no-break space, and a value may itself end in "...".
    dumped = dumped.removesuffix("\n...\n")
    return dumped.rstrip("\n")


def render_front_matter(
    values: dict[str, Any],
    *,
    all_keys: bool = False,
    comments: bool = False,
    keep_empty: tuple[str, ...] = (),
) -> str:
    """YAML lines for `values` in the form's order. With `all_keys`, every key of the
    contract is present (empty ones as `key:`); with `comments`, each line carries its
    Chinese label so contributors know what to write. Keys in `keep_empty` are written even
    when empty, so a person sees what is left to fill in."""
    lines: list[str] = []
    for f in FIELDS:
        present = f.key in values and values[f.key] not in (None, "", [])
        if not present and not all_keys and f.key not in keep_empty:
            continue
        value = values.get(f.key)
        if not present:
            text = "[]" if f.kind in (Kind.NAMES, Kind.PATHS) and f.key != "authors" else ""
        elif f.kind in (Kind.NAMES, Kind.PATHS):
            items = value if isinstance(value, list) else [value]
            # Dumped as one flow list: an item like `0{` or `a, b` gets quoted there.
            text = _scalar([str(i) for i in items])
        else:
            text = _scalar(value)
        line = f"{f.key}: {text}".rstrip()
        if comments:
            note = f.label + ("（必填）" if f.required else "") + (f"：{f.help}" if f.help else "")
            line = f"{line}  # {note}"
        lines.append(line)
    for key, value in values.items():
        if key not in FIELDS_BY_KEY and value not in (None, "", []):
            lines.append(f"{key}: {_scalar(value)}")
    return "\n".join(lines) + "\n"


def render_entry(values: dict[str, Any], body: str, **options: Any) -> str:
    text = "---\n" + render_front_matter(values, **options) + "---\n"
    if body.strip():
        text += "\n" + body.strip("\n") + "\n"
    return text


__all__ = ["render_entry", "render_front_matter", "write_atomic"]
