"""A form file → an entry: values normalised as the contract says, checked by the core
validator, written atomically. Never raises on bad input: every outcome is a report."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from award_archive.authoring.ids import existing_entries, new_entry_id, reserved_id
from award_archive.authoring.importer import labels as lb
from award_archive.authoring.importer.award_names import award_only
from award_archive.authoring.importer.form import INSTRUCTION, ParsedForm, body_lines, parse_rows
from award_archive.authoring.importer.rows import FormError, Row, Source
from award_archive.authoring.importer.source import read_form
from award_archive.authoring.importer.tokenizer import clean_rows
from award_archive.authoring.write import render_entry, write_atomic
from award_archive.checking.archive import record_entry_names
from award_archive.checking.problems import Problem
from award_archive.checking.read import parse_entry_text
from award_archive.checking.validate import Rules, nearest, validate_entry
from award_archive.contract.dates import WRITTEN_DATE, DateError, parse_published
from award_archive.contract.i18n import _, about, os_reason, quoted
from award_archive.contract.lengths import parse_length
from award_archive.contract.model import FIELDS_BY_KEY, REQUIRED_KEYS, Kind, describe
from award_archive.contract.names import split_names
from award_archive.contract.numerals import parse_edition
from award_archive.contract.slugs import SlugRegistry

_HEADING = re.compile(r"第\s*([0-9０-９零〇一二两三四五六七八九十百]+)\s*[届屆]")
_FORM_WORDS = re.compile(
    r"(?:评选活动|评选|评奖|評選)?\s*(?:组织报送|組織報送)?\s*(?:"
    r"(?:参评|參評|获奖|獲獎)?(?:作品)?(?:推荐|推薦|申报|申報|报送|報送|登记|登記)表.*"
    r"|(?:参评|參評|获奖|獲獎)作品.*)?$"
)
_YEAR_PREFIX = re.compile(r"^\s*\d{4}\s*年度?\s*")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9]")
_SUBHEADING = re.compile(r"^#{2,6} [^\s#].{0,78}$")
_LEADING_NOTE = re.compile(r"^\s*[(（][^()（）]{1,20}[)）]\s*")


@dataclass
class Options:
    award: str | None = None
    edition: int | None = None
    entry_id: str | None = None
    rules: Rules = field(default_factory=Rules)
    entries_dir: str = "entries"  # the archive's entries folder (mkdocs.yml), for validation
    read_as: str | None = None  # "form" or "list" (--as); None: decided from the file


@dataclass
class Outcome:
    """What importing one file gave: the entry's text and what a person must know."""

    source: Path
    text: str = ""  # the entry file's content; empty when the import failed
    entry_id: str = ""
    failed: str = ""  # one line: why nothing could be imported
    warnings: list[str] = field(default_factory=list)
    needs: list[Problem] = field(default_factory=list)  # errors a person must fix in the entry
    notes: list[str] = field(default_factory=list)
    written: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)  # the entry's front matter
    read_as: str = "form"  # or "list": one outcome per listed work
    item: int = 0  # the work's place in its list
    changes: list[str] = field(default_factory=list)  # what a later import changed in an entry
    updated: bool = False  # filled an entry that was already there

    @property
    def status(self) -> str:
        if self.failed:
            return "failed"
        if self.needs:
            return "written, needs a person"
        return "written with warnings" if self.warnings else "written"


def could_not_read(e: BaseException) -> str:
    """The last guard's line: a file that broke a reader."""
    return _("could not be read ({error})").format(error=f"{type(e).__name__}: {e}")


def cannot_write(target: Path, e: OSError) -> str:
    return _("cannot write {path} ({reason})").format(path=target, reason=os_reason(e))


def _join(pieces: list[str]) -> str:
    """Pieces of one line-like value: no space between Chinese characters."""
    out = ""
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if out and _WORD.match(out[-1]) and _WORD.match(piece[0]):
            out += " "
        out += piece
    return out


