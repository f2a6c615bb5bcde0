"""How the form reader holds up on shapes of the tuning forms it has not seen:
`python benchmarks/form_variants.py [-v] [--variant NAME] [--form STEM] [--seeds N] [--show]`.

Each tuning form (the check set aside: five stems drawn by `random.Random(55)`, scored by
import_score only, never varied here) is rewritten mechanically the way another copy of the
same form on another page could be written, and scored against its own .yml with
import_score's logic. Each variant's total is printed beside the original's, in one run:

- `qmark`: a `?` for a lost character of a long label, or in a lost space (`作??者`, `作 ?者`);
- `gloss`: pinyin glosses after label characters (`標(biāo)題`), from the small table below;
- `lostgloss`: a label character lost with its gloss's bracket (`字?jǐn)?shù)`);
- `lostvalue`: glossed characters of the values lost so too (the .yml keeps them);
- `gloss-values`: the same glosses inside the values too (the .yml has none);
- `script`: the labels in the other script (simplified ↔ traditional, OpenCC);
- `synonym`: each label swapped for another label of the same field (model.FIELDS aliases);
- `colon`: a full- or half-width colon after each label;
- `inline`: a label and the value after it in one cell, a colon between (`作者：张三`);
- `brackets`: labels in brackets run into their values (`【作品标题】河边`);
- `oneline`: the form's cells on one line, joined by spaces;
- `noheading`: the lines before the first label left out (the fields they gave too);
- `shuffle`: the labelled rows in another order (the last stays last: the work may follow);
- `emptyrow`: a labelled row with no value inserted (`传播数据`, or a field the form lacks);
- `unknownrow`: the same with a label the lexicon does not know (`联系方式`);
- `spaced`: a label and its value in one cell, set off by spaces only (`作者  张三`);
- `layout`: a table's cells one per line, or a one-cell-per-line form as table rows;
- `cellrows`: every cell a table row of its own (`作品标题 |` / `河边 |`);
- `chrome`: a page's breadcrumb, byline and buttons above the form, its editor under it;
- `notes`: an instruction after some labels (`推荐单位（请填写全称）`);
- `numbered`: labels numbered or starred (`1. 作品标题`, `一、作者`, `*体裁`);
- `pairs`: two label-value pairs to a table row, or one where the form had two;
- `header`: short fields as a row of labels over a row of values;
- `vertical`: a text field's four-character label printed down its cell (`采`/`编`/…), or
  read across into one cell (`︵ 采 编 过 程 ︶`), with noise;
- `vnoise`: noise inside the form's own vertical labels (`採 ?作`, `︵ 采作 ?? 编品 …`);
- `glued`: the form's cells run together with no separator at all, labels glued to their
  values and to each other (`作品标题河边参评项目消息作者张三…`), as a document dump gives them;
- `gluedrows`: each labelled row run into its value, two or three rows to a line;
- `english`: labels in English, alone or beside the Chinese one (`Title`, `作品标题 Title`,
  `Author(s)/作者`), as 国际传播 forms print them, one cell each or on one line;
- `daibiaozuo`: a 代表作 sheet (the representative works of a 专栏/系列, each with its own
  标题, 刊播日期, 版面, 字数) after the form, whose values are not the form's;
- `labelswap`: labels swapped for spellings other years' templates print (`项目`, `播出时间`,
  `字数（时长）`, `推荐理由`, `传播效果`, `A/B` of two labels of one field), with noise;
- `review`: the 初评评语 row as other templates print it (`初评评语（推荐理由）`, `评语`,
  `推荐评语`, or split over two lines `初评` / `评语`), its cell ending in the judge's
  signature and a blank date (`签名：王明 2023年 月 日`), which is not the review;
- `lengths`: a character count written other ways (`1500 字`, `字数 1500` run in, `约1500字`,
  which the .yml then keeps as written);
- `templates`: the title, process and review labels as other templates name them
  (`稿件名称`, `作品简介与采编过程`, `节目简介`, `初评机构推荐理由`, `初审意见`);
- `sentences`: a text field's paragraph one sentence to a line, the review's closing
  `同意推荐。` on a line of its own now and then (the .yml's value gets the spaces);
- `columnheads`: a table form whose first row heads its columns (`| 项目 | 具体情况 |`);
- `lostlabel`: the text row's label right after the length lost (left out, `??︵`, or
  `采?过?`), its paragraph then under the length's value;
- `runinlabel`: a text box's vertical label's first row or two run into the end of the
  text above it (`……热烈反响。初` / `评 评 语`);
- `headwords`: the text boxes' labels in words the lexicon does not hold, named by their
  last word (`内容提要`, `采访报道过程`, `评选意见`, `社会反响情况`);
- `combined`: other script, synonyms, noise, lost glosses and glosses at once, then two of
  colon, inline, oneline, noheading, shuffle, layout, cellrows, chrome, unknownrow, glued,
  gluedrows, english, daibiaozuo, labelswap.

Every variant is seeded by the form's name: the same run gives the same variants.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import opencc
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_score import DEFAULT, FormScore, score_form  # noqa: E402

from award_archive.authoring.importer import labels as lb  # noqa: E402
from award_archive.authoring.importer import tokenizer  # noqa: E402
from award_archive.authoring.importer.readings import LABEL_READINGS  # noqa: E402
from award_archive.authoring.importer.text import text_rows  # noqa: E402
from award_archive.contract.model import FIELDS, Kind  # noqa: E402


def check_set(folder: Path = DEFAULT) -> set[str]:
    """The five tuning forms kept for scoring only (task rule: Random(55))."""
    stems = sorted({p.stem for p in folder.glob("*.txt")})
    return set(random.Random(55).sample(stems, 5))


# Pinyin of the label characters: the importer's own table (readings.py), so a gloss the
# variants add is one a mirror page could give for that character.
PINYIN = LABEL_READINGS
_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
_UNKEPT_ROWS = ("传播数据", "全媒体传播实效", "备注")  # not 刊播周期: a 新闻专栏 label


@dataclass
class Line:
    cells: list[str]
    table: bool

    def text(self) -> str:
        return " | ".join(self.cells) + " |" if self.table else self.cells[0]


@dataclass
class Label:
    line: int
    cell: int
    key: str | None
    label: str  # the label as cleaned (note and colon included)
    rest: str  # the cell's text after the label ("" for a label cell of its own)


@dataclass
class Form:
    source: str  # the `# source:` line
    lines: list[Line]
    labels: list[Label]

    def text(self) -> str:
        return "\n".join([self.source, *(line.text() for line in self.lines)]) + "\n"


def read_form(text: str) -> Form:
    source, _nl, body = text.partition("\n")
    lines: list[Line] = []
    for raw in body.split("\n"):
        if not raw.strip():
            continue
        for row in text_rows(raw):  # cells split as the importer splits them
            lines.append(Line(row.cells, row.table))
    for n in range(len(lines) - 2, -1, -1):  # `作品` / `字数`: one label over two lines
        a, b = lines[n], lines[n + 1]
        if not a.table and not b.table and not lb.whole_label(a.cells[0]):
            if lb.is_label_prefix(a.cells[0]) and lb.whole_label(a.cells[0] + b.cells[0]):
                lines[n : n + 2] = [Line([a.cells[0] + b.cells[0]], False)]
    form = Form(source, lines, [])
    for n, line in enumerate(lines):
        if "代表作" in line.cells[0]:
            break  # a 新闻专栏 sheet's representative works: other works, not this form
        for c, cell in enumerate(line.cells):
            found = _label_in(cell)
            after_label = bool(form.labels) and (form.labels[-1].line, form.labels[-1].cell) in (
                (n, c - 1),
                (n - 1, len(lines[n - 1].cells) - 1),
            )
            again = found is not None and found[0] in {lab.key for lab in form.labels}
            if again and found[0] not in (None, "outlet"):
                continue  # `責任編輯: …` under the form: the page's, not a label
            if found and not (after_label and _is_note([tokenizer.clean(cell).strip()])):
                form.labels.append(Label(n, c, *found))  # not `(主创人员)` under `作者`
    return form


def _label_in(cell: str) -> tuple[str | None, str, str] | None:
    clean = tokenizer.clean(cell).strip()
    if len(clean) <= 40:
        whole = lb.whole_label(clean)
        if whole:
            return whole.key, clean, ""
    start = lb.label_at_start(clean)
    set_off = start is not None and (start.colon or clean[start.end - 1 : start.end].isspace())
    if start and start.key and start.start == 0 and set_off and len(clean) - start.end >= 2:
        label = clean[: start.end].rstrip()
        return start.key, label, clean[len(label) :].rstrip()  # the space after kept
    return None


def _set_label(form: Form, label: Label, new: str) -> None:
    cell = new if not label.rest else f"{new}{label.rest}"
    form.lines[label.line].cells[label.cell] = cell


def _core(label: str) -> tuple[str, str]:
    """A label → its words and what follows them (note, colon)."""
    m = re.match(r"^(.*?)(\s*[(（︵].*|\s*[:：]\s*)?$", label)
    assert m
    return m.group(1), m.group(2) or ""


# --- label mutations --------------------------------------------------------------------


def _qmark(label: str, rng: random.Random) -> str:
    words, tail = _core(label)
    chars = [i for i, c in enumerate(words) if "\u4e00" <= c <= "\u9fff"]
    if " " in words and rng.random() < 0.5:
        return words.replace(" ", rng.choice(("?", "??", " ?")), 1) + tail
    if len(chars) >= 4 and rng.random() < 0.5:
        at = rng.choice(chars[1:-1])
        return words[:at] + "?" + words[at + 1 :] + tail
    if len(chars) >= 2:
        at = rng.choice(chars[1:])
        return words[:at] + rng.choice(("??", " ?", "?")) + words[at:] + tail
    return label


def _glossed(text: str, rng: random.Random, share: float) -> str:
    out = []
    for n, c in enumerate(text):
        out.append(c)
        reading = PINYIN.get(_T2S.convert(c))
        glossed = text[n + 1 : n + 2] in ("(", "（")  # the page glossed it already
        if reading and not glossed and rng.random() < share:
            out.append(f"({reading})")
    return "".join(out)


def _lost_glossed(label: str, rng: random.Random) -> str:
    """One character of the label lost with its gloss's opening bracket, as mirrors lose it:
    `字數(shù)` → `字?jǐn)?shù)` (the first syllable is debris)."""
    at = [n for n, c in enumerate(label) if PINYIN.get(_T2S.convert(c))]
    if not at:
        return label
    n = rng.choice(at)
    reading = PINYIN[_T2S.convert(label[n])]
    rest = re.sub(rf"^[(（]{re.escape(reading)}[)）]", "", label[n + 1 :])
    junk = rng.choice(sorted(set(PINYIN.values())))
    return f"{label[:n]}?{junk})?{reading}){rest}"


def _other_script(label: str) -> str:
    trad = _S2T.convert(label)
    return _T2S.convert(label) if trad == label else trad


def _synonym(key: str | None, label: str, rng: random.Random) -> str:
    field = next((f for f in FIELDS if f.key == key), None)
    if field is None:
        return label
    words, tail = _core(label)
    own = lb.squeeze(words)
    trad = _S2T.convert(words) == words and _T2S.convert(words) != words
    choices = [
        a
        for a in (field.label, *field.aliases)
        if lb.squeeze(a) != own
        and "(" not in a
        and "（" not in a
        and not _mixed(a, trad)
        and lb.squeeze(a) not in _COLUMN_WORDS  # 栏目名称 makes it a 新闻专栏 form
    ]
    if not choices:
        return label
    colon = tail.strip() if tail.strip() in (":", "：") else ""
    return rng.choice(choices) + colon


_COLUMN_WORDS = {lb.squeeze(w) for w in ("栏目名称", "专栏名称", "欄目名稱")}


def _mixed(label: str, trad: bool) -> bool:
    """A synonym in the other script than the form's (the form keeps one script)."""
    return (_T2S.convert(label) != label) != trad and _S2T.convert(label) != label


