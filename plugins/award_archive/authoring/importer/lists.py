"""A winner list (获奖名单, 获奖作品目录, 报送目录, 公示名单) → one mapping per listed work.

Shapes read: a table with a header row (`|` cells on a line, cells between spaces, or one
cell per line with the header cells first, repeated under prize headings), record blocks
under prize and genre headings, title lines with a line of names under them, numbered items
`1.《标题》（作者：X；…）` (and lines that begin with a `《title》`), and prose (list_prose.py).
The shape giving the most works wins; `ListResult.shape` says which it was; a page no reader
can see falls back on the titles it quotes where it says they won (list_quoted.py). The pieces
of a work (names, genres, outlets, a bracketed tail) are read by list_parts.py."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from award_archive.authoring.importer import labels as lb
from award_archive.authoring.importer.list_after import people_line, words_after_title
from award_archive.authoring.importer.list_books import book_credits
from award_archive.authoring.importer.list_chrome import PAGE_LABEL, is_chrome
from award_archive.authoring.importer.list_dashed import dashed_runs
from award_archive.authoring.importer.list_heading import heading_of, the_lists_award
from award_archive.authoring.importer.list_marks import ReadingCopy
from award_archive.authoring.importer.list_name_runs import name_title_runs
from award_archive.authoring.importer.list_parts import (
    NAME_RUN,
    ORG_END,
    PRIZE,
    caption_credit,
    category_and_level,
    first_label,
    heading_kind,
    is_genre,
    is_named_honour,
    is_outlet,
    is_person,
    leading_names,
    names_only,
    outlet_only,
    split_list_names,
    squeeze,
    tail_fields,
    take_date,
    unit_and_genre,
)
from award_archive.authoring.importer.list_people import glued_unit_names
from award_archive.authoring.importer.list_pieces import SENTENCE_OR_LABEL, piece_lines
from award_archive.authoring.importer.list_prized import LISTS_HEADING, RANK, prized_items
from award_archive.authoring.importer.list_prose import a_notice, labels_as_names, prose
from award_archive.authoring.importer.list_quoted import quoted_winners
from award_archive.authoring.importer.list_records import ranked_records
from award_archive.authoring.importer.list_reline import relined_rows
from award_archive.authoring.importer.list_resplit import BULLET, resplit_lines
from award_archive.authoring.importer.list_roles import ROLE, is_craft_prize, role_key
from award_archive.authoring.importer.list_signed import signed_records
from award_archive.authoring.importer.list_slashed import (
    awarded_runs,
    slashed_blocks,
    slashed_runs,
)
from award_archive.authoring.importer.list_spaced_rows import spaced_rows
from award_archive.authoring.importer.list_won import added, won_works
from award_archive.authoring.importer.tokenizer import clean
from award_archive.contract.dates import WRITTEN_DATE

# Header words a list's header row prints that are too loose for a form's label table
# (`名称`, `类型`, `等次`); every other header word is a label of the one table (model.FIELDS
# via labels.LABELS). `number` and `note` are read and dropped.
_LIST_HEADERS: dict[str, str] = {
    lb.squeeze(word): key
    for key, words in {
        "number": "序号 编号",
        "title": "文章名称 篇名 篇目 节目名称 名称 作品 参评作品 获奖作品 得奖作品 作品名",
        "authors": "姓名 记者 创作者 获奖人 获奖者 获奖作者 得奖人 得奖者 参赛者 参赛人",
        "editors": "责编",
        "outlet": "单位 获奖单位 得奖单位 作者单位 所在单位 服务单位 媒体 媒体名称 发布媒体 "
        "播出平台 刊播平台 刊播单位和日期 刊播单位及日期 刊播媒体及时间 发表媒体及时间 发表媒体 "
        "出版社 出版单位 刊物",
        "recommender": "选送单位 推送单位 推荐机构 推荐者 推荐人 推荐方 报送机构 选送机构 "
        "申报者 申报机构",
        "category": "体裁 类别 作品类型 类型 项目 组别 作品类别 作品体裁 参评类别 "
        "奖项类别 获奖类别",
        "length": "作品长度 长度",
        "prize": "等次 等级 奖项 奖级 获奖等次 获奖级别 级别 获奖结果 所获奖项",
        "note": "备注 奖金",  # (prize money: read and dropped)
    }.items()
    for word in words.split()
}

NAME_KEYS = ("authors", "editors")
_PRIZE_HEAD = re.compile(  # (`【一等奖】`: brackets set a heading apart)
    rf"^\s*(?:[^\s:：]{{0,12}}?)({PRIZE})(?:作品)?[】\]〕]?"
    r"\s*(?:[(（]?\s*(?:共\s*)?[\d一二三四五六七八九十]+\s*[件篇个個名项項部位首][)）]?|空缺)?"
    r"\s*(?:[(（][^()（）]*[)）])?"  # (`二等奖 2名(按姓氏笔画排序)`: a note on the order)
    r"\s*[:：]?\s*\|?\s*$"
)
# An item's number, however it is written (`1.`, `1、`, `(1)`, `一、`, `①`): after a space
# or a line's start, or glued to the text before when a `《` title follows (`作者:陈凯2.《守护》`).
# (A numbered heading, `二、通讯`, `一、优秀奖`, is told apart by what it says: _kind_marks.)
# A bullet (`★`, `●`, `◆`) marks an item as a number does.
_NUM_ITEM = re.compile(
    r"(?:(?<=\s)|^)(?:\d{1,3}\s*(?:、|[.．](?!\d{1,2}(?:\s|$)))"  # not `87.2`, a score
    rf"|[(（]\d{{1,3}}[)）]|[一二三四五六七八九十]{{1,3}}、|[\u2460-\u2473]|{BULLET})\s*(?=\S)"
    r"|(?<![\d.])\d{1,3}[.、．]\s*(?=《)"
    r"|(?:(?<=\s)|^)[(（][一二三四五六七八九十]{1,3}[)）]\s*(?=《)"  # (`(一)《…》`, as on a line)
)
# A prize heading inside a run of items: `一等奖`, `一、优秀奖(11件)`, `二、二等奖3名`.
_INLINE_PRIZE = re.compile(
    rf"(?:(?<=[\s【\[〔])|^|(?:十[一二三四五六七八九]?|[一二三四五六七八九])[、.．])({PRIZE})(?:作品)?"
    r"(?:\s*[(（]?\s*(?:共\s*)?\d+\s*[名件篇个個项項部][)）]?)?[】\]〕]?(?:\s*[:：]|(?=\s|\d))"
)
# `新闻专栏：代表问政`: a genre before a colon heads the title (any genre word, is_genre)
_CATEGORY_PREFIX = re.compile(r"^([^:：《》]{2,10}?)[:：]\s*")


@dataclass
class ListResult:
    shape: str = ""  # table, cells, blocks, numbered, prose, or "" when no list was found
    heading: dict[str, Any] = field(default_factory=dict)  # award, edition, year of the whole list
    works: list[dict[str, Any]] = field(default_factory=list)


@functools.lru_cache(maxsize=4096)  # a list's cells repeat (outlets, genres, prizes)
def header_key(cell: str) -> str | None:
    """The key of a header cell: a list word, else a label of the form's table (体裁 is the
    list's category: a list has one kind column)."""
    text = lb.squeeze(cell).strip("|")
    for candidate in (text, re.sub(r"\([^()]*\)", "", text)):
        if candidate in _LIST_HEADERS:
            return _LIST_HEADERS[candidate]
        key = lb.LABELS.get(candidate)
        if key and key != lb.BODY_KEY:
            return "category" if key == "genre" else key
    ends = re.fullmatch(r"[\u4e00-\u9fff]{0,4}", text[:-2])
    if ends and (
        key := next((k for k, end in _HEADER_ENDS if re.search(end, lb.fold(text))), None)
    ):
        return key  # by what the word ends with
    parts = [p for p in re.split(r"及|和|与|/|、|[(（)）]", text) if p]
    if 2 <= len(parts) <= 3 and all(len(p) <= 6 for p in parts):  # `作者及单位`, `媒体/日期`
        keys = {
            header_key(p) or ("published" if re.search(r"日期|时间|時間", p) else None)
            for p in parts
        }
        if keys == {"authors", "outlet"}:
            return PEOPLE_AND_UNIT
        if keys <= {"outlet", "published"} or keys <= {"length"}:
            return "outlet" if "outlet" in keys else "length"
    return None


PEOPLE_AND_UNIT = "authors+outlet"  # one column of names and their unit


# A header word not in the lexicon, read by its last word (`拟获奖等次`, `评选结果`, `项目类别`,
# `题名`, `播出机构`, `排名`): lists name their columns freely, their meanings are few.
_HEADER_ENDS = (
    ("prize", r"(?:等次|等级|等第|奖次|奖级|奖等|评选结果|评审结果)$"),
    ("category", r"(?:类别|类型|组别)$"),
    ("title", r"(?:名称|题目|标题|题名|篇名)$"),
    ("outlet", r"(?:机构|媒体)$"),
    ("note", r"(?:排名|名次|得分|分数|票数)$"),
)


def _clean_title(text: str) -> str:
    text = re.sub(r"^\d{1,3}\s*[.、．]\s*(?=《)", "", text.strip().strip("|").strip())
    if text.startswith("《") and (text.endswith("》") or "》" not in text):
        text = text[1:-1] if text.endswith("》") else text[1:]
    return text.strip()


def _set(work: dict[str, Any], key: str, value: str) -> None:
    value = value.strip().strip("|").strip()
    if not value or key in ("number", "note"):
        return
    if key in NAME_KEYS:
        names = split_list_names(value)
        if names:
            work.setdefault(key, []).extend(names)
    elif key == "title":
        _title_cell(work, value)
    elif key == "outlet" and "outlet" not in work:
        work[key] = outlet_only(" ".join(value.split()))
    elif key == "prize" and is_named_honour(value):  # `最佳新闻评论奖`: an item, no rank
        work.setdefault("category", value)
    elif key == "prize" and (both := _PRIZE_AND_KIND.fullmatch(value)) and is_genre(both[2]):
        work.setdefault("prize", both[1])  # `一等奖（消息）`: the prize and its category
        work.setdefault("category", both[2])
    elif key in ("category", "prize") and (split := category_and_level(value)):
        for k, v in split.items():  # `演讲类入围作品`: the category, then its level
            work.setdefault(k, v)
    elif key in work:
        if squeeze(value) not in squeeze(str(work[key])):  # (two columns may say it twice)
            work[key] = work[key] + " " + value
    else:
        work[key] = " ".join(value.split()) if key != "title" else value


