"""A winner list (获奖名单, 获奖作品目录, 报送目录, 公示名单) → one mapping per listed work.

Shapes read: a table with a header row (`|` cells on a line, or one cell per line with the
header cells first, repeated under prize headings), record blocks under prize and genre
headings, numbered items `1.《标题》（作者：X；…）`, and prose `体裁《标题》获一等奖（作者：…）`.
The shape giving the most works wins; `ListResult.shape` says which it was."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from award_archive.contract.numerals import parse_edition

# Header cell (spaces and notes removed) → key. `number`, `note` are read and dropped.
HEADERS: dict[str, str] = {}
for _key, _words in {
    "title": "作品标题 作品名称 文章名称 作品题目 作品題目 作品標題 作品名稱 题目 标题 名称 篇名 "
    "节目名称 栏目名称",
    "authors": "作者 主创人员 主创 作者姓名 作者(主创人员) 主創人員 作者（主创人员）",
    "editors": "编辑 责任编辑 編輯 責任編輯",
    "outlet": "刊播单位 刊发媒体 制作单位 创作单位 刊播媒体 发表单位 刊载单位 播出单位 刊發媒體 "
    "刊播單位 製作單位",
    "recommender": "报送单位 推荐单位 報送單位 推薦單位 申报单位",
    "category": "体裁 类别 作品类型 参评项目 项目 體裁 類別 參評項目 作品類型 类型",
    "length": "作品长度 字数 时长 字数(时长) 字数/时长 长度 作品字数",
    "published": "首播时间 刊播时间 发表时间 播出时间 刊发时间 首发日期 刊播日期 发表日期 刊发日期",
    "prize": "等次 奖次 获奖等级 等级 獎次",
    "stage": "初评结果",
    "number": "序号 编号 序號 編號",
    "note": "备注 備註",
}.items():
    for _w in _words.split():
        HEADERS[_w] = _key

NAME_KEYS = ("authors", "editors")
PRIZE = r"(?:特别奖|特別獎|[一二三]等[奖獎]|优秀奖|優秀獎|提名奖|入围|入圍|好作品)"
_PRIZE_HEAD = re.compile(
    rf"^\s*(?:\S{{0,12}}?)({PRIZE})\s*(?:[(（]\s*\d+\s*[件篇个]\s*[)）])?\s*\|?\s*$"
)
_NUM_ITEM = re.compile(r"(?:(?<=\s)|^)(\d{1,3})\s*[.、．]\s*(?=\S)")
_INLINE_PRIZE = re.compile(rf"(?:(?<=\s)|^)({PRIZE})(?=\s)")
_CATEGORY_PREFIX = re.compile(
    r"^([^:：《]{2,8}?(?:专栏|報道|报道|专题|專題|评论|評論|消息|通讯|通訊|访谈|直播|版面|漫画|摄影))[:：]\s*"
)
_CATEGORY_BEFORE = re.compile(
    r"(新[闻聞]漫[画畫]|[杂雜]文|特[写寫]|[随隨][笔筆]|散文|[报報]告文[学學]|系列[报報]道|[连連][续續][报報]道|新[闻聞]版式|新[闻聞]版面|通[讯訊]|消息|[评評]论|[图圖]片|[专專][题題]|[访訪][谈談]|漫[画畫]|[摄攝]影|[专專]栏|[评評][论論])$"
)


@dataclass
class ListResult:
    shape: str = ""  # table, cells, blocks, numbered, prose, or "" when no list was found
    heading: dict[str, Any] = field(default_factory=dict)  # award, edition, year of the whole list
    works: list[dict[str, Any]] = field(default_factory=list)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def header_key(cell: str) -> str | None:
    text = squeeze(cell).strip("|")
    if text in HEADERS:
        return HEADERS[text]
    bare = re.sub(r"[(（][^()（）]*[)）]", "", text)
    return HEADERS.get(bare)


def split_list_names(text: str) -> list[str]:
    """`颜 兵 阳 华 程良华` → 颜兵, 阳华, 程良华: one-character pieces pair up (the space inside a
    two-character name); `集 体` → 集体; 、，, ; separate too."""
    text = unicodedata.normalize("NFKC", text).strip()
    names: list[str] = []
    for part in re.split(r"[、，,；;/]+", text):
        tokens = part.split()
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
                names.append(tok + tokens[i + 1])
                i += 2
                continue
            names.append(tok)
            i += 1
    return [n.strip("|") for n in names if n.strip("|")]


_STAGE_WORDS = (
    ("推荐作品", "推荐"),
    ("报送", "推荐"),
    ("公示", "推荐"),
    ("入围", "入围"),
    ("获奖", "获奖"),
)


def _strip_quotes(text: str) -> str:
    """Quotes around the whole name go; a quoted part of the name stays."""
    if text.startswith(("“", '"')) and text.endswith(("”", '"')) and text.count("“") <= 1:
        return text[1:-1]
    return text


def heading_of(lines: list[str]) -> dict[str, Any]:
    """Award, edition, year and stage from the list's first lines."""
    out: dict[str, Any] = {}
    for line in lines[:6]:
        text = squeeze(line)
        if "stage" not in out and not header_key(text):
            stage = next((s for w, s in _STAGE_WORDS if w in text and len(text) <= 60), "")
            if stage:
                out["stage"] = stage
    for line in lines[:6]:
        text = squeeze(line)
        if not text or header_key(text) or "award" in out:
            continue
        m = re.search(r"第([0-9零〇一二两三四五六七八九十百]+)[届屆]", text)
        y = re.search(r"((?:19|20)\d{2})年度?", text)
        if not m and not y and not re.search(r"[奖獎]|新[闻聞]|作品", text):
            continue
        award = text
        if m:
            out["edition"] = parse_edition(f"第{m.group(1)}届")
            before, after = text[: m.start()], text[m.end() :]
            award = after or before
            if before and after and len(before) <= 4:  # 江西省第十七届“…”
                award = before + after
        if y and "edition" not in out:
            out["year"] = int(y.group(1))
            award = re.sub(r"^.*?(?:19|20)\d{2}年度?(?:第[一二三四]季度)?", "", award)
        cut = re.search(r"[奖獎](?=評選|评选|[^,，。、]*[,，。、])", award)
        if cut:  # a sentence or a list of categories after the award's name
            award = award[: cut.end()]
        award = re.sub(
            r"(?:终评|初评|复评|评选|評選|评奖)?(?:结果)?(?:获奖名单)?揭[晓曉].*$", "", award
        )
        award = re.sub(
            r"(?:获奖(?:作品)?(?:名单|目录)?|推荐作品目录|作品目录|揭晓|公示|名单)$", "", award
        )
        award = _strip_quotes(re.sub(r"^(?:附件\d*[:：])", "", award))
        if award:
            out["award"] = award
    return out


