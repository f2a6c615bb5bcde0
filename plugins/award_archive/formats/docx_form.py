"""An entry as a filled 参评作品推荐表 (.docx): award offices pass entries up to the next
level on the next award's form, and `awards import` reads the file back to the same fields.

The layout of the real forms: a heading (第10届 + award, 参评作品推荐表), one table of
label cells and value cells (short fields two to a row, in the form's order: 作品标题,
参评项目, 体裁, 作者, 编辑, 刊播单位, 刊播日期, 刊播版面, 作品字数（时长）, then the
rest; long texts one to a row across the table: 作品简介（采编过程）, 社会效果, 作品评介,
初评评语), then the work's text. Every printed label is a field's label or one of its
aliases in model.FIELDS, so the importer's one label table reads it.
"""

from __future__ import annotations

import io
from typing import Any

from award_archive.contract.model import FIELDS_BY_KEY, Entry, Kind, ordinal_edition

FORM_TITLE = "参评作品推荐表"
# The short fields in the order the real forms print them; `title` and `url` take a row.
SHORT_FIELDS: tuple[str, ...] = (
    "title",
    "category",
    "genre",
    "authors",
    "editors",
    "outlet",
    "published",
    "section",
    "length",
    "language",
    "platform",
    "url",
    "recommender",
    "prize",
    "stage",
)
WIDE_FIELDS = ("title", "url")
LONG_FIELDS: tuple[str, ...] = ("process", "effect", "evaluation", "review")
# Where the forms print another of a field's labels than the site's (an alias in FIELDS).
FORM_LABELS: dict[str, str] = {
    "authors": "作者（主创人员）",
    "published": "刊播日期",
    "process": "作品简介（采编过程）",
}
# The nomination year has no label of its own on a form: the date the form was filled in.
YEAR_LABEL = "推荐日期"
COLUMNS = 4  # label, value, label, value


def form_label(key: str) -> str:
    return FORM_LABELS.get(key, FIELDS_BY_KEY[key].label)


def form_value(e: Entry, key: str) -> str:
    """A field's value as the form is filled in: as written in the entry."""
    if key == "published":
        return e.published.text
    if key == "length":
        return e.length.text if e.length else ""
    return e.display(key)


def form_rows(e: Entry) -> list[list[tuple[str, str]]]:
    """The table's rows: each a list of (label, value) pairs, one or two a row."""
    rows: list[list[tuple[str, str]]] = []
    pending: list[tuple[str, str]] = []
    for key in SHORT_FIELDS:
        value = form_value(e, key)
        if not value:
            continue
        if key in WIDE_FIELDS:
            rows.extend([pending] if pending else [])
            rows.append([(form_label(key), value)])
            pending = []
            continue
        pending.append((form_label(key), value))
        if len(pending) == 2:
            rows.append(pending)
            pending = []
    if pending:
        rows.append(pending)
    if e.year is not None:
        rows.append([(YEAR_LABEL, f"{e.year}年")])
    rows.extend([(form_label(key), value)] for key in LONG_FIELDS if (value := form_value(e, key)))
    return rows


def _fill(cell: Any, text: str) -> None:
    """A cell's text, one Word paragraph per line (the importer joins them with a line break)."""
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _table(document: Any, rows: list[list[tuple[str, str]]]) -> None:
    table = document.add_table(rows=len(rows), cols=COLUMNS)
    table.style = "Table Grid"
    for r, pairs in enumerate(rows):
        cells = table.rows[r].cells
        if len(pairs) == 1:  # the value spans the rest of the row
            label, value = pairs[0]
            _fill(cells[0], label)
            _fill(cells[1].merge(cells[COLUMNS - 1]), value)
            continue
        for c, (label, value) in enumerate(pairs):
            _fill(cells[2 * c], label)
            _fill(cells[2 * c + 1], value)


def work_paragraphs(body: str) -> list[str]:
    """The work's text, one paragraph of the document per paragraph of the Markdown; a
    headline (`# …`) as its text."""
    paragraphs = []
    for block in body.strip().split("\n\n"):
        text = block.strip()
        if text.startswith("# "):
            text = text[2:].strip()
        if text:
            paragraphs.append(text)
    return paragraphs


def entry_docx(e: Entry) -> bytes:
    """The entry as a filled form, a .docx file's bytes."""
    import docx  # python-docx

    document = docx.Document()
    document.add_paragraph(f"{ordinal_edition(e.edition)}{e.award}")
    document.add_paragraph(FORM_TITLE)
    _table(document, form_rows(e))
    for paragraph in work_paragraphs(e.body):
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def printed_labels() -> dict[str, str]:
    """Field key -> the label this form prints for it (tests check each is in FIELDS)."""
    keys = [k for k in (*SHORT_FIELDS, *LONG_FIELDS) if FIELDS_BY_KEY[k].kind is not Kind.PATHS]
    return {key: form_label(key) for key in keys}