def _unit_apart(value: str, unit: str) -> bool:
    """`某某日报 张三、李四`, `张三（某某日报）`, `张三，某某日报`: a unit set apart from the names
    (a space, a bracket, or at an end of persons' names) is no person; one listed among other
    units (`保健部、莫晓彬、某某中心`) stays a credit."""
    if not unit:
        return False
    pieces = [p for p in re.split(r"\s*[、，,]\s*", value.strip()) if p]
    others = pieces[1:] if pieces[0] == unit else pieces[:-1] if pieces[-1] == unit else []
    alone = bool(others) and not any(ORG_END.search(p) or is_outlet(p) for p in others)
    return unit in value.split() or f"({unit})" in squeeze(value) or alone


_PRIZE_AND_KIND = re.compile(rf"({PRIZE})\s*[(（]([^()（）]{{2,10}})[)）]")


def _title_cell(work: dict[str, Any], value: str) -> None:
    """A title cell: `《春天来了》（消息）` and `消息：春天来了` give the title and its genre."""
    kind = re.fullmatch(r"(《[^《》]+》)\s*[(（]([^()（）]{2,10})[)）]", value)
    prefix = _CATEGORY_PREFIX.match(value)
    if kind and is_genre(kind.group(2)):
        value = kind.group(1)
        work.setdefault("category", kind.group(2))
    elif prefix and is_genre(prefix.group(1)) and value[prefix.end() :].strip():
        value = value[prefix.end() :]
        work.setdefault("category", prefix.group(1))
    work["title"] = _clean_title(value)


def _fields_in_cell(work: dict[str, Any], key: str, value: str) -> None:
    """`记者:… 编辑:…` in one cell: each part to its key; `张三（某某日报）`: the names,
    and the outlet beside them."""
    if key == PEOPLE_AND_UNIT:
        beside = re.fullmatch(r"(.+?)\s*[(（]([^()（）]+)[)）]", value.strip())
        glued = glued_unit_names(value) if " " not in value.strip() else {}
        names: str | list[str]
        if beside:
            names, outlet = beside.group(1), beside.group(2)
        elif glued and is_outlet(glued.get("outlet", "")):  # `某某晚报王五`: the unit, its person
            names, outlet = glued["authors"], glued["outlet"]
        else:
            names, outlet = _names_then_outlet(value)
        _set(work, "authors", names if isinstance(names, str) else "、".join(names))
        _set(work, "outlet", outlet)
        return
    if key == "outlet" and (said := _outlet_and_date(value.strip())) and "published" in said:
        work.setdefault("published", said["published"])  # `某某日报 2019年3月5日` in one cell
        value = said["outlet"]
    if key in NAME_KEYS:  # `作者:甲(`: a bracket the page cut off says nothing
        value = re.sub(r"\s*[(（][^()（）]*$", "", value.strip())
    beside = re.fullmatch(r"([^()（）]+?)\s*[(（]([^()（）]+)[)）]", value.strip())
    if key in NAME_KEYS and beside and is_outlet(beside.group(2)):
        work.setdefault("outlet", beside.group(2).strip())
        value = beside.group(1)
    elif key in NAME_KEYS and beside and _from_where(beside.group(1), beside.group(2)):
        value = beside.group(1)  # `甲(安徽省)`, `乙(某某中学)`: where they are from, not mapped
    value = _ROLE_IN_BRACKETS.sub(r" \1", value)  # `张三（编辑：李四）`: a role's part
    parts = re.split(rf"({ROLE})\s*[:：]", value)
    if len(parts) >= 3 and key in NAME_KEYS:
        if parts[0].strip():
            _set(work, key, parts[0])
        for label, text in zip(parts[1::2], parts[2::2], strict=False):
            _set(work, role_key(label), text.strip(" ,，;；"))
        return
    said = words_after_title(value) if key in NAME_KEYS else {}
    if said.get(key) and _unit_apart(value, str(said.get("outlet", ""))):
        work.setdefault(key, []).extend(said.pop(key))
        for other, said_value in said.items():
            work.setdefault(other, said_value)
        return
    _set(work, key, value)


def _from_where(names: str, bracket: str) -> bool:
    """`甲、乙` then `(安徽省)`: names alone, then a bracket that names no one (where they are from;
    `集体(甲、乙)` names its people)."""
    labelled = re.search(rf"{ROLE}|[:：]", bracket)  # `甲(编辑:乙)`: a role's people
    return bool(names_only(names)) and not (labelled or leading_names(bracket))


_ROLE_IN_BRACKETS = re.compile(rf"[(（]\s*((?:{ROLE})\s*[:：][^()（）]*)[)）]")


# ---- tables -------------------------------------------------------------------------


def _pipe_table(lines: list[str]) -> list[dict[str, Any]]:
    works: list[dict[str, Any]] = []
    header: list[str | None] | None = None
    split = 0
    group: dict[str, str] = {}
    bordered = True
    for line in lines:
        cells = _row_cells(line, bordered)
        if len([c for c in cells if c]) <= 1:  # no row: `一等奖`, `| 消息类 | | |`
            if said := _group_line(" ".join(cells), header is not None):
                # a category heading starts a group; a prize heading goes on within it
                group = said if "category" in said else {**group, **said}
            continue
        keys = [header_key(c) for c in cells]
        labelled = sum(k is not None for k in keys)
        if labelled >= 2 and "title" in keys:
            header, bordered = keys, line.lstrip().startswith("|")
            while header and header[-1] is None and not cells[len(header) - 1]:
                header.pop()
            continue
        if labelled >= 2 and 2 * labelled >= len(cells):
            header = None  # a form's next row of labels: no list under it
            continue
        if header is None or len(cells) < 2:
            continue
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) > len(header):
            split = max(split, len(cells) - len(header))
        if split and "category" in header and len(cells) > header.index("category") + 1:
            at = header.index("category")  # `作品 类型` over two cells in every row
            cells[at : at + split + 1] = [" ".join(cells[at : at + split + 1])]
        work: dict[str, Any] = {}
        for key, cell in zip(header, cells, strict=False):
            if key:
                _fields_in_cell(work, key, cell)
        for key, value in group.items():
            work.setdefault(key, value)
        for key in ("prize", "category"):  # a merged cell, printed on its first row only
            if key in header and key not in work and works and key in works[-1]:
                work[key] = works[-1][key]
        if work.get("title"):
            works.append(work)
    return works


def _row_cells(line: str, bordered: bool) -> list[str]:
    """A row's cells; where the header row has no border, a row that begins with `|` begins
    with an empty cell (a merged prize or category printed on the first row only)."""
    if "|" not in line:
        return [line.strip()]
    text = line.strip()
    text = text.strip("|") if bordered else (" " + text if text.startswith("|") else text)
    return [c.strip() for c in text.rstrip("|").split("|")]


# An honour with a qualifier before it names one of an award's 奖项 (a category), where a
# rank after a category (`短篇小说一等奖`) is that category's prize.
_NAMED_HONOUR = re.compile(r"[\u4e00-\u9fff]{4,12}(?:佳作|特[别別]|鼓[励勵])[奖獎]")


