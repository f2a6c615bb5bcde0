"""Rows of cells → the form's parts: heading, labelled values, signature, the work's text.

One pass reads the cells in order and decides, for each, whether it is a label, a value,
a label the archive does not keep, or the signature block. Each field's label counts
once: a later `作者：…` inside the work is text, not a second author field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from award_archive.authoring.importer import labels as lb
from award_archive.authoring.importer.rows import Row
from award_archive.contract.model import Kind

_SENTENCE = re.compile(r"[。，；！？,;!?]")
_DATE = re.compile(r"^\s*\d{4}\s*[-./年]\s*\d{1,2}")
_SIGNATURE = re.compile(r"签名|签字|签章|盖章|公章|特别推荐|簽名|簽字|蓋章")
_BLANK_DATE = re.compile(r"^\(?\s*(\d{4})?\s*年\s*(\d{1,2})?\s*月\s*(\d{1,2})?\s*日\s*\)?$")
_YEAR = re.compile(r"(\d{4})\s*年")
_PRINTED_YEAR = re.compile(r"(\d{4})\s*年\s*月")
_LABEL_WORDS = re.compile(
    r"单位|日期|时间|名称|人$|渠道|方式|频次|类型|意见|数据|实效|电话|地址|编号|项目|类别|网址|链接|字数|时长|版面|频道|栏目|平台|账号|邮箱|简介|理由|效果|过程|评语|说明|情况|周期|形式|單位|時間|名稱"
)
# What follows a field's label when the label is really part of another one: 作者单位, 推荐单位意见.
_LABEL_TAILS = re.compile(
    r"^(?:单位|意见|评语|联系人|电话|地址|简介|职务|签名|签字|盖章|姓名|手机|邮箱|情况|说明|人数)"
)
_NOTE_LINE = re.compile(
    r"^(?:(?:注|说明|填表说明|備註|备注)\s*[:：\d]|(?:附\s*[:：]?\s*)?(?:参评)?(?:作品)?(?:原文|全文|正文|文字稿)\s*[:：]?\s*$)"
)
_ENUMERATION = re.compile(
    r"^\s*(?:[*★]|\d{1,2}\s*[.、．)）]|[一二三四五六七八九十]{1,3}\s*、|[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）])\s*"
)
# One row of vertical text: one to three characters apart (`采 作`), or two side by side
# (`采作`: two labels' columns, the space between lost).
_VERTICAL_ROW = re.compile(r"^(?:\d{1,3}|\S)(?:\s+(?:\d{1,3}|\S)){0,2}$|^[\u4e00-\u9fff]{2}$")
_CELL_ONLY_LABEL = re.compile(
    r"^\s*(" + "|".join(map(re.escape, lb.WHOLE_CELL_ONLY)) + r")(?:\s*[:：]|\s+)\s*(?=\S)"
)
_NOTE_THEN_VALUE = re.compile(r"^\s*[(（︵][^()（）︵︶]{1,12}[)）︶]\s*[:：]\s*(?=\S)")
# `| 项目 | 具体情况 |`: what a table's second column is headed with over the form's rows
_COLUMN_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:内容|说明|情况|信息|详情|要求|数据)$")
_PAREN_ONLY = re.compile(r"^\s*[(（︵【〔].{0,40}[)）︶】〕]\s*$")
# `……反响。初评`: a sentence's end, then a character or two standing where a label begins
_FRAGMENT_AFTER_SENTENCE = re.compile(r"[。！？!?”」』]\s*([\u4e00-\u9fff]{1,2})\s*$")


@dataclass
class Token:
    kind: str  # "label", "value", "other", "signature", "heading", "page" (the page's own)
    text: str
    row: int  # index into the rows
    key: str | None = None


@dataclass
class ParsedForm:
    heading: list[str]  # loose text before the first label
    values: dict[str, list[str]]  # key -> the value pieces, in order
    labels_seen: dict[str, list[str]]  # key -> labels as written
    body_rows: list[Row]
    year: int | None = None
    ignored: list[tuple[str, str]] = field(default_factory=list)  # (label, value) not archived
    unknown: list[tuple[str, str]] = field(default_factory=list)  # (label, value) not understood
    stray: list[str] = field(default_factory=list)  # text in the form that belongs to no label
    column: bool = False  # a 新闻专栏 sheet with its representative works (left out)


def is_signature(text: str) -> bool:
    s = lb.squeeze(text)
    if not s or len(s) > 60:
        return False
    if lb.whole_label(text):  # 推荐单位（盖章） is the recommender's label
        return False
    hit = lb.label_at_start(text)
    if hit and hit.key:
        rest = text[hit.end :].strip()
        if rest and not _SIGNATURE.search(lb.squeeze(rest)) and not _blank_date(rest):
            return False  # 推荐单位（盖章）：四川日报社 is a labelled value
    if _blank_date(text):
        return True
    # A value that ends in a signature (`……成效。签名：（盖单位公章）`) is a value.
    return bool(_SIGNATURE.search(s)) and len(_SIGNATURE_WORDS.sub("", s)) < 8


_SIGNATURE_WORDS = re.compile(
    r"签名|签字|签章|盖章|公章|盖|章|单位|推荐|领导|负责人|总编辑|评委|主任|超长作品|特别|作品|意见|年|月|日|\d|[():：/.\-\s]"
)


def _blank_date(text: str) -> bool:
    """`2024年 月 日`: the date line of a signature, month or day left blank."""
    date = _BLANK_DATE.match(lb.fold(text).strip())
    return bool(date and not (date.group(2) and date.group(3)))


def _zip_header_rows(rows: list[Row]) -> list[Row]:
    """A row of labels over a row of values (a list-style table) → label, value pairs."""
    out: list[Row] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        below = rows[i + 1] if i + 1 < len(rows) else None
        if (
            below is not None
            and row.table
            and below.table
            and len(row.cells) >= 3
            and len(row.cells) == len(below.cells)
            and all(lb.whole_label(c) and lb.whole_label(c).key for c in row.cells)
            and not any(lb.whole_label(c) for c in below.cells)
        ):
            cells = [c for pair in zip(row.cells, below.cells, strict=True) for c in pair]
            out.append(Row(cells, True, row.line))
            i += 2
            continue
        out.append(row)
        i += 1
    return out


def _merge_vertical(rows: list[Row]) -> list[Row]:
    """Replace runs of vertical-text rows (one or two characters of a label per line) by
    the label(s) they spell."""
    out: list[Row] = []
    i = 0
    while i < len(rows):
        j = i
        while (
            j < len(rows)
            and not rows[j].table
            and _VERTICAL_ROW.match(re.sub(r"\s*[?？]+", "", rows[j].cells[0]))
            and len(rows[j].cells) == 1
        ):
            j += 1
        run = rows[i:j]
        wide = any(len(r.cells[0].split()) > 1 for r in run)
        if (len(run) >= 3 or (len(run) >= 2 and wide)) and not (
            lb.is_label(run[0].cells[0]) and not wide
        ):
            found = lb.vertical_labels([r.cells[0] for r in run])
            if found:
                out.extend(Row([label], False, run[0].line) for label in found)
                i = j
                continue
        if j > i:
            out.extend(run)
            i = j
        else:
            out.append(rows[i])
            i += 1
    return out


class _Reader:
    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows
        self.cells = [(r, c) for r, row in enumerate(rows) for c in row.cells]
        self.tokens: list[Token] = []
        self.filled: set[str] = set()
        self.valued: set[str] = set()  # fields whose label has had a value
        self.current: str | None = None
        self.has_value = True  # no label yet: nothing is waiting for a value
        self.signed_year: int | None = None  # from a signature at a value's end

    def label(self, key: str | None, text: str, row: int) -> None:
        if key == lb.BODY_KEY and not self.filled:
            self.value(text, row)  # `首页 > 正文`: a page's breadcrumb above the form
            return
        if key is None:
            self.tokens.append(Token("other", text, row))
        else:
            self.tokens.append(Token("label", text, row, key))
            self.filled.add(key)
        self.current, self.has_value = key, False

    def value(self, text: str, row: int) -> None:
        # `(主创人员)：张三`: the colon after a label's note, never part of the value
        kept = _without_signature(text)
        # `……有肉。 签名: (盖单位公章) 2021年 月 日`: the year the form prints for its date
        # (month and day left blank) is the form's
        signed = _PRINTED_YEAR.search(lb.fold(text[len(kept) :]))
        if signed and self.signed_year is None:
            self.signed_year = int(signed.group(1))
        text = kept.strip().lstrip(":：").strip()
        if text:
            self.tokens.append(Token("value", text, row))
            self.has_value = True
            if self.current:
                self.valued.add(self.current)

    def free(self, key: str | None) -> bool:
        # A label left without a value (`作者:` in a page's byline above the form, a row
        # left empty) has not given its field: the field's label further on still counts.
        return key is not None and (
            key not in self.filled or (key not in self.valued and key != self.current)
        )

    def read(self) -> list[Token]:
        i = 0
        while i < len(self.cells):
            i = self.step(i)
        return self.tokens

    def step(self, i: int) -> int:
        """Read cell i as the first rule that fits says; the index of the next unread cell."""
        row, text = self.cells[i]
        numbered = _ENUMERATION.match(text)
        rest = text[numbered.end() :] if numbered else ""
        if numbered and (lb.label_at_start(rest) or lb.squeeze(rest) in lb.WHOLE_CELL_ONLY):
            text = text[numbered.end() :]  # `1. 作品标题：…`, `一、作者`, `*作品标题`
        rules = (
            self.signature_line,
            self.page_editor,
            self.form_heading,
            self.note_cell,
            self.whole_label,
            self.lost_character_label,
            self.cell_only_label,
            self.fragment_label,
            self.bracket_only,
            self.note_line,
            self.broken_label,
            self.labels_with_colon,
            self.unkept_label_at_start,
            self.label_at_start,
            self.label_at_end,
            self.fragment_at_end,
            self.empty_unknown_row,
            self.unknown_label,
        )
        for rule in rules:
            following = rule(i, row, text)
            if following is not None:
                return following
        self.value(text, row)
        return i + 1

    # Each rule reads cell i (its text given without a leading enumeration) and returns the
    # index of the next unread cell, or None, having changed nothing, when it does not fit.
    def signature_line(self, i: int, row: int, text: str) -> int | None:
        after_signature = self.tokens and self.tokens[-1].kind == "signature"
        if is_signature(text) or (after_signature and _BLANK_DATE.match(lb.fold(text).strip())):
            self.sign(text, row)
            return i + 1
        return None

    def page_editor(self, i: int, row: int, text: str) -> int | None:
        """`（责任编辑：王小玉）` on a line of its own after the form's last text, no label
        after it: the web page's editor (its footer), not the form's 编辑."""
        signed = self.current is None and any(t.kind == "signature" for t in self.tokens)
        if self.rows[row].table or not (lb.kind_of(self.current) is Kind.TEXT or signed):
            return None
        if not self.has_value or not _PAGE_EDITOR.match(lb.fold(text).strip()):
            return None
        if any(lb.label_at_start(c) or lb.whole_label(c) for _r, c in self.cells[i + 1 :]):
            return None
        self.tokens.append(Token("page", text, row))
        self.current, self.has_value = None, True
        return i + 1

    def form_heading(self, i: int, row: int, text: str) -> int | None:
        """`中国新闻奖参评作品推荐表`, also where a value is due (a page's `作者：` above it):
        the form's heading, never a field's value."""
        if len(text) > 60 or not _FORM_TITLE.search(lb.squeeze(text)):
            return None
        before = [t for t in self.tokens if t.kind == "label"]
        if before and len({t.key for t in before} - {lb.BODY_KEY}) <= 2 and len(before) <= 4:
            # `来源：… 作者：` above the form's title: the page's byline, not the form's fields
            for token in before:
                token.kind, token.key = "value", None
            self.filled.clear()
            self.valued.clear()
        self.tokens.append(Token("heading", text, row))
        self.current, self.has_value = None, True
        return i + 1

    def note_cell(self, i: int, row: int, text: str) -> int | None:
        """The label's note in a cell of its own: `（主创人员）`, `（作品简介）`."""
        if not self.has_value and self.tokens and len(lb.squeeze(text)) <= 12:
            whole = lb.whole_label(text)
            other = whole is not None and whole.key is not None and whole.key != self.current
            if _PAREN_ONLY.match(text) and not other:  # `︵社会效果︶` is a label of its own
                return i + 1
        noted = _NOTE_THEN_VALUE.match(text)
        if not self.has_value and self.tokens and noted:
            self.value(text[noted.end() :], row)  # `(主创人员)：张三`: the note, then the value
            return i + 1
        return None

    def whole_label(self, i: int, row: int, text: str) -> int | None:
        whole = lb.whole_label(text)
        if not whole:
            return None
        if lb.squeeze(text) in lb.WHOLE_CELL_ONLY and (
            not self.free(whole.key) or self.column_heads(i)
        ):
            whole = lb.LabelHit(None, whole.label, whole.start, whole.end, whole.colon)
        in_value = not self.has_value
        if whole.key and _SIGNATURE.search(lb.squeeze(text)) and self.signs_off(i, whole.key):
            self.sign(text, row)  # 推荐单位（盖章）： under the form
            return i + 1
        if whole.key is not None and whole.key == self.current and in_value:
            return i + 1  # `作者` then `(主创人员)`: the same label, written in two cells
        # a label the archive does not keep waits for a value: a field's label is not it;
        # nor is a label not read yet (`体裁` left empty, then `原创单位` after 刊播单位)
        unread = lb.squeeze(text) not in {lb.squeeze(t.text) for t in self.tokens if t.key}
        if (
            whole.key is None
            or self.free(whole.key)
            or not in_value
            or self.current is None
            or (unread and lb.kind_of(self.current) is not Kind.TEXT)
        ):
            self.label(whole.key, text, row)
            return i + 1
        return None

    def column_heads(self, i: int) -> bool:
        """`| 项目 | 内容 |`, `| 项目 | 具体情况 |`: the heads of a table's columns, not a
        label and its value."""
        if i + 1 >= len(self.cells):
            return False
        row, following = self.cells[i + 1]
        return row == self.cells[i][0] and bool(_COLUMN_HEAD.match(lb.squeeze(following)))

    def lost_character_label(self, i: int, row: int, text: str) -> int | None:
        """`刊播期` (刊播日期 or 刊播周期, a character lost), a date in the next cell: the
        date field's label; the value tells which of the labels it fits."""
        keys = lb.lost_character_keys(text)
        following = self.cells[i + 1][1] if i + 1 < len(self.cells) else ""
        if not keys or not following or lb.whole_label(following):
            return None
        fits = {k for k in keys if (lb.kind_of(k) is Kind.DATE) == bool(_DATE.match(following))}
        if len(fits) != 1:
            return None
        key = fits.pop()
        if key is not None and not self.free(key):
            return None
        self.label(key, text, row)
        return i + 1

    def cell_only_label(self, i: int, row: int, text: str) -> int | None:
        """`单位：解放日报`: a label that is one only opening its cell (单位), set off from
        its value by a colon or spaces."""
        m = _CELL_ONLY_LABEL.match(lb.fold(text))
        key = lb.WHOLE_CELL_ONLY.get(m.group(1)) if m else None
        if m is None or not self.free(key):
            return None
        rest = lb.squeeze(text[m.end() :])
        # a unit's or a category's name, not a sentence (`项目：本报联合…。`), nor a label
        # spaced out (`项目 名称：…`, `单位 意见`)
        if _SENTENCE.search(rest) or _LABEL_WORDS.match(rest):
            return None
        self.label(key, text[: m.end(1)], row)
        self.value(text[m.end() :], row)
        return i + 1

    def fragment_label(self, i: int, row: int, text: str) -> int | None:
        """`采 作`, `社`: a vertical label cut to its first row, where a label is due (after
        a value, before a long one)."""
        following = self.cells[i + 1][1] if i + 1 < len(self.cells) else ""
        if not self.has_value or len(lb.squeeze(following)) < 8 or lb.whole_label(following):
            return None
        hit = lb.fragment_label(text)
        if hit is None or not (hit.key is None or self.free(hit.key)):
            return self.label_remnant(i, row, text)
        self.label(hit.key, text, row)
        return i + 1

    def label_remnant(self, i: int, row: int, text: str) -> int | None:
        """`會` alone between two paragraphs: what is left of a vertical label (社會效果)
        whose other rows the page lost, when it can be one field's only, among those not
        given yet; between paragraphs of text a label stands, not a word."""
        before = self.tokens[-1] if self.tokens else None
        if before is None or before.kind != "value" or len(before.text) < 20:
            return None
        if lb.kind_of(self.current) is not Kind.TEXT:
            return None
        keys = {k for k in lb.keys_holding(text) if self.free(k)}
        following = self.cells[i + 1][1] if i + 1 < len(self.cells) else ""
        if len(keys) > 1 and _SENTENCE.search(following):
            # `推` before a paragraph: a paragraph's label, of a field that holds text
            keys = {
                k for k in lb.keys_holding(text, opening=True) & keys if lb.kind_of(k) is Kind.TEXT
            }
        if len(keys) != 1:
            return None
        self.label(keys.pop(), text, row)
        return i + 1

    def note_line(self, i: int, row: int, text: str) -> int | None:
        """The label's note on a line of its own: `（120字以上）`."""
        if not self.has_value and self.tokens and _PAREN_ONLY.match(text):
            if lb.is_label(text) or (_instruction_like(text) and len(lb.squeeze(text)) <= 12):
                return i + 1
        return None

    def bracket_only(self, i: int, row: int, text: str) -> int | None:
        """`︵` alone where a label is due, long text after it: the 中国新闻奖 form's two
        bracketed vertical labels (`︵ 采作 编品 过简 程介 ︶`, `︵ 初推 评荐 评理 语由 ︶`)
        cut to their bracket, in the form's order."""
        following = self.cells[i + 1][1] if i + 1 < len(self.cells) else ""
        if text.strip() not in ("︵", "︵︶") or not self.has_value or len(following) < 20:
            return None
        key = next((k for k in ("process", "review") if self.free(k)), None)
        if key is None:
            return None
        self.label(key, text, row)
        return i + 1

    def broken_label(self, i: int, row: int, text: str) -> int | None:
        return self.merge_broken_label(i)

    def labels_with_colon(self, i: int, row: int, text: str) -> int | None:
        """`作品标题：… 作者：…`: each label with the value up to the next one."""
        hits = [
            h
            for n, h in enumerate(lb.labels_with_colon(text))
            if h.key is None or self.free(h.key) or (n == 0 and h.start == 0 and self.again(h.key))
        ]
        if not hits or not (
            hits[0].start == 0 or self.has_value or len(lb.squeeze(hits[0].label)) >= 2
        ):
            return None
        self.value(text[: hits[0].start], row)
        for n, hit in enumerate(hits):
            if not (n == 0 and hit.key == self.current and not self.has_value):
                self.label(hit.key, hit.label, row)  # not `采编过程` / `作品简介：…`, one label
            end = hits[n + 1].start if n + 1 < len(hits) else len(text)
            after = text[hit.end : end].rstrip().rstrip(";；")  # `河边；作者：…`
            if not (_PAREN_ONLY.match(after) and len(lb.squeeze(after)) <= 12):
                self.value(after, row)  # `刊播版面：(版次和名称)`: the label's note, no value
        return i + 1

    def again(self, key: str | None) -> bool:
        """A field's label opening a cell right after the same field's is still its label:
        原创单位：… then 刊播单位：…, or `采编过程` over `作品简介：…` (one label in two names).
        Further on it is the page's (`責任編輯: …` under the form)."""
        return key is not None and key == self.current

    def unkept_label_at_start(self, i: int, row: int, text: str) -> int | None:
        """作者单位 绵阳日报社: a label the archive leaves out, then its value."""
        start = lb.label_at_start(text)
        if start and start.key is None and self.has_value and text[start.end :].strip():
            self.label(None, start.label, row)
            self.value(text[start.end :], row)
            return i + 1
        return None

    def label_at_start(self, i: int, row: int, text: str) -> int | None:
        """`首发日期2022.6.2`: a field's label run into its value."""
        start = lb.label_at_start(text)
        short = lb.kind_of(start.key if start else None) is not Kind.TEXT
        if not (start and start.key):
            return None
        in_value = not self.has_value
        rest = text[start.end :].strip()
        # set off by a space or colon, or by its note's closing bracket (`作品字数(时长)420字`)
        set_off = start.end > start.start + len(start.label) or lb.fold(start.label).endswith(")")
        if (
            in_value
            and set_off
            and rest
            and start.key == self.current
            and lb.squeeze(start.label) != lb.squeeze(self.tokens[-1].text)
        ):
            self.value(rest, row)  # `采编过程` over `作品简介  洞庭湖…`: one label in two names
            return i + 1
        if not (self.free(start.key) or (short and self.has_value and self.again(start.key))):
            return None
        size = len(lb.squeeze(start.label))
        if _LABEL_TAILS.match(lb.squeeze(rest)) and len(lb.squeeze(rest)) <= 6:
            rest = ""  # 作者单位, 推荐单位意见: another label, not 作者 + a value
        # `〔作 者〕王爽,周福寶`: a label in brackets is set off as a label, whatever its size
        brief = _boxed(text, start) or (len(rest) <= 40 and not _SENTENCE.search(rest))
        # `体裁` left empty, then `语种  中文`: a label set off from a short value by spaces
        # is the next row, not the waiting label's value
        if rest and (
            (not in_value and (size >= 3 or brief))
            or (in_value and size >= 4 and len(rest) <= 80 and not self.rows[row].table)
            or (in_value and brief and set_off and lb.kind_of(self.current) is not Kind.TEXT)
        ):
            self.label(start.key, start.label, row)
            self.pairs_in(rest, row)
            return i + 1
        return None

    def label_at_end(self, i: int, row: int, text: str) -> int | None:
        """`伍军编 辑`: a value run into the next field's label."""
        end = lb.label_at_end(text)
        if not (
            end and end.key and self.free(end.key) and end.key != self.current and end.start > 0
        ):
            return None
        before = text[: end.start].strip()
        size = len(lb.squeeze(end.label))
        spaced = bool(re.search(r"\s", end.label))
        following = self.cells[i + 1][1] if i + 1 < len(self.cells) else ""
        value_follows = (
            bool(following) and not lb.whole_label(following) and not is_signature(following)
        )
        current_is_text = lb.kind_of(self.current) is Kind.TEXT
        if (
            before
            and (spaced or value_follows)
            and (size >= 4 or (not current_is_text and len(before) <= 60))
        ):
            self.value(before, row)
            self.label(end.key, end.label, row)
            return i + 1
        return None

    def fragment_at_end(self, i: int, row: int, text: str) -> int | None:
        """`……热烈反响。初评` over a paragraph: a paragraph run into the first row of the
        next box's vertical label (初评评语), a field's label not given yet whose
        characters these are; the label, not more of the text."""
        m = _FRAGMENT_AFTER_SENTENCE.search(text)
        following = self.cells[i + 1][1] if i + 1 < len(self.cells) else ""
        prose = len(following) >= 20 and bool(_SENTENCE.search(following))
        if m is None or lb.kind_of(self.current) is not Kind.TEXT or not prose:
            return None
        keys = {k for k in lb.keys_holding(m.group(1), opening=True) if self.free(k)}
        keys = {k for k in keys if lb.kind_of(k) is Kind.TEXT}
        if len(keys) != 1:
            return None
        self.value(text[: m.start(1)], row)
        self.label(keys.pop(), m.group(1), row)
        return i + 1

    def empty_unknown_row(self, i: int, row: int, text: str) -> int | None:
        """`发布渠道` alone in its row, worded like a label, a known label next: a row the form
        left empty, not more of the value before it (nor the waiting label's value)."""
        s = lb.squeeze(text)
        following = self.cells[i + 1][1] if i + 1 < len(self.cells) else ""
        if len(self.rows[row].cells) != 1 or not 2 <= len(s) <= 8 or not following:
            return None
        if _SENTENCE.search(s) or re.search(r"\d", s) or not lb.whole_label(following):
            return None
        words = _LABEL_WORDS.findall(s)
        if not words or lb.kind_of(self.current) is Kind.TEXT:
            return None
        if words == ["人"] and lb.kind_of(self.current) is Kind.NAMES:
            return None  # `王家人`: a name may end so
        self.label(None, text, row)
        self.tokens[-1].key = "?"
        return i + 1

    def unknown_label(self, i: int, row: int, text: str) -> int | None:
        if self.has_value and self.looks_like_unknown_label(i):
            self.label(None, text, row)
            self.tokens[-1].key = "?"
            return i + 1
        return None

    def sign(self, text: str, row: int) -> None:
        """A line of the signature block: no label is waiting for a value after it."""
        self.tokens.append(Token("signature", text, row))
        self.current, self.has_value = None, True

    def signs_off(self, i: int, key: str) -> bool:
        """`推荐单位（盖章）` is a label in the table, but the place to sign when the field
        is already filled, or when a loose line has nothing but a date after it."""
        if not self.free(key):
            return True
        row = self.cells[i][0]
        if self.rows[row].table:
            return False
        following = self.cells[i + 1][1] if i + 1 < len(self.cells) else ""
        return not following or is_signature(following) or _blank_date(following)

    def pairs_in(self, text: str, row: int) -> None:
        """A short value may hold more labels set off by spaces: `李怡霏 编辑 莫尔佳`; or
        open with one in brackets (`〔體裁〕〔語種〕中文`: the label before it left empty)."""
        boxed = lb.label_at_start(text)
        if boxed and boxed.key and _boxed(text, boxed) and self.free(boxed.key):
            self.label(boxed.key, boxed.label, row)
            self.pairs_in(text[boxed.end :].strip(), row)
            return
        hits = []
        if len(text) <= 100 and lb.kind_of(self.current) is not Kind.TEXT:
            hits = [h for h in lb.labels_spaced(text) if h.key and self.free(h.key)]
        if not hits:
            self.value(text, row)
            return
        self.value(text[: hits[0].start], row)
        for n, hit in enumerate(hits):
            self.label(hit.key, hit.label, row)
            end = hits[n + 1].start if n + 1 < len(hits) else len(text)
            self.value(text[hit.end : end], row)

    def merge_broken_label(self, i: int) -> int | None:
        """`作品` / `评介` / `(120字以上)` on separate lines or cells: one label."""
        row, text = self.cells[i]
        if len(lb.squeeze(text)) > 6 or not lb.is_label_prefix(text):
            return None
        joined = text
        for j in range(i + 1, min(i + 5, len(self.cells))):
            piece = self.cells[j][1]
            if self.broken_label_run_in(text, piece, self.cells[j][0]):
                return j + 1
            if len(lb.squeeze(piece)) > 12:
                return None
            joined += piece
            hit = lb.whole_label(joined)
            if hit and (hit.key is None or self.free(hit.key)):
                # `作`/`品`/`评`/`介`: 作品评 is already read as 作品评介; its last piece too
                while j + 1 < len(self.cells) and len(lb.squeeze(self.cells[j + 1][1])) <= 2:
                    longer = lb.whole_label(joined + self.cells[j + 1][1])
                    if longer is None or longer.key != hit.key:
                        break
                    joined, j = joined + self.cells[j + 1][1], j + 1
                self.label(hit.key, joined, row)
                return j + 1
            if not lb.is_label_prefix(lb.strip_notes(lb.squeeze(joined))):
                return None
        return None

    def broken_label_run_in(self, text: str, piece: str, row: int) -> bool:
        """`作品` / `字数:1808`: a label's first line, then its last run into the value."""
        hit = lb.label_at_start(text + piece)
        if not (hit and hit.key and self.free(hit.key)) or hit.end <= len(text):
            return False
        if hit.start + len(hit.label) <= len(text) or not (
            hit.colon or hit.end < len(text + piece)
        ):
            return False
        rest = (text + piece)[hit.end :].strip()
        if not rest or lb.label_at_start(piece) is None:
            return False
        self.label(hit.key, (text + piece)[: hit.end], row)
        self.value(rest, row)
        return True

    def looks_like_unknown_label(self, i: int) -> bool:
        """A short cell where a label stands: first in a table row with a value beside it,
        ending in a colon, or worded like a label (…单位, …日期) with a value beside it."""
        row, text = self.cells[i]
        s = lb.squeeze(text)
        if not s or len(s) > 12 or _SENTENCE.search(s) or re.search(r"\d", s):
            return False
        if lb.kind_of(self.current) is Kind.NAMES and len(s) <= 4:
            return False
        if text.rstrip().endswith((":", "：")):
            return True
        following = self.cells[i + 1] if i + 1 < len(self.cells) else None
        value_beside = (
            following is not None and following[0] == row and not lb.whole_label(following[1])
        )
        first_in_row = i == 0 or self.cells[i - 1][0] != row
        if value_beside and first_in_row and self.rows[row].table:
            return True
        label_next = following is None or bool(lb.whole_label(following[1]))
        if (
            self.rows[row].table
            and len(self.rows[row].cells) == 1
            and label_next
            and _LABEL_WORDS.search(s)
        ):
            return True  # `传播数据 | |`: a row left empty, its label alone

        return value_beside and bool(_LABEL_WORDS.search(s))


_SIGNATURE_TAIL = re.compile(
    r"(?:(?:负责人|领导|总编辑|评委|主任)?\s*(?:签名|签字|签章)|[(（]?\s*盖[^()（）]{0,6}章\s*[)）]?)[\s\S]{0,60}$"
)
# A signature with its date left blank (`领导签名: (推荐单位盖章) 2021年 月 日`), wherever it stands
_SIGNED_BLANK_DATE = re.compile(
    r"(?:(?:负责人|领导|总编辑|评委|主任)?\s*(?:签名|签字|签章)|[(（]\s*[^()（）]{0,6}盖[^()（）]{0,6}章\s*[)）])"
    r"[^。！？!?]{0,80}?\d{4}\s*年\s*月\s*日"
)
# what may follow a signature word: the seal's note and a blank date, or a signer's name
# and the date signed (`签名：张三 2023年5月1日`)
_SIGNATURE_REST = re.compile(
    r"^[\s:：()（）盖单位公章签名字年月日\d]*$"
    r"|^[\s:：()（）]*[\u4e00-\u9fff·]{2,4}[\s:：()（）]*\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*$"
)


_PAGE_EDITOR = re.compile(r"^\(?\s*(?:责任编辑|编辑|责编)\s*:\s*[\u4e00-\u9fff·]{2,5}\s*\)?$")
_SIGNER_WORDS = re.compile(r"负责人|领导|总编辑|评委|主任|签名|签字|签章|盖|章|单位|公")
_FORM_TITLE = re.compile(r"(?:推荐|申报|报送|登记)表$")


def _without_signature(text: str) -> str:
    """`作品……。 签名：（盖单位公章） 2024年 月 日` → the value without its signature lines."""
    folded = lb.fold(text)  # `簽名：（蓋單位公章）` as `签名：(盖单位公章)`, same positions
    block = _SIGNED_BLANK_DATE.search(folded)
    if block and block.start() > 0:
        # `……荣誉。领导签名: (推荐单位盖章)2021年 月 日超长作品…`: a form run on past its
        # signature (a dump on one line): the value ends where the signature begins
        return text[: block.start()]
    if not _SIGNATURE.search(folded[-80:]):
        return text
    m = _SIGNATURE_TAIL.search(folded, max(0, len(text) - 80))
    while m and not _SIGNATURE_REST.match(_SIGNER_WORDS.sub("", folded[m.start() :])):
        m = _SIGNATURE_TAIL.search(folded, m.start() + 1)
    return text[: m.start()] if m else text


def _boxed(text: str, hit: lb.LabelHit) -> bool:
    """The label opens the text in brackets (`【作者】`, `〔作 者〕`)."""
    return lb.fold(text[: hit.start]).strip() == "("


def _instruction_like(text: str) -> bool:
    return bool(INSTRUCTION.search(lb.squeeze(text)))


INSTRUCTION = re.compile(
    r"不另报|请填写|请注明|须注明|需注明|应注明|填写|注明|字以上|字以内|字以下|不超过|不少于|不低于|不多于|"
    r"可不填|可不报|不填|填报|填報|限填|选填|必填|如无|若无|如有|此栏|此项|本栏|本项|例如|例:|名称和版次|主创人员|时长"
)


_REPRESENTATIVE = re.compile(r"代表作(?:基本情况|基本情況)|^[上下]半年代表作")


def _without_representative_works(rows: list[Row]) -> tuple[list[Row], bool]:
    """A 新闻专栏 sheet names the column, then describes its 代表作 (representative works):
    those are other works, not fields of the column's entry; the form ends before them.
    So does a 系列's or 专栏's 代表作 sheet (`代表作1`, `代表作品（二）`, `代表作目录`) after
    the form's labels, in a row of its own or inside one (a form on one line)."""
    for n, row in enumerate(rows):
        if n and _REPRESENTATIVE.search(lb.squeeze(row.cells[0])):
            return rows[:n], True
    labelled = False
    for n, row in enumerate(rows):
        for c, cell in enumerate(row.cells):
            if labelled and lb.representative_mark(cell) == 0:
                return [*rows[:n], *([Row(row.cells[:c], row.table, row.line)] if c else [])], False
            labelled = labelled or bool(lb.whole_label(cell) or lb.label_at_start(cell))
    return rows, False


def parse_rows(rows: list[Row]) -> ParsedForm:
    rows, column = _without_representative_works(rows)
    rows = _zip_header_rows(_merge_vertical(rows))
    reader = _Reader(rows)
    tokens = reader.read()
    labels = [n for n, t in enumerate(tokens) if t.kind == "label"]
    if not labels:
        return ParsedForm([t.text for t in tokens], {}, {}, [], None)
    # labels the archive leaves out (联系人, 推荐单位意见) still belong to the form
    first = labels[0]
    last = max(
        n
        for n, t in enumerate(tokens)
        if t.kind == "label" or (t.kind == "other" and t.key is None)
    )
    end_row = _form_end(tokens, last, rows)
    heading = [t.text for t in tokens[:first] if t.kind in ("value", "other", "heading")]
    heading += [t.text for t in tokens[first:] if t.kind == "heading"]
    parsed = ParsedForm(heading, {}, {}, [] if column else rows[end_row + 1 :], column=column)
    current: str | None = None
    for t in tokens[first:]:
        if t.row > end_row:
            break
        if t.kind == "label":
            current = t.key
            parsed.labels_seen.setdefault(t.key or "", []).append(t.text)
            parsed.values.setdefault(t.key or "", [])
        elif t.kind == "other":
            current = "?" if t.key == "?" else "-"
            (parsed.unknown if t.key == "?" else parsed.ignored).append((t.text, ""))
        elif t.kind in ("heading", "page"):
            current = None
        elif t.kind == "signature":
            m = _YEAR.search(lb.fold(t.text))
            if m:
                parsed.year = int(m.group(1))
            current = None
        elif current in ("?", "-"):
            bucket = parsed.unknown if current == "?" else parsed.ignored
            label, old = bucket[-1]
            bucket[-1] = (label, (old + " " + t.text).strip())
            m = _YEAR.search(lb.fold(t.text))
            if m and lb.squeeze(label) in ("填表日期", "推荐日期") and parsed.year is None:
                parsed.year = int(m.group(1))
        elif current is None:
            parsed.stray.append(t.text)
        else:
            parsed.values[current].append(t.text)
    if parsed.year is None:
        parsed.year = reader.signed_year
    parsed = _with_lost_effect_label(_with_prose_after_length(parsed))
    return _with_lost_authors_label(_without_next_label_start(parsed))


def _without_next_label_start(parsed: ParsedForm) -> ParsedForm:
    """`……热烈反响。初` / `评` over `评语` and the review: a text's last sentence, then the
    first rows of the next box's vertical label (初评评语), run into it or on lines of
    their own. Those characters begin the next field's label; they are not the text."""
    order = list(parsed.values)
    for key, following in zip(order, order[1:], strict=False):
        pieces = parsed.values[key]
        if lb.kind_of(key) is not Kind.TEXT or not pieces:
            continue
        tail = ""
        while len(pieces) > 1 and re.fullmatch(r"[\u4e00-\u9fff]", lb.squeeze(pieces[-1])):
            tail, pieces = lb.squeeze(pieces[-1]) + tail, pieces[:-1]
        m = _FRAGMENT_AFTER_SENTENCE.search(pieces[-1])
        if m and following in lb.keys_holding(m.group(1) + tail, opening=True):
            parsed.values[key] = [*pieces[:-1], pieces[-1][: m.start(1)].rstrip()]
    return parsed


# A length as forms write it: counts and durations, their units, separators and a short note
# (`2345字`, `约 2345 字`, `3分20秒`, `2873字、0:10:28`, `1434、1632、1640字（含标题）`)
_LENGTH_HEAD = re.compile(
    r"^\s*(?:(?:总|總|全文|共|约|約|计|計)?\s*(?:字数|字數|时长|時長)?\s*[:：]?\s*[约約共]?\s*"
    r"\d[\d,，.:：]*\s*(?:个|個)?\s*(?:字符|字|小时|小時|时|時|分钟|分鐘|分|秒钟|秒鐘|秒|[′″'\"])?"
    r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:[、,，;；/／+和及与]\s*|\s+|(?=\d))?)+"
)


