"""Recognising the form's labels in a cell, built from the one label table (model.FIELDS).

Labels arrive broken (`作 者`), with notes (`作品评介（120字以上）`), in full-width or
vertical brackets (`︵采编过程︶`), run into their value (`首发日期2022.6.2`) or after the
previous value (`伍军编 辑`). Matching works on a width-folded copy of the text that keeps
every character's position, so values are always cut from the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from award_archive.contract.model import FIELDS, FIELDS_BY_KEY, Kind

# Labels real forms print that the archive deliberately does not keep (contact details,
# the nominating body's opinion box, row numbers): their values are left out, by name.
NOT_ARCHIVED: tuple[str, ...] = (
    "联系人",
    "联系电话",
    "电话",
    "手机",
    "手机号码",
    "邮编",
    "邮政编码",
    "地址",
    "通讯地址",
    "电子邮箱",
    "邮箱",
    "传真",
    "推荐单位意见",
    "单位意见",
    "审核意见",
    "评委会意见",
    "备注",
    "序号",
    "编号",
    "推荐表编号",
    "工作单位",
    "职务",
    "身份证号",
    "填表人",
    "代表作",
    "代表作品",
    "刊播周期",
    "开栏日期",
    "聯繫人",
    "聯繫電話",
    "推薦單位意見",
    "備註",
    "作者单位",
    "作者职务",
    "编辑单位",
    "推荐单位联系人",
    "推荐单位地址",
    "推荐单位电话",
    "填表日期",
    "推荐日期",
    "申报人",
    "作者工作单位",
    "工作单位",
    "创办时间",
    "创办日期",
    "全媒体传播实效",
    "上半年代表作标题",
    "下半年代表作标题",
    "代表作标题",
    "联系人手机",
    "手机号",
    "通讯地址及邮编",
    "传播数据",
    "是否为三好作品",
    "是否为“三好作品”",
    "页面点击量",
    "页面点击量,单独访客数,独立地址访问量",
    "自荐作品所获奖项名称",
    "审核人",  # (the office's checker of the form, not an editor of the work)
    "报送日期",
    "报送时间",
)

# A cell some forms have for the work itself: its text becomes the entry's body.
BODY_KEY = "#body"
BODY_LABELS: tuple[str, ...] = (
    "作品正文",
    "作品原文",
    "作品全文",
    "作品内容",
    "正文",
    "原文",
    "文字稿",
    "作品文字稿",
)

# Labels other years' and other awards' templates print for a field, beside model.FIELDS'
# (the one table the site shows): read as that field, never in place of a label the table
# has already (`setdefault`). Forms and lists read them alike.
MORE_LABELS: dict[str, tuple[str, ...]] = {
    "title": (
        "参评作品标题",
        "稿件标题",
        "节目名称",
        "作品标题名称",
        "作品名",
        "稿件名称",
        "报道名称",
        "节目标题",
        "系列名称",
        "系列报道名称",
        "专题名称",
    ),
    "category": (
        "申报项目",
        "申报类别",
        "参评类型",
        "参评奖项",
        "参评门类",
        "参赛类别",
        "参评项目及类别",
        "作品类别",
    ),
    "authors": ("主创者", "创作人员", "主要创作人员", "主创团队", "创作者"),
    "editors": ("责编", "编辑人员"),
    "outlet": ("首发单位", "首发媒体", "发布机构", "播出机构", "刊登单位", "发布媒体"),
    "published": (
        "发稿时间",
        "发稿日期",
        "刊出时间",
        "刊登日期",
        "刊登时间",
        "首发日期及时间",
        "首次刊播日期",
        "首次刊播时间",
        "见报时间",
        "首播日期及时间",
    ),
    "section": ("版次", "版面名称", "版面及版次", "刊载版面", "刊播版面及版次"),
    "length": ("篇幅", "作品篇幅", "字数时长", "时长(字数)", "字数(时长)"),
    "evaluation": ("作品评价", "作品点评"),
    "process": (
        "采写过程",
        "创作过程",
        "采编经过",
        "采访过程",
        "采编情况",
        "作品简介及采编过程",
        "采编过程及作品简介",
        "作品简介和采编过程",
        # a work's summary or how it was made, in other templates' words
        "内容简介",
        "作品内容简介",
        "节目简介",
        "稿件简介",
        "报道简介",
        "专题简介",
        "系列简介",
        "作品概况",
        "作品摘要",
        "内容摘要",
        "采访经过",
        "创作经过",
        "采写经过",
        "制作过程",
        "采制过程",
    ),
    "effect": ("社会效益", "传播影响", "传播效果及社会影响", "社会效果及传播效果"),
    "recommender": ("推荐机构", "报送机构"),
    # the first-round judges' box, however a template names it (`初评机构推荐理由`)
    "review": (
        "评语",
        "初评意见",
        "初评推荐理由",
        "初评机构推荐理由",
        "初评单位意见",
        "初评单位推荐意见",
        "初评评语及推荐理由",
        "初审意见",
        "初评结论",
    ),
}

# English spellings of the labels, as 国际传播 forms and bilingual templates print them
# (`Title`, `Author(s)`, `Media outlet`), alone or beside the Chinese label. Matched as
# written (capitalised, or in capitals), never inside an English word (`Subtitle`).
ENGLISH_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("Title", "Title of Work", "Title of Entry", "Headline"),
    "category": ("Category", "Award Category", "Entry Category"),
    "genre": ("Genre", "Type", "Genre/Type"),
    "language": ("Language",),
    "authors": ("Author(s)", "Authors", "Author", "Creator(s)", "Creators"),
    "editors": ("Editor(s)", "Editors", "Editor"),
    "outlet": (
        "Media outlet",
        "Media Organization",
        "Media Organisation",
        "Publisher",
        "Outlet",
    ),
    "platform": ("Platform", "Account", "Platform/Account"),
    "published": (
        "Date of publication",
        "Date of Publication",
        "Date of first publication",
        "Publication date",
        "Date of release",
        "Release date",
        "Date",
    ),
    "section": ("Section", "Column", "Page/Program", "Page"),
    "length": ("Length", "Word count", "Duration", "Length/Duration", "Word count/Duration"),
    "url": ("URL", "Link", "Web address", "Website"),
    "evaluation": ("Evaluation", "Comments", "Reasons for recommendation", "Recommendation"),
    "process": ("Reporting process", "Production process", "Editing process", "Synopsis"),
    "effect": (
        "Impact",
        "Social impact",
        "Social effect",
        "Social effects",
        "International impact",
        "Effect",
    ),
    "review": ("Preliminary review", "Review", "Preliminary comments"),
    "recommender": (
        "Recommended by",
        "Nominated by",
        "Recommending organization",
        "Nominating organization",
        "Nominator",
    ),
}


def _english_spellings(label: str) -> tuple[str, ...]:
    """`Media outlet`, `Media Outlet`, `MEDIA OUTLET`: the ways a page capitalises it."""
    titled = re.sub(r"\b[a-z]", lambda m: m.group().upper(), label)
    return tuple(dict.fromkeys((label, label[:1].upper() + label[1:], titled, label.upper())))


def _more_labels() -> list[tuple[str, str]]:
    pairs = [(key, label) for key, labels in MORE_LABELS.items() for label in labels]
    pairs += [
        (key, spelling)
        for key, labels in ENGLISH_LABELS.items()
        for label in labels
        for spelling in _english_spellings(label)
    ]
    return pairs


_BRACKETS = str.maketrans(
    {
        "【": "(",
        "】": ")",
        "〔": "(",
        "〕": ")",
        "［": "(",
        "］": ")",
        "[": "(",  # ［］ after NFKC
        "]": ")",
        "「": "(",
        "」": ")",
        "﹙": "(",
        "﹚": ")",
        "︵": "(",
        "︶": ")",
        "﹝": "(",
        "﹞": ")",
        "︹": "(",
        "︺": ")",
        "︻": "(",
        "︼": ")",
    }
)


# Traditional characters of the labels → simplified, one for one, so a label written in
# either script, or mixed (`采編過程`), matches the one table: every traditional form OpenCC
# knows of a character the labels use (`據`, `爲`), and a few variants it does not list.
_HAND_TRADITIONAL: dict[int, int] = str.maketrans(
    "標題評項類體語種創員編輯責單載發賬號稱時間欄頻數長網鏈薦簡過會獲獎級辦週實傳報聯係電話郵備審見簽蓋職務寫為採"
    "紹參鄉詞絡廣視務雜誌幣帳際國內點與專電臺劃屆選錄綫線題訊導論攝節訪談請註說佈況機證碼開別記總頁產營繫"
    "擊獨問帐",
    "标题评项类体语种创员编辑责单载发账号称时间栏频数长网链荐简过会获奖级办周实传报联系电话邮备审见签盖职务写为采"
    "绍参乡词络广视务杂志币账际国内点与专电台划届选录线线题讯导论摄节访谈请注说布况机证码开别记总页产营系"
    "击独问账",
)


# Words around the labels the form reader matches on folded text too (signature lines,
# instructions, notes), so their traditional spellings fold with the labels'.
FORM_WORDS = (
    "签名签字签章盖章公章负责人领导总编辑评委主任特别推荐请填写须需应注明字以上以内以下不超过"
    "不少于低多可不填报限选必如无若有此栏项本例名称和版次说明备注附原文全文正文文字稿代表作基本情况"
    "上下半年填表日期"
)


# The words a list's heading is read by (list_heading.py), folded the same way: `徵文`, `大賽`,
# `揭曉` match as `征文`, `大赛`, `揭晓`.
LIST_HEADING_WORDS = (
    "征文大赛竞赛评选揭晓出炉结果名单目录公示公布获奖入围入选届度讯颁奖优秀新闻活动年赛"
)


def _label_characters() -> set[str]:
    words = [w for f in FIELDS for w in (f.label, *f.aliases)] + [*NOT_ARCHIVED, *BODY_LABELS]
    words += [label for _key, label in _more_labels()]
    words += [FORM_WORDS, LIST_HEADING_WORDS]
    return {c for w in words for c in w} | {chr(c) for c in _HAND_TRADITIONAL.values()}


def _traditional_table() -> dict[int, int]:
    """OpenCC's traditional → simplified characters (its first choice), for the characters
    of the labels only: matching needs no more, and values are cut from the text as written."""
    wanted = _label_characters()
    table: dict[int, int] = {}
    text = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text("utf-8")
    for line in text.splitlines():
        trad, _tab, simplified = line.partition("\t")
        first = simplified.split(" ")[0]
        if len(trad) == 1 and len(first) == 1 and first in wanted and trad != first:
            table[ord(trad)] = ord(first)
    table.update(_HAND_TRADITIONAL)
    return table


_TRADITIONAL = _traditional_table()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Width-, bracket- and script-folded text of the same length as `text` (index i ↔ index i).
    Cached: a form's labels and cells come back many times while it is read."""
    if not unicodedata.is_normalized("NFKC", text):  # most text is: no per-character pass
        text = "".join(n if len(n := unicodedata.normalize("NFKC", c)) == 1 else c for c in text)
    return text.translate(_BRACKETS).translate(_TRADITIONAL).replace("\u3000", " ")