def _group_line(line: str, under_header: bool = False) -> dict[str, str]:
    """A heading between a table's rows: `一等奖（3件）`, `消息类一等奖`, `二、通讯类`; under a
    header row any short line that is no row (`小说`, `科幻文学`) heads the rows after it:
    lists group their rows by category more often than by anything else."""
    text = re.sub(r"^[一二三四五六七八九十]+[、.．]\s*", "", squeeze(line).strip("|"))
    text = _HEAD_COUNT.sub("", text)  # `消息类(共3件)`: how many, not what
    said: dict[str, str] = {}
    m = _PRIZE_HEAD.match(text)
    if m and under_header and _NAMED_HONOUR.fullmatch(text):
        return {"category": text}  # `青年作者短篇佳作奖`: one of the award's own 奖项
    if m:
        said["prize"] = m.group(1)
        text = text[: m.start(1)]
    elif len(text) > 12:
        return said
    genre = heading_kind(text)  # (`消息类` keeps its 类, as the heading writes it)
    if genre and (
        is_genre(genre.removesuffix("类"))
        or (not said and _A_CLASS.fullmatch(genre))
        or (under_header and not said and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", text))
    ):
        said["category"] = (
            genre if is_genre(genre.removesuffix("类")) or _A_CLASS.fullmatch(genre) else text
        )
    return said


def _spaced_table(lines: list[str]) -> list[str]:
    """A table whose cells are separated by spaces (text copied from a PDF or a page): its
    header row of header words, then rows, as `|` rows. A row with more pieces than the
    header gives the extra pieces to the title (a title may hold spaces; the other cells,
    counted from both ends, take one piece each)."""
    out: list[str] = []
    header: list[str | None] = []
    split = r"\s+"
    for line in lines:
        for sep in (r"\s{2,}|\t", r"\s+"):
            cells = re.split(sep, line.strip())
            keys = [header_key(c) for c in cells]
            wide = len(cells) >= 2 and sep != r"\s+"  # `作品      作者`: two columns, far apart
            if (len(cells) >= 3 or wide) and None not in keys and "title" in keys:
                header, split = keys, sep
                out.append(" | ".join(cells))
                break
        else:
            cells = re.split(split, line.strip())
            if all(len(c) == 1 for c in cells):
                out.append("".join(cells))  # `小  说`: one word spaced out, a heading
            elif header and len(cells) >= len(header) and "title" in header:
                at = header.index("title")
                tail = len(header) - at - 1
                title = " ".join(cells[at : len(cells) - tail])
                cells = [*cells[:at], title, *cells[len(cells) - tail :]]
                out.append(" | ".join(cells))
            elif header and len(cells) == len(header) - 1 >= 2 and header[0] == "prize":
                out.append(" | " + " | ".join(cells))  # (its prize merged with the row above)
            else:
                out.append(line)
    return out if header else []


def _cells_table(lines: list[str]) -> list[dict[str, Any]]:
    """One cell per line: header cells first (maybe repeated), then the rows."""
    cells = [c.strip().rstrip("|").strip() for c in lines]
    cells = [c for c in cells if c and not re.fullmatch(r"[|\s]*", c)]
    cells = [p for c in cells for p in _header_words(c)]
    works: list[dict[str, Any]] = []
    i, prize = 0, ""
    header: list[str] = []
    while i < len(cells):
        if m := _prize_heading(cells[i], header):
            prize = m.group(1)
            i += 1
            continue
        # a header: at least 3 consecutive header cells, one the title
        j, found = i, list[str]()
        while j < len(cells):
            key = header_key(cells[j])
            if key is None and found and re.fullmatch(r"[(（].{1,6}[)）]", squeeze(cells[j])):
                j += 1  # `字数` then `(时长)` on its own line
                continue
            if key is None and found and _SCORE_HEAD.search(squeeze(cells[j])):
                key = "note"  # `平均得分`, `排名`: a column read and dropped
            if key is None and found and _unmapped_column(cells, j):
                key = "note"  # `奖项 学校 作品`: a column no field takes, between two that do
            if key is None:
                break
            found.append(key)
            j += 1
        if len(found) >= 3 and "title" in found or _two_columns(cells, j, found):
            header, i = _ranks_as_prizes(found, cells, i, j), j
            continue
        if not header:
            i += 1
            continue
        i = _cells_row(cells, i, header, prize, works)
    return works


def _ranks_as_prizes(found: list[str], cells: list[str], start: int, end: int) -> list[str]:
    """A rank column first (`名次`, `排名`) whose first row's cell is a prize (`一等奖`) is the
    prize column, not a score's (a rank after the scores is their order)."""
    ranked = found[0] == "note" and re.search(r"名次|排名", cells[start]) and end < len(cells)
    if ranked and re.fullmatch(PRIZE, squeeze(cells[end])):
        return ["prize", *found[1:]]
    return found


def _header_words(cell: str) -> list[str]:
    """A header row written on one line over cells one a line (`序号 作品名称 作者 单位`):
    its words, one cell each; any other line is one cell."""
    words = cell.split()
    if len(words) >= 3 and all(header_key(w) for w in words):
        return words
    return [cell]


def _two_columns(cells: list[str], j: int, found: list[str]) -> bool:
    """`作品名称` and `作者` alone over their cells: a table of two columns when the rows
    below it (two at least) hold names where the header says so."""
    if sorted(found) != ["authors", "title"]:
        return False
    at = found.index("authors")
    rows = [cells[k : k + 2] for k in range(j, min(len(cells), j + 6) - 1, 2)]
    return len(rows) >= 2 and all(NAME_RUN.match(r[at]) for r in rows)


def _unmapped_column(cells: list[str], j: int) -> bool:
    """A short bare word (`学校`, `地区`) between two header cells is a column of its own that
    no field takes: the header goes on past it (one such column, the next a header word)."""
    word = squeeze(cells[j])
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word))
        and j + 1 < len(cells)
        and header_key(cells[j + 1]) is not None
        and (j < 1 or header_key(cells[j - 1]) is not None)
    )


def _cells_row(
    cells: list[str], i: int, header: list[str], prize: str, works: list[dict[str, Any]]
) -> int:
    """Read one row from cells[i]; return where the next row starts."""
    numbered = header[0] == "number"
    expected = str(_next_number(works)) if numbered else ""
    if numbered and cells[i] != expected and not re.fullmatch(r"\d{1,4}", cells[i]):
        return i + 1
    end = len(cells)
    if numbered:
        for k in range(i + 1, len(cells)):
            if (
                re.fullmatch(r"\d{1,4}", cells[k])
                or _prize_heading(cells[k], header)
                or header_key(cells[k])
            ):
                end = k
                break
    elif (merged := _merged_prize(cells, i, header, works)) is not None:
        return merged
    else:
        end = min(len(cells), i + len(header))
        for k in range(i, end):
            if _prize_heading(cells[k], header) or (header_key(cells[k]) and k > i):
                end = k
                break
    row = cells[i:end]
    work: dict[str, Any] = {}
    keys = list(header)
    if len(row) > len(keys) and "authors" in keys:  # several authors on separate lines
        at = keys.index("authors")
        keys[at : at + 1] = ["authors"] * (len(row) - len(keys) + 1)
    if len(row) < len(keys) and not numbered:
        return end if end > i else i + 1
    for key, cell in zip(keys, row, strict=False):
        if key == "title" and cell.startswith("——") and work.get("title"):
            work["title"] += cell
            continue
        _fields_in_cell(work, key, cell)
    if prize and "prize" not in work:
        work["prize"] = prize
    if work.get("title") and len(row) >= min(len(keys), 3):
        works.append(work)
    return end if end > i else i + 1


_PRIZE_LIKE = re.compile(rf"{RANK}|[奖獎]$|^[一二三]等$")  # (a contest's 冠军, 亚军 too)


def _merged_prize(
    cells: list[str], i: int, header: list[str], works: list[dict[str, Any]]
) -> int | None:
    """A row whose prize cell is merged with the row above (printed once per prize): its
    cells are one fewer, the prize the last row's. Returns where the next row starts."""
    if "prize" not in header or not works or "prize" not in works[-1]:
        return None
    at = header.index("prize")
    if i + at >= len(cells) or _PRIZE_LIKE.search(cells[i + at]):
        return None
    keys = [k for k in header if k != "prize"]
    row = cells[i : i + len(keys)]
    if len(row) < len(keys) or any(_PRIZE_LIKE.search(c) or header_key(c) for c in row):
        return None
    work: dict[str, Any] = {}
    for key, cell in zip(keys, row, strict=True):
        _fields_in_cell(work, key, cell)
    work["prize"] = works[-1]["prize"]
    if work.get("title"):
        works.append(work)
    return i + len(keys)


def _prize_heading(cell: str, header: list[str]) -> re.Match[str] | None:
    """A prize heading over rows; under a header with a prize column, `一等奖` alone is
    that column's cell."""
    if "prize" in header and re.fullmatch(PRIZE, squeeze(cell)):
        return None
    return _PRIZE_HEAD.match(cell)


def _next_number(works: list[dict[str, Any]]) -> int:
    return len(works) + 1


# ---- a score table: one cell per line, rows closed by their rank ------------------------

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_A_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff·]{2,4}")  # (`张㨗明`: Extension A too)
_SCORE_HEAD = re.compile(r"^(?:平均)?(?:得分|分数|評分|评分|排名|名次|票数|票數|总分|總分)$")


def _ranked_cells(lines: list[str]) -> list[dict[str, Any]]:
    """`获奖等次 作者 作品题目 平均得分 排名`, then rows whose merged cells are printed once
    (a prize over several rows, a missing name): each row ends at its rank (1, 2, 3 …), and
    its cells are read by what they look like: a prize, a number, a name, else the title."""
    cells = [squeeze(c) for c in lines if squeeze(c)]
    start = next(
        (
            i
            for i in range(len(cells) - 3)
            if "title" in (keys := [header_key(c) for c in cells[i : i + 3]]) and None not in keys
        ),
        None,
    )
    if start is None:
        return []
    keys = [header_key(c) for c in cells[start : start + 3]]
    names_first = "authors" in keys and keys.index("authors") < keys.index("title")
    start += 3
    while start < len(cells) and (header_key(cells[start]) or _SCORE_HEAD.search(cells[start])):
        start += 1  # the header's other cells: `作品题目 平均得分 排名`
    works: list[dict[str, Any]] = []
    row: list[str] = []
    prize = ""
    for cell in cells[start:]:
        if str(len(works) + 1) != cell or not row:
            row.append(cell)
            if len(row) > 8:  # no rank in sight: not a score table
                break
            continue
        work, prize = _ranked_row(row, prize, names_first)
        row = []
        works.append(work)
    texts = [c for c in row if not _NUMBER.fullmatch(c) and not re.fullmatch(PRIZE, c)]
    if works and len(texts) >= 2:  # the excerpt's end cut the last row's rank: name and title
        works.append(_ranked_row(row, prize, names_first)[0])
    return [w for w in works if w.get("title")]


def _ranked_row(row: list[str], prize: str, names_first: bool) -> tuple[dict[str, Any], str]:
    """Two texts are the name and the title in the header's order; one alone is the title,
    unless it is short enough to be only a name (its title's cell merged away)."""
    work: dict[str, Any] = {}
    texts = []
    for cell in row:
        if re.fullmatch(PRIZE, cell):
            prize = cell
        elif not _NUMBER.fullmatch(cell) and header_key(cell) is None:
            texts.append(cell)
    if len(texts) >= 2:
        name, title = texts[:2] if names_first else texts[1::-1]
        if _A_NAME.fullmatch(name):
            work["authors"] = [name]
        work["title"] = _clean_title(title)
    elif texts and not re.fullmatch(r"[\u4e00-\u9fff·]{2,3}", texts[0]):
        work["title"] = _clean_title(texts[0])
    if prize:
        work["prize"] = prize
    return work, prize


# ---- records on one line: `作品：甲  作者：乙  单位：某某日报  等次：一等奖` ------------------

_KEYED = re.compile(r"([^\s:：|]{1,8})\s*[:：]\s*")