# 原创单位, 创作单位, 制作单位, also with a character lost (`创单位`): the producing unit
_ORIGINAL_OUTLET = re.compile(r"创|制作|^原")  # 原创单位, also with a character lost (原单位)


def _published_outlet(pieces: list[str], labels: list[str]) -> list[str]:
    """原创单位 and 刊播单位 both on the form: the outlet is where the work was published
    (刊播单位); the producing unit is left out when it differs."""
    if len(pieces) != len(labels) or len(set(p.strip() for p in pieces)) < 2:
        return pieces
    published = [
        piece
        for piece, label in zip(pieces, labels, strict=True)
        if not _ORIGINAL_OUTLET.search(lb.strip_notes(lb.squeeze(label)))
    ]
    return published or pieces


def _label_note(note: str, key: str) -> bool:
    """`（120字以上）`, `(作品简介)`: an instruction, or the field's other label, in brackets."""
    hit = lb.whole_label(note)
    return bool(INSTRUCTION.search(lb.squeeze(note))) or (hit is not None and hit.key == key)


def _strip_instructions(pieces: list[str], key: str, warnings: list[str]) -> list[str]:
    kept = []
    for piece in pieces:
        lead = _LEADING_NOTE.match(piece)
        if lead and _label_note(lead.group(), key):
            if not piece[lead.end() :].strip() and not INSTRUCTION.search(lb.squeeze(piece)):
                continue  # `采编过程：(作品简介)`: the label's other name, no value
            if piece[lead.end() :].strip():
                # the label's note in the cell: `（120字以上）作品…`, `(主创人员)：李秀宝`
                piece = piece[lead.end() :].lstrip(" :：")
        tail = re.search(r"\s(\S{2,24})$", piece.strip())
        if tail and INSTRUCTION.search(lb.squeeze(tail.group(1))):
            warnings.append(
                about(
                    describe(key),
                    _("{note} is the form's own note, not a value; dropped").format(
                        note=quoted(tail.group(1))
                    ),
                )
            )
            piece = piece.strip()[: tail.start()]
        squeezed = lb.squeeze(piece)
        whole_paren = bool(re.fullmatch(r"\(.*\)", squeezed))
        if INSTRUCTION.search(squeezed) and (whole_paren or len(squeezed) <= 40):
            warnings.append(
                about(
                    describe(key),
                    _("{note} is the form's own instruction, not a value; dropped").format(
                        note=quoted(_short(piece))
                    ),
                )
            )
            continue
        kept.append(piece)
    return kept


_PADDED = re.compile(
    r"(?<![\u3400-\u9fff])[\u3400-\u9fff](?:[ \u3000][\u3400-\u9fff])+(?![\u3400-\u9fff])"
)
_AND_OTHERS = re.compile(r"^(?:等|等人|等\s*\d+\s*人|等[一二三四五六七八九十]+人)$")
_OTHERS_TAIL = re.compile(r"(?<=\S)等(?:\s*\d+\s*人|[一二三四五六七八九十]+人|人)?$")


def _names(text: str) -> list[str]:
    """The names a cell gives: a name padded with spaces (`吴 炜`, `李 小 明`) is one name;
    `张三、李四等` / `等11人` gives the named ones."""
    # two or three characters: one name; four or more could be any names, left split
    # (split_names keeps the spaces of names in Latin script)
    text = _PADDED.sub(lambda m: m.group() if len(m.group()) > 5 else m.group()[::2], text)
    names = split_names(text)
    if names and _AND_OTHERS.match(names[-1]):
        names.pop()
    if names:
        names[-1] = _OTHERS_TAIL.sub("", names[-1])
    return names


_COLLECTIVE = re.compile(r"^\s*(集体|集體)\s*[(（]")


def _collective(name: str) -> str:
    """`集体（张三、李四…）`: the work's author is the collective; the members the
    brackets list (often cut off by the page) are not authors of their own."""
    m = _COLLECTIVE.match(name)
    return m.group(1) if m else name