# --- variants ---------------------------------------------------------------------------

Variant = Callable[[Form, random.Random, dict], tuple[Form, dict]]


def qmark(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    picked = [lab for lab in form.labels if rng.random() < 0.5] or form.labels[:1]
    for label in picked:
        _set_label(form, label, _qmark(label.label, rng))
    return form, want


def gloss(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    for label in form.labels:
        _set_label(form, label, _glossed(label.label, rng, 0.7))
    return form, want


def lostgloss(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    picked = [lab for lab in form.labels if rng.random() < 0.5] or form.labels[:1]
    for label in picked:
        _set_label(form, label, _lost_glossed(label.label, rng))
    return form, want


def lostvalue(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """In a glossed page's values, some glossed characters lost with their gloss's bracket
    (`國(guó)` → `?zhōng)?guó)`); the .yml has the character (the README's convention)."""
    at = {(lab.line, lab.cell) for lab in form.labels}
    junk = sorted(set(PINYIN.values()))
    for n, line in enumerate(form.lines):
        for c, cell in enumerate(line.cells):
            if (n, c) in at:
                continue
            glossed = list(
                re.finditer(r"[\u4e00-\u9fff]\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)", cell)
            )
            for m in reversed([g for g in glossed if rng.random() < 0.3]):
                lost = f"?{rng.choice(junk)})?{m.group(1)})"
                cell = cell[: m.start()] + lost + cell[m.end() :]
            line.cells[c] = cell
    return form, want


def gloss_values(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    form, want = gloss(form, rng, want)
    at = {(lab.line, lab.cell) for lab in form.labels}
    for n, line in enumerate(form.lines):
        for c, cell in enumerate(line.cells):
            if (n, c) not in at and "http" not in cell:
                line.cells[c] = _glossed(cell, rng, 0.5)
    return form, want


def script(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    for label in form.labels:
        _set_label(form, label, _other_script(label.label))
    return form, want


def synonym(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    keys = [lab.key for lab in form.labels]
    for label in form.labels:
        if label.key and keys.count(label.key) == 1:
            _set_label(form, label, _synonym(label.key, label.label, rng))
    return form, want


def colon(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    for label in form.labels:
        words, tail = _core(label.label)
        if ":" not in tail and "：" not in tail:
            _set_label(form, label, label.label + rng.choice((":", "：")))
    return form, want


def inline(
    form: Form, rng: random.Random, want: dict, mark: str | None = None
) -> tuple[Form, dict]:
    """A label cell and the value cell after it → one cell `label：value`."""
    form = read_form(form.text()) if mark is not None else form  # the labels as now written
    at = {(lab.line, lab.cell) for lab in form.labels}
    for label in reversed(form.labels):
        if label.rest:
            continue
        line = form.lines[label.line]
        if mark is None:
            mark = "" if label.label.endswith((":", "：")) else rng.choice((":", "："))
        if line.table and label.cell + 1 < len(line.cells):
            cut = label.cell + 1 + _is_note(line.cells[label.cell + 1 :])
            if cut < len(line.cells) and (label.line, cut) not in at:
                note = "".join(line.cells[label.cell + 1 : cut])
                line.cells[label.cell : cut + 1] = [label.label + note + mark + line.cells[cut]]
        elif not line.table and label.line + 1 < len(form.lines):
            below = form.lines[label.line + 1 :]
            cut = _is_note([b.cells[0] for b in below[:1] if not b.table])
            value = below[cut] if cut < len(below) else None
            if value and not value.table and _label_in(value.cells[0]) is None:
                note = below[0].cells[0] if cut else ""
                line.cells[0] = label.label + note + mark + value.cells[0]
                del form.lines[label.line + 1 : label.line + 2 + cut]
    return form, want


def brackets(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """Labels in brackets run into their values (`【作品标题】河边`), as posts print forms."""
    pair = rng.choice((("【", "】"), ("[", "]"), ("〔", "〕")))
    for label in form.labels:
        words, tail = _core(label.label)
        note = tail.strip(" :：")
        inside = rng.random() < 0.5  # `【作者(主创人员)】` or `【作者】(主创人员)`
        text = pair[0] + words + (note + pair[1] if inside else pair[1] + note)
        _set_label(form, label, text)
    return inline(form, rng, want, mark="")


def _is_note(cells: list[str]) -> int:
    """1 when the first cell is the label's note in a cell of its own (`(主创人员)`)."""
    return int(bool(cells) and bool(re.fullmatch(r"[(（︵][^()（）]{1,12}[)）︶]", cells[0])))


def _span(form: Form) -> tuple[int, int]:
    """The lines from the first label to the last label's value."""
    first, last = form.labels[0].line, form.labels[-1].line
    line = form.lines[last]
    if form.labels[-1].cell == len(line.cells) - 1 and not form.labels[-1].rest:
        last += 1  # the value is on the next line
    return first, min(last, len(form.lines) - 1)


def oneline(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    first, last = _span(form)
    cells = [c for line in form.lines[first : last + 1] for c in line.cells]
    joined = Line([" ".join(cells)], False)
    form.lines[first : last + 1] = [joined]
    return form, want


def noheading(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    first = form.labels[0].line
    gone = tokenizer.clean(" ".join(c for line in form.lines[:first] for c in line.cells))
    kept = tokenizer.clean(" ".join(c for line in form.lines[first:] for c in line.cells))
    del form.lines[:first]
    want = {
        k: v
        for k, v in want.items()
        if k not in ("award", "edition")
        and not (isinstance(v, str | int) and str(v) in gone and str(v) not in kept)
    }
    return form, want


def _segments(form: Form) -> tuple[int, list[list[Line]]]:
    """The form's labelled rows, each with the lines that continue it, from the first label."""
    starts = sorted({lab.line for lab in form.labels})
    _first, last = _span(form)
    segments = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else last + 1
        segments.append(form.lines[start:end])
    return starts[0], segments


def shuffle(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    first, segments = _segments(form)
    if len(segments) < 3:
        return form, want
    head, tail = segments[:-1], segments[-1]
    rng.shuffle(head)
    _f, last = _span(form)
    form.lines[first : last + 1] = [line for seg in [*head, tail] for line in seg]
    return form, want


def emptyrow(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    first, segments = _segments(form)
    have = {lab.key for lab in form.labels}
    missing = [
        f.label for f in FIELDS if f.key in ("editors", "language", "url") and f.key not in have
    ]
    label = rng.choice([*_UNKEPT_ROWS, *missing])
    if _S2T.convert(form.labels[0].label) == form.labels[0].label:
        label = _S2T.convert(label)  # the form's script
    at = first + sum(len(s) for s in segments[: rng.randrange(1, max(2, len(segments) - 1))])
    table = form.lines[form.labels[0].line].table
    form.lines.insert(at, Line([label], table))
    return form, want


def spaced(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """A label and the value after it in one cell, set off by spaces only (`作者  张三`)."""
    for label in reversed(form.labels):
        line = form.lines[label.line]
        if label.rest or line.table or label.line + 1 >= len(form.lines):
            continue
        below = form.lines[label.line + 1]
        if not below.table and _label_in(below.cells[0]) is None and len(below.cells[0]) < 80:
            line.cells[0] = label.label + rng.choice((" ", "  ", "\u3000")) + below.cells[0]
            del form.lines[label.line + 1]
    return form, want


def layout(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """The other layout: a table's cells one per line, or a one-cell-per-line form's label
    and value as a table row (`作者 | 张三 |`)."""
    first, last = _span(form)
    block = form.lines[first : last + 1]
    if any(line.table for line in block):
        cells = [Line([c], False) for line in block for c in line.cells]
        form.lines[first : last + 1] = cells
        return form, want
    starts = {lab.line for lab in form.labels}
    rows: list[Line] = []
    for n, line in enumerate(block, start=first):
        if n in starts or not rows:
            rows.append(Line(list(line.cells), True))
        else:
            rows[-1].cells.append(line.cells[0])
    form.lines[first : last + 1] = rows
    return form, want


def cellrows(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """Every cell of the form a table row of its own (`作品标题 |` / `河边 |`), as a page
    that puts each cell on a line of its own, its border kept."""
    first, last = _span(form)
    block = form.lines[first : last + 1]
    form.lines[first : last + 1] = [Line([c], True) for line in block for c in line.cells]
    return form, want


def chrome(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """A page's own lines around the form: breadcrumb, byline, date, buttons, and under it
    the page's editor (`责任编辑：…`), none of them the form's."""
    top = [
        "首页 > 新闻中心 > 正文",
        f"2023-10-{rng.randint(10, 28)} 10:{rng.randint(10, 59)} | 来源: 中国记协网 | 作者:",
        "【字号: 大 中 小】 打印 关闭",
    ]
    first = form.labels[0].line
    heading = next((n for n in range(first) if "表" in form.lines[n].cells[0][-3:]), first)
    form.lines[heading:heading] = [Line([t], False) for t in top]
    form.lines.append(
        Line([rng.choice(("责任编辑：王小玉", "(责任编辑: 李明)", "编辑：张华"))], False)
    )
    return form, want


_NOTES = ("（请填写全称）", "（必填）", "(如无可不填)", "（不超过300字）", "(限填一项)")


def notes(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """An instruction after some labels (`推荐单位（请填写全称）`)."""
    for label in form.labels:
        words, tail = _core(label.label)
        if not tail.strip() and rng.random() < 0.5:
            _set_label(form, label, words + rng.choice(_NOTES))
    return form, want


def numbered(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """Labels numbered or starred as a form prints them (`1. 作品标题`, `一、作者`, `*体裁`)."""
    marks = ("{n}.", "{n}、", "({n})", "{cn}、", "*", "★")
    style = rng.choice(marks)
    digits = "一二三四五六七八九十"
    for n, label in enumerate(form.labels, start=1):
        cn = digits[n - 1] if n <= 10 else "十" + digits[n - 11] if n <= 19 else str(n)
        _set_label(form, label, style.format(n=n, cn=cn) + label.label)
    return form, want


def _pair_rows(form: Form) -> list[tuple[int, Line]] | None:
    """The form's table rows of one label and one short value (`体裁 | 通讯 |`)."""
    first, last = _span(form)
    rows = []
    for n in range(first, last + 1):
        line = form.lines[n]
        labels = [lab for lab in form.labels if lab.line == n]
        short = len(line.cells) == 2 and len(line.cells[1]) <= 40
        if line.table and short and len(labels) == 1 and labels[0].cell == 0:
            rows.append((n, line))
    return rows if len(rows) >= 4 else None


def pairs(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """Two label-value pairs to a table row where the form had one, or one where it had
    two (`作品标题 | 河边 | 体裁 | 通讯 |` ↔ two rows)."""
    single = _pair_rows(form)
    if single:
        for (n, line), (m, below) in reversed(list(zip(single[::2], single[1::2], strict=False))):
            if m == n + 1:
                line.cells += below.cells
                del form.lines[m]
        return form, want
    first, last = _span(form)
    for n in range(last, first - 1, -1):
        line = form.lines[n]
        if line.table and len(line.cells) == 4:
            form.lines[n : n + 1] = [Line(line.cells[:2], True), Line(line.cells[2:], True)]
    return form, want


def header(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """Short fields as a list's table: a row of their labels over a row of their values."""
    single = _pair_rows(form)
    if not single:
        return form, want
    run = [single[0]]
    for n, line in single[1:]:
        if n == run[-1][0] + 1 and len(run) < 4:
            run.append((n, line))
    if len(run) < 3:
        return form, want
    start = run[0][0]
    form.lines[start : start + len(run)] = [
        Line([line.cells[0] for _n, line in run], True),
        Line([line.cells[1] for _n, line in run], True),
    ]
    return form, want


# Row labels a form may print that the lexicon does not know (none of them a field's).
_UNKNOWN_ROWS = ("发布渠道", "报送日期", "联系方式", "审核人", "播出频次", "作品类型说明")


def unknownrow(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """A row the lexicon does not know, left empty (`联系方式`)."""
    first, segments = _segments(form)
    label = rng.choice(_UNKNOWN_ROWS)
    if _S2T.convert(form.labels[0].label) == form.labels[0].label:
        label = _S2T.convert(label)
    at = first + sum(len(s) for s in segments[: rng.randrange(1, max(2, len(segments) - 1))])
    form.lines.insert(at, Line([label], form.lines[form.labels[0].line].table))
    return form, want


def vertical(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """A text field's label printed down its cell: one character a line (`采`/`编`/`过`/`程`),
    or read across into one cell (`︵ 采 编 过 程 ︶`), a `?` of noise here and there."""
    for label in reversed(form.labels):
        words, _tail = _core(label.label)
        chars = [c for c in words if "\u4e00" <= c <= "\u9fff"]
        if label.rest or lb.kind_of(label.key) is not Kind.TEXT or len(chars) != 4:
            continue
        line = form.lines[label.line]
        if line.table or rng.random() < 0.5:
            pieces = [c + (" ?" if rng.random() < 0.2 else "") for c in chars]
            cell = ("︵ " if rng.random() < 0.5 else "") + " ".join(pieces)
            _set_label(form, label, cell + (" ︶" if cell.startswith("︵") else ""))
        else:
            form.lines[label.line : label.line + 1] = [Line([c], False) for c in chars]
    return form, want


_FRAGMENT_ROW = re.compile(r"^[︵︶(（)）\s\u4e00-\u9fff]{1,30}$")


def vnoise(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """Noise inside the vertical labels the form has already (`採 作` / `編 品`, or
    `︵ 采作 编品 过简 程介 ︶`): a `?` between pieces or in a piece, as mirrors lose spaces."""
    for line in form.lines:
        for c, cell in enumerate(line.cells):
            pieces = cell.split()
            vertical = len(pieces) >= 2 and all(len(p) <= 2 for p in pieces)
            if not (vertical and _FRAGMENT_ROW.match(cell)):
                continue
            at = rng.randrange(len(pieces))
            noise = rng.choice(("?", "??", "? ?"))
            pieces.insert(at, noise) if rng.random() < 0.5 else pieces.__setitem__(
                at, pieces[at][:1] + "?" + pieces[at][1:]
            )
            line.cells[c] = " ".join(pieces)
    return form, want


def combined(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """Several at once, as an unseen page has them: other script, synonyms, noise, glosses,
    colons, on one line or not."""
    for step in (script, synonym, qmark, lostgloss, gloss_values, vnoise):
        form, want = step(form, rng, want)
        form = read_form(form.text())  # the labels found again in the new text
        if not form.labels:
            return form, want
    finish = (colon, inline, oneline, noheading, shuffle, layout, cellrows, chrome, unknownrow)
    finish += (glued, gluedrows, english, daibiaozuo, labelswap)
    for last in rng.sample(finish, 2):
        form, want = last(form, rng, want)
        form = read_form(form.text())
        if not form.labels:
            break
    return form, want


def glued(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """The form's cells from the first label to the last value run together, no space."""
    first, last = _span(form)
    cells = [c for line in form.lines[first : last + 1] for c in line.cells]
    form.lines[first : last + 1] = [Line(["".join(cells)], False)]
    return form, want


def gluedrows(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """Each labelled row run into its value, two or three rows to a line, no separator
    (`作品标题河边参评项目消息` / `作者张三编辑李四`): a dump that kept some line breaks."""
    first, segments = _segments(form)
    _f, last = _span(form)
    rows = ["".join(c for line in seg for c in line.cells) for seg in segments]
    lines: list[Line] = []
    while rows:
        take = rng.choice((2, 3))
        lines.append(Line(["".join(rows[:take])], False))
        rows = rows[take:]
    form.lines[first : last + 1] = lines
    return form, want


# English spellings 国际传播 forms print (and their bilingual pages), by field; the
# variant draws from these, so the importer must know them (labels.ENGLISH_LABELS).
_ENGLISH: dict[str, tuple[str, ...]] = {
    "title": ("Title", "Title of Work", "Headline"),
    "category": ("Category", "Award Category", "Entry Category"),
    "genre": ("Genre", "Type"),
    "language": ("Language",),
    "authors": ("Author(s)", "Authors", "Author", "Creator(s)"),
    "editors": ("Editor(s)", "Editors", "Editor"),
    "outlet": ("Media outlet", "Media Outlet", "Publisher", "Media Organization"),
    "platform": ("Platform", "Account"),
    "published": ("Date of publication", "Publication date", "Date", "Release date"),
    "section": ("Section", "Column", "Page/Program"),
    "length": ("Length", "Word count", "Duration", "Length/Duration"),
    "url": ("URL", "Link", "Web address"),
    "evaluation": ("Evaluation", "Comments", "Reasons for recommendation"),
    "process": ("Reporting process", "Production process", "Synopsis"),
    "effect": ("Impact", "Social impact", "Social effect", "International impact"),
    "review": ("Preliminary review", "Review"),
    "recommender": ("Recommended by", "Nominating organization", "Nominator"),
}


def english(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """Each label in English, alone or beside its Chinese one; on one line half the time."""
    style = rng.choice(("en", "zh en", "en zh", "zh/en", "zh(en)"))
    for label in form.labels:
        spellings = _ENGLISH.get(label.key or "")
        if not spellings:
            continue
        words, tail = _core(label.label)
        en = rng.choice(spellings)
        zh = words.strip()
        text = {
            "en": en,
            "zh en": f"{zh} {en}",
            "en zh": f"{en} {zh}",
            "zh/en": f"{zh}/{en}",
            "zh(en)": f"{zh}({en})",
        }[style]
        _set_label(form, label, text + (":" if ":" in tail or "：" in tail else ""))
    if rng.random() < 0.5:
        return oneline(form, rng, want)
    return form, want


_WORKS = (
    ("《春风又绿江南岸》", "2022年3月5日", "一版", "1650字"),
    ("《山那边的学校》", "2022-06-18", "要闻版", "3分20秒"),
    ("《一条路的变迁》", "2022年9月30日", "第4版", "2100字"),
)
_MARKS = ("代表作{n}", "代表作{cn}", "代表作品{n}:", "代表作（{cn}）", "代表作品之{cn}")


def daibiaozuo(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """A 代表作 sheet after the form: each work marked, then its own labelled rows."""
    mark = rng.choice(_MARKS)
    table = form.lines[form.labels[0].line].table
    trad = (
        _S2T.convert(form.labels[0].label) == form.labels[0].label
        and _T2S.convert(form.labels[0].label) != form.labels[0].label
    )
    labels = rng.choice(
        (("标题", "刊播日期", "版面", "字数"), ("作品标题", "首发日期", "刊播版面", "字数（时长）"))
    )
    lines: list[Line] = []
    if rng.random() < 0.5:
        lines.append(Line(["代表作目录"], False))
    for n, work in enumerate(_WORKS[: rng.randint(2, 3)], start=1):
        lines.append(Line([mark.format(n=n, cn="一二三"[n - 1])], table))
        for label, value in zip(labels, work, strict=True):
            lines += (
                [Line([label, value], True)]
                if table
                else [Line([label], False), Line([value], False)]
            )
    if trad:
        for line in lines:
            line.cells = [_S2T.convert(c) for c in line.cells]
    form.lines += lines
    if rng.random() < 0.4:  # the form and its sheet on one line, spaced or run together
        first = form.labels[0].line
        cells = [c for line in form.lines[first:] for c in line.cells]
        form.lines[first:] = [Line([rng.choice((" ", "")).join(cells)], False)]
    return form, want


# Label spellings of other years' templates (and habits: `A/B` of one field's two labels,
# `A（B）`), by field; the importer must read them as the field.
_OTHER_SPELLINGS: dict[str, tuple[str, ...]] = {
    "title": ("标题", "题目", "作品标题/题目", "标 题"),
    "category": ("项目", "参评项目", "参评类别", "参评项目/类别", "申报项目"),
    "authors": ("主创人员", "作者/主创人员", "主创", "作 者"),
    "editors": ("责任编辑", "编 辑"),
    "outlet": (
        "发布单位",
        "原创单位",
        "播出单位",
        "刊播单位/原创单位",
        "首发单位",
        "刊播单位（原创单位）",
    ),
    "published": ("播出时间", "首发日期", "刊播日期/首发日期", "刊发时间", "刊播时间", "首播时间"),
    "section": ("刊播版面", "版面", "播出栏目", "刊播版面/栏目"),
    "length": ("字数（时长）", "字数/时长", "时长", "字数", "作品字数/时长"),
    "evaluation": ("推荐理由", "作品评介", "作品评价"),
    "process": ("作品简介", "采编过程", "作品简介（采编过程）", "采写过程", "创作过程"),
    "effect": ("传播效果", "社会效果", "社会效果/传播效果", "社会反响", "社会效果（传播效果）"),
    "recommender": ("推荐单位", "报送单位", "推荐单位（盖章）", "推荐机构"),
}


def labelswap(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """Each label swapped for a spelling of the same field other templates print, in the
    form's script, a `?` or a space inside one now and then."""
    trad = any(_T2S.convert(lab.label) != lab.label for lab in form.labels)
    keys = [lab.key for lab in form.labels]
    for label in form.labels:
        spellings = _OTHER_SPELLINGS.get(label.key or "")
        if not spellings or keys.count(label.key) != 1:
            continue
        words, tail = _core(label.label)
        new = rng.choice(spellings)
        new = _S2T.convert(new) if trad else new
        if rng.random() < 0.15:
            new = _qmark(new, rng)
        _set_label(form, label, new + (tail.strip() if tail.strip() in (":", "：") else ""))
    return form, want


_REVIEW_LABELS = ("初评评语（推荐理由）", "评语", "推荐评语", "初评评语")


def _value_cell(form: Form, label: Label) -> tuple[int, int] | None:
    """Where a label's value stands: the next cell of its table row, or the next line."""
    line = form.lines[label.line]
    if label.rest:
        return label.line, label.cell
    if line.table and label.cell + 1 < len(line.cells):
        return label.line, label.cell + 1
    below = label.line + 1
    if not line.table and below < len(form.lines):
        below += _is_note(form.lines[below].cells[:1])  # `作品字数` / `(时长)` / `363`
        return (below, 0) if below < len(form.lines) else None
    return None


def review(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """The review row in another template's words, split over two lines now and then, its
    cell signed and dated (the date's year is the form's `year` when it gives none)."""
    trad = _S2T.convert(form.labels[0].label) == form.labels[0].label
    for label in [lab for lab in form.labels if lab.key == "review"][:1]:
        at = _value_cell(form, label)
        if at is not None:
            year = want.get("year", 2023)
            want = {**want, "year": year}
            sign = rng.choice(("签名：王明 {y}年 月 日", "评委签名:    {y}年  月  日"))
            cell = form.lines[at[0]].cells[at[1]]
            form.lines[at[0]].cells[at[1]] = cell + " " + sign.format(y=year)
        new = rng.choice(_REVIEW_LABELS)
        new = (
            _S2T.convert(new)
            if trad and _S2T.convert(form.labels[0].label) != _T2S.convert(form.labels[0].label)
            else new
        )
        line = form.lines[label.line]
        if not line.table and not label.rest and rng.random() < 0.4:
            form.lines[label.line : label.line + 1] = [
                Line([new[:2]], False),
                Line([new[2:]], False),
            ]
        else:
            _set_label(form, label, new)
    return form, want


# Names other templates give a field joined by a word, or in their own words (`节目简介`,
# `初评机构推荐理由`, `稿件名称`): a reader must know them as the field's labels.
_TEMPLATE_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("稿件名称", "报道名称", "节目标题"),
    "process": ("作品简介与采编过程", "采编过程和作品简介", "节目简介", "内容简介", "采访经过"),
    "review": ("初评机构推荐理由", "初评单位意见", "初评评语及推荐理由", "初审意见"),
}


def templates(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """The title, process and review labels as other templates name them, in the form's
    script."""
    trad = any(_T2S.convert(lab.label) != lab.label for lab in form.labels)
    keys = [lab.key for lab in form.labels]
    for label in form.labels:
        names = _TEMPLATE_NAMES.get(label.key or "")
        if not names or keys.count(label.key) != 1:
            continue
        _words, tail = _core(label.label)
        new = rng.choice(names)
        new = _S2T.convert(new) if trad else new
        _set_label(form, label, new + (tail.strip() if tail.strip() in (":", "：") else ""))
    return form, want


_SENTENCE_END = re.compile(r"(?<=[。！？])(?=[\u4e00-\u9fff\w“《])")


def sentences(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """A text field's paragraph as one sentence to a line (a page that breaks its lines
    at each sentence, the last field's short closing ones too: `同意推荐。`); the .yml's
    value then has the paragraphs' space between them."""
    for label in sorted(form.labels, key=lambda lab: -lab.line):  # from the end: lines move
        if lb.kind_of(label.key) is not Kind.TEXT or label.rest:
            continue
        at = _value_cell(form, label)
        value = want.get(label.key or "")
        if at is None or not isinstance(value, str) or form.lines[at[0]].table:
            continue
        cell = form.lines[at[0]].cells[at[1]]
        if " ".join(cell.split()) != " ".join(value.split()):
            continue
        parts = [p.strip() for p in _SENTENCE_END.split(cell) if p.strip()]
        if len(parts) < 2:
            continue
        if rng.random() < 0.5:  # the judges' closing words on a line of their own
            parts.append("同意推荐。") if label.key == "review" else None
        form.lines[at[0] : at[0] + 1] = [Line([p], False) for p in parts]
        want = {**want, label.key: " ".join(parts)}
    return form, want


# The heads of a table form's two columns, over its rows (`| 项目 | 内容 |`)
_COLUMN_HEADS = ("内容", "具体内容", "具体情况", "填写内容", "基本信息", "说明")


def columnheads(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """A table form whose first row heads its columns (`| 项目 | 具体情况 |`)."""
    first = form.labels[0].line
    if not form.lines[first].table:
        return form, want
    head = Line([rng.choice(("项目", "栏目", "类别")), rng.choice(_COLUMN_HEADS)], True)
    form.lines[first:first] = [head]
    return form, want


def lengths(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """A character count (`1808`, `1808字`) written another way: `1808 字`, `约1808字` (kept as
    written in the .yml), run into its label (`字数1808字`), its unit in brackets
    (`1808（字）`) or the cell closed with a mark (`1808字。`)."""
    if not isinstance(want.get("length"), int):
        return form, want
    for label in [lab for lab in form.labels if lab.key == "length" and not lab.rest][:1]:
        at = _value_cell(form, label)
        if at is None:
            continue
        n = want["length"]
        style = rng.choice(("spaced", "about", "runin", "bracketed", "closed"))
        if style == "about":
            want = {**want, "length": f"约{n}字"}
        written = {"spaced": f"{n} 字", "bracketed": f"{n}（字）", "closed": f"{n}字。"}
        form.lines[at[0]].cells[at[1]] = written.get(style, f"约{n}字")
        if style == "runin":
            form.lines[at[0]].cells[at[1]] = f"{n}字"
            line = form.lines[label.line]
            if at == (label.line, label.cell + 1):
                line.cells[label.cell : label.cell + 2] = [line.cells[label.cell] + f"{n}字"]
            else:
                line.cells[label.cell] += f"{n}字"
                del form.lines[at[0]]
    return form, want


# Text boxes' labels in words no template table holds, named by their last word
_HEADED_NAMES: dict[str, tuple[str, ...]] = {
    "process": ("内容提要", "作品概述", "节目内容简介", "采访报道过程", "稿件摘要"),
    "review": ("评选意见", "专家评语", "评审意见", "初评推荐意见"),
    "effect": ("社会反响情况", "传播效益"),
}


def headwords(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """The text boxes' labels in words the lexicon does not hold (`内容提要`, `评选意见`),
    a note after them now and then (`（300字以内）`), in the form's script."""
    trad = any(_T2S.convert(lab.label) != lab.label for lab in form.labels)
    keys = [lab.key for lab in form.labels]
    for label in form.labels:
        names = _HEADED_NAMES.get(label.key or "")
        if not names or keys.count(label.key) != 1:
            continue
        _words, tail = _core(label.label)
        new = rng.choice(names) + ("（300字以内）" if rng.random() < 0.3 else "")
        new = _S2T.convert(new) if trad else new
        _set_label(form, label, new + (tail.strip() if tail.strip() in (":", "：") else ""))
    return form, want


def runinlabel(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """A text box's label printed down its cell, its first row or two run into the end of
    the text above it (`……热烈反响。初` / `评 评 语`, or `……反响。初评` / `评语`)."""
    ordered = sorted(form.labels, key=lambda lab: (lab.line, lab.cell))
    for before, label in zip(ordered, ordered[1:], strict=False):
        words, _tail = _core(label.label)
        chars = [c for c in words if "\u4e00" <= c <= "\u9fff"]
        if lb.kind_of(before.key) is not Kind.TEXT or lb.kind_of(label.key) is not Kind.TEXT:
            continue
        at = _value_cell(form, before)
        value = want.get(before.key or "")
        if at is None or label.rest or len(chars) != 4 or not isinstance(value, str):
            continue
        cell = form.lines[at[0]].cells[at[1]]
        if not cell.rstrip().endswith("。") or " ".join(cell.split()) != " ".join(value.split()):
            continue
        cut = rng.choice((1, 2))
        form.lines[at[0]].cells[at[1]] = cell.rstrip() + "".join(chars[:cut])
        _set_label(form, label, " ".join(chars[cut:]))
    return form, want


def lostlabel(form: Form, rng: random.Random, want: dict) -> tuple[Form, dict]:
    """The text row's label right after the length lost, so its paragraph stands under
    the length's value (`字数 | 2345字` / `记者深入……`): left out, cut to a bracket of its
    vertical print (`??︵`), or to the characters the page kept (`采?过?`)."""
    ordered = sorted(form.labels, key=lambda lab: (lab.line, lab.cell))
    # not the form's last row: a paragraph after the last value may be the work's own
    for before, label, _after in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if before.key != "length" or lb.kind_of(label.key) is not Kind.TEXT or label.rest:
            continue
        if label.line - before.line > 2:
            break  # a row between that the variants do not read as a label
        line = form.lines[label.line]
        words, _tail = _core(label.label)
        style = rng.choice(("gone", "bracket", "qmarks"))
        if style == "qmarks" and len(words) >= 4:
            _set_label(form, label, words[0] + "?" + words[2] + "?")
        elif style == "bracket" and line.table and label.key == "process":
            _set_label(form, label, "??︵")
        elif line.table and len(line.cells) > 1:
            del line.cells[label.cell]
        else:
            del form.lines[label.line]
        break
    return form, want


VARIANTS: dict[str, Variant] = {
    "qmark": qmark,
    "gloss": gloss,
    "gloss-values": gloss_values,
    "lostgloss": lostgloss,
    "lostvalue": lostvalue,
    "script": script,
    "synonym": synonym,
    "colon": colon,
    "inline": inline,
    "brackets": brackets,
    "oneline": oneline,
    "noheading": noheading,
    "shuffle": shuffle,
    "emptyrow": emptyrow,
    "unknownrow": unknownrow,
    "spaced": spaced,
    "layout": layout,
    "cellrows": cellrows,
    "chrome": chrome,
    "notes": notes,
    "numbered": numbered,
    "pairs": pairs,
    "header": header,
    "vertical": vertical,
    "vnoise": vnoise,
    "glued": glued,
    "gluedrows": gluedrows,
    "english": english,
    "daibiaozuo": daibiaozuo,
    "labelswap": labelswap,
    "review": review,
    "lengths": lengths,
    "templates": templates,
    "sentences": sentences,
    "columnheads": columnheads,
    "lostlabel": lostlabel,
    "runinlabel": runinlabel,
    "headwords": headwords,
    "combined": combined,
}


def variant_of(txt: Path, name: str, seed: int = 0) -> tuple[str, dict]:
    want = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8")) or {}
    form = read_form(txt.read_text(encoding="utf-8"))
    if not form.labels:
        return txt.read_text(encoding="utf-8"), want
    rng = random.Random(f"{txt.stem}/{name}" + (f"/{seed}" if seed else ""))
    form, want = VARIANTS[name](form, rng, dict(want))
    return form.text(), want


def score_variant(txt: Path, name: str, tmp: Path, seed: int = 0) -> FormScore:
    text, want = variant_of(txt, name, seed)
    folder = tmp / f"{name}-{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / txt.name
    out.write_text(text, encoding="utf-8")
    out.with_suffix(".yml").write_text(yaml.safe_dump(want, allow_unicode=True), "utf-8")
    return score_form(out, tmp / "entries")


def _percent(scores: list[FormScore]) -> str:
    total = sum(s.total for s in scores)
    right = sum(s.score for s in scores)
    return f"{100.0 * right / total if total else 0:6.1f}%  {right:4}/{total:<4}"


def _option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else None


def main(argv: list[str]) -> int:
    verbose, show = "-v" in argv, "--show" in argv
    only, stem = _option(argv, "--variant"), _option(argv, "--form")
    seeds = range(int(_option(argv, "--seeds") or 1))
    aside = check_set()
    forms = [p for p in sorted(DEFAULT.glob("*.txt")) if p.stem not in aside]
    if stem:
        forms = [p for p in forms if p.stem == stem]
    names = [only] if only else list(VARIANTS)
    everything: list[FormScore] = []
    with tempfile.TemporaryDirectory(prefix="form-variants-") as tmp:
        base = {p.stem: score_form(p, Path(tmp) / "entries") for p in forms}
        print(f"{_percent(list(base.values()))}  original ({len(forms)} forms)")
        for name in names:
            scores = []
            for seed in seeds:
                if show:
                    for p in forms:
                        print(variant_of(p, name, seed)[0])
                scores += [score_variant(p, name, Path(tmp), seed) for p in forms]
            everything += scores
            print(f"{_percent(scores)}  {name}")
            for s in scores:
                new = [m for m in s.misses if m not in base[s.name].misses]
                if verbose and new:
                    print(f"    {s.name}")
                    for miss in new:
                        print(f"           {miss}")
        print(f"{_percent(everything)}  all variants ({len(seeds)} seed(s) each)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