def _keyed_lines(lines: list[str]) -> list[dict[str, Any]]:
    """One record a line, each value after its key; a line is a record when two keys or more
    are list header words and one of them names the title. A prize before its colon keys the
    people it is won by (`冠军:张三 作品题名:春晓;`)."""
    works = []
    for line in [item for written in lines for item in _keyed_items(written)]:
        marks = [m for m in _KEYED.finditer(line) if _record_key(m.group(1))]
        if len(marks) < 2 or "title" not in {header_key(m.group(1)) for m in marks}:
            continue
        work: dict[str, Any] = {}
        for n, m in enumerate(marks):
            end = marks[n + 1].start() if n + 1 < len(marks) else len(line)
            value = line[m.end() : end].strip().rstrip(";；。，,").strip()
            if header_key(m.group(1)) is None:  # a prize: `冠军:张三`
                work["prize"] = m.group(1)
                if (names := split_list_names(value)) and all(is_person(n) for n in names):
                    work.setdefault("authors", names)
                continue
            _fields_in_cell(work, header_key(m.group(1)) or "", value)
        if work.get("title"):
            works.append(work)
    return works


def _keyed_items(line: str) -> list[str]:
    """A line of several records cut by `;` (`冠军:甲 作品:乙; 亚军:丙 作品:丁;`), one record
    each where every piece keys a title; else the line whole."""
    items = [i for i in re.split(r"[;；]", line) if i.strip()]
    titled = [
        i for i in items if any(header_key(m.group(1)) == "title" for m in _KEYED.finditer(i))
    ]
    return items if len(items) >= 2 and len(titled) == len(items) else [line]


def _record_key(word: str) -> bool:
    return header_key(word) is not None or bool(re.fullmatch(PRIZE, word))


# ---- record blocks --------------------------------------------------------------------

_BLOCK_FIELD = re.compile(
    r"^(作者及刊播单位|作者|编辑|編輯|刊播单位|刊播單位|记者|記者)\s*[:：]?\s*(.*)$"
)
_LABEL_COLON = re.compile(r"^([^:：\s]{2,10})\s*[:：]\s*(.+)$")


def _blocks(lines: list[str]) -> list[dict[str, Any]]:
    """Records under prize and genre headings: a title line (maybe a `——subtitle` line),
    then `作者：`, `编辑：` lines, maybe an outlet-and-date line."""
    works: list[dict[str, Any]] = []
    prize = category = ""
    pending: list[str] = []
    current: dict[str, Any] | None = None
    lead: dict[str, str] = {}  # what the lines before a labelled title said of its record
    for raw in lines:
        line = raw.strip()
        if m := _PRIZE_HEAD.match(line):
            prize, category, pending, current = m.group(1), "", [], None
        elif (keyed := _LABEL_COLON.match(line)) and header_key(keyed.group(1)) == "title":
            if pending and _a_heading(pending[-1], 10):  # `短视频类` over the records
                category = _HEAD_COUNT.sub("", squeeze(pending[-1]))
            lead = _lead_lines(pending)
            category = lead.pop("category", category)
            pending = [keyed.group(2)]  # `作品名称：…`: a record that names its title's key
        elif field := _block_field(line):
            if pending:
                if len(pending) > 1 and _a_heading(pending[-2], 10):
                    category = squeeze(pending[-2])
                current = {"title": _clean_title(pending[-1]), **lead}
                current.update({k: v for k, v in (("prize", prize), ("category", category)) if v})
                works.append(current)
                pending, lead = [], {}
            if current is not None:
                _block_set(current, *field)
        elif line.startswith("——") and (pending or current is not None):
            if pending:
                pending[-1] += line
            elif current is not None:
                current["title"] += line
        elif (
            current is not None
            and not pending
            and not _LABEL_COLON.match(line)  # (`服務單位：…`: a label's, not an outlet line)
            and (said := _outlet_and_date(line))
        ):
            for key, value in said.items():
                current.setdefault(key, value)
        else:
            if pending and _a_heading(pending[-1], 6) and len(pending) == 1:
                category, pending = squeeze(pending[-1]), []
            pending.append(line)
    return works


def _a_heading(line: str, limit: int) -> bool:
    """A short line over records (`短视频类`, `通 讯`): not an outlet's or a date's line
    (a record's own), nor the page's heading (`获奖名单`)."""
    text = squeeze(line)
    return (
        len(text) <= limit
        and not is_outlet(text)
        and not _DATE_LINE.fullmatch(text)
        and not LISTS_HEADING.search(text)
    )


# A record's date or period on its own line, ROC years too (`104.04.09-104.07.13`).
_ONE_DATE = rf"(?:{WRITTEN_DATE}|\d{{2,3}}\s*[./]\s*\d{{1,2}}\s*[./]\s*\d{{1,2}})"
_DATE_LINE = re.compile(rf"{_ONE_DATE}(?:\s*(?:[-~～—至到]+)\s*{_ONE_DATE})?")
_HEADING_LINE = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _lead_lines(pending: list[str]) -> dict[str, str]:
    """The lines a labelled title (`得獎作品:…`) comes after, since the last record: a heading
    (the category, `即時新聞獎`), then the outlet (`聯合晚報`) and the date or period, each on a
    line of its own. Other lines (page chrome, the last record's prose) say nothing."""
    lead: dict[str, str] = {}
    for line in pending:
        text = squeeze(line)
        if _DATE_LINE.fullmatch(text):
            lead["published"] = line.strip()
        elif is_outlet(text):
            lead["outlet"] = text
        elif _HEADING_LINE.fullmatch(heading := _HEAD_COUNT.sub("", text)) and not is_chrome(text):
            lead = {"category": heading}  # a heading begins a record's lead anew
    return lead


def _block_field(line: str) -> tuple[str, str] | None:
    """`作者：甲` → (label, value): the labels records use, or any header word with a colon."""
    if fm := _BLOCK_FIELD.match(line):
        return fm.group(1), fm.group(2)
    if (lm := _LABEL_COLON.match(line)) and header_key(lm.group(1)) not in (None, "title"):
        return lm.group(1), lm.group(2)
    tokens = line.split()
    if len(tokens) >= 2 and is_outlet(tokens[0]) and all(_A_NAME.fullmatch(t) for t in tokens[1:]):
        return _OUTLET_NAMES, line  # `某某日报 张三 李四`: a record's line without labels
    return None


_OUTLET_NAMES = "刊播单位及作者"


def _block_set(work: dict[str, Any], label: str, value: str) -> None:
    if label == _OUTLET_NAMES:
        paper, _, people = value.strip().partition(" ")
        work["outlet"], work["authors"] = paper, split_list_names(people)
        return
    if label == "作者及刊播单位":
        names, outlet = _names_then_outlet(value)
        if names:
            work["authors"] = names
        if outlet:
            work["outlet"] = outlet
        return
    key = header_key(label) or "authors"  # 记者
    _fields_in_cell(work, key, value)


def _outlet_and_date(line: str) -> dict[str, str]:
    """`江西日报 2019年3月5日`, `2019年3月5日 江西日报 第3版`, `某某电视台`: the line closing a
    record, its outlet and the day (either first; the page after them not mapped)."""
    published, rest = take_date(line)
    rest = _PAGE.sub("", rest).strip()
    if not re.fullmatch(r"\S{2,20}", rest) or not (published or is_outlet(rest)):
        return {}
    said = {"outlet": rest}
    if published:
        said["published"] = published
    return said


# The page a work was printed on: `第3版`, `A2版`, `04版`.
_PAGE = re.compile(r"\s*(?:第\s*)?[A-Za-z]?\d{1,3}\s*[版面]\s*$")


def _names_then_outlet(value: str) -> tuple[list[str], str]:
    """`余志坚 吉 潇 江西电视台`, `潘辛菱 《时代主人》`, `《时代主人》 潘辛菱`, `某台 余志坚`: the
    outlet is the piece at either end that is one (or in 《》), the names the rest."""
    tokens = value.split()
    if not tokens:
        return [], ""
    if quoted := re.search(r"《[^》]*》", value):
        rest = value[: quoted.start()] + " " + value[quoted.end() :]
        return split_list_names(rest), quoted.group().strip()
    if len(tokens) > 1 and len(tokens[0]) > 3 and is_outlet(tokens[0]):
        return split_list_names(" ".join(tokens[1:])), tokens[0]
    outlet = tokens[-1]
    if len(outlet) <= 3:
        return split_list_names(value), ""
    return split_list_names(" ".join(tokens[:-1])), outlet


# ---- title lines with a line of names under them ---------------------------------------

# A group heading over a run of works: `短片報導學生組入圍名單(共9部)`, `新聞專題學生組(共9部)`.
_GROUP_HEAD = re.compile(r"^(.{2,24}?)\s*[(（]\s*共\s*\d+\s*[部件篇个個项項名]\s*[)）]\s*$")
_GROUP_PAGE = re.compile(r"(?:入[围圍]|[获獲][奖獎])?(?:名[单單]|作品)$")


def _name_blocks(lines: list[str]) -> list[dict[str, Any]]:
    """A title line, then its names alone on the next line (`王若桐、蕭子維 (SS001)`), under
    group headings (the group is the category; `入围名单` the stage)."""
    works: list[dict[str, Any]] = []
    group: dict[str, Any] = {}
    previous = ""
    for raw in lines:
        line = raw.strip()
        if m := _PRIZE_HEAD.match(line):
            group, previous = {"prize": m.group(1)}, ""
        elif m := _GROUP_HEAD.match(line):
            group, previous = _group_of(m.group(1)), ""
        elif previous and (said := _names_line(line)):
            people, unit = said
            units = [p for p in people if is_outlet(p)]  # `甲、乙/自由时报`: the unit last
            work = {"title": _clean_title(previous), **group, "authors": people}
            if unit:
                work["outlet"] = unit
            if units and len(units) < len(people):
                work["authors"], work["outlet"] = [p for p in people if p not in units], units[0]
            works.append(work)
            previous = ""
        else:  # (a sentence or a `label:` line is no title: a caption's prose, page chrome)
            previous = "" if SENTENCE_OR_LABEL.search(line) else line
    return works


def _names_line(line: str) -> tuple[list[str], str] | None:
    """`王若桐、蕭子維 (SS001)`, `张三（某某日报）`: a line of names alone (a code or their
    unit in brackets after them): the names and the unit."""
    bracket = re.search(r"\s*[(（]([^()（）]*)[)）]\s*$", line)
    unit = bracket.group(1).strip() if bracket and is_outlet(bracket.group(1)) else ""
    names = line[: bracket.start()] if bracket and unit else line
    if not NAME_RUN.match(names) or not (unit or re.search(r"[、，,;；/(（\s]", line)):
        return None
    return split_list_names(re.sub(r"[(（][^()（）]*[)）]\s*$", "", names)), unit