def squeeze(text: str) -> str:
    """Folded, without whitespace and without a trailing colon: how labels compare."""
    return re.sub(r"[\s*★]+", "", fold(text)).rstrip(":")


_NOTE = re.compile(r"\([^()]*\)")


def strip_notes(text: str) -> str:
    return _NOTE.sub("", text)


@dataclass(frozen=True)
class LabelHit:
    key: str | None  # None: a label the archive does not keep
    label: str  # as written
    start: int  # span of the label (with its note and colon) in the cell
    end: int
    colon: bool


def _variants() -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for f in FIELDS:
        if f.key in ("id", "award", "edition", "year", "attachments"):
            continue  # not printed on a form as a label
        for label in (f.label, *f.aliases):
            s = squeeze(label)
            table.setdefault(s, f.key)
            table.setdefault(strip_notes(s), f.key)
    for key, label in _more_labels():
        table.setdefault(squeeze(label), key)
        table.setdefault(strip_notes(squeeze(label)), key)
    for label in NOT_ARCHIVED:
        table.setdefault(squeeze(label), None)
    for label in BODY_LABELS:
        table.setdefault(squeeze(label), BODY_KEY)
    table.pop("", None)
    return table


LABELS: dict[str, str | None] = _variants()
_ONE_LOST: dict[str, list[str]] = {}  # a label with one character lost → the labels
for _label in sorted(LABELS, key=len, reverse=True):
    if _label[:1].isascii():
        continue  # an English label with a letter lost is an English word (`Dat`, `ate`)
    for _at in range(len(_label)) if len(_label) >= 4 else (len(_label) - 1,):
        _ONE_LOST.setdefault(_label[:_at] + _label[_at + 1 :], []).append(_label)