def _prose_after_length(value: str) -> tuple[str, str] | None:
    """`2345字 记者深入河边村,住进农户家中,……`: the count, then a paragraph that is no
    part of it (a row whose label the page lost, run into the length's cell)."""
    head = _LENGTH_HEAD.match(value)
    if head is None or not re.search(r"\d", head.group()):
        return None
    rest = value[head.end() :].strip().lstrip("。.;；").strip()
    if not _paragraph(rest) or re.match(r"[\d)）]", rest):
        return None
    return head.group().strip().rstrip("、,，;；/／。"), rest


def _paragraph(text: str) -> bool:
    return len(text) >= 40 and bool(_SENTENCE.search(text))


def _with_prose_after_length(parsed: ParsedForm) -> ParsedForm:
    """A paragraph in the length's value (its cell, or the lines under it) is the text of a
    row whose label the page lost: the field whose label's remnant stands before it
    (`6426` / `采过` / `记者深入……`: 采编过程), else the first text field with no value
    that a form puts after its length (采编过程; 作品评介 in a form whose 采编过程 is given).
    Never dropped: with no such field it stays the length's."""
    pieces = parsed.values.get("length", [])
    while len(pieces) > 1 and any(lb.kind_of(k) is Kind.TEXT for k in lb.keys_holding(pieces[-1])):
        pieces = pieces[:-1]  # `15585` / `采過` / `(作品簡介)`: the next label's remnant
    parsed.values["length"] = pieces
    split = _prose_after_length(pieces[0]) if pieces else None
    if split:
        count, prose = [split[0]], [split[1], *pieces[1:]]
    else:
        n = next((n for n, p in enumerate(pieces) if n and _paragraph(p)), None)
        if n is None:
            return parsed
        count, prose = pieces[:n], pieces[n:]
    missing = {k for k in _LONG_TEXTS if k != "body" and not parsed.values.get(k)}
    remnant: set[str | None] = set()
    while len(count) > 1 and (held := lb.keys_holding(count[-1]) & missing):
        remnant = held  # `采过`: what the page kept of the lost label
        count.pop()
    order = ("evaluation", "effect") if parsed.values.get("process") else ("process", "effect")
    free = remnant.pop() if len(remnant) == 1 else next((k for k in order if k in missing), None)
    if free is None:
        return parsed
    parsed.values["length"] = count
    parsed.values[free] = [*prose, *parsed.values.get(free, [])]
    parsed.labels_seen.setdefault(free, [])
    return parsed