# `忽然想到(11.25) 冯日乾`: a title, the day it came out in brackets (a year maybe before
# it), then its author: a record a line without labels.
_DATED_LINE = re.compile(
    r"^(\S.{0,40}?)\s*[(（]((?:(?:19|20)\d{2}\s*[.年/-]\s*)?\d{1,2}\s*[.月/-]\s*\d{1,2}\s*日?)[)）]"
    r"\s*(\S.*)$"
)


def _dated_lines(lines: list[str]) -> list[dict[str, Any]]:
    """Lines `title(date) names`, three or more of them: each a work published that day."""
    works = []
    for raw in lines:
        m = _DATED_LINE.match(raw.strip())
        if m and NAME_RUN.match(m.group(3)) and not _SAYS.search(m.group(1)):
            names = split_list_names(m.group(3))
            works.append({"title": m.group(1).strip(), "published": m.group(2), "authors": names})
    return works if len(works) >= 3 else []


def _group_of(heading: str) -> dict[str, Any]:
    group: dict[str, Any] = {}
    if re.search(r"入[围圍]", heading):
        group["stage"] = "入围"
    category = _GROUP_PAGE.sub("", heading.strip())
    if category:
        group["category"] = category
    return group


# ---- runs of `title/outlet` under a label: `突发新闻奖:甲/某报;乙/某台;…` --------------------

# ---- numbered items -------------------------------------------------------------------


def _numbered(text: str) -> list[dict[str, Any]]:
    """Numbered items, and lines that begin with a `《title》` (maybe after a prize): one
    work each, under the prize last named."""
    works: list[dict[str, Any]] = []
    flat = " ".join(text.split("\n"))
    prize = category = ""
    leading = False
    marks = _item_marks(text, flat)
    outer_kind = _kinds_over_prizes(marks)
    for n, (_start, end, said) in enumerate(marks):
        if said.startswith(_KIND):  # a genre heading: `通讯类`
            category = said[len(_KIND) :]
            prize = "" if outer_kind else prize  # (prizes ranked under each genre: its own)
            continue
        if said.startswith(_HEAD):  # `(一)文字入围作品:`: a category and its level
            category, _, prize = said[len(_HEAD) :].partition("\t")
            continue
        if said == _STOP or (said == _LINE and not (prize or category)):
            continue  # an unquoted line is a work only under a heading
        item = flat[end : marks[n + 1][0] if n + 1 < len(marks) else len(flat)].strip()
        item = item.rstrip("【[〔 ")  # (the bracket that opens the next `【二等奖】`)
        if said and said != _LINE:  # a prize heading, maybe with its work (`一等奖：张三《…》`)
            prize = said
            for beside in _works_beside_prize(item):
                works.append(
                    {**beside, "prize": prize, **({"category": category} if category else {})}
                )
            if not _NAMES_THEN_TITLE.match(item):
                continue
        if said == _LINE and (by := people_line(item)):  # `《甲》(散文)` over `张三 (某校)`
            if works and not leading and not any(k in works[-1] for k in NAME_KEYS):
                works[-1].update(by)
                continue
            if leading or not works:  # (names over their titles: not the work above's)
                leading = True
                continue
            # the work above has its names: this line is a work of its own (`标题  张三 (…)`)
        work = _numbered_item(item)
        alone = prize and len(item) <= 50 and said != _LINE  # (a line's bracket must say who)
        if work is None and alone and not re.search(r"[。；;！!《]", item):
            work = {"title": _clean_title(item)}  # a title alone under a prize heading
        if work is None:
            continue
        if prize:
            work.setdefault("prize", prize)
        if category:
            work.setdefault("category", category)
        works.append(work)
    return works


def _kinds_over_prizes(marks: list[tuple[int, int, str]]) -> bool:
    """Whether a list's genre headings come before its first prize heading (`【散文獎】` over
    `首獎 …`, `佳作 …`): each genre then ranks its own works, and no prize runs on into the
    next genre; under a prize first (`一等奖` over `消息类`), the genres are inside the prize."""
    heads = [s for _, _, s in marks if s and s not in (_LINE, _STOP) and not s.startswith(_HEAD)]
    return bool(heads) and heads[0].startswith(_KIND)


_NAMES_BESIDE = re.compile(r"^\s*([\u4e00-\u9fff·、，, ]{2,30}?)\s*[(（]([^()（）]{2,30})[)）]")
_NAMES_THEN_TITLE = re.compile(  # (an alias after the name: `洪倪 AKA 洪媽倪〈…〉`)
    r"^[\u4e00-\u9fff·、，, ]{2,20}(?:AKA\s+[\u4e00-\u9fff·]{2,4}\s*)?《[^》]+》"
)
_KIND = "\0kind:"  # a mark that is a genre heading, not a prize
_HEAD = "\0head:"  # a mark that is a category and a prize, `category\tprize`
_SHORT_HEAD = re.compile(r"[\u4e00-\u9fff]{2,10}")
_LINE, _STOP = "\0line", "\0stop"  # where a one-line work begins and ends
# What sets a heading apart: a number (`(一)`, `二、`), a bullet (`■`), or 【】 around it.
_ENUMERATOR = re.compile(
    r"^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|[■□◆◇●○▲△★☆▪◎]"
    r"|[【\[](?=[^】\]]{2,12}[】\]]\s*$))\s*"
)


# A numbered heading that counts its works names their category; the level word before it
# (`优秀`) is the award's own, no part of the category.
_COUNTED_GROUP = re.compile(
    r"(?:优秀|優秀)?(.{2,16}?)\s*[(（]\s*共?\s*\d+\s*[部件篇个個项項名]\s*[)）]"
)


def _works_beside_prize(item: str) -> list[dict[str, Any]]:
    """After a prize on its line, unquoted works: `一等奖 张三 河边`, `一等奖 河边 张三` (a name
    and a title a space apart, either way round: the name is the piece that is a person's),
    `一等奖：河边（张三）；城外（李四、王五）` (titles with their names in brackets)."""
    pieces = [p.strip() for p in re.split(r"[；;]", item.strip().rstrip("。"))]
    bracketed = [_NAMED_BRACKET.fullmatch(p) for p in pieces]
    if all(bracketed) and all(leading_names(m.group(2)) for m in bracketed if m):
        return [
            {"title": m.group(1).strip(), "authors": leading_names(m.group(2))}
            for m in bracketed
            if m
        ]
    tokens = item.split()
    if len(tokens) != 2 or len(item) > 40 or re.search(r"[。；;，,《》:：]", item):
        return []
    first, last = (leading_names(t) == [t] and len(t) <= 3 for t in tokens)
    if first and not last:
        return [{"authors": [tokens[0]], "title": tokens[1]}]
    if last and not first:
        return [{"title": tokens[0], "authors": [tokens[1]]}]
    return []


_NAMED_BRACKET = re.compile(
    r"([^《》()（）:：。;；]{2,40})[(（]([\u4e00-\u9fff·、，, ]{2,30})[)）]"
)


# A line that names a class alone (`短视频类`, `报纸類`): a category heading, whatever the class.
_A_CLASS = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}[类類]")
# The count after a heading: `(共3件)`, `（5篇）`, `(10名)`.
_HEAD_COUNT = re.compile(
    r"\s*[(（]\s*共?\s*[0-9一二三四五六七八九十]+\s*[件篇个個名项項部首幅组組][)）]$"
)


def _kind_marks(text: str) -> dict[int, tuple[int, int, str]]:
    """Lines that are a genre alone (`消息类`, `二、通讯`), or a category with its level
    (`(一)文字入围作品:`): headings over the items after."""
    marks, at = {}, 0
    for line in text.split("\n"):
        enumerated = _ENUMERATOR.match(line.strip())
        head = re.sub(r"[】\]]?\s*[:：]?\s*$", "", _ENUMERATOR.sub("", line.strip()))
        counted = _COUNTED_GROUP.fullmatch(head) if enumerated else None  # (before the count goes)
        head = _HEAD_COUNT.sub("", head)  # `消息类(共3件)`: how many, not what
        word = heading_kind(head)  # (`消息类` keeps its 类, as the heading writes it)
        if re.search(r"[奖獎]$", word) and is_genre(word[:-1]):
            word = head  # `小说奖`: a literature award's 奖项, the category as written
        both = category_and_level(head) if len(head) <= 16 and "《" not in head else {}
        if counted and is_genre(re.sub(r"作品$", "", counted.group(1))):
            marks[at] = (at, at + len(line), _KIND + counted.group(1))  # `一、优秀X作品(共7个)`
        elif (
            word
            and len(word) <= 9
            and (_A_CLASS.fullmatch(word) or is_genre(re.sub(r"[类類奖獎]$", "", word)))
        ):
            marks[at] = (at, at + len(line), _KIND + word)
        elif enumerated and not both and _SHORT_HEAD.fullmatch(head) and not re.search(PRIZE, head):
            marks[at] = (at, at + len(line), _KIND + word)  # `二、短视频类`: numbered, short
        elif both:
            marks[at] = (at, at + len(line), f"{_HEAD}{both['category']}\t{both['prize']}")
        at += len(line) + 1
    return marks