_PREFIXES: frozenset[str] = frozenset(v[:i] for v in LABELS for i in range(1, len(v) + 1))
_ORDERED = sorted(LABELS, key=len, reverse=True)


def _pattern(label: str) -> str:
    """A label's pattern: spaces allowed between its characters; an English one not inside
    an English word (`Title`, not `Subtitle`; `Date`, not `Dated`)."""
    core = r"\s*".join(re.escape(c) for c in label)
    if label[:1].isascii() and label[:1].isalpha():
        core = r"(?<![A-Za-z])" + core
    if label[-1:].isascii() and label[-1:].isalpha():
        core += r"(?![a-z])"
    return core


_ALT = "|".join(_pattern(label) for label in _ORDERED)
_TAIL = r"\s*[*★]?(?P<note>\s*\([^()\n]{0,40}\))?(?P<colon>\s*:)?\s*"
# `【作品标题】河边` (brackets folded to `(`): a label in brackets, run into its value
_AT_START = re.compile(
    rf"^\s*(?P<open>\()?(?P<label>{_ALT})(?(open)(?:\s*\([^()\n]{{0,40}}\))?\s*\)){_TAIL}"
)
_AT_END = re.compile(rf"(?P<label>{_ALT}){_TAIL}$")
# Labels with one character lost that can be one field's only (`作品题` → 作品标题): matched
# where a colon sets them off, as a whole cell is (whole_label). A colon label may follow a
# space or a `;` (`作品标题：河边；作者：张三`).
ONE_LOST_LABELS: dict[str, str | None] = {
    lost: LABELS[whole[0]]
    for lost, whole in _ONE_LOST.items()
    if len(lost) >= 3 and lost not in LABELS and len({LABELS[w] for w in whole}) == 1
}
_TOLERANT_ALT = "|".join(
    _pattern(label) for label in sorted([*LABELS, *ONE_LOST_LABELS], key=len, reverse=True)
)
_WITH_COLON = re.compile(
    rf"(?:(?<=[\s;|])|^)(?P<label>{_TOLERANT_ALT})(?P<note>\s*\([^()\n]{{0,40}}\))?(?P<colon>\s*:)"
)

