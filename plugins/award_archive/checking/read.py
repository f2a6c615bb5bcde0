"""Read one entry file: front matter with the line of every key, and the body.

Never raises on bad input: every failure becomes a Problem naming file and line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from award_archive.checking.problems import Problem, Severity
from award_archive.contract.i18n import N_, _, os_reason
from award_archive.contract.model import FIELDS, Kind

try:  # the C loader is ~4x faster on front matter
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 4 * 1024 * 1024  # the longest real work is far below this
_HANDLER = frontmatter.YAMLHandler()
# Keys holding text: an unquoted `title: 2024`, `published: 2022.6` or `title: 2023-06-08`
# is kept as written instead of turning into a number or a date (names in a list too).
_TEXT_KINDS = (Kind.STRING, Kind.TEXT, Kind.SLUG, Kind.DATE, Kind.URL, Kind.NAMES, Kind.PATHS)
_AS_WRITTEN = {f.key for f in FIELDS if f.kind in _TEXT_KINDS}
# Keys holding numbers: only plain decimal becomes a number. YAML 1.1 reads `010` as 8,
# `0x10` as 16, `10_0` as 100 and `1:30` as 90; those stay text, for the validator to
# refuse (or, for a length, to read `1:30` as a duration).
_DECIMAL_ONLY = {f.key for f in FIELDS if f.kind in (Kind.INTEGER, Kind.LENGTH)}
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)")
_INT_TAG = "tag:yaml.org,2002:int"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_RESOLVED_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("int", "float", "bool", "timestamp")}
_FENCE = re.compile(r"^-{3,}\s*$", re.MULTILINE)  # the front matter's fence, as frontmatter splits


# The hint `awards new` writes where the work's text goes.
BODY_HINT = "<!-- 在此粘贴作品正文（标题下方）。这一行注释不会出现在网站上。 -->"


def strip_body_hint(body: str) -> str:
    """The body without the hint line: the site shows raw HTML as text, so the loader
    drops this one comment to keep its promise (on entries written before, too)."""
    if BODY_HINT not in body:
        return body
    return "".join(line for line in body.splitlines(keepends=True) if line.strip() != BODY_HINT)


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
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode"
        return None, Problem(
            rel,
            0,
            "",
            _("the file is UTF-16 encoded; save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8)"),
        )
    if b"\x00" in raw[:8192]:
        return None, Problem(
            rel, 0, "", _("this is not a text file; an entry is a UTF-8 Markdown file")
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        try:
            raw.decode("gb18030")
            hint = _(
                "it looks GBK/GB18030-encoded; save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8)"
            )
        except UnicodeDecodeError:
            hint = _("save it as UTF-8")
        return None, Problem(
            rel, line, "", _("the file is not valid UTF-8: {hint}").format(hint=hint)
        )
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def _fail(result: RawEntry, line: int, message: str) -> RawEntry:
    """`result` with one more problem: the file is refused at this step."""
    result.problems.append(Problem(result.path, line, "", message))
    return result


def read_entry_file(path: Path, root: Path, entries_dir: str = "entries") -> RawEntry:
    """Read and split one file. `root` is the archive root, `entries_dir` the entries
    folder in it (the plugin's `entries_dir`)."""
    empty = RawEntry(relative(path, root), {}, {}, "")
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to((root / entries_dir).resolve()):
                message = _(
                    "is a link pointing outside {folder}/; replace it with the file itself"
                ).format(folder=entries_dir)
                return _fail(empty, 0, message)
        if path.is_symlink() and not path.exists():
            return _fail(empty, 0, _("is a link to a file that does not exist; delete it"))
        if path.is_dir():
            return _fail(empty, 0, _("is a folder, not a file; entries are .md files"))
        if not path.is_file():  # a pipe or a device: reading it could wait for ever
            return _fail(empty, 0, _("is not a regular file; entries are .md files"))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            too_large = _(
                "is {size} KB, over the {limit} MB limit for one entry; "
                "put large material in attachments"
            )
            limit = MAX_FILE_BYTES // 1024 // 1024
            return _fail(empty, 0, too_large.format(size=size // 1024, limit=limit))
        raw = path.read_bytes()
    except OSError as e:
        unreadable = _("cannot be read ({reason}); check its permissions")
        return _fail(empty, 0, unreadable.format(reason=os_reason(e)))
    text, problem = decode(raw, empty.path)
    if problem:
        empty.problems.append(problem)
        return empty
    assert text is not None
    return parse_entry_text(text, empty.path)


def parse_entry_text(text: str, rel: str) -> RawEntry:
    """Split front matter from body and read the YAML with the line of each key."""
    result = RawEntry(rel, {}, {}, text)
    if not text.strip():
        return _fail(
            result, 1, _("the file is empty; start it with front matter between two '---' lines")
        )
    if not _HANDLER.detect(text):
        if text.lstrip().startswith("---"):
            line = text.count("\n", 0, len(text) - len(text.lstrip())) + 1
            message = _(
                "the front matter must start on the file's first line: "
                "delete the blank lines before '---'"
            )
            return _fail(result, line, message)
        message = _(
            "has no front matter: the file must start with a line '---', "
            "the fields, and another '---'"
        )
        return _fail(result, 1, message)
    try:
        fm, body = _HANDLER.split(text)
    except ValueError:
        return _fail(
            result, 1, _("the front matter is not closed: add a line '---' after the last field")
        )
    # Line of the front matter's first line in the file (after the opening ---).
    start = text.find(fm) if fm else text.find("\n") + 1
    offset = text.count("\n", 0, max(start, 0))
    body_start = text.find(body, start + len(fm)) if body else len(text)
    result.body = body.strip("\n")
    blank = len(body) - len(body.lstrip("\n"))  # stripped above: the body starts below them
    result.body_line = text.count("\n", 0, max(body_start, 0) + blank) + 1
    data, lines, problems = parse_front_matter(fm, rel, offset)
    if problems and not data:
        problems = _dashes_problem(text[max(start, 0) :], rel, offset) or problems
    result.data, result.lines = data, lines
    result.problems.extend(problems)
    return result


def _dashes_problem(front: str, rel: str, offset: int) -> list[Problem] | None:
    """A quoted value holding a line '---' cuts the front matter short: say so instead."""
    cut = _dashes_in_quote(front)
    if cut is None:
        return None
    opened, dashes = (n + offset + 1 for n in cut)
    message = _(
        "the quoted value that starts here holds the line '---' (line {line}), which "
        "ends the front matter; write the value without a line of only dashes "
        "(use —— or put it on one line)"
    ).format(line=dashes)
    return [Problem(rel, opened, "", message)]


Parsed = tuple[dict[str, Any], dict[str, int], list[Problem]]


def _refused(rel: str, line: int, message: str) -> Parsed:
    """Nothing read, one problem."""
    return {}, {}, [Problem(rel, line, "", message)]


def parse_front_matter(fm: str, rel: str, offset: int) -> Parsed:
    """YAML mapping -> (values, key lines, problems). `offset` is the front matter's
    first line number minus one."""
    if not fm.strip():
        return _refused(
            rel, offset + 1, _("the front matter is empty; add the fields between the '---' lines")
        )
    loader = _Loader(fm)
    try:
        node = loader.get_single_node()
        if node is None:
            return _refused(rel, offset + 1, _("the front matter is empty"))
        if not isinstance(node, yaml.MappingNode):
            return _refused(
                rel,
                offset + 1,
                _("the front matter must be 'key: value' lines, one field per line"),
            )
        # No alias without '*' or '&': skip the walk. Refused before anything is
        # constructed, so an alias bomb never expands.
        shared = _first_alias(node) if ("*" in fm or "&" in fm) else None
        if shared is not None:
            return _refused(
                rel,
                shared + offset + 1,
                _("YAML anchors and aliases (& and *) are not allowed; write each value out"),
            )
        return _mapping_values(loader, node, rel, offset)
    except yaml.MarkedYAMLError as e:
        # An unclosed quote or bracket fails at the end: point at where it was opened.
        at_end = "end of stream" in (e.problem or "")
        mark = (e.context_mark if at_end else None) or e.problem_mark or e.context_mark
        line = (mark.line + offset + 1) if mark else offset + 1
        return _refused(rel, line, _not_yaml(e))
    except (yaml.YAMLError, RecursionError) as e:
        return _refused(rel, offset + 1, _not_yaml(e))
    finally:
        loader.dispose()


def _mapping_values(loader: Any, node: yaml.MappingNode, rel: str, offset: int) -> Parsed:
    """Each key of the mapping constructed on its own, so one bad value names its own line."""
    problems: list[Problem] = []
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + offset + 1
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(Problem(rel, line, "", _("a key must be a plain word such as 'title'")))
            continue
        key = key_node.value
        if key in lines:
            twice = _("is given twice (first on line {line}); keep one")
            problems.append(Problem(rel, line, key, twice.format(line=lines[key])))
            continue
        try:
            data[key] = _construct(loader, key, value_node)
        except (yaml.YAMLError, ValueError, RecursionError) as e:
            # ValueError: an integer of more than 4,300 digits; RecursionError: deep nesting
            reason = _("cannot be read: {reason}").format(reason=_yaml_reason(e))
            problems.append(Problem(rel, line, key, reason))
            continue
        lines[key] = line
    return data, lines, problems


def _construct(loader: Any, key: str, node: yaml.Node) -> Any:
    """A value as the entry means it: see _AS_WRITTEN and _DECIMAL_ONLY."""
    if isinstance(node, yaml.ScalarNode) and node.tag in _RESOLVED_TAGS:
        if key in _AS_WRITTEN:
            return node.value
        if key in _DECIMAL_ONLY:
            plain = node.tag == _INT_TAG and _DECIMAL.fullmatch(node.value)
            return int(node.value) if plain else node.value  # int(): ValueError over 4,300 digits
    if key in _AS_WRITTEN and isinstance(node, yaml.SequenceNode) and node.tag == _SEQ_TAG:
        return [
            item.value
            if isinstance(item, yaml.ScalarNode) and item.tag in _RESOLVED_TAGS
            else loader.construct_object(item, deep=True)
            for item in node.value
        ]
    return loader.construct_object(node, deep=True)


def _dashes_in_quote(text: str) -> tuple[int, int] | None:
    """(0-based line of the opening quote, line of the '---') when a quoted value runs over a
    line '---': the file splits there, so the front matter alone reads as an unclosed quote.
    It does when, with that line indented, the text up to the next '---' is good YAML.
    `text` runs from the front matter's first line to the end of the file."""
    fences = _FENCE.finditer(text)
    first, second = next(fences, None), next(fences, None)
    if first is None or second is None:
        return None
    opened = _yaml_error(text[: first.start()])
    if not (opened and opened.context == "while scanning a quoted scalar" and opened.context_mark):
        return None
    if _yaml_error(text[: first.start()] + " " + text[first.start() : second.start()]) is not None:
        return None
    return opened.context_mark.line, text.count("\n", 0, first.start())


def _yaml_error(text: str) -> yaml.MarkedYAMLError | None:
    loader = _Loader(text)
    try:
        loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        return e
    except (yaml.YAMLError, RecursionError):
        return yaml.MarkedYAMLError(problem="unreadable")
    finally:
        loader.dispose()
    return None


# PyYAML's own words that entries meet most, in the catalogue (`_()` at use, _yaml_reason).
YAML_MESSAGES = (
    N_("mapping values are not allowed here"),
    N_("mapping values are not allowed in this context"),
    N_("found a tab character that violates indentation"),
    N_("found character '\\t' that cannot start any token"),
    N_("could not find expected ':'"),
    N_("expected <block end>, but found '<scalar>'"),
    N_("found unexpected end of stream"),
    N_("while scanning a quoted scalar"),
    N_("while scanning a simple key"),
    N_("while parsing a flow sequence"),
    N_("while parsing a flow mapping"),
    N_("while parsing a block mapping"),
)


def _not_yaml(e: Exception) -> str:
    return _("the front matter is not valid YAML: {reason}").format(reason=_yaml_reason(e))


def _yaml_reason(e: Exception) -> str:
    if isinstance(e, RecursionError):
        return _("it is nested too deeply; write plain text or a simple list")
    if isinstance(e, ValueError):
        return _("the number is too long to read; put the value in quotes")
    if isinstance(e, yaml.MarkedYAMLError):
        reason = e.problem or e.context or "unreadable"
        if "could not determine a constructor" in str(e):
            return _("YAML tags such as !!python/object are not allowed; write plain text")
        if "maximum nesting depth" in reason:
            return _("it is nested too deeply; write plain text or a simple list")
        if "end of stream" in reason and e.context:
            return _(
                "{what} that is never closed; close it or remove the opening quote or bracket"
            ).format(what=_(e.context))
        # PyYAML's words, translated when the catalogue has them (YAML_MESSAGES).
        return _(
            "{reason} (if a value contains ': ' or starts with a quote or bracket, "
            "put it in quotes)"
        ).format(reason=_(reason))
    return str(e)


def _first_alias(node: yaml.Node) -> int | None:
    """The 0-based line of the first node reached twice (a YAML alias, and so an alias
    bomb), or None."""
    seen: set[int] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if id(n) in seen:
            return min(_line_of_repeat(node, n), default=0)
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack.extend((k, v))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return None


def _line_of_repeat(root: yaml.Node, target: yaml.Node) -> list[int]:
    """Lines of the top-level keys whose values reach `target` (where the alias is used)."""
    lines = []
    for key, value in root.value if isinstance(root, yaml.MappingNode) else []:
        stack, seen = [value], set()
        while stack:
            n = stack.pop()
            if n is target:
                lines.append(key.start_mark.line)
                break
            if id(n) in seen:
                continue
            seen.add(id(n))
            if isinstance(n, yaml.MappingNode):
                stack.extend(x for kv in n.value for x in kv)
            elif isinstance(n, yaml.SequenceNode):
                stack.extend(n.value)
    return lines


def find_entry_files(entries_dir: Path) -> list[Path]:
    """Every `*.md` below the entries folder, sorted, not following links to folders."""
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


def skipped_entry_files(base: Path, root: Path, entries_dir: str = "entries") -> list[Problem]:
    """A warning for each file below `base` (the entries folder, `entries_dir` as the
    config names it) that looks like an entry but is not read: hidden (`.x.md`),
    upper-case (`x.MD`) or `.markdown`, with the name to give it."""
    problems: list[Problem] = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        for name in sorted(filenames):
            stem, dot, suffix = name.rpartition(".")
            if not dot or suffix.lower() not in ("md", "markdown"):
                continue
            if suffix == "md" and not name.startswith("."):
                continue  # an entry
            fixed = (stem.lstrip(".") or "entry") + ".md"
            if name.startswith("."):
                why = _("its name starts with '.', so it is hidden")
            else:
                why = _("entries end in '.md', not '.{suffix}'").format(suffix=suffix)
            problems.append(
                Problem(
                    relative(Path(dirpath) / name, root),
                    0,
                    "",
                    _(
                        "is skipped: {why}; if it is an entry, rename it to {name}, "
                        "otherwise move it out of {folder}/"
                    ).format(why=why, name=fixed, folder=entries_dir),
                    Severity.WARNING,
                )
            )
    return problems