def _item_marks(text: str, flat: str) -> list[tuple[int, int, str]]:
    """(start, end, prize) of every item's mark in the flat text (prize "" for an item):
    numbers, prize headings, and the `《` a line begins with."""
    marks = {m.start(): (m.start(), m.end(), "") for m in _NUM_ITEM.finditer(flat)}
    marks.update(
        {
            m.start(): (m.start(), m.end(), m.group(1))
            for m in _INLINE_PRIZE.finditer(flat)
            if not _ends_a_work_line(text, m.start(), m.end())
        }
    )
    marks.update(_item_headings(text))
    marks.update(_kind_marks(text))
    marks.update(_counted_lines(text))
    at = 0
    for line in text.split("\n"):
        if lead := _LINE_TITLE.match(line):
            start = at if lead.group("page") else at + lead.end()  # (the page's number: no work's)
            marks.setdefault(start, (start, at + lead.end(), ""))
            if lead.group("page"):  # a contents line is one work: it ends with its line
                marks.setdefault(at + len(line), (at + len(line), at + len(line), _STOP))
        elif (
            (kind := _LINE_KIND.match(line)) and is_genre(kind.group(1)) and not _SAYS.search(line)
        ):
            marks.setdefault(at, (at, at, ""))  # `消息 《甲》 张三 某某日报`: a genre, then a work
        elif ((named := _NAMED_LINE.match(line)) and leading_names(named.group(1))) or (
            (unit := _UNIT_LINE.match(line)) and is_outlet(unit.group(1))
        ):  # (or its outlet first: `某某日报《甲》（张三）`)
            marks.setdefault(at, (at, at, ""))  # `张三《甲》`: a work a line, its names first
        elif (
            _BRACKETED_LINE.match(line)
            or _DASHED_LINE.match(line)
            or _labelled_line(line)
            or _COLUMNS_LINE.match(line)
            or _BRACKET_THEN.match(line)
        ):  # `河边（某某日报 张三）`, `河边——张三`, `河边 作者：张三`, `河边   张三   某某日报`
            marks.setdefault(at, (at, at, _LINE))
            marks.setdefault(at + len(line), (at + len(line), at + len(line), _STOP))
        elif PAGE_LABEL.match(line) or _PRIZE_RULES.match(line):
            # `责任编辑：甲`, `来源：…`, `奖项设置`: the page's, not the last work's
            marks.setdefault(at, (at, at, _STOP))
        at += len(line) + 1
    return sorted(marks.values())


# An award item alone on its line (`剧本创作奖`, `台语文学创作奖-新诗`: the item and its genre),
# no rank, no year or 届 (that is the award's own name).
_ITEM_HEADING = re.compile(r"[\u4e00-\u9fff]{2,14}[奖獎](?:\s*[-—－]\s*[\u4e00-\u9fff]{1,6})?")


def _item_headings(text: str) -> dict[int, tuple[int, int, str]]:
    """Lines that each name an award item alone: the category of the works under them, where
    a list has two such lines or more (one alone may be the award's own name)."""
    marks, at = {}, 0
    for line in text.split("\n"):
        head = line.strip()
        if _ITEM_HEADING.fullmatch(head) and not re.search(rf"{PRIZE}|[届屆]", head):
            marks[at] = (at, at + len(line), _KIND + head)
        at += len(line) + 1
    return marks if len(marks) >= 2 else {}


# A section on how the contest rewards (`奖项设置`, `奖励办法:`): no work's words. (The
# readers match the simplified copy: one spelling.)
_PRIZE_RULES = re.compile(r"^\s*(?:奖项|奖励|奖金)(?:设置|办法|标准)\s*[:：]?\s*$")