# Between spaces too (a one-line form, `李怡霏 编辑 莫尔佳`): a word standing alone there is
# a label even with a character lost (`刊单位 湖南日报`).
_SPACED = re.compile(
    rf"(?<=\s)(?P<open>\()?(?P<label>{_TOLERANT_ALT})(?(open)\))(?P<note>\s*\([^()\n]{{0,40}}\))?(?P<colon>\s*:)?(?=\s)\s*"
)


def _key_of(label: str) -> str | None:
    s = squeeze(label)
    return LABELS[s] if s in LABELS else ONE_LOST_LABELS[s]


def is_label(text: str) -> bool:
    """The whole cell is one label (notes and colon allowed)."""
    s = squeeze(text)
    if s in LABELS:
        return True
    base = strip_notes(s)
    if base in LABELS:
        return True
    inner = s[1:-1] if s.startswith("(") and s.endswith(")") else ""
    return bool(inner) and inner in LABELS


def whole_label(text: str) -> LabelHit | None:
    """The whole cell is one label: as the table has it (notes, brackets and colon aside),
    or with a character doubled (`作作者`) or one lost (`刊播单`, `刊单位`)."""
    s = re.sub(r"[?？]", "", squeeze(text))  # `作? 者`: a lost character's mark inside
    if len(s) > 60:
        return None
    bare = strip_notes(s)
    notes = _NOTE.findall(s)
    for candidate in (
        s,
        bare,
        s[1:-1] if s.startswith("(") and s.endswith(")") else "",
        # `【作者】(主创人员)`: a label in brackets, then its note
        s[1 : s.index(")")] if s.startswith("(") and not strip_notes(s) else "",
        re.sub(r"(.)\1", r"\1", bare),
        _compound(s),
        _compound(bare),
        _joined(bare),
        *_undoubled(bare),
        _completed(bare, notes),
        _remnant_with_note(bare, notes, s),
    ):
        if candidate and candidate in LABELS:
            return LabelHit(
                LABELS[candidate], text.strip(), 0, len(text), text.rstrip().endswith((":", "："))
            )
    colon = text.rstrip().endswith((":", "："))
    if s.strip("()") in WHOLE_CELL_ONLY:  # `单位`, `【单位】`
        return LabelHit(WHOLE_CELL_ONLY[s.strip("()")], text.strip(), 0, len(text), colon)
    key = text_field_by_head(bare.strip("()"))
    return LabelHit(key, text.strip(), 0, len(text), colon) if key else None


# A text box's label in words no template table has, named by its last word: `内容提要`,
# `作品概述`, `采访报道过程` (the work's summary or making), `评选意见`, `专家评语` (the
# judges' box), `社会反响情况` (its effect). Words only: a sentence or a name is no label.
_HEAD_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "process",
        re.compile(
            r"(?:作品|节目|稿件|报道|专题|系列|栏目|专栏|新闻)?(?:内容)?"
            r"(?:简介|提要|摘要|概述|概要|简述|介绍)"
            r"|(?:采|编|写|访|制|创作|报道)[\u4e00-\u9fff]{0,3}(?:过程|经过)"
        ),
    ),
    (
        "review",
        re.compile(
            r"(?:初评|初审|评选|评审|专家|评委)[\u4e00-\u9fff]{0,4}(?:意见|评语|结论)"
            r"|[\u4e00-\u9fff]{0,4}评语"
        ),
    ),
    ("effect", re.compile(r"(?:社会|传播)[\u4e00-\u9fff]{0,4}(?:效果|效益|影响|反响)(?:情况)?")),
)


def text_field_by_head(label: str) -> str | None:
    """The text field a label the table does not have names by its last word (`内容提要`)."""
    if not 3 <= len(label) <= 10 or label in LABELS:
        return None
    return next((key for key, head in _HEAD_WORDS if head.fullmatch(label)), None)


