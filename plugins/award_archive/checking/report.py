"""Problems as people and machines read them: plain text, JSON, GitHub annotations."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence

from award_archive.checking.problems import Problem
from award_archive.contract.characters import UNSAFE_IN_OUTPUT, escape_unsafe
from award_archive.contract.i18n import _, ngettext
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
    """`::error file=entries/x.md,line=7,title=category（参评项目）::…`: GitHub Actions shows
    each one on the pull request's diff, at that line."""
    out = []
    for p in problems:
        level = "error" if p.is_error else "notice" if p.severity == "note" else "warning"
        props = [f"file={_escape_property(p.path)}"]
        if p.line:
            props.append(f"line={p.line}")
        title = describe(p.key) if p.key else _("entry")
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
    """One closing line for people: `2 个文件中有 2 个错误、1 个警告（共检查 12 个条目）`."""
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if not problems:
        return ngettext(
            "{n} entry checked: no problems", "{n} entries checked: no problems", checked
        ).format(n=checked)
    files = len({p.path for p in problems})
    parts = []
    if errors:
        parts.append(ngettext("{n} error", "{n} errors", errors).format(n=errors))
    if warnings:
        parts.append(ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings))
    found = (
        parts[0]
        if len(parts) == 1
        else _("{errors} and {warnings}").format(errors=parts[0], warnings=parts[1])
    )
    return ngettext(
        "{found} in {n} file ({checked} checked)", "{found} in {n} files ({checked} checked)", files
    ).format(found=found, n=files, checked=checked)
