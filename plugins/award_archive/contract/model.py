"""The entry contract: its keys, their Chinese labels, and the typed Entry.

This module is the one label table of the project: the validator, the site, the
importer and the JSON Schema all read the field list from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from award_archive.contract.dates import PublishedDate
from award_archive.contract.i18n import described
from award_archive.contract.lengths import Length
from award_archive.contract.names import shown_name


class Kind(StrEnum):
    """The YAML shape a key takes."""

    SLUG = "slug"
    STRING = "string"
    TEXT = "text"  # long free text (may span paragraphs)
    INTEGER = "integer"
    NAMES = "names"  # list of strings; a string is split on 、，, ; and spaces
    DATE = "date"  # a string in one of the accepted date shapes
    LENGTH = "length"  # integer count, duration or free text
    URL = "url"
    PATHS = "paths"  # list of relative paths


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # the label the site and the messages show
    kind: Kind
    required: bool = False
    aliases: tuple[str, ...] = ()  # other labels real forms print for the same field
    help: str = ""  # one line for contributors (scaffold comments, schema descriptions)


# In the order of the nomination form: the site shows fields in this order.
FIELDS: tuple[Field, ...] = (
    Field(
        "id", "编号", Kind.SLUG, help="永久网址的一部分，仅限小写字母、数字和连字符；默认取文件名"
    ),
    Field(
        "title",
        "作品标题",
        Kind.STRING,
        True,
        (
            "题目",
            "栏目名称",
            "作品名称",
            "作品题目",
            "专栏名称",
            "文章标题",
            "标题",
            "作品標題",
            "標題",
            "題目",
            "欄目名稱",
            "作品名稱",
            "论文题目",
            "参评作品名称",
        ),
        "与推荐表一致",
    ),
    Field(
        "award", "奖项", Kind.STRING, True, (), "奖项名称，不含届次，如 四川宣传关心下一代新闻佳作"
    ),
    Field("edition", "届次", Kind.INTEGER, True, (), "第几届，写阿拉伯数字，如 10"),
    Field("year", "年度", Kind.INTEGER, False, (), "推荐年度，如 2024"),
    Field(
        "category",
        "参评项目",
        Kind.STRING,
        True,
        ("参评类别", "参评项目类别", "參評項目", "參評類別"),
        "从奖项的类别表中选择，如 消息",
    ),
    Field("genre", "体裁", Kind.STRING, False, ("體裁",), ""),
    Field("language", "语种", Kind.STRING, False, ("語種",), "默认 中文"),
    Field(
        "authors",
        "作者（主创人员）",
        Kind.NAMES,
        True,
        (
            "作者",
            "主创人员",
            "作者(主创人员)",
            "作者(主创)",
            "主创",
            "作者（主创人员）",
            "作者姓名",
            "主創人員",
            "作者（主創人員）",
        ),
        "多位作者用顿号分隔；集体作品写 集体",
    ),
    Field(
        "editors", "编辑", Kind.NAMES, False, ("责任编辑", "編輯", "責任編輯"), "多位编辑用顿号分隔"
    ),
    Field(
        "outlet",
        "刊播单位",
        Kind.STRING,
        True,
        (
            "原创单位",
            "刊载单位",
            "刊发单位",
            "播出单位",
            "刊播單位",
            "原創單位",
            "刊載單位",
            "刊發單位",
            "播出單位",
            "发布单位",
            "刊播媒体",
            "刊播网站",
            "刊发媒体",
            "制作单位",
            "创作单位",
            "发表单位",
            "主管单位",
            "出版单位",
            "出品单位",
            "刊播机构",
        ),
        "如 《关爱明天》杂志",
    ),
    Field(
        "platform",
        "发布端/账号/媒体名称",
        Kind.STRING,
        False,
        (
            "发布端",
            "账号",
            "媒体名称",
            "发布平台",
            "发布账号",
            "首发平台",
            "发布端/账号",
            "發布端/賬號/媒體名稱",
            "發佈端/帳號/媒體名稱",
            "發布端",
            "賬號",
            "帳號",
            "媒體名稱",
            "刊播平台",
            "播出平台",
            "发布渠道",
        ),
        "",
    ),
    Field(
        "published",
        "首发日期",
        Kind.DATE,
        True,
        (
            "刊播日期",
            "播发日期",
            "刊载日期",
            "播发时间",
            "发表日期",
            "发布日期",
            "播出日期",
            "刊发日期",
            "首发时间",
            "刊播时间",
            "发表时间",
            "发布时间",
            "播出时间",
            "刊发时间",
            "首播日期",
            "首播时间",
            "首發日期",
            "發表日期",
            "發布日期",
            "刊發日期",
            "播出時間",
            "發布時間",
            "发布日期及时间",
            "刊播日期及时间",
            "上线日期",
            "上线时间",
            "刊出日期",
            "见报日期",
        ),
        "如 2023-06-08、2023年6月8日、2022.6.2、2023年7期",
    ),
    Field(
        "section",
        "刊播版面",
        Kind.STRING,
        False,
        (
            "刊播版面（名称和版次）",
            "刊播版面(名称和版次)",
            "刊发版面名称及版次",
            "刊发版面",
            "版面",
            "刊播栏目",
            "播出栏目",
            "播出频道",
            "播出频率",
            "刊播频道",
            "刊發版面名稱及版次",
            "刊發版面",
            "播出欄目",
            "播出頻道",
            "刊播频率频道",
            "刊播频率",
            "播出频率频道",
            "刊发版面及版次",
            "刊登版面",
        ),
        "版面、栏目或节目名称",
    ),
    Field(
        "length",
        "作品字数（时长）",
        Kind.LENGTH,
        False,
        (
            "作品字数(时长)",
            "字数/时长",
            "字数",
            "时长",
            "作品字数",
            "作品时长",
            "播出时长",
            "字数(时长)",
            "作品字數（時長）",
            "作品字數",
            "作品時長",
            "字數",
            "時長",
            "播出時長",
            "视频时长",
            "节目时长",
            "作品字数/时长",
            "作品时长/字数",
        ),
        "字数写整数，如 2402；时长写 9分54秒 或 00:09:54",
    ),
    Field(
        "url",
        "作品网址",
        Kind.URL,
        False,
        (
            "网址",
            "网页地址",
            "链接",
            "作品链接",
            "新媒体作品填报网址",
            "作品链接和二维码",
            "作品網址",
            "網址",
            "鏈接",
            "作品鏈接",
            "网页地址/二维码",
            "网址链接",
            "链接地址",
            "刊播网址",
        ),
        "以 http:// 或 https:// 开头",
    ),
    Field(
        "evaluation",
        "作品评介",
        Kind.TEXT,
        False,
        (
            "作品评介（120字以上）",
            "作品评介(120字以上)",
            "推荐理由",
            "作品評介",
            "推薦理由",
            "推荐语",
        ),
        "120字以上",
    ),
    Field(
        "process",
        "采编过程",
        Kind.TEXT,
        False,
        (
            "作品简介（采编过程）",
            "作品简介(采编过程)",
            "采编过程（作品简介）",
            "采编过程(作品简介)",
            "作品简介",
            "参评作品简介",
            "采编过程/作品简介",
            "作品简介/采编过程",
            "採編過程",
            "作品簡介（採編過程）",
            "作品簡介（采編過程）",
            "专栏简介",
            "作品介绍",
        ),
        "",
    ),
    Field(
        "effect",
        "社会效果",
        Kind.TEXT,
        False,
        ("社會效果", "国际传播效果", "传播效果", "社会影响", "社会反响"),
        "",
    ),
    Field(
        "review",
        "初评评语",
        Kind.TEXT,
        False,
        (
            "初評評語",
            "初评评语（推荐理由）",
            "初评评语(推荐理由)",
            "推荐理由（初评评语）",
            "初评单位推荐理由",
        ),
        "",
    ),
    Field(
        "recommender",
        "推荐单位",
        Kind.STRING,
        False,
        ("推荐单位名称", "推薦單位", "推薦單位名稱", "报送单位", "申报单位"),
        "",
    ),
    Field(
        "prize",
        "获奖等级",
        Kind.STRING,
        False,
        ("奖次", "获奖情况", "獲獎等級", "獎次"),
        "从奖项的奖次表中选择，如 一等奖",
    ),
    Field(
        "stage",
        "评选阶段",
        Kind.STRING,
        False,
        ("阶段", "評選階段", "初评结果"),
        "推荐、初评、入围、获奖或撤销；从名单导入的条目必有",
    ),
    Field(
        "attachments", "附件", Kind.PATHS, False, (), "相对本文件的路径列表，不能指向 entries/ 之外"
    ),
)

FIELDS_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS)
REQUIRED_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.required)

# How far a work went (`stage`). An entry with a stage and no text of its own is a list
# entry (imported from a winner list): metadata only, see LIST_ENTRY_OPTIONAL.
STAGES: tuple[str, ...] = ("推荐", "初评", "入围", "获奖", "撤销")
WON, WITHDRAWN = "获奖", "撤销"
SHORTLISTED_PRIZE = "入围"  # a "prize" of the default list that is no prize (Entry.won)
# Required for a full entry, not for a list entry: a list rarely gives them. A list entry
# needs title, award, edition, and `published` or `year` (the year it is filed under).
LIST_ENTRY_OPTIONAL: tuple[str, ...] = ("category", "authors", "outlet", "published")

# Keys an entry may carry that are not part of the form: marks for the archive itself.
EXTRA_KEYS: dict[str, str] = {"example": "示例条目"}


def label_of(key: str) -> str:
    """The Chinese label of a key of the format ("" for an unknown key)."""
    f = FIELDS_BY_KEY.get(key)
    return f.label if f else EXTRA_KEYS.get(key, "")


def describe(key: str) -> str:
    """`category（参评项目）`: a key with its Chinese label, as messages show it."""
    return described(key, label_of(key))


DEFAULT_CATEGORIES: tuple[str, ...] = (
    "消息",
    "通讯",
    "评论",
    "专题",
    "系列报道",
    "连续报道",
    "新闻摄影",
    "新闻专栏",
    "新闻访谈",
    "新闻直播",
    "新闻编排",
    "新闻版面",
    "重大主题报道",
    "典型报道",
    "融合报道",
    "国际传播",
    "应用创新",
    "新闻纪录片",
    "新闻漫画",
    "新闻名专栏",
)

DEFAULT_PRIZES: tuple[str, ...] = ("特别奖", "一等奖", "二等奖", "三等奖", "优秀奖", "入围")


# How the site names an edition; table.js fills in the same pattern (table data "labels").
EDITION_PATTERN = "第{number}届"


def ordinal_edition(number: int) -> str:
    """`第10届`: an edition as the site names it."""
    return EDITION_PATTERN.format(number=number)


def edition_name(award: str, number: int) -> str:
    """`四川宣传关心下一代新闻佳作 第10届`."""
    return f"{award} {ordinal_edition(number)}"


@dataclass
class Entry:
    """One validated entry: the form's fields, normalised, plus the work's text."""

    id: str
    source: str  # path relative to the archive root, with forward slashes: entries/x.md
    title: str
    award: str
    edition: int
    category: str
    authors: list[str]
    outlet: str
    published: PublishedDate
    body: str = ""
    year: int | None = None
    genre: str = ""
    language: str = ""
    editors: list[str] = field(default_factory=list)
    platform: str = ""
    section: str = ""
    length: Length | None = None
    url: str = ""
    evaluation: str = ""
    process: str = ""
    effect: str = ""
    review: str = ""
    recommender: str = ""
    prize: str = ""
    attachments: list[str] = field(default_factory=list)
    example: bool = False
    stage: str = ""

    @property
    def from_list(self) -> bool:
        """Metadata from a winner list: the work's text is not in the archive yet."""
        return bool(self.stage) and not self.body.strip()

    @property
    def won(self) -> bool:
        """A prize was awarded (stage 获奖, or a prize other than 入围) and not withdrawn."""
        if self.stage == WITHDRAWN:
            return False
        return self.stage == WON or bool(self.prize and self.prize != SHORTLISTED_PRIZE)

    @property
    def edition_label(self) -> str:
        return ordinal_edition(self.edition)

    @property
    def award_edition(self) -> str:
        return edition_name(self.award, self.edition)

    @property
    def effective_year(self) -> int | None:
        """The nomination year, or else the year the work was published."""
        if self.year is not None:
            return self.year
        return self.published.year if self.published.text else None  # a list entry: no date

    def display(self, key: str) -> str:
        """A field's value as the site shows it: plain text, not yet escaped."""
        value = getattr(self, key)
        if key == "edition":
            return self.edition_label
        if key == "published":
            return self.published.text
        if key == "length":
            return self.length.display if self.length else ""
        if key in ("authors", "editors"):
            return "、".join(map(shown_name, value))
        if isinstance(value, list):
            return "、".join(value)
        if value is None:
            return ""
        return str(value)