# Labels that are one only as a cell of their own: `单位` beside 责任编辑 on a 副刊 form is
# the outlet, but inside text (作者单位, 单位意见) the word is not a label.
# So is `项目`, the category's row in some templates (`项目 | 通讯(报纸)`), a word inside text.
WHOLE_CELL_ONLY: dict[str, str] = {"单位": "outlet", "项目": "category"}


def _remnant_with_note(bare: str, notes: list[str], s: str) -> str:
    """`者(主创人员)`: a label cut to a character or two of its own, its note another name
    of the same field; the note's label, when the remnant's characters are that field's."""
    if len(notes) != 1 or not 1 <= len(bare) <= 2 or not s.endswith(")"):
        return ""
    note = notes[0][1:-1]
    key = LABELS.get(note)
    own = {c for label, k in LABELS.items() if k == key and label != note for c in label}
    return note if key and set(bare) <= own else ""


_COMPOUND_CUT = re.compile(
    # not the `/` inside an English label (`刊播版面/Page/Program`)
    r"(?<![A-Za-z])[/／]|[/／](?![A-Za-z])|、"
    r"|(?<=[\u3400-\u9fff)])(?=[A-Za-z])|(?<=[A-Za-z)])(?=[\u3400-\u9fff(])"
)


def _compound(text: str) -> str:
    """`作者/主创人员`, `作品标题Title`, `Author(s)作者`: two labels of one field written
    together (a template's two names for it, or its Chinese and English ones) are that
    field's label; the first of them."""
    # `作者(Author(s))`: an English label's `(s)` first, then the brackets cut too
    text = re.sub(r"(?<=[A-Za-z])\(s\)", "", text)
    parts = [p for p in re.split(r"[()]", text) for p in _COMPOUND_CUT.split(p) if p]
    if len(parts) < 2:
        return ""
    found = [p if p in LABELS else strip_notes(p) for p in parts]
    # `刊播版面/栏目`, `参评项目/类别`: a label, then a short word the label's field goes by
    if "(" not in text:  # never a value after a label in brackets (`【作者】张三`)
        found = [
            p
            for n, p in enumerate(found)
            if not (n and _SHORT_WORD.fullmatch(p) and p not in LABELS)
        ]
    keys = {LABELS.get(p, "?") for p in found}
    if len(keys) == 1 and None not in keys and "?" not in keys:
        return found[0]
    return _compound_with_one_lost(found)


def _joined(text: str) -> str:
    """`作品简介与采编过程`, `采编过程和作品简介`: two labels of one field joined by a word
    are that field's label; the first of them."""
    parts = re.split(r"[及和与]", text)
    if len(parts) != 2 or not all(p in LABELS for p in parts):
        return ""
    return parts[0] if LABELS[parts[0]] == LABELS[parts[1]] is not None else ""


def _compound_with_one_lost(parts: list[str]) -> str:
    """`刊播单/原创单位`, `作/主创人员`, `社会效果/传播果`: one of the two names lost a
    character; the whole one says the field, when the cut one can be a label of it."""
    if len(parts) == 1:  # `刊播版/栏目`: the short word after it dropped already
        return _completed(parts[0])
    whole = [p for p in parts if p in LABELS]
    if not whole or len(whole) == len(parts):
        return ""
    options = [
        {LABELS[p]} if p in LABELS else {LABELS[w] for w in _ONE_LOST.get(p, [])} for p in parts
    ]
    keys = set.intersection(*options)
    return whole[0] if len(keys) == 1 and None not in keys else ""


_SHORT_WORD = re.compile(r"[\u3400-\u9fff]{1,2}")


def _undoubled(text: str) -> list[str]:
    """`作作者`, `初评评语语`: the label with one doubled character written once (each pair in
    turn, since a label may double a character of its own: 初评评语)."""
    return [text[:i] + text[i + 1 :] for i in range(1, len(text)) if text[i] == text[i - 1]]


def _completed(text: str, notes: list[str] | None = None) -> str:
    """The label `text` is with one character lost (`作品标` → 作品标题, `刊单位` → 刊播单位),
    when the labels it can be are one field's (three characters left at least), or when
    its note is another label of one of them (`作品介(采编过程)`: 作品简介, not 作品评介)."""
    if len(text) < 3 or text in LABELS:
        return ""
    whole = _ONE_LOST.get(text, [])
    if len({LABELS[label] for label in whole}) == 1:
        return whole[0]
    noted = {LABELS.get(note[1:-1]) for note in notes or []} - {None}
    fits = [label for label in whole if LABELS[label] in noted]
    return fits[0] if len({LABELS[label] for label in fits}) == 1 else ""