# What a 社会效果 paragraph says: the work's reach and response, in words a process does not use.
_EFFECT_WORDS = re.compile(
    r"转载|轉載|反响|反響|阅读量|閱讀量|点击量|點擊量|浏览量|瀏覽量|播放量|转发量|轉發量|批示"
)


def _with_lost_effect_label(parsed: ParsedForm) -> ParsedForm:
    """The 中国新闻奖 form's rows run 采编过程 → 社会效果 → 初评评语. When the page lost the
    社会效果 label (and left 采编过程 empty), its paragraphs come under 采编过程: from the
    first paragraph that speaks of reprints and response on, they are the effect."""
    order = list(parsed.values)
    pieces = parsed.values.get("process", [])
    if "effect" in parsed.values or len(pieces) < 2 or "review" not in order:
        return parsed
    if order.index("review") != order.index("process") + 1:
        return parsed
    first = next((n for n, p in enumerate(pieces) if _EFFECT_WORDS.search(p)), None)
    if first is None:
        return parsed
    parsed.values["process"], effect = pieces[:first], pieces[first:]
    parsed.values["effect"] = effect
    parsed.labels_seen["effect"] = []  # the label itself is lost
    return parsed


# A line of names alone (`肖振生,崔霞 ,吳杰 ,王剛`): two or more, of two to four characters
_NAMES_LINE = re.compile(
    r"^[\u3400-\u9fff·]{2,4}(?:\s*[,，、;；/]\s*[\u3400-\u9fff·]{2,4}|\s+[\u3400-\u9fff·]{2,4})+$"
)
_LANGUAGE_THEN_NAMES = re.compile(
    r"^(中英文|中文|英文|汉语|漢語|[\u4e00-\u9fff]{1,3}?[语語])\s*(\S.*)$"
)
_LONG_TEXTS = ("evaluation", "process", "effect", "review", "body")


