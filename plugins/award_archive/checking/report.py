"""Problems as people and machines read them: plain text, JSON, GitHub annotations."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence

from award_archive.checking.problems import Problem
from award_archive.contract.characters import UNSAFE_IN_OUTPUT, escape_unsafe
from award_archive.contract.model import describe, label_of

FORMATS = ("text", "json", "github")


def as_text(problems: Sequence[Problem]) -> str:
    """`entries/x.md:7: category (参评项目): …`, one problem per line."""
    return "".join(f"{p}\n" for p in problems)


def as_json(problems: Sequence[Problem], checked: int) -> str:
    """One object: counts plus every problem with its parts, for scripts and editors."""
    items = [
        {
            "path": p.path,
            "line": p.line,
            "key": p.key,
            "label": label_of(p.key),
            "severity": p.severity.value,
            "message": p.message,
            "text": str(p),
        }
        for p in problems
    ]
    doc = {
        "checked": checked,
        "errors": sum(p.is_error for p in problems),
        "warnings": sum(not p.is_error for p in problems),
        "problems": items,
    }
    # json escapes C0 itself; C1, bidi controls, U+2028/9, U+FEFF and lone surrogates (a file
    # name that is not UTF-8) as \uXXXX too: the same strings, nothing raw on a terminal.
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    return UNSAFE_IN_OUTPUT.sub(_json_escape, text) + "\n"


def _json_escape(m: re.Match[str]) -> str:
    char = m.group()
    return char if char == "\n" else f"\\u{ord(char):04x}"  # "\n": the layout, not in a string


def _escape_data(text: str) -> str:
    # GitHub's workflow-command encoding: these would end or split the command. The other
    # control characters (ESC from a file name would drive the log viewer) shown escaped.
    return escape_unsafe(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(problems: Sequence[Problem]) -> str:
    """`::error file=entries/x.md,line=7,title=category (参评项目)::…`: GitHub Actions shows
    each one on the pull request's diff, at that line."""
    out = []
    for p in problems:
        level = "error" if p.is_error else "notice" if p.severity == "note" else "warning"
        props = [f"file={_escape_property(p.path)}"]
        if p.line:
            props.append(f"line={p.line}")
        title = describe(p.key) if p.key else "entry"
        props.append(f"title={_escape_property(title)}")
        out.append(f"::{level} {','.join(props)}::{_escape_data(p.message)}\n")
    return "".join(out)


def render(problems: Sequence[Problem], fmt: str, checked: int) -> str:
    formatters: dict[str, Callable[[], str]] = {
        "text": lambda: as_text(problems),
        "json": lambda: as_json(problems, checked),
        "github": lambda: as_github(problems),
    }
    return formatters[fmt]()


def summary(problems: Sequence[Problem], checked: int) -> str:
    """One closing line for people: `2 errors and 1 warning in 2 files (12 entries checked)`."""
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if not problems:
        return f"{checked} {'entry' if checked == 1 else 'entries'} checked: no problems"
    files = len({p.path for p in problems})
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return f"{' and '.join(parts)} in {files} file{'s' if files != 1 else ''} ({checked} checked)"