def lost_character_keys(text: str) -> set[str | None]:
    """The fields a whole cell can be the label of with one character lost, when more
    than one (`刊播期`: 刊播日期 or 刊播周期)."""
    bare = strip_notes(re.sub(r"[?？]", "", squeeze(text)))
    if len(bare) < 3 or bare in LABELS:
        return set()
    keys = {LABELS[label] for label in _ONE_LOST.get(bare, [])}
    return keys if len(keys) > 1 else set()


def is_label_prefix(text: str) -> bool:
    s = squeeze(text)
    return bool(s) and s in _PREFIXES


def _blank_inner_notes(folded: str) -> str:
    """`刊播(发布)单位` → `刊播    单位`: a note inside a label, blanked to the same length."""
    return (
        re.sub(r"(?<=\S)\([^()\n]{1,8}\)(?=\S)", lambda m: " " * len(m.group()), folded[:12])
        + folded[12:]
    )


def label_at_start(text: str) -> LabelHit | None:
    folded = fold(text[:200])
    m = _AT_START.match(folded)
    inner = _AT_START.match(_blank_inner_notes(folded))
    if inner and (not m or inner.end("label") > m.end("label")):
        m = inner
    if not m:
        return None
    key = LABELS[squeeze(m.group("label"))]
    end, colon = m.end(), bool(m.group("colon"))
    note = squeeze(m.group("note") or "").strip("()")
    noted = f"{squeeze(m.group('label'))}({note})" in LABELS  # 初评评语(推荐理由): one label
    if note in LABELS and LABELS[note] != key and not noted:
        end, colon = m.start("note"), False  # `〔體裁〕〔語種〕中文`: the next label, no note
    else:
        end, colon = _same_field_after(folded, end, key, colon)
    return LabelHit(
        key, text[m.start("label") : m.end("label")].strip(), m.start("label"), end, colon
    )


_JOINER = re.compile(r"\s*[/／及和与、]?\s*")


def _same_field_after(folded: str, end: int, key: str | None, colon: bool) -> tuple[int, bool]:
    """`作品标题 Title：…`, `作者/主创人员 …`: a second label of the same field right after
    the first is part of the label (bilingual templates print both)."""
    if key is None or colon:
        return end, colon
    joiner = _JOINER.match(folded, end)
    at = joiner.end() if joiner else end
    m = _AT_START.match(folded[at:])
    if m and m.start("label") == 0 and LABELS[squeeze(m.group("label"))] == key:
        return at + m.end(), bool(m.group("colon"))
    return end, colon


# A label that is a piece of a longer word is no label: 新闻工作者协会, 创作者, 编辑部, 编辑室.
# Only 作者 is kept from following 工/创/写/合/著: a value may end in those characters
# (`大写`, `联合`) right before some other glued label.
_INSIDE_A_WORD = r"(?!(?<=[工创写合著])作者)(?!编辑[部室组])"


def _anywhere(alternatives: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<open>\(\s*)?{_INSIDE_A_WORD}(?P<label>{alternatives})(?(open)\s*\))(?P<note>\s*\([A-Za-z\u3400-\u9fff/]{{1,12}}\))?(?P<colon>\s*:)?\s*"
    )


_ANYWHERE = _anywhere(_ALT)
# `青島日報刊时间2020-05-12`: a label that lost a character, run into the values too
# (its first character kept: `采制单位` holds no `制单位` of 制作单位)
_ANYWHERE_ONE_LOST = _anywhere(
    "|".join(
        _pattern(lost)
        for lost in sorted(ONE_LOST_LABELS, key=len, reverse=True)
        if any(whole[0] == lost[0] for whole in _ONE_LOST[lost])
    )
)


def labels_anywhere(text: str) -> list[LabelHit]:
    """Every label in the text, wherever it stands, run into the words around it or not
    (`作品标题河边参评项目消息作者张三`, `【作者】张三`): what a document dump without
    separators holds; also one that lost a character, where it overlaps no whole label
    (`联播时长` holds 时长, not `播时长` of 播出时长)."""
    if len(text) > 30000:
        return []
    folded = _CODE_NOTE.sub(lambda n: " " * len(n.group()), fold(text))
    whole = [_anywhere_hit(text, m) for m in _ANYWHERE.finditer(folded)]
    lost = [
        hit
        for hit in (_anywhere_hit(text, m) for m in _ANYWHERE_ONE_LOST.finditer(folded))
        if not any(hit.start < h.end and h.start < hit.end for h in whole)
        and not _PUNCTUATION_NEXT.match(folded, hit.end)  # `采制单位。`: a sentence's words
    ]
    return sorted([*whole, *lost], key=lambda h: h.start)


_PUNCTUATION_NEXT = re.compile(r"[。,、;!?)]")


