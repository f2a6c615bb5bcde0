"""Read one entry file: front matter with the line of every key, and the body.

Never raises on bad input: every failure becomes a Problem naming file and line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from .problems import Problem

try:  # the C loader is ~4x faster on front matter
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 4 * 1024 * 1024  # the longest real work is far below this
_HANDLER = frontmatter.YAMLHandler()


@dataclass
class RawEntry:
    """A file's front matter before validation."""

    path: str  # relative to the archive root, forward slashes
    data: dict[str, Any]
    lines: dict[str, int]  # key -> 1-based line in the file
    body: str
    body_line: int = 1  # where the body starts in the file
    problems: list[Problem] = field(default_factory=list)


def relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def decode(raw: bytes, rel: str) -> tuple[str | None, Problem | None]:
    """UTF-8 text without BOM and with \\n line ends, or a problem saying what to do."""
    if b"\x00" in raw[:8192]:
        return None, Problem(rel, 0, "", "this is not a text file; an entry is a UTF-8 Markdown file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        try:
            raw.decode("gb18030")
            hint = "it looks GBK/GB18030-encoded; save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8)"
        except UnicodeDecodeError:
            hint = "save it as UTF-8"
        return None, Problem(rel, line, "", f"the file is not valid UTF-8: {hint}")
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def read_entry_file(path: Path, root: Path) -> RawEntry:
    """Read and split one file. `root` is the archive root (the folder holding entries/)."""
    rel = relative(path, root)
    empty = RawEntry(rel, {}, {}, "")
    try:
        if path.is_symlink():
            target = path.resolve()
            entries = (root / "entries").resolve()
            if not target.is_relative_to(entries):
                empty.problems.append(
                    Problem(rel, 0, "", "is a link pointing outside entries/; replace it with the file itself")
                )
                return empty
        if path.is_dir():
            empty.problems.append(Problem(rel, 0, "", "is a folder, not a file; entries are .md files"))
            return empty
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            empty.problems.append(
                Problem(rel, 0, "", f"is {size // 1024} KB, over the {MAX_FILE_BYTES // 1024 // 1024} MB limit for one entry; put large material in attachments")
            )
            return empty
        raw = path.read_bytes()
    except OSError as e:
        empty.problems.append(Problem(rel, 0, "", f"cannot be read ({e.strerror or e}); check its permissions"))
        return empty
    text, problem = decode(raw, rel)
    if problem:
        empty.problems.append(problem)
        return empty
    assert text is not None
    return parse_entry_text(text, rel)


def parse_entry_text(text: str, rel: str) -> RawEntry:
    """Split front matter from body and read the YAML with the line of each key."""
    result = RawEntry(rel, {}, {}, text)
    if not text.strip():
        result.problems.append(Problem(rel, 1, "", "the file is empty; start it with front matter between two '---' lines"))
        return result
    if not _HANDLER.detect(text):
        result.problems.append(
            Problem(rel, 1, "", "has no front matter: the file must start with a line '---', the fields, and another '---'")
        )
        return result
    try:
        fm, body = _HANDLER.split(text)
    except ValueError:
        result.problems.append(
            Problem(rel, 1, "", "the front matter is not closed: add a line '---' after the last field")
        )
        return result
    # Line of the front matter's first line in the file (after the opening ---).
    start = text.find(fm) if fm else text.find("\n") + 1
    offset = text.count("\n", 0, max(start, 0))
    body_start = text.find(body, start + len(fm)) if body else len(text)
    result.body = body.strip("\n")
    result.body_line = text.count("\n", 0, max(body_start, 0)) + 1
    data, lines, problems = parse_front_matter(fm, rel, offset)
    result.data, result.lines = data, lines
    result.problems.extend(problems)
    return result


def parse_front_matter(fm: str, rel: str, offset: int) -> tuple[dict[str, Any], dict[str, int], list[Problem]]:
    """YAML mapping -> (values, key lines, problems). `offset` is the front matter's
    first line number minus one."""
    problems: list[Problem] = []
    if not fm.strip():
        return {}, {}, [Problem(rel, offset + 1, "", "the front matter is empty; add the fields between the '---' lines")]
    loader = _Loader(fm)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}, {}, [Problem(rel, offset + 1, "", "the front matter is empty")]
        if not isinstance(node, yaml.MappingNode):
            return {}, {}, [
                Problem(rel, offset + 1, "", "the front matter must be 'key: value' lines, one field per line")
            ]
        if ("*" in fm or "&" in fm) and _has_aliases(node):  # no alias without '*': skip the walk
            return {}, {}, [
                Problem(rel, offset + 1, "", "YAML anchors and aliases (& and *) are not allowed; write each value out")
            ]
        data: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + offset + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(rel, line, "", "a key must be a plain word such as 'title'"))
                continue
            key = key_node.value
            if key in lines:
                problems.append(
                    Problem(rel, line, key, f"is given twice (first on line {lines[key]}); keep one")
                )
                continue
            try:
                data[key] = loader.construct_object(value_node, deep=True)
            except yaml.YAMLError as e:
                problems.append(Problem(rel, line, key, f"cannot be read: {_yaml_reason(e)}"))
                continue
            lines[key] = line
        return data, lines, problems
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = (mark.line + offset + 1) if mark else offset + 1
        return {}, {}, [Problem(rel, line, "", f"the front matter is not valid YAML: {_yaml_reason(e)}")]
    except yaml.YAMLError as e:
        return {}, {}, [Problem(rel, offset + 1, "", f"the front matter is not valid YAML: {e}")]
    finally:
        loader.dispose()


def _yaml_reason(e: yaml.YAMLError) -> str:
    if isinstance(e, yaml.MarkedYAMLError):
        reason = e.problem or e.context or "unreadable"
        if "could not determine a constructor" in str(e):
            return "YAML tags such as !!python/object are not allowed; write plain text"
        return f"{reason} (if a value contains ': ' or starts with a quote or bracket, put it in quotes)"
    return str(e)


def _has_aliases(node: yaml.Node) -> bool:
    """True when a node is reached twice: YAML aliases (and so alias bombs)."""
    seen: set[int] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if id(n) in seen:
            return True
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack.extend((k, v))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return False


def find_entry_files(entries_dir: Path) -> list[Path]:
    """Every `*.md` below entries/, sorted, not following links to folders."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(entries_dir):
        dirnames.sort()
        for name in dirnames:
            if name.endswith(".md"):
                found.append(Path(dirpath) / name)  # reported as "is a folder"
        for name in sorted(filenames):
            if name.endswith(".md") and not name.startswith("."):
                found.append(Path(dirpath) / name)
    return sorted(found)