def _clean_title(text: str) -> str:
    text = text.strip().strip("|").strip()
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
        work[key] = _clean_title(value)
    elif key in work:
        work[key] = work[key] + " " + value
    else:
        work[key] = " ".join(value.split()) if key != "title" else value


def _fields_in_cell(work: dict[str, Any], key: str, value: str) -> None:
    """`记者:… 编辑:…` in one cell: each part to its key."""
    parts = re.split(r"(记者|作者|编辑|編輯|責任編輯|责任编辑)\s*[:：]", value)
    if len(parts) >= 3 and key in NAME_KEYS:
        if parts[0].strip():
            _set(work, key, parts[0])
        for label, text in zip(parts[1::2], parts[2::2], strict=False):
            _set(work, "editors" if "编" in label or "編" in label else "authors", text)
        return
    _set(work, key, value)


# ---- tables -------------------------------------------------------------------------


def _pipe_table(lines: list[str]) -> list[dict[str, Any]]:
    works: list[dict[str, Any]] = []
    header: list[str | None] | None = None
    prize, split = "", 0
    for line in lines:
        if "|" not in line:
            if m := _PRIZE_HEAD.match(line):
                prize = m.group(1)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        keys = [header_key(c) for c in cells]
        if sum(k is not None for k in keys) >= 2 and "title" in keys:
            header = keys
            while header and header[-1] is None and not cells[len(header) - 1]:
                header.pop()
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
        if prize and "prize" not in work:
            work["prize"] = prize
        if work.get("title"):
            works.append(work)
    return works