def _short(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def values_from(parsed: ParsedForm, rules: Rules, warnings: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, pieces in parsed.values.items():
        if key not in FIELDS_BY_KEY:
            continue  # the work's text in a cell of the form: the body
        f = FIELDS_BY_KEY[key]
        if key == "outlet":
            pieces = _published_outlet(pieces, parsed.labels_seen.get(key, []))
        several = len(parsed.labels_seen.get(key, [])) > 1 and len({p.strip() for p in pieces}) > 1
        if several and f.kind not in (Kind.NAMES, Kind.TEXT):
            warnings.append(
                about(
                    describe(key),
                    _("the form gives it {n} times; the values are joined — check them").format(
                        n=len(parsed.labels_seen[key])
                    ),
                )
            )
        pieces = _strip_instructions(pieces, key, warnings)
        if not pieces:
            continue
        if f.kind is Kind.NAMES:
            names = [_collective(n) for p in pieces for n in _names(p)]
            if names:
                values[key] = names
        elif f.kind is Kind.TEXT:
            values[key] = "\n".join(p.strip() for p in pieces)
        else:
            unique = list(dict.fromkeys(p.strip() for p in pieces))  # 原创单位 = 刊播单位
            values[key] = _join([line for p in unique for line in p.split("\n")])
            if key != "title" and f.kind is Kind.STRING:
                # `安康综合广播FM89.7《身边》。`: a short cell's closing 。 ends the cell,
                # not the outlet's or the section's name
                values[key] = re.sub(r"(?<=\S)\s*。$", "", values[key])
    _drop_addressless_url(values, warnings)
    title = values.get("title")
    if isinstance(title, str) and re.fullmatch(r"《[^《》]+》", title.strip()):
        values["title"] = title.strip()[1:-1]  # 《》 around the whole title: the form's quoting
    if "category" not in values and "genre" in values:
        values["category"] = values.pop("genre")  # a form that gives only 体裁: its category
    category = values.get("category")
    if category and category not in rules.categories:
        hit = nearest(category, rules.categories)
        if hit and re.sub(r"\s+", "", unicodedata.normalize("NFKC", category)) == hit:
            values["category"] = hit
    published = values.get("published")
    if isinstance(published, str):
        values["published"] = _readable_date(published, warnings)
    length = values.get("length")
    if isinstance(length, str):
        values["length"] = _count_or_text(length)
    return values


def _drop_addressless_url(values: dict[str, Any], warnings: list[str]) -> None:
    """`作品链接和二维码（附后）`: a url cell without a letter or digit is the form saying
    where the link is (attached, below), not an address."""
    url = values.get("url")
    if isinstance(url, str) and not re.search(r"[A-Za-z0-9]", unicodedata.normalize("NFKC", url)):
        del values["url"]
        warnings.append(
            about(
                describe("url"),
                _("{note} is the form's own instruction, not a value; dropped").format(
                    note=quoted(_short(url))
                ),
            )
        )


def _count_or_text(length: str) -> int | str:
    """`905`, `905字`, `905 个字` → 905 (a character count is a number in the entry);
    durations and `约3000字` stay as written, as does `0230` (no count starts with 0: a
    duration that lost its colon). The cell's closing mark and a unit in brackets are the
    form's writing, not the length (`2345字。`, `2345（字）`), as is the label run into it
    (`字数：2345`)."""
    label = lb.label_at_start(length)
    if label and label.key == "length" and label.start == 0 and length[label.end :].strip():
        length = length[label.end :]
    length = _BRACKETED_UNIT.sub(r"\1", _CLOSING_MARK.sub("", length))
    parsed = parse_length(length)
    exact = not re.match(r"^\s*(?:[约共]|0\d)", length)
    if parsed is not None and parsed.characters is not None and exact and parsed.characters < 10**9:
        return parsed.characters
    return _UNIT_SPACES.sub("", length)


_CLOSING_MARK = re.compile(r"\s*[。；;，,、.]\s*$")
_BRACKETED_UNIT = re.compile(r"\s*[(（]\s*(字|秒|分钟|分)\s*[)）]")
# `1 分 30 秒` (a form set out with spaces): a duration's figures and units go together
_UNIT_SPACES = re.compile(r"(?<=\d)\s+(?=[分秒时時小])|(?<=[分秒时時])\s+(?=\d)")


_DATE_EXTRAS = re.compile(
    r"\s*(?:\d{1,2}\s*[:：时時点點]\s*\d{2}(?:\s*[:：分]\s*\d{2}\s*秒?)?\s*分?"
    r"|[(（]?\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*[)）]?)\s*$"
)


# A date at a value's start (`2016年 10月13日`, `2015-12-27`), and a time of day in any
# script after it (`18時13分`, `19:30`, `19時30秒`, `20點整`, `晚上八点半`).
_DATE_HEAD = re.compile(rf"^\s*({WRITTEN_DATE})")
_TIME_ONLY = re.compile(
    r"\s*(?:上午|下午|中午|晚上|早上|凌晨|傍晚|夜[间間])?[\d〇零一二三四五六七八九十\s:：时時分秒点點整半]*"
)


def _readable_date(text: str, warnings: list[str]) -> str:
    """A date the contract reads is kept as written (a stray space inside it dropped); a
    time of day or weekday after it (`2023年6月8日 18:30`, `2018年10月19日18時13分`,
    `2023-06-08（星期四）`) is dropped, with a warning."""
    head = _DATE_HEAD.match(text)
    if head and re.search(r"\S\s+\S", head.group(1)) and "年" in head.group(1):
        text = re.sub(r"\s+", "", head.group(1)) + text[head.end() :]  # `2016年 10月13日`
        head = _DATE_HEAD.match(text)
    try:
        parse_published(text)
        return text
    except DateError:
        pass
    if head and _TIME_ONLY.fullmatch(text[head.end() :]):
        trimmed = head.group(1).strip()
        try:
            parse_published(trimmed)
            warnings.append(_time_dropped(text, trimmed))
            return trimmed
        except DateError:
            pass
    trimmed = text
    while (m := _DATE_EXTRAS.search(trimmed)) and m.start() > 0:
        trimmed = trimmed[: m.start()].rstrip()
        try:
            parse_published(trimmed)
        except DateError:
            continue
        warnings.append(_time_dropped(text, trimmed))
        return trimmed
    return text


def _time_dropped(text: str, trimmed: str) -> str:
    return about(
        describe("published"),
        _("{text} kept as {trimmed} (the time of day or weekday is not part of the date)").format(
            text=quoted(text), trimmed=quoted(trimmed)
        ),
    )


def award_from_heading(lines: list[str]) -> tuple[str, int | None]:
    """`第十届四川宣传关心下一代新闻佳作` (+ `参评作品推荐表`) →
    (四川宣传关心下一代新闻佳作, 10)."""
    for line in lines:
        text = unicodedata.normalize("NFKC", " ".join(line.split()))
        m = _HEADING.search(text)
        if m:
            edition = parse_edition(f"第{m.group(1)}届")
            after = award_only(_FORM_WORDS.sub("", text[m.end() :]).strip(" :：-—"))
            before = _YEAR_PREFIX.sub("", text[: m.start()]).strip(" :：-—")
            return (after or before), edition
    for line in lines:
        text = unicodedata.normalize("NFKC", " ".join(line.split()))
        if re.search(_AWARD_WORD, text) and not lb.is_label(text):
            name = award_only(_FORM_WORDS.sub("", _YEAR_PREFIX.sub("", text)).strip(" :：-—"))
            # a page's line before the form's name (headline, date, 来源): the award is
            # the last piece that names one
            named = [w for w in name.split(" ") if re.search(_AWARD_WORD, w)]
            if named:
                return named[-1] if len(name) > 30 else name, None
    return "", None


_AWARD_WORD = r"奖|獎|佳作|评选|評選"


def _escape_line(line: str) -> str:
    """A line of the work stays text: no accidental headings, quotes or rules. A short
    `## 小标题` line is kept: a subheading as the entry's text writes it (and as
    `awards export --format docx` puts it on the form), not an accident of typing."""
    if _SUBHEADING.match(line):
        return line
    if re.match(r"^\s*(#|>|=+\s*$|-+\s*$|\*{3,}\s*$)", line):
        return "\\" + line.lstrip()
    return line


_BYLINE = re.compile(
    r"^(?:来源|來源|作者|记者|記者|本报|本報|本刊|通讯员|通訊員|编者按|編者按|文/|图/|圖/|文\s|■)"
)


def body_from(parsed: ParsedForm, title: str, warnings: list[str]) -> tuple[str, str]:
    """(body Markdown, URL found under the headline)."""
    lines = [
        " ".join(line.split()) if len(line) < 200 else line.strip()
        for line in body_lines(parsed.body_rows)
    ]
    if not lines:
        return "", ""
    paragraphs: list[str] = []
    url = ""
    if _URL.match(lines[0].strip()):
        url = lines[0].strip()  # the work's link right under the form's last cell
        lines = lines[1:]
        if not lines:
            return "", url
    first = lines[0]
    folded = lb.squeeze(first)
    byline = _BYLINE.match(first)
    if (
        len(first) <= 80
        and not byline
        and (not first.endswith(("。", "!", "！", "?", "？")) or folded in lb.squeeze(title))
    ):
        paragraphs.append("# " + first.replace("#", "\\#"))
        lines = lines[1:]
        if lines and not url and _URL.match(lines[0].strip()):
            url = lines[0].strip()
    paragraphs.extend(_escape_line(line) for line in lines)
    return "\n\n".join(paragraphs), url


def import_form(
    path: Path,
    options: Options,
    *,
    out_dir: Path,
    taken: dict[str, str] | None = None,
    source: Source | None = None,
) -> Outcome:
    """Read one form and build its entry text (not written yet)."""
    outcome = Outcome(path)
    parsed = _read_form(path, outcome, source)
    if parsed is None:
        return outcome
    values = _form_values(parsed, options, outcome.warnings)
    body = _form_body(parsed, values, outcome.warnings)
    _report_left_out(parsed, outcome)
    taken = taken if taken is not None else existing_entries(out_dir)
    entry_id = _choose_id(options, taken, str(values.get("title", "")), outcome)
    if entry_id is None:
        return outcome
    outcome.entry_id = entry_id
    ordered: dict[str, Any] = {"id": entry_id, **values}
    for key in REQUIRED_KEYS:
        ordered.setdefault(key, None)
    text = render_entry(ordered, body, keep_empty=REQUIRED_KEYS)
    check_entry(text, entry_id, options, outcome)
    for key, option in (("award", "--award"), ("edition", "--edition")):
        if key not in values:
            outcome.notes.append(
                about(
                    describe(key),
                    _("the form's heading does not give it; fill it in or pass {option}").format(
                        option=option
                    ),
                )
            )
    outcome.text = text
    outcome.values = ordered
    return outcome


def _read_form(path: Path, outcome: Outcome, source: Source | None = None) -> ParsedForm | None:
    """The form's parts, or None with `outcome.failed` saying why."""
    try:
        source = source or read_form(path)
    except FormError as e:
        outcome.failed = str(e)
        return None
    except Exception as e:  # noqa: BLE001 - last guard: a form must never crash the run
        outcome.failed = could_not_read(e)
        return None
    outcome.notes.extend(source.notes)
    parsed = parse_rows(clean_rows(source.rows))
    if not parsed.values:
        outcome.failed = _(
            "no field of a nomination form (作品标题, 作者, 刊播单位 …) was found; "
            "is it a 参评作品推荐表?"
        )
        return None
    return parsed


def _form_values(parsed: ParsedForm, options: Options, warnings: list[str]) -> dict[str, Any]:
    """The labelled values, then award and edition (heading or options) and the signature's year."""
    values = values_from(parsed, options.rules, warnings)
    _title_as_the_form_quotes_it(values, parsed)
    award, edition = award_from_heading(parsed.heading)
    if options.award:
        award = options.award
    if options.edition is not None:
        edition = options.edition
    if award:
        values["award"] = award
        _category_from_heading(values, parsed, award)
    if edition is not None:
        values["edition"] = edition
    if parsed.year is not None:
        values["year"] = parsed.year
    if "category" not in values and _is_column_form(parsed):
        # the form's script: its heading's where the heading says 新闻/专栏, else its labels'
        heading = "".join(parsed.heading)
        if not any(c in heading for c in "栏闻专欄聞專"):
            heading += "".join(sum(parsed.labels_seen.values(), []))
        traditional = any(c in heading for c in "欄聞專")
        values["category"] = "新聞專欄" if traditional else "新闻专栏"
    return values


def _title_as_the_form_quotes_it(values: dict[str, Any], parsed: ParsedForm) -> None:
    """`獨家新聞紀實 C919首飛全記錄`, whose `:` the page lost (a `?` read as a space): the
    form's own texts quote it whole (`《獨家新聞紀實:C919首飛全記錄》`), so that spelling wins."""
    title = values.get("title")
    if not isinstance(title, str) or " " not in title.strip():
        return
    lost = re.escape(title.strip()).replace(r"\ ", r"[:：·・,，\-—]")
    texts = [p for k in ("process", "effect", "evaluation") for p in parsed.values.get(k, [])]
    quoted_whole = re.search(rf"《({lost})》", "\n".join(texts))
    if quoted_whole:
        values["title"] = quoted_whole.group(1)


def _category_from_heading(values: dict[str, Any], parsed: ParsedForm, award: str) -> None:
    """`中国新闻奖报纸副刊参评作品推荐表`: what stands between the award and the form's name is
    the category; the form's 体裁 is then its genre."""
    if "category" in parsed.labels_seen:
        return
    for line in parsed.heading:
        text = unicodedata.normalize("NFKC", "".join(line.split()))
        m = re.search(
            rf"{re.escape(award)}((?:(?!参评|參評|作品)[\u4e00-\u9fff]){{2,10}})"
            r"(?:参评|參評)?(?:作品)?(?:推荐|推薦)表",
            text,
        )
        if m and not _FORM_WORDS.fullmatch(m.group(1)):
            if "genre" in parsed.labels_seen and "category" in values:
                values["genre"] = values["category"]
            values["category"] = m.group(1)
            return


_COLUMN_LABELS = ("栏目名称", "专栏名称", "创办时间", "刊播周期")


def _is_column_form(parsed: ParsedForm) -> bool:
    """A 新闻专栏 form: it names a column (栏目名称, 创办时间, 刊播周期) or says so above or
    in its sheets."""
    seen = [lb.squeeze(label) for labels in parsed.labels_seen.values() for label in labels]
    seen += [lb.squeeze(label) for label, _value in parsed.ignored]
    if any(lb.strip_notes(s) in _COLUMN_LABELS for s in seen) or parsed.column:
        return True
    return any(re.search("新[闻聞]专栏", lb.squeeze(line)) for line in parsed.heading)


def _form_body(parsed: ParsedForm, values: dict[str, Any], warnings: list[str]) -> str:
    """The work's text (from its own cell of the form, then after the form); a URL under
    its headline fills `url` when the form gives none."""
    in_form = [
        line
        for piece in parsed.values.get(lb.BODY_KEY, [])
        for line in piece.split("\n")
        if line.strip()
    ]
    if in_form:
        parsed.body_rows = [Row([line], False, 0) for line in in_form] + parsed.body_rows
    body, url = body_from(parsed, values.get("title", ""), warnings)
    if url and not values.get("url"):
        values["url"] = url
        where = (
            _("taken from the line under the work's headline: {url}")
            if url in body  # under the headline it stays in the text, as the page shows it
            else _("taken from the line right after the form: {url}")
        )
        warnings.append(about(describe("url"), where.format(url=url)))
    return body


def _report_left_out(parsed: ParsedForm, outcome: Outcome) -> None:
    """What the form holds that the entry does not: unknown labels, unkept ones, stray text."""
    for label, value in parsed.unknown:
        message = _("label {label} is not a field of the entry format; not imported").format(
            label=quoted(label)
        )
        outcome.warnings.append(about(message, quoted(_short(value))) if value else message)
    for label, _value in parsed.ignored:
        outcome.notes.append(
            _("{label} is not kept in the archive; left out").format(label=quoted(label))
        )
    for text in parsed.stray:
        outcome.warnings.append(
            about(_("text outside any field, not imported"), quoted(_short(text)))
        )


def _choose_id(options: Options, taken: dict[str, str], title: str, outcome: Outcome) -> str | None:
    """--id when given (None with `outcome.failed` when it is reserved), else a fresh id from
    the title; an entry of the same title is a re-import, so its id may be reused."""
    if options.entry_id:
        if reserved := reserved_id(options.entry_id):
            outcome.failed = _("--id {id} {reason}; choose another").format(
                id=quoted(options.entry_id), reason=reserved
            )
            return None
        return options.entry_id
    others = {i for i, t in taken.items() if t != title or not title}
    return new_entry_id(title, others)


def check_entry(text: str, entry_id: str, options: Options, outcome: Outcome) -> None:
    """The core validator on the entry as it will be written: errors need a person."""
    rel = f"{options.entries_dir}/{entry_id}.md"
    raw = parse_entry_text(text, rel)
    _entry, problems = validate_entry(raw, options.rules, options.entries_dir)
    for problem in problems:
        if problem.is_error:
            outcome.needs.append(problem)
        elif problem.severity == "note":  # a list entry: what a full entry still needs
            outcome.notes.append(about(describe(problem.key), problem.message))
        else:
            outcome.warnings.append(
                about(describe(problem.key), problem.message) if problem.key else problem.message
            )


def import_files(
    paths: list[Path],
    options: Options,
    *,
    out_dir: Path,
    force: bool = False,
    write: bool = True,
    registry: SlugRegistry | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int, Path], None] | None = None,
) -> list[Outcome]:
    """Import every file (a form, or a list: one outcome per work); one failure does not
    stop the others. A work already in the archive (same title and outlet) is filled in
    rather than written twice. The names of the entries written are recorded in
    `registry` (the archive's published slugs), saved at the end. `dry_run`: nothing is
    written, every change is reported."""
    from award_archive.authoring.importer import batch

    outcomes = batch.run(
        paths,
        options,
        out_dir=out_dir,
        force=force,
        write=write and not dry_run,
        registry=registry,
        dry_run=dry_run,
        progress=progress,
    )
    if registry is not None and write and not dry_run and outcomes:
        try:
            registry.save()
        except OSError as e:
            outcomes[-1].warnings.append(
                about(
                    str(registry.path),
                    _("cannot be written ({reason}); the next build records the new names").format(
                        reason=os_reason(e)
                    ),
                )
            )
    return outcomes


def write_outcome(
    outcome: Outcome,
    out_dir: Path,
    force: bool,
    taken: dict[str, str],
    registry: SlugRegistry | None,
) -> None:
    """Write one new entry (not a merge): its file must not exist unless --force."""
    target = out_dir / f"{outcome.entry_id}.md"
    try:
        write_atomic(target, outcome.text, overwrite=force)
    except FileExistsError:
        outcome.failed = _(
            "{path} already exists (imported before?); "
            "pass --force to replace it or --id to choose another id"
        ).format(path=target)
        return
    except OSError as e:
        outcome.failed = cannot_write(target, e)
        return
    outcome.written = target
    taken[outcome.entry_id] = "\0written"  # never reused within this run
    if registry is not None:
        record_entry_names(registry, outcome.values)