def _anywhere_hit(text: str, m: re.Match[str]) -> LabelHit:
    label = text[m.start("label") : m.end("label")]
    return LabelHit(_key_of(m.group("label")), label, m.start(), m.end(), bool(m.group("colon")))


# `页面点击量(PV),单独访客数(UV)`: a code in brackets inside a label, blanked to its length
_CODE_NOTE = re.compile(r"(?<=[^\s(])\([A-Za-z]{1,4}\)")


def label_at_end(text: str) -> LabelHit | None:
    cut = max(0, len(text) - 60)
    m = _AT_END.search(fold(text[cut:]))
    if not m:
        return None
    return LabelHit(
        LABELS[squeeze(m.group("label"))],
        text[cut + m.start("label") : cut + m.end("label")].strip(),
        cut + m.start(),
        len(text),
        bool(m.group("colon")),
    )


def labels_with_colon(text: str) -> list[LabelHit]:
    """`作者：李怡霏  编辑：莫尔佳` → both labels, wherever they stand after whitespace."""
    if len(text) > 2000:
        return []
    hits = [
        LabelHit(_key_of(m.group("label")), m.group("label"), m.start("label"), m.end(), True)
        for m in _WITH_COLON.finditer(fold(text))
    ]
    # `内容提要：记者……`: a text box's label the table does not have, opening the line
    head = _HEADED.match(fold(text))
    key = text_field_by_head(squeeze(head.group("label"))) if head else None
    if head and key and not (hits and hits[0].start < head.end()):
        hits.insert(0, LabelHit(key, text[: head.end("label")].strip(), 0, head.end(), True))
    return hits


_HEADED = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{3,10})(?:\s*\([^()\n]{0,40}\))?\s*:\s*")


_PLURAL = re.compile(r"(?<=[A-Za-z])\(s\)(?=\))")
_INNER_NOTE = re.compile(r"(?<=[^\s(])\([^()\s]{1,8}\)(?=[^\s)])")


def labels_spaced(text: str, inner_notes: bool = False) -> list[LabelHit]:
    """Labels standing alone between spaces inside a short value; with `inner_notes`, also
    labels with notes inside (`页面点击量(PV),单独访客数(UV),…`), as one label."""
    folded = fold(text)
    if inner_notes:
        folded = _INNER_NOTE.sub(lambda m: " " * len(m.group()), folded)
        folded = _PLURAL.sub("   ", folded)  # `作者(Author(s))`: one bracket deep
    return [
        LabelHit(
            _key_of(m.group("label")),
            text[m.start("label") : m.end("label")],
            m.start(),  # `中文 (主创人员) 张三`: a label's note standing for it, its brackets kept
            m.end(),
            bool(m.group("colon")),
        )
        for m in _SPACED.finditer(folded)
    ]


# The heading of a 代表作 sheet (a 新闻专栏's or 系列's representative works, each with its
# own 标题, 刊播日期, 版面): `代表作1`, `代表作品（二）：`, `代表作目录`, `附：代表作篇目`,
# `代表作基本情况`, `上半年代表作`. Its rows are other works', never the form's fields.
_REPRESENTATIVE = re.compile(
    r"(?:附\s*:?\s*)?(?:[上下]\s*半\s*年\s*)?代\s*表\s*作\s*品?\s*(?:之\s*)?"
    r"(?:(?P<n>\(?\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*\)?)(?P<after>.?)"
    r"|目\s*录|篇\s*目|列\s*表|清\s*单|基\s*本\s*情\s*况)"
)
_HALF_YEAR = re.compile(r"[上下]\s*半\s*年\s*代\s*表\s*作")


def representative_mark(text: str, inside: bool = False) -> int | None:
    """Where a 代表作 sheet's heading starts: at the text's start, or (`inside`, a form on
    one line) after a space or a sentence's end. A number after 代表作 must end there
    (`代表作1：`, `代表作二 标题`), not run on into prose (`代表作一经刊发`)."""
    folded = fold(text)
    for m in _REPRESENTATIVE.finditer(folded):
        start, after = m.start(), m.group("after") or ""
        numbered = bool(m.group("n"))
        if numbered and after and not re.match(r"[\s:.、,，]", after):
            if not label_at_start(folded[m.end("n") :]):
                continue  # `代表作一经刊发`
        # inside a line: after a space or a sentence's end, or anywhere when numbered and
        # set off (`…出代表作品1:作品标题…`, a form run together)
        boundary = re.search(r"[\s。！？!?”」)]$", folded[:start])
        if start and not (inside and (boundary or (numbered and after))):
            continue
        return start
    half = _HALF_YEAR.search(folded) if not inside else None
    return half.start() if half else None