def _cells_table(lines: list[str]) -> list[dict[str, Any]]:
    """One cell per line: header cells first (maybe repeated), then the rows."""
    cells = [c.strip().rstrip("|").strip() for c in lines]
    cells = [c for c in cells if c and not re.fullmatch(r"[|\s]*", c)]
    works: list[dict[str, Any]] = []
    i, prize = 0, ""
    header: list[str] = []
    while i < len(cells):
        if m := _PRIZE_HEAD.match(cells[i]):
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
            if key is None:
                break
            found.append(key)
            j += 1
        if len(found) >= 3 and "title" in found:
            header, i = found, j
            continue
        if not header:
            i += 1
            continue
        i = _cells_row(cells, i, header, prize, works)
    return works


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
                or _PRIZE_HEAD.match(cells[k])
                or header_key(cells[k])
            ):
                end = k
                break
    else:
        end = min(len(cells), i + len(header))
        for k in range(i, end):
            if _PRIZE_HEAD.match(cells[k]) or (header_key(cells[k]) and k > i):
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


def _next_number(works: list[dict[str, Any]]) -> int:
    return len(works) + 1


# ---- record blocks --------------------------------------------------------------------

_BLOCK_FIELD = re.compile(
    r"^(作者及刊播单位|作者|编辑|編輯|刊播单位|刊播單位|记者)\s*[:：]?\s*(.*)$"
)


def _blocks(lines: list[str]) -> list[dict[str, Any]]:
    works: list[dict[str, Any]] = []
    prize = category = ""
    pending: list[str] = []
    current: dict[str, Any] | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if m := _PRIZE_HEAD.match(line):
            prize, category, pending, current = m.group(1), "", [], None
            continue
        if fm := _BLOCK_FIELD.match(line):
            if pending:
                current = {"title": _clean_title(pending[-1])}
                if len(pending) > 1:
                    category = squeeze(pending[-2])
                if prize:
                    current["prize"] = prize
                if category:
                    current["category"] = category
                works.append(current)
                pending = []
            if current is None:
                continue
            label, value = fm.group(1), fm.group(2)
            if label == "作者及刊播单位":
                names, outlet = _names_then_outlet(value)
                if names:
                    current["authors"] = names
                if outlet:
                    current["outlet"] = outlet
            elif label in ("编辑", "編輯"):
                _set(current, "editors", value)
            elif label in ("刊播单位", "刊播單位"):
                _set(current, "outlet", value)
            else:
                _set(current, "authors", value)
            continue
        if line.startswith("——") and current is not None and not pending:
            current["title"] += line
            continue
        if pending and len(squeeze(pending[-1])) <= 6 and len(pending) == 1:
            category = squeeze(pending[-1])
            pending = []
        pending.append(line)
    return works


def _names_then_outlet(value: str) -> tuple[list[str], str]:
    """`余志坚 吉 潇 江西电视台` / `潘辛菱 《时代主人》`: the last piece is the outlet."""
    tokens = value.split()
    if not tokens:
        return [], ""
    if "《" in value:
        at = value.index("《")
        return split_list_names(value[:at]), value[at:].strip()
    outlet = tokens[-1]
    if len(outlet) <= 3:
        return split_list_names(value), ""
    return split_list_names(" ".join(tokens[:-1])), outlet


# ---- numbered items -------------------------------------------------------------------

_PAREN_FIELD = re.compile(
    r"(作者|编辑|編輯|推荐单位|推薦單位|刊播单位和日期|刊播單位和日期|刊播单位|刊播單位)\s*[:：]\s*([^,，;；)）]*)"
)


def _numbered(text: str) -> list[dict[str, Any]]:
    works: list[dict[str, Any]] = []
    flat = " ".join(text.split("\n"))
    marks = list(_NUM_ITEM.finditer(flat)) + list(_INLINE_PRIZE.finditer(flat))
    marks.sort(key=lambda m: m.start())
    prize = ""
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(flat)
        if m.re is _INLINE_PRIZE:
            prize = m.group(1)
            continue
        item = flat[m.end() : end].strip()
        work = _numbered_item(item)
        if work is None:
            continue
        if prize:
            work["prize"] = prize
        works.append(work)
    return works