def _ends_a_work_line(text: str, start: int, end: int) -> bool:
    """`《甲》 某某日报 张三 二等奖`, `《甲》 消息 【一等奖】 张三`: a prize on a line holding a
    title before it, only the work's words after it, is that work's own prize, not a heading
    over the lines below."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end].strip(" 】]〕")
    # (`《甲》 消息 一等奖 张三 某某日报`: the work's own words may follow its prize)
    return "》" in text[line_start:start] and (not after or bool(words_after_title(after)))


def _labelled_line(line: str) -> bool:
    """`河边 作者：张三 单位：某某日报`: a title, then its labelled fields, no sentence."""
    label = first_label(line)
    return bool(label) and 2 <= len(line[:label].strip()) <= 40 and not _SAYS.search(line)


_COUNTED = re.compile(r"^\s*(\d{1,3})\s+(?=[^\d\s|])(?!.*\|)")  # (a `|` row is a table's)


def _counted_lines(text: str) -> dict[int, tuple[int, int, str]]:
    """`1 河边 张三 某某日报`, `2 …`: lines that begin with a number and a space are items when
    the numbers count up one by one (three lines or more; a number alone is no mark)."""
    found, at, last = [], 0, None
    for line in text.split("\n"):
        if m := _COUNTED.match(line):
            n = int(m.group(1))
            found.append((at, at + m.end(), n == 1 or n == (last or 0) + 1))
            last = n
        at += len(line) + 1
    if len(found) < 3 or not all(step for *_, step in found):
        return {}
    return {a: (a, b, "") for a, b, _ in found}


_BRACKETED_LINE = re.compile(
    r"^\s*[^《》()（）:：。，,;；\s][^《》()（）:：。;；]{1,39}[(（][^()（）]{2,40}[)）]\s*$"
)


# `河边——张三`, `河边——张三、李四`: a work a line, unquoted, its names after a dash.
_DASHED_LINE = re.compile(
    r"^\s*[^《》()（）:：。;；\s][^《》:：。;；]{1,39}——\s*[\u4e00-\u9fff·]{2,3}"
    r"(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,3})*\s*$"
)
# Three columns or more set apart by wide spaces or tabs: a record a line (a table's row).
_COLUMNS_LINE = re.compile(r"^\s*[^\s《》:：。;；][^\t]*?(?:\s{2,}|\t)\S.*?(?:\s{2,}|\t)\S+\s*$")
# `河边（消息） 张三 某某日报`: a title, a bracket about it, then its people and outlet.
_BRACKET_THEN = re.compile(
    r"^\s*[^《》()（）:：。，,;；\s][^《》()（）:：。;；]{1,39}[(（][^()（）]{1,20}[)）]\s+\S[^。；;:：]*$"
)
_UNIT_LINE = re.compile(r"^\s*([^《》\s:：()（）]{2,20}?)\s*(?=《)")
_NAMED_LINE = re.compile(  # (a name padded with a space, `曹 瑋`; an alias after it, `甲 AKA 乙`)
    r"^\s*((?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])"
    r"(?:(?:\s*[、，,]\s*|\s+)[\u4e00-\u9fff·]{2,4})*"  # (or spaces: `甲乙 丙丁《…》`)
    r"(?:\s+AKA\s+[\u4e00-\u9fff·]{2,4})?)\s*(?=《)"
)
_SAYS = re.compile(r"[获獲。]")  # a sentence, not a record line
_LINE_KIND = re.compile(r"^\s*([\u4e00-\u9fff]{2,8})\s*[:：]?\s*(?=《)")
# (`(一)《…》`: a numbered line's title, its number a heading's kind of number)
_LINE_TITLE = re.compile(  # (or a page's number: `36《…》`, a table of contents)
    rf"^\s*(?:[(（][一二三四五六七八九十]{{1,3}}[)）]\s*|(?P<page>\d{{1,3}})\s*)?(?:{PRIZE}\s*[:：]?\s*)?(?=《)"
)
# `标题 甲、乙`, `标题 甲 乙 丙`: names after a title, between any separator or spaces
_TRAILING_NAMES = re.compile(
    r"^(.*?\S)\s+([\u4e00-\u9fff]{2,4}(?:(?:\s*[、，,;；/]\s*|\s+|[和与與及])[\u4e00-\u9fff]{2,4})*"
    r"(?:等\s*\d{1,3}\s*人)?)$"
)
_TRAILING_BY = re.compile(
    r"^(.*\S\s+[\u4e00-\u9fff]{2,4}(?:[、，,\s和与與及][\u4e00-\u9fff]{2,4})*(?:等\s*\d{1,3}\s*人)?)"
    r"\s+(\S{3,20})$"
)
_LAST_BRACKET = re.compile(r"[(（]([^()（）]*)[)）]?[;；,，。\s]*$")  # (an item's own `;` after it)


def _fill_tail(work: dict[str, Any], inner: str, beyond: str) -> None:
    """What the bracket after a title says, and the words after that bracket (`《甲》（消息）
    某某日报 张三`) when they are not a prize."""
    for key, value in (_keyed_tail(inner) or tail_fields(inner)).items():
        work.setdefault(key, value)
    beyond = re.sub(rf"\s*{PRIZE}\s*$", "", beyond)  # `（某台）赵六 二等奖`: the item's own prize
    if beyond and not re.search(PRIZE, beyond):  # `（通讯） 作者：甲 单位：某某日报`
        for key, value in (_keyed_tail(beyond) or tail_fields(beyond)).items():
            work.setdefault(key, value)
        if names := names_only(beyond):
            work.setdefault("authors", names)  # `《甲》（某某晚报）张三`: the paper's people


# A labelled note in brackets at an unquoted item's end that no field takes (README: an author's
# unit or job is not mapped): `(作者单位:某某小学)`, `(指导教师:张三)`
_UNMAPPED_NOTE = re.compile(
    r"\s*[(（](?:作者单位|作者單位|指导教师|指導教師|指导老师|指導老師)\s*[:：][^()（）]*[)）]\s*$"
)


def _numbered_item(item: str) -> dict[str, Any] | None:
    """`《标题》（作者：X；刊播单位和日期：…）`, `标题（通讯，新华社：X）`, `标题 甲、乙（某台）`,
    `标题;推荐单位:X`, `《标题》作者:X`: the title, then what follows it."""
    work: dict[str, Any] = {}
    item = _before_title(item, work)
    quoted = item.startswith("《") and "》" in item
    if quoted and is_outlet(item[1 : item.index("》")]):
        return None  # `《人民日报》2019年…`: a paper named at a line's start, not a work
    if quoted:
        title, rest = item[1 : item.index("》")], item[item.index("》") + 1 :]
        work.update(_dashed_names(rest))
        said = book_credits(rest) or words_after_title(rest)  # `《甲》 某报 张三，李四 消息`
        for key, value in said.items():
            work.setdefault(key, value)
        if "authors" not in work and (shot := caption_credit(rest)):
            work["authors"] = [shot]  # `《甲》 9月1日,某村…。张三 摄`
    else:
        title, rest = _title_and_tail(item)
        title = _UNMAPPED_NOTE.sub("", title)  # `标题 张三 (作者单位:某某小学)`
    title = title.strip()
    cm = None if quoted else _CATEGORY_PREFIX.match(title)  # (in 《》 it is the title's own)
    if cm and is_genre(cm.group(1)):
        work["category"] = cm.group(1)
        title = title[cm.end() :]
    work["title"] = _clean_title(title)
    bracket = _TAIL_BRACKET.match(rest)
    inner = bracket.group(1) if bracket else rest.strip()
    heads = sum(header_key(t) is not None for t in inner.split())
    if heads >= 2 and 2 * heads > len(inner.split()):
        inner = ""  # a table's header row after the item, not its names (`记者 甲 编辑 乙` are)
    _fill_tail(work, inner, rest[bracket.end() :].strip() if bracket else "")
    if bracket and "outlet" in work and "authors" not in work:  # `某某日报《标题》（张三）`
        if names := names_only(inner):
            work["authors"] = names
    if not bracket:
        _names_outside_brackets(work, rest, inner.strip(), quoted)
    if (pz := re.search(PRIZE, rest)) and not first_label(rest[pz.start() :]):
        # `…（作者：X）一等奖`: the item's own prize; `最佳新闻评论奖`: its 奖项, the category
        work["category" if is_named_honour(pz.group()) else "prize"] = pz.group()
    if not quoted and "——" in work["title"]:
        _names_after_dash(work)
    spaced = _TRAILING_BY.match(work["title"]) if not quoted and "authors" not in work else None
    if spaced and is_outlet(spaced.group(2)) and "outlet" not in work:  # `标题 张三 某某日报`
        work["title"], work["outlet"] = spaced.group(1), spaced.group(2)
    if not quoted and "authors" not in work and (trailing := _TRAILING_NAMES.match(work["title"])):
        _trailing_names(work, trailing)
    kind = re.search(r"\s*[(（]([^()（）]{2,8})[)）]$", work["title"]) if not quoted else None
    if kind and is_genre(kind.group(1)) and "category" not in work:  # `河边（消息）`
        work["title"], work["category"] = work["title"][: kind.start()], kind.group(1)
    if not work["title"] or (not quoted and len(work) < 2):
        return None  # a numbered sentence, not a listed work
    if not quoted and re.fullmatch(PRIZE, work["title"]):
        return None  # `特等奖（空缺）`: a prize no work won
    return work


def _names_outside_brackets(work: dict[str, Any], rest: str, alone: str, quoted: bool) -> None:
    """The names after a title that are in no bracket of their own: `《标题》 张三（某某日报）`
    (then their outlet), `《标题》 张三` (one name), `河边（张三、李四）` (the bracket an unquoted
    title ended at: its names)."""
    if beside := _NAMES_BESIDE.match(rest):
        people = split_list_names(beside.group(1))
        if people and all(_A_NAME.fullmatch(n) for n in people):
            work.setdefault("authors", people)
            if is_outlet(beside.group(2)):
                work.setdefault("outlet", beside.group(2).strip())
    if _A_NAME.fullmatch(alone) and is_person(alone):
        work.setdefault("authors", [alone])
    if not quoted and _names_alone(alone):
        work.setdefault("authors", split_list_names(alone))


def _trailing_names(work: dict[str, Any], names: re.Match[str]) -> None:
    """`标题 甲、乙`: the names after an unquoted title; `标题 某某晚报`: its outlet, no names;
    `标题 某某日报 甲，乙 消息`: each word for what it is (words_after_title)."""
    work["title"] = names.group(1)
    if by_word := words_after_title(names.group(2)):
        for key, value in by_word.items():
            work.setdefault(key, value)
        return
    said = split_list_names(names.group(2))
    if len(said) == 1 and is_outlet(said[0]):
        work.setdefault("outlet", said[0])
    elif said := [n for n in said if not is_outlet(n)]:
        work["authors"] = said
    work["title"] = names.group(1)


def _before_title(item: str, work: dict[str, Any]) -> str:
    """What an item writes before its `《title》`: a genre (`消息类《`, `【通讯】《`), names
    (`张三、李四《`) or an outlet (`某某日报《`) into `work`; the item from the title on."""
    genre = re.match(r"^[【\[(（]?([^《]{2,10}?)[类類]?[】\])）]?\s*[:：]?\s*(?=《)", item)
    if genre and is_genre(genre.group(1)):
        unit, kind = unit_and_genre(genre.group(1))  # `大众网网络专题《`: the unit, its genre
        work["category"], item = kind, item[genre.end() :]
        if is_outlet(unit):
            work["outlet"] = unit
    lead = re.match(r"^([^《》()（）:：]{2,30}?)\s*[:：]?\s*(?=《[^》]+》)", item)
    lead_names = split_list_names(lead.group(1)) if lead else []
    if lead and lead_names and all(_A_NAME.fullmatch(n) and not is_outlet(n) for n in lead_names):
        work["authors"], item = lead_names, item[lead.end() :]
    elif lead and is_outlet(lead.group(1)) and not is_genre(lead.group(1)):
        work["outlet"], item = lead.group(1).strip(), item[lead.end() :]
    elif lead and (said := words_after_title(lead.group(1))):  # `益阳日报社汤革新《`,
        for key, value in said.items():  # `某某晚报 李四、王五《`: the unit, its people
            work.setdefault(key, value)
        item = item[lead.end() :]
    return item


def _names_after_dash(work: dict[str, Any]) -> None:
    """`标题——某某日报 张三`: the outlet and names after the title's last dash; `标题——张三
    （某某中学）`: the names, the bracket after them where they are from (their outlet if it
    names one)."""
    title, _, said = work["title"].rpartition("——")
    if "outlet" not in work and title and {"outlet", "authors"} <= (by := tail_fields(said)).keys():
        work["title"] = title
        work.update(by)
    if "authors" in work:
        return
    where = re.search(r"\s*[(（]([^()（）]{2,20})[)）]$", said)
    names = split_list_names(said[: where.start()] if where else said)
    # (names of two or three characters: `——一个副题` is a subtitle, not a person)
    named = all(re.fullmatch(r"[\u4e00-\u9fff·]{2,3}", n) for n in names)
    if title and names and named and leading_names("、".join(names)) == names:
        work["title"], work["authors"] = title, names
        if where and is_outlet(where.group(1)):
            work.setdefault("outlet", where.group(1))


# The bracket after a title, one bracket deep inside it (`(甲制作,某局(广播电视局)报送)`).
_TAIL_BRACKET = re.compile(r"\s*[(（]((?:[^()（）]|[(（][^()（）]*[)）])*)(?:[)）]|$)")

_DASH_BY = re.compile(
    r"^\s*(?:-{2,}|[—－]{1,2})\s*([^《》]+?)\s*(?:[(（]([^()（）]*)[)）])?\s*[;；。]?$"
)


def _dashed_names(rest: str) -> dict[str, Any]:
    """`《标题》--张三(江苏)`, `《标题》——李 四`: the names after a dash; the bracket after
    them is their outlet when it names one (a place is not mapped)."""
    m = _DASH_BY.match(rest)
    names = split_list_names(m.group(1)) if m else []
    if not m or not names or not all(_A_NAME.fullmatch(n) and not is_outlet(n) for n in names):
        return {}  # (`《标题》——某某日报`: the outlet, words_after_title reads it)
    said: dict[str, Any] = {"authors": names}
    if m.group(2) and is_outlet(m.group(2)):
        said["outlet"] = m.group(2).strip()
    return said


_TAIL_KEY = re.compile(r"([^\s:：|;；,，()（）]{1,8})\s*[:：]\s*")


def _keyed_tail(tail: str) -> dict[str, Any]:
    """`作者:甲 单位:某某日报`, `主创:乙、丙;选送单位:某台`: every part after a list's header
    word and a colon, to that word's key (the tail must begin with one)."""
    depth = 0
    for i, c in enumerate(tail):  # `作者:甲,推荐单位:乙) 一等奖`: the tail ends at its bracket
        depth += 1 if c in "(（" else -1 if c in ")）" else 0
        if depth < 0:
            tail = tail[:i]
            break
    marks = [m for m in _TAIL_KEY.finditer(tail) if header_key(m.group(1)) not in (None, "title")]
    if not marks or tail[: marks[0].start()].strip(" ;；,，"):
        return {}
    if all(first_label(tail[m.start() :]) == 0 for m in marks):
        return {}  # the labels every tail uses (`作者：`, `刊播单位：`): tail_fields reads them
    work: dict[str, Any] = {}
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(tail)
        value = re.sub(rf"\s+{PRIZE}$", "", tail[m.end() : end].strip(" ;；,，。"))  # the item's
        _fields_in_cell(work, header_key(m.group(1)) or "", value)
    return work


def _open_bracket(text: str) -> int | None:
    """Where the bracket still open at the end of `text` opens, if one is."""
    opened: list[int] = []
    for i, c in enumerate(text):
        if c in "(（":
            opened.append(i)
        elif c in ")）" and opened:
            opened.pop()
    return opened[0] if opened else None


def _title_and_tail(item: str) -> tuple[str, str]:
    """Where an unquoted title ends: at the first field label, or at a last bracket that says
    something about the work (a bracket that is part of the title stays)."""
    if label := first_label(item):
        opened = _open_bracket(item[:label])  # `标题 (作者 甲,推荐单位:乙)`: the bracket
        if opened is not None:  # holding the first label opens the tail
            return item[:opened].rstrip(), item[opened + 1 :]
        return item[:label].rstrip(" (（;；,，"), item[label:]
    for kind in _SHORT_BRACKET.finditer(item):  # `河边（消息）张三 某某日报`: a genre's
        after, said = item[kind.end() :], kind.group(1)  # bracket, then the work's words
        if kind.start() >= 2 and (is_genre(said) or is_outlet(said)) and words_after_title(after):
            return item[: kind.start()].rstrip(), item[kind.start() :]
    bracket = _LAST_BRACKET.search(item)
    if bracket and (tail_fields(bracket.group(1)) or _names_alone(bracket.group(1))):
        return item[: bracket.start()], bracket.group(1)
    return item, ""


def _names_alone(text: str) -> bool:
    """`张三、李四`: a bracket of two- and three-character names only (the title's makers)."""
    names = names_only(text)
    return bool(names) and all(len(n) <= 3 for n in names)


_SHORT_BRACKET = re.compile(r"[(（]([^()（）]{2,20})[)）]")


# ---- the whole list -------------------------------------------------------------------


def parse_list(text: str) -> ListResult:
    text = clean(text.replace("\r\n", "\n"))  # glosses and lost-character marks, as on forms
    lines = [ln for ln in text.split("\n") if not ln.startswith("# source:")]
    written = [ln for ln in lines if ln.strip()]
    result = ListResult(  # (a table joined onto the heading's line: its lead is the heading)
        heading=heading_of(relined_rows(written, header_key) or written, header_key, _a_row)
    )
    copy = ReadingCopy("\n".join(written))  # one script, one title mark: what readers match
    nonblank = copy.text.split("\n")
    joined = "\n".join(nonblank)
    candidates = _readings(nonblank, whole=True)
    if cut := resplit_lines(nonblank, header_key):  # lines an excerpt joined, cut back
        candidates += _readings(cut, whole=False)
    shape, works = max(candidates, key=lambda c: _explained(c[1]))
    won = won_works(joined)  # a lead sentence's winners, named whatever the list's shape
    if won:
        shape, works = shape if works else "prose", added(works, won)
    if not works and (quoted := quoted_winners(joined)):
        shape, works = "prose", quoted  # (no reader saw the list: its titles where they won)
    if works:
        others = [found for _, found in candidates if found is not works]
        tables = [found for name, found in candidates if name in ("table", "cells")]
        works = _joined_with_others(works, [found for found in tables if found is not works])
        _filled_from_others(works, others)
        _mend_titles(works, joined)
        works = [the_lists_award(w, result.heading) for w in _once(works)]
        result.shape, result.works = shape, [copy.restored_work(w) for w in works]
    return result


Readings = list[tuple[str, list[dict[str, Any]]]]


def _readings(lines: list[str], whole: bool) -> Readings:
    """Every reader's works (each reader by its shape's name), a form's labels and rows read
    out of step left out. `whole=False`: the readers of lines only (the copy cut back into
    lines: what reads the text as one flow has read it already)."""
    joined = "\n".join(lines)
    relined = relined_rows(lines, header_key)  # a `|` table joined onto one line, cut
    spaced = spaced_rows(lines, header_key) if "|" not in joined else []  # a spaced one
    return [
        (name, [w for w in found if not _a_label(w) and not _misread(w) and not _a_craft(w)])
        for name, found in (
            ("table", _pipe_table(lines)),
            ("table", _pipe_table(relined) if relined else []),
            ("table", _pipe_table(_spaced_table(lines)) if "|" not in joined else []),
            ("table", _pipe_table(spaced) if spaced else []),
            ("cells", _cells_table(lines)),
            ("cells", _ranked_cells(lines)),
            ("blocks", _blocks(lines)),
            ("blocks", _keyed_lines(lines)),
            ("blocks", _name_blocks(lines)),
            ("blocks", _dated_lines(lines)),
            ("blocks", slashed_runs(lines)),
            ("blocks", slashed_blocks(lines)),
            ("blocks", awarded_runs(lines)),
            ("blocks", signed_records(lines, _prize_alone)),
            ("blocks", name_title_runs(lines, _prize_alone)),
            ("blocks", dashed_runs(lines)),
            ("numbered", _numbered(joined)),
            ("blocks", prized_items(joined) if whole else []),  # (a tie with prose is its)
            ("blocks", ranked_records(joined) if whole else []),  # (list_records; as strict)
            ("prose", prose(joined) if whole else []),
            ("pieces", piece_lines(lines)),  # (last: a tie goes to a shape's own reader)
        )
    ]


def _prize_alone(line: str) -> str | None:
    """The prize a heading line names alone (`二等奖`, `【一等奖】(3篇)`, `一等奖 空缺`,
    `三等奖 5名(按姓氏笔画排序)`), else None."""
    return m.group(1) if (m := _PRIZE_HEAD.match(line)) else None


def _explained(works: list[dict[str, Any]]) -> tuple[int, int, int]:
    """How much of a list a reading explains: its works, then (between readings of as many)
    how many say who made them: a reading that kept a work's people inside its title, or
    took a caption's prose for a field, explains less of the same lines; then how many
    people it names (a reading that lost a work's second author explains less; a unit
    read as a person is none)."""
    people = sum(not is_outlet(n) for w in works for k in NAME_KEYS for n in w.get(k) or [])
    made = sum(any(k in w for k in ("authors", "editors", "outlet")) for w in works)
    return len(works), made, people


def _mend_titles(works: list[dict[str, Any]], text: str) -> None:
    """A title whose end was lost to mojibake (`《無依之?!?作者:…`) is the one title the page
    writes whole elsewhere (the lead's `《無依之海》`) that begins with what is left of it."""
    for work in works:
        kept = re.match(r"([^?？�]{2,})[?？�]", str(work.get("title", "")))
        if kept:
            whole = set(re.findall(rf"《({re.escape(kept.group(1))}[^《》?？�]{{1,4}})》", text))
            if len(whole) == 1:
                work["title"] = whole.pop()


def _a_row(line: str) -> bool:
    """A row of a table, `|` or spaced, its header row, or a `label: value` line: no heading."""
    return bool(
        len(re.findall(r"[^|\s][^|]*", line)) >= 2
        or re.match(r"\s*\d{1,3}\s", line)
        or sum(header_key(c) is not None for c in line.split()) >= 2
        or _keyed_lines([line])
        or ((kv := _LABEL_COLON.match(line.strip())) and header_key(kv.group(1)))
    )


def _once(works: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A list the page repeats (a summary, then the list; a copy pasted twice) gives each
    work once: a work read twice with the same fields (one title may win two awards)."""
    seen: set[str] = set()
    out = []
    for work in works:
        key = squeeze(repr(sorted((k, str(v)) for k, v in work.items())))
        if key not in seen:
            seen.add(key)
            out.append(work)
    return out


def _joined_with_others(
    works: list[dict[str, Any]], others: list[list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """A table that finds mostly the same works (two or more, most of its rows) holds the
    same list in another shape (the winners' titles, then a score table): the rows beyond
    them are the list's works too (a row the first shape left out). A title inside one
    already found, or holding one, is that work read otherwise (`爱耳好习惯`). (Only a
    table's rows: a looser reading's extra works may be page chrome.)"""
    titles = {_title_key(w) for w in works}
    out = list(works)
    for found in others:
        own = [w for w in found if not any(_same_work(_title_key(w), t) for t in titles)]
        shared = sum(_title_key(w) in titles for w in found)
        if shared >= 2 and 2 * shared > len(found) and own:
            out.extend(own)
            titles.update(_title_key(w) for w in own)
    return out


def _title_key(work: dict[str, Any]) -> str:
    return re.sub(r"[《》]", "", squeeze(str(work.get("title", ""))))


def _same_work(a: str, b: str) -> bool:
    return a == b or bool(a and b and (a in b or b in a))


_FILLED = ("authors", "editors", "outlet", "category", "published", "length", "prize")


def _filled_from_others(works: list[dict[str, Any]], others: list[list[dict[str, Any]]]) -> None:
    """A page may name a work twice in two shapes (the winners' titles, then a score table
    with their authors): what the other shape says of the same title fills the gaps."""
    by_title: dict[str, list[dict[str, Any]]] = {}
    for found in others:
        for work in found:
            by_title.setdefault(squeeze(str(work.get("title", ""))), []).append(work)
    for work in works:
        for other in by_title.get(squeeze(str(work.get("title", ""))), []):
            for key in _FILLED:
                if key in other and key not in work:
                    work[key] = other[key]


def _misread(work: dict[str, Any]) -> bool:
    """A row read out of step with its columns: a score as the prize, a number as the title."""
    prize = squeeze(str(work.get("prize", "")))
    title = squeeze(str(work.get("title", "")))
    # (`金奖`, `一等` are prizes PRIZE does not spell: only a number is out of step)
    misread = re.fullmatch(r"[\d.]+", prize) or re.fullmatch(r"[\d.]*", title)
    # (a paragraph as the title: sentences, other works named in it: `…。其中《甲》获…`)
    paragraph = len(title) > 40 and re.search(r"。.*《", title) is not None
    # (or a page's label line as its names, or a notice quoted as its title)
    return bool(misread) or paragraph or labels_as_names(work) or a_notice(title)


def _a_craft(work: dict[str, Any]) -> bool:
    """A person's craft prize read as a work (`优秀纪录片导演` over `《甲》(导演名)`): the
    person won it, not the film."""
    return any(is_craft_prize(str(work.get(k, ""))) for k in ("category", "prize"))


def _a_label(work: dict[str, Any]) -> bool:
    """A form's label read as a work's title or category (`原创单位`): a form, not a list.
    (`标题` as a category is the genre of headlines, not a label.)"""
    category = str(work.get("category", ""))
    return (
        bool(work.get("title"))
        and _labelish(str(work["title"]))
        or (
            bool(category)
            and _labelish(category)
            and not _HEADLINES.fullmatch(lb.fold(category))
            and not is_genre(category)  # `版面《…》`: a genre that is also a form's label
        )
    )


_HEADLINES = re.compile(r"标题[类]?")


def _labelish(text: str) -> bool:
    return lb.whole_label(text) is not None or header_key(text) is not None


def looks_like_list(text: str) -> bool:
    """A header row with a title column, or several records: read the file as a list."""
    return len(parse_list(text).works) >= 2


def work_values(result: ListResult, work: dict[str, Any]) -> dict[str, Any]:
    """One work's fields with the list's own (award, edition, year) under them; `本报`,
    `本台` is the paper the heading names."""
    # a work's None says the list's value is not its own (an earlier round's work: no edition)
    values = {k: v for k, v in {**result.heading, **work}.items() if v is not None}
    if (
        re.fullmatch(r"本[报報台刊网網社]", str(work.get("outlet", "")))
        and "outlet" in result.heading
    ):
        values["outlet"] = result.heading["outlet"]
    return values