def _with_lost_authors_label(parsed: ParsedForm) -> ParsedForm:
    """A form whose 作者 label the page lost (`語種` `中文` `肖振生,崔霞`): a line of names
    alone, after a short field's one-line value, is the authors."""
    if "authors" in parsed.values:
        return parsed
    language = parsed.values.get("language", [])
    names = _LANGUAGE_THEN_NAMES.match(language[0].strip()) if len(language) == 1 else None
    if names and _NAMES_LINE.match(names.group(2)):
        # `語種中文肖振生,崔霞`: a language is one word; the names run into it are the authors'
        parsed.values["language"], parsed.values["authors"] = [names.group(1)], [names.group(2)]
        parsed.labels_seen["authors"] = []
        return parsed
    for key, pieces in parsed.values.items():
        if key in _LONG_TEXTS or len(pieces) != 2 or not _NAMES_LINE.match(pieces[1].strip()):
            continue
        parsed.values[key] = pieces[:1]
        parsed.values["authors"] = pieces[1:]
        parsed.labels_seen["authors"] = []  # the label itself is lost
        break
    return parsed


def _form_end(tokens: list[Token], last: int, rows: list[Row]) -> int:
    """The form's last row: the signature block closes it (whatever follows is the work),
    else the last label's value and the text that continues it."""
    last_row = tokens[last].row
    end_row = last_row
    signatures = [t for t in tokens[last:] if t.kind == "signature" and t.row - last_row <= 8]
    if signatures:
        return signatures[-1].row
    waiting = True
    point = False  # the last line taken was a numbered point: its paragraph follows
    taken = ""  # the last line taken
    for t in tokens[last + 1 :]:
        if t.row == last_row:
            waiting = waiting and t.kind != "value"
            taken = t.text if t.kind == "value" else taken
            continue
        if rows[t.row].table or (waiting and t.kind == "value"):
            end_row, taken = t.row, t.text
            waiting = False
            continue
        near = rows[t.row].line - rows[end_row].line <= 2  # no lost rows between
        open_ = near and t.kind == "value" and _left_open(taken) and _prose_line(t.text)
        # after a line merely unfinished, a headline (no mark in it) is the work's
        open_ = open_ and (bool(_OPEN_END.search(taken)) or bool(_SENTENCE.search(t.text)))
        if _continues_text(tokens[last], t, near) or (point or open_) and t.kind == "value":
            end_row, taken = t.row, t.text
            point = bool(_ENUMERATION.match(t.text)) and len(t.text) < 60
            continue
        break
    return end_row