def _numbered_item(item: str) -> dict[str, Any] | None:
    paren = re.search(r"[(（](?=[^()（）]*(?:作者|推荐单位|推薦單位|编辑))", item)
    semi = re.search(r"[;；]\s*(?=推荐单位|推薦單位)", item)
    if paren:
        title, rest = item[: paren.start()], item[paren.end() :]
    elif semi:
        title, rest = item[: semi.start()], item[semi.end() :]
    else:
        return None
    work: dict[str, Any] = {}
    title = title.strip()
    if cm := _CATEGORY_PREFIX.match(title):
        work["category"] = cm.group(1)
        title = title[cm.end() :]
    work["title"] = _clean_title(title)
    for fm in _PAREN_FIELD.finditer(rest):
        label, value = fm.group(1), fm.group(2).strip()
        if label.startswith("作者"):
            work["authors"] = split_list_names(value.replace("、", "、"))
        elif label in ("编辑", "編輯"):
            work["editors"] = split_list_names(value)
        elif label.startswith(("推荐", "推薦")):
            work["recommender"] = value
        else:
            outlet = re.match(r"(《[^》]*》|\S+?)(?=\d|$)", value)
            if outlet:
                work["outlet"] = outlet.group(1).strip("《》")
                date = value[outlet.end() :].strip()
                if date:
                    work["published"] = date
    return work if work["title"] else None


# ---- prose ----------------------------------------------------------------------------

_AWARD_NAME = re.compile(r"新[闻聞][奖獎]")
_AWARD_STOP = set("获獲的是和届屆度在了—、，,与與及为為之此次本由得")
_GOING_TO = re.compile(r"(?:参评|參評|参加|參加|报送|報送|冲击|衝擊)\s*(?:第\s*\d+\s*[届屆])?\s*$")
_GLUED_NAMES = re.compile(r"[\u4e00-\u9fff]{6,12}")