@lru_cache(maxsize=1)
def _by_letters() -> dict[tuple[tuple[str, int], ...], str]:
    index: dict[tuple[tuple[str, int], ...], str] = {}
    for label in _ORDERED:
        index.setdefault(_letters(label), label)
    return index


def _letters(text: str) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(Counter(c for c in squeeze(text) if c not in "()/").items()))


def vertical_labels(lines: list[str]) -> list[str] | None:
    """Vertical text read row by row (`采 作 / 编 品 / 过 简 / 程 介`): the label or the two
    labels whose characters these are, read in any order."""
    letters = Counter(c for line in lines for c in squeeze(line) if c not in "()/?？")
    index = _by_letters()
    whole = index.get(tuple(sorted(letters.items())))
    if whole:
        return [whole]
    first = squeeze(lines[0])[:1]
    for label in _ORDERED:
        own = Counter(c for c in label if c not in "()/")
        if own and not own - letters:
            rest = index.get(tuple(sorted((letters - own).items())))
            if rest and LABELS[label] != LABELS[rest]:
                return [label, rest] if first in label else [rest, label]
    return _cut_vertical(lines)


def _cut_vertical(lines: list[str]) -> list[str] | None:
    """`社 / 会 / 效`: one column of a label cut before its end (the page lost the last
    row), when only one field's labels begin so."""
    pieces = [re.sub(r"[?？]", "", squeeze(line)) for line in lines]
    text = "".join(pieces)
    if len(text) < 3 or any(len(p) != 1 for p in pieces):
        return None
    keys = _keys_beginning(text)
    if len(keys) != 1:
        return None
    return [next(label for label in _ORDERED if label.startswith(text))]


def kind_of(key: str | None) -> Kind | None:
    if key == BODY_KEY:
        return Kind.TEXT
    return FIELDS_BY_KEY[key].kind if key in FIELDS_BY_KEY else None


_FRAGMENT_PIECE = re.compile(r"^[\u3400-\u9fff]{1,2}$")


def fragment_label(text: str) -> LabelHit | None:
    """Vertical label text laid in one cell, read column-wise (`︵ 采作 编品 过简 程介 ︶` =
    采编过程 beside 作品简介), or cut to its first row (`采 作`, `社`, `初 推`): the label whose
    beginning the first column is, when only one field's labels begin so."""
    # `︵ 采作 ?? 编品 …`: a lost space's `?` between or in the pieces is no piece
    pieces = re.sub(r"[?？()]", " ", fold(text)).split()
    if 8 <= len(pieces) <= 12 and len(pieces) % 2 == 0 and all(len(p) == 1 for p in pieces):
        # `採 作 編 品 過 簡 程 介`: two columns read row by row, a space after every character
        pieces = [a + b for a, b in zip(pieces[::2], pieces[1::2], strict=True)]
    if not pieces or len(pieces) > 6 or not all(_FRAGMENT_PIECE.match(p) for p in pieces):
        return None
    column = "".join(p[0] for p in pieces)
    if len(pieces[0]) == 2 and not _keys_beginning(pieces[0][1]):
        return None  # `字号 打印 关闭`: no second label begins with 号, page chrome
    if column in LABELS:
        return LabelHit(LABELS[column], text.strip(), 0, len(text), False)
    for size in range(len(column), 0, -1):
        keys = _keys_beginning(column[:size])
        others = pieces[1:] if len(pieces) > 1 else list(pieces[0][1:])
        if len(keys) > 1 and size == 1 and others:
            # Two labels side by side, cut to their first row (`初 推`, or `初推` when the
            # space between was lost: 初评评语 | 推荐理由): the field both columns can begin.
            for piece in others:
                keys &= _keys_beginning(piece[0])
        if len(keys) == 1:
            return LabelHit(keys.pop(), text.strip(), 0, len(text), False)
        if keys:
            return None
    return None


def _keys_beginning(start: str) -> set[str | None]:
    """The fields with a label of four or more characters beginning with `start`."""
    return {LABELS[label] for label in _ORDERED if len(label) >= 4 and label.startswith(start)}


def keys_holding(fragment: str, opening: bool = False) -> set[str | None]:
    """`會`, `效果`: the fields with a label of four or more characters that holds these
    characters in this order, the rows left of a vertical label whose others were lost;
    `opening`: labels that begin with them, without a note (`推荐理由(初评评语)` is two)."""
    s = squeeze(fragment)
    if not 1 <= len(s) <= 2 or not all(_FRAGMENT_PIECE.match(c) for c in s):
        return set()
    pattern = re.compile(".*".join(map(re.escape, s)))
    return {
        LABELS[label]
        for label in _ORDERED
        if len(label) >= 4
        and (pattern.match(label) and "(" not in label if opening else pattern.search(label))
    }
