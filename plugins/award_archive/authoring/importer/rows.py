"""The shape every form is read into, whatever it came from: rows of cells."""

from __future__ import annotations

from dataclasses import dataclass, field

from award_archive.contract.i18n import _


@dataclass
class Row:
    cells: list[str]
    table: bool  # from a table (Word, or a `|`/tab-flattened line), not a loose line
    line: int  # 1-based line (text) or paragraph/row number (Word), for messages


@dataclass
class Source:
    """A form file read into rows, with notes on what reading it took (e.g. GBK)."""

    rows: list[Row]
    notes: list[str] = field(default_factory=list)


class FormError(Exception):
    """A file that cannot be imported; the message is one line saying why and what to do."""


def utf8_or_gbk(data: bytes, fix: str) -> tuple[str, list[str]]:
    """Bytes as text: UTF-8 (with or without BOM), else GBK/GB18030 (said in a note); `fix`
    ends the FormError when it is neither."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), [_("converted from GBK/GB18030 to UTF-8")]
    except UnicodeDecodeError:
        raise FormError(_("is neither UTF-8 nor GBK text; {fix}").format(fix=fix)) from None