def _left_open(line: str) -> bool:
    """`记者深入河边村蹲点采访,住进农户家中,与`: a line of a text that stops inside its
    sentence (a page wrapped at its width); what follows right under it is that sentence."""
    if _OPEN_END.search(line):
        return True
    prose = len(line) >= 15 and bool(_SENTENCE.search(line))
    return prose and not _PARAGRAPH_END.search(line) and not _PAREN_ONLY.match(line)


def _prose_line(line: str) -> bool:
    """A line of a sentence (`村民同吃同住,记录下…`), not a row's label (`播出频次`) nor a
    page's link under the form (`相关新闻`), nor a row opening with its label."""
    if lb.label_at_start(line) or _LINK.match(line):
        return False
    return bool(_SENTENCE.search(line)) or len(line) >= 15


_LINK = re.compile(r"\s*(?:https?://|www\.)", re.IGNORECASE)  # the work's link under the form
_OPEN_END = re.compile(r"[,，、;；:：]\s*$")


def _continues_text(label: Token, token: Token, near: bool) -> bool:
    """A long paragraph after the last field's text, with no headline between them, is
    more of that text (a form ending in 社会效果 over several paragraphs), not the work; so
    is a numbered point (`一、以……为核心`, `（二）……`): a field's text is set out in points,
    a work's text starts with its headline, never with a point."""
    if label.kind != "label" or lb.kind_of(label.key) is not Kind.TEXT or token.kind != "value":
        return False
    if _ENUMERATION.match(token.text) and not lb.label_at_start(token.text):
        return True
    if _NOTE_LINE.match(token.text):
        return False
    # `同意推荐。` right under the review, a closing box: a short paragraph that ends a
    # sentence is the review's too; one that ends none (`在各方努力下，某某`) is the work's
    # headline, the body after the form (under another text, 采编过程, a short paragraph
    # may be a row whose label the page lost)
    prose = bool(_SENTENCE.search(token.text[:-1])) or len(token.text) <= 12
    ended = near and label.key in _CLOSING and bool(_PARAGRAPH_END.search(token.text))
    ended = ended and prose and not _LINK.match(token.text)
    return ended or (len(token.text) >= 60 and bool(_SENTENCE.search(token.text)))


# 初评评语, 推荐理由, 社会效果: the boxes a form ends with (no row after them to lose)
_CLOSING = ("review", "evaluation", "effect")
_PARAGRAPH_END = re.compile(r"[。！？!?]\s*[”」』]?\s*$")


def body_lines(rows: list[Row]) -> list[str]:
    """The work's text after the form: signature and note lines at its start dropped."""
    lines = [" ".join(r.cells) for r in rows]
    while lines and (is_signature(lines[0]) or _NOTE_LINE.match(lines[0]) or not lines[0].strip()):
        lines.pop(0)
    return lines