def _awards_in(text: str, known: dict[str, dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """Every award named in the text (`第25届中国地市报新闻奖`, `2010年度赵超构新闻奖`), with
    where it is; an edition or year seen once with a name is kept for later mentions."""
    found = []
    for m in _AWARD_NAME.finditer(text):
        start = m.start()
        while (
            start > 0
            and "\u4e00" <= text[start - 1] <= "\u9fff"
            and text[start - 1] not in _AWARD_STOP
        ):
            start -= 1
        name = text[start : m.end()]
        if len(name) < 4 or _GOING_TO.search(text[max(0, start - 10) : start]):
            continue  # `（推荐）参评第30届中国新闻奖`: where the works go next, not their award
        info = known.setdefault(name, {"award": name})
        lead = text[max(0, start - 12) : start]
        if e := re.search(r"第\s*(\d+)\s*[届屆]\s*$", lead):
            info["edition"] = int(e.group(1))
        elif y := re.search(r"((?:19|20)\d{2})\s*年度\s*$", lead):
            info["year"] = int(y.group(1))
        found.append((m.start(), info))
    return found


def _prose_names(text: str) -> list[str]:
    names = split_list_names(text)
    out: list[str] = []
    for name in names:  # `韓少林張孺海張小燕`: three-character names written without a break
        if _GLUED_NAMES.fullmatch(name) and len(name) % 3 == 0:
            out.extend(name[i : i + 3] for i in range(0, len(name), 3))
        else:
            out.append(name)
    return out


_OUTLET_SAYS = re.compile(
    r"([\u4e00-\u9fff]{2,10}?(?:日报|晚报|日報|晚報|报|報))(?:社|集团|集團)?"
    r"(?:[讯訊]|选送|選送|报送|報送|推荐|推薦|作品)"
)


_LEAD_WORDS = re.compile(
    r"^(?:此次|本次|其中|今年|去年|本届|本屆|另外|此外|同时|同時|以及|和|与|與|及|由)+"
)


def _category_before(text: str) -> str:
    """`…选送的文艺评论` → 文艺评论: the category word just before a title, whole."""
    m = _CATEGORY_BEFORE.search(text)
    if not m:
        return ""
    run = re.search(r"[\u4e00-\u9fff]{0,5}$", text[: m.start()])
    lead = run.group() if run else ""
    if "的" in lead:
        lead = lead.rsplit("的", 1)[1]
    elif len(lead) > 4:
        lead = ""  # no word boundary in sight: the category alone
    return _LEAD_WORDS.sub("", lead) + m.group(1)


def _category_heading(text: str) -> str:
    """`消息类一等奖10件,包括《…》`: the last `X类` heading of the clause before a title."""
    heads = list(re.finditer(rf"([\u4e00-\u9fff]{{2,8}}?)[类類]\s*(?={PRIZE})", text))
    if not heads:
        return ""
    word = _LEAD_WORDS.sub("", re.split(r"[,，、。]", heads[-1].group(1))[-1])
    return word if _CATEGORY_BEFORE.search(word) else ""


def _clauses(text: str) -> list[str]:
    """The text cut after `。`/`；`/`;` outside brackets: `（作者：甲；编辑：乙）` stays whole."""
    out, depth, last = [], 0, 0
    for i, c in enumerate(text):
        depth += 1 if c in "(（" else -1 if c in ")）" and depth else 0
        if c in "。；;" and not depth:
            out.append(text[last : i + 1])
            last = i + 1
    return [*out, text[last:]]


def _prose(text: str) -> list[dict[str, Any]]:
    works: list[dict[str, Any]] = []
    flat = " ".join(text.split("\n"))
    known: dict[str, dict[str, Any]] = {}
    awards = _awards_in(flat, known)
    pos = 0
    for clause in _clauses(flat):
        start, pos = pos, pos + len(clause)
        titles = list(re.finditer(r"《([^》]{2,60})》", clause))
        prizes = list(re.finditer(PRIZE, clause))
        for k, tm in enumerate(titles):
            before = clause[titles[k - 1].end() if k else 0 : tm.start()]
            after_end = titles[k + 1].start() if k + 1 < len(titles) else len(clause)
            after = clause[tm.end() : after_end]
            pz = next((p.group() for p in prizes if p.start() >= tm.end()), "")
            if not pz:
                pz = next((p.group() for p in reversed(prizes) if p.end() <= tm.start()), "")
            if not pz or re.search(r"[报報]$", tm.group(1)):
                continue
            work: dict[str, Any] = {"title": tm.group(1).strip(), "prize": pz}
            here = start + tm.start()
            award = [info for at, info in awards if at < here]
            if award:
                work.update(award[-1])
            said = list(_OUTLET_SAYS.finditer(flat[:here]))
            if said:  # the nearest `X报选送的`, `X报讯` before the title
                work["outlet"] = _LEAD_WORDS.sub("", said[-1].group(1))
            category = _category_before(before.rstrip()) or _category_heading(clause[: tm.start()])
            if not category and (cm := _CATEGORY_BEFORE.search(after.split(pz)[0].rstrip())):
                category = cm.group(1)  # `…》获中国城市党报消息二等奖`
            if category:
                work["category"] = category
            by = re.search(
                r"由?([^,，:：;；由]{2,20}?)(?:采写|採寫|拍摄|拍攝)(?:[,，]([^,，]{2,20}?)(?:编辑|編輯))?的?",
                before,
            )
            if by:
                work["authors"] = split_list_names(by.group(1))
                if by.group(2):
                    work["editors"] = split_list_names(by.group(2))
            if pm := re.match(r"\s*[(（]([^()（）]*)[)）]", after):
                inner = pm.group(1)
                am = re.search(r"作者[:：]?\s*([^,，;；编編]*)", inner)
                em = re.search(r"[编編][辑輯][:：]?\s*([^,，;；)）]*)", inner)
                if am and am.group(1).strip():
                    work["authors"] = _prose_names(am.group(1))
                if em and em.group(1).strip():
                    work["editors"] = _prose_names(em.group(1))
            works.append(work)
    return works


# ---- the whole list -------------------------------------------------------------------


def parse_list(text: str) -> ListResult:
    lines = [ln for ln in text.replace("\r\n", "\n").split("\n") if not ln.startswith("# source:")]
    nonblank = [ln for ln in lines if ln.strip()]
    result = ListResult(heading=heading_of(nonblank))
    candidates = (
        ("table", _pipe_table(nonblank)),
        ("cells", _cells_table(nonblank)),
        ("blocks", _blocks(nonblank)),
        ("numbered", _numbered("\n".join(nonblank))),
        ("prose", _prose("\n".join(nonblank))),
    )
    shape, works = max(candidates, key=lambda c: len(c[1]))
    if works:
        result.shape, result.works = shape, works
    return result


def looks_like_list(text: str) -> bool:
    """A header row with a title column, or several records: read the file as a list."""
    return len(parse_list(text).works) >= 2


def work_values(result: ListResult, work: dict[str, Any]) -> dict[str, Any]:
    """One work's fields with the list's own (award, edition, year) under them."""
    return {**result.heading, **work}
