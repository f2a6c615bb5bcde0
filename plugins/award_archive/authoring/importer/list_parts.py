"""The pieces a listed work is written with, whatever the list's shape: names, genre
words, outlets and the bracketed tail after a title (`（通讯，新华社重庆分社：伍鲲鹏）`,
`（作者：甲；编辑：乙）`, `（棗莊日報社，王開醫院選送）`, `（摄影）`)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from award_archive.authoring.importer import labels as lb
from award_archive.authoring.importer.list_places import is_place
from award_archive.authoring.importer.list_roles import ROLE, is_role, role_key
from award_archive.authoring.importer.list_words import PUT_OUT as _PUT_OUT
from award_archive.contract.dates import WRITTEN_DATE
from award_archive.contract.model import DEFAULT_CATEGORIES

# How a genre (体裁) word ends: `文字消息`, `广播新闻`, `新闻漫画`, `系列报道` are categories;
# a literature award's genres too (`中篇小说`, `诗歌`).
_GENRE_END = (
    "消息 通讯 评论 言论 报道 专题 新闻 摄影 图片 漫画 访谈 直播 专栏 版面 版式 特写 杂文 随笔 "
    "散文 报告文学 纪录片 编排 时评 短评 述评 调查 访问 连载 论文 "
    # a literary prize's kinds:
    "小说 诗歌 诗词 童话 剧本 寓言 传记 儿童文学 詩歌 詩詞 童話 劇本 兒童文學 "
    "视频 音频 海报 互动 广告 文章 文字 广播"  # (a medium's: `短视频`, `文字类`, `广播类`)
    # a paper's, a page's, a study's, a programme's, a poem's, the arts' (each a whole word
    # that ends no person's name and few titles):
    " 副刊 页面设计 界面设计 版面设计 业务研究 图解 长图 节目 专访 社论 著作 纪实 纪实文学 民间文学"
    " 散文诗 组诗 新诗 旧体诗 古体诗 现代诗 格律诗 歌词 楹联 对联 书法 绘画 美术 插画 曲艺 戏剧"
    " 微电影 动漫 动画 广播剧 电视剧 专题片 宣传片 栏目 演讲 朗诵"
).split()
_GENRES = tuple(sorted({*_GENRE_END, *DEFAULT_CATEGORIES}, key=len, reverse=True))
# How an outlet's name ends (`安徽铜陵报`, `山东威海广播电台`, `新华社重庆分社`, `人民网`,
# `某省广电`).
_OUTLET_END = re.compile(
    r"(?:日报|晚报|晨报|早报|时报|报社|报|社|电视台|广播电台|电台|台|网|网站|杂志|周刊|月刊|季刊|旬刊|频道|频率|"
    r"分社|集团|中心|发布|客户端|传媒|傳媒|媒体|媒體|之声|之聲|(?<=[\u4e00-\u9fff]{2})(?:广电|廣電)|"
    r"(?<![电電广廣播])[视視]|(?<=[\u4e00-\u9fff][^播\s])[电電][视視])$"  # 公視, 三立電視
)
# How a body that is no media ends (a school, a bureau, a firm): a unit, never a person's
# name, and no outlet (`武汉体育学院`, `某县文联`, `某某公司`).
ORG_END = re.compile(
    r"(?:学院|學院|大学|大學|学校|學校|中学|中學|小学|小學|医院|醫院|公司|协会|協會|记协|記協|"
    r"学会|學會|联合会|聯合會|文联|文聯|作协|作協|政府|委员会|委員會|办公室|辦公室|研究院|研究所|"
    r"[局厅廳委部处處院所馆館])等?$"
)


# What a name is introduced with in a list (`本报记者郑婷影`, `记者 黄丹`, `作者：甲`, `通讯员 乙`).
_ROLE = re.compile(
    r"^(?:(?:还有|以及|和|与|及)?(?:[本我][报刊台网]|特约|实习|首席|"
    r"[\u4e00-\u9fff]{2,12}?(?:日报|晚报|报|台|社|网))?"
    rf"{ROLE})\s*[:：]?\s*"
)  # `某某日报记者张三`, `我报记者张三`, `还有记者张三`: the name
_NAME_SEP = re.compile(
    r"[、，,；;/]+|\s*(?<=[\u4e00-\u9fff])[和与與及](?=[\u4e00-\u9fff]{2,3}(?:$|[、，,\s]))"
)


# How a list says people made a work (`甲、乙采写的`, `由某台摄制`): one copy, for every reader.
MADE_VERB = r"(?:创作|創作|采写|採寫|撰写|撰寫|拍摄|拍攝|制作|製作|采制|採製|摄制|攝製|绘制|繪製)"


# The prizes lists name (a work's 等次; 入围 is a stage, moved there on import), by what
# they say: a rank (`一等奖`, `特等奖`, `金奖`), a level of merit (`优秀奖`, `佳作奖`, `鼓励奖`,
# `优秀作品`, `优秀作品奖`, `提名作品`, `入围作品`), or a `最佳…奖` honour (`最佳传播奖`).
# A prize: a level of a ranked series. `奬` is a variant of 奖/獎 real pages print; a
# contest's ranks that are no 等奖 (冠军, 亚军, 季军, 优异奖, 优胜奖, 入选奖) and Taiwan's
# `二獎` are prizes too.
PRIZE = (
    r"(?:特[别別][奖獎奬]|首[奖獎奬]|[评評][审審][团團]?(?:特[别別])?[奖獎奬]|[特一二三]等(?:[(（][\u4e00-\u9fff]{1,2}[)）])?[奖獎奬]|[金银铜銀銅][奖獎奬]|[优優]秀[奖獎奬]|提名[奖獎奬]|佳作[奖獎奬]"
    r"|第[一二三四五六七八九十]名|鼓[励勵][奖獎奬]|最佳[\u4e00-\u9fff]{1,6}?[奖獎奬]|(?:[优優]秀|提名|入[围圍])作品[奖獎奬]?|入围|入圍|好作品|十佳作品"
    r"|(?<![\u4e00-\u9fff])[冠亚亞季殿][军軍]|[优優][异異][奖獎奬]|[优優][胜勝][奖獎奬]|入[选選][奖獎奬]|(?<![一二三四五六七八九十\u7b2c])[二三四五][奖獎奬]"
    # a bare grade (`佳作 张三〈…〉`, `優等:…`, `優異`) only as a word of its own: never
    # inside an award's name (`新闻佳作`, `优选好书`)
    r"|(?<![\u4e00-\u9fff])(?:佳作|[优優]等|[优優][选選]|甲等|[优優][异異])(?![\u4e00-\u9fff]))"
)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def fold(text: str) -> str:
    """Width, bracket and script folded (the label table's fold): `報` reads as `报`."""
    return lb.fold(unicodedata.normalize("NFKC", text))


# A radio channel: a place, the channel's kind, 广播 (`北京新闻广播`, `贵州综合广播`): an outlet,
# though 广播 ends a genre word too (`广播类`). (Matched on the folded text.)
_CHANNEL = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:新闻|综合|交通|经济|音乐|文艺|资讯|生活|乡村|农村|都市|城市|旅游|体育"
    r"|故事|私家车|老年|少儿|之声)广播"
)


# A medium's works (`电视作品`, `電視新聞作品`, `广播新闻作品`, `新媒体作品`): a heading's category
# as written, 作品 kept (the medium alone would say less than the heading does).
_MEDIUM_WORKS = re.compile(
    r"(?:电视|广播|广播电视|广电|报纸|报刊|期刊|网络|新媒体|融媒体|通讯社|视听)(?:新闻)?(?:节目)?作品"
)


def is_genre(text: str) -> bool:
    """`通讯`, `电视消息`, `通讯、消息`, `新聞漫畫`, `散 文`: a short run of genre words (a
    space pads a word's characters, it does not join words: `张三 消息` is none)."""
    words = fold(text).split()
    if len(words) > 1 and any(len(w) > 1 for w in words):
        return False
    t = "".join(words)
    if _CHANNEL.fullmatch(t):
        return False
    if _MEDIUM_WORKS.fullmatch(t):
        return True  # `电视新闻作品`: a medium's works, a kind as a heading writes it
    if not t or len(t) > 12 or not re.fullmatch(r"[\u4e00-\u9fff、]+", t):
        return False
    return all(part.endswith(_GENRES) for part in t.split("、") if part)


def unit_and_genre(text: str) -> tuple[str, str]:
    """`大众网网络专题` → (大众网, 网络专题), `本报评论` → (本报, 评论): a unit glued before a
    genre word, the shortest unit first; ("", text) when the words are no unit and genre. (A
    medium is no unit: `新媒体报道`, `电视消息` are genres whole.)"""
    t = squeeze(text)
    for k in range(2, len(t) - 1):
        unit, genre = t[:k], t[k:]
        own = re.fullmatch(r"[本我][报報刊台网網社]", unit)
        named = len(unit) >= 3 and is_outlet(unit) and not _MEDIUM.fullmatch(fold(unit))
        if (own or named) and is_genre(genre):
            return unit, genre
    return "", t


_MEDIUM = re.compile(r"[新融全自]?媒体")


def heading_kind(head: str) -> str:
    """The category a heading over works writes: `消息作品` → 消息 (`消息类` keeps its 类);
    a medium's works whole (`電視新聞作品`)."""
    return head if _MEDIUM_WORKS.fullmatch(fold(squeeze(head))) else re.sub(r"作品$", "", head)


def outlet_only(text: str) -> str:
    """`安徽电视台《第一时间》`: the station, not its programme."""
    m = re.fullmatch(r"\s*([^《》]{2,20}?)\s*《[^《》]+》\s*", text)
    return m.group(1) if m and is_outlet(m.group(1)) else text


def is_outlet(text: str) -> bool:
    t = re.sub(r"\s+", "", fold(text)).strip("《》")
    if re.match(r"^[本我][报刊台网社]", t) or re.search(r"[本我][报刊台网]$", t):
        # `本报`: the page's own paper, named elsewhere or not at all (`向一流挺进本报`: a
        # slogan before it)
        return False
    if re.search(r"[。！？!?；;，,]", t):
        return False  # `…揭晓。某某电视台`: a sentence before the name, not a name
    if re.search(r"(?:提|申|上|呈|填|汇)报$", t):
        return False  # `某某日报提报`: a unit that sent the work in, said with its verb
    ends = bool(_OUTLET_END.search(t) or _CHANNEL.fullmatch(t))
    return 2 <= len(t) <= 20 and ends and not is_genre(t)


def split_list_names(text: str) -> list[str]:
    """`颜 兵 阳 华 程良华` → 颜兵, 阳华, 程良华: one-character pieces pair up (the space inside a
    two-character name); `集 体` → 集体; 、，, ; / and 和 between two names separate too;
    a role before a name (`本报记者`) goes."""
    text = unicodedata.normalize("NFKC", text).strip()
    text = _COLLECTIVE.sub(r"\1", text)  # `集体(甲、乙)`: the collective credit, as on forms
    text = _ALIAS.sub("", text)  # `洪倪 AKA 洪媽倪`: an alias is not mapped
    names: list[str] = []
    for part in _NAME_SEP.split(text):
        tokens = [person_alone(t) for t in _ROLE.sub("", person_alone(part.strip())).split()]
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.isascii() and tok.isalpha():  # `John Smith`: a Latin name keeps its spaces
                j = i + 1
                while j < len(tokens) and tokens[j].isascii() and tokens[j].isalpha():
                    j += 1
                names.append(" ".join(tokens[i:j]))
                i = j
                continue
            if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
                names.append(tok + tokens[i + 1])
                i += 2
                continue
            names.append(_ROLE.sub("", tok))
            i += 1
    # `张三、李四等`: the names, not the 等; a `?` left where a character was lost is no part
    names = [re.sub(r"(?<=[\u4e00-\u9fff]{2})等+$", "", n.strip("|?？")) for n in names]
    # `甲、乙等11人`: the named ones
    names = [
        re.sub(r"(?<=[\u4e00-\u9fff]{2})等\s*[0-9一二三四五六七八九十]+\s*[人名位]$", "", n)
        for n in names
    ]
    # `张三 等`, `李四 摄`: the words after names, none of them a name
    # (`吕秀芬 )`: a bracket or a stop left alone is no name either)
    return [n for n in names if re.search(r"\w", n) and not AFTER_NAMES.fullmatch(n)]


# Words a list writes before a person's name that are no part of it: a job (`宣传部部长何晓晴`,
# `学生记者谭璇璇`) or where the person comes from (`山东烟台市人林德锦`).
_BEFORE_NAME = re.compile(
    r"^[\u4e00-\u9fff]{0,10}?(?:部长|部長|主任|书记|書記|院长|院長|校长|校長|局长|局長|社长|社長"
    r"|台长|臺長|总监|總監|处长|處長|科长|科長|主席|经理|經理|教授|老师|老師|学生|學生)"
    r"|^[\u4e00-\u9fff]{2,10}?[省市县縣区區]人"
)


def person_alone(text: str) -> str:
    """`宣传部部长何晓晴` → 何晓晴: the name without the job or origin written before it (only
    when a name of 2–4 characters is left: the words are then plainly before a name)."""
    bare = _TITLED.sub("", text)  # `1.黄某同志` → 黄某: an item's number, a form of address
    if bare != text and re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", bare):
        return bare
    m = _BEFORE_NAME.match(text)
    rest = _ROLE.sub("", text[m.end() :]) if m else ""
    return rest if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", rest) else text


# An item's number before a name and `同志` after it: `2.羊某同志` is 羊某.
_TITLED = re.compile(r"^\s*\d{1,3}\s*[.、．]\s*|(?<=[\u4e00-\u9fff]{2})同志\s*$")


_ALIAS = re.compile(r"\s+(?:AKA|aka|a\.k\.a\.)\s+[^\s、，,;；/]+")
_COLLECTIVE = re.compile(r"^(集体|集體)\s*[(（][^()（）]*[)）]")
# What a list writes after names: `等`, `等3人` (the unnamed ones), `摄` (who took the photo).
AFTER_NAMES = re.compile(r"等\s*(?:[0-9一二三四五六七八九十]+\s*[人名位])?|等等|[摄攝]|主创|主創")


# Words a 2–4 character run may be that are no person's name (`编辑`, `获一等奖`, `作品`).
NOT_A_NAME = re.compile(
    r"[编編][辑輯]|[选選送]|[报報]送|推[荐薦]|作品|[记記]者|[单單]位|栏目|欄目|节目|節目|集体|集體"
    r"|刊[发發登载載]|[播发發][出发發表]|出品|推出|[制製]作|采[写制]|採[寫製]|[获獲奖獎]"
    r"|[类類](?:别|別)?$"  # (`消息类`, `类别`: a class and a column's word)
    r"|^(?:一[文篇书書首组組]|之[一二三四五六七八九十])$"  # (`《甲》一文`, `《甲》之一`)
)


# (`买买提·艾力`, `阿依古丽·吐尔逊`: a name with its parts joined by `·` runs longer)
# (a name may hold a rare character of CJK Extension A: `张㨗明`)
_PERSON = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,2}"
    r"|[A-Za-z][A-Za-z .-]{1,30}"
)


def leading_names(text: str, split: Callable[[str], list[str]] | None = None) -> list[str]:
    """`甲，乙，编辑：丙` → 甲, 乙; `甲、乙 某某日报` → 甲, 乙: the names a value begins with,
    between any separator (、，,;/ or spaces), up to the first piece that is no name (a role
    word, a label, an outlet, a genre). `split` reads one piece (split_list_names)."""
    split = split or split_list_names
    names: list[str] = []
    for part in re.split(r"\s*[、，,;；/／]\s*", text.strip()):
        found = split(part) if part and not re.search(r"[:：]", part) else []
        people = list(itertools.takewhile(is_person, found))
        names.extend(people)
        if len(people) < len(found) or not found:
            break  # (`乙 获一等奖`: the names end where the words that are none begin)
    return names


def names_only(text: str) -> list[str]:
    """`甲、乙` → 甲, 乙: the names of a value that holds nothing else; [] when any word of it is
    no name (`甲 某某日报`, `远方的河`)."""
    names = leading_names(text)
    return names if names and names == split_list_names(text) else []


def is_person(name: str) -> bool:
    if name == "集体":  # a collective credit stands for its people
        return True
    named = bool(_PERSON.fullmatch(name)) and not NOT_A_NAME.search(name)
    named = named and not re.fullmatch(PRIZE, name)  # `佳作`, `冠军`, `優等`: a grade, no one
    unit = ORG_END.search(name) is not None and len(name) >= 3  # `甲中学`, `某某局`
    no_one = unit or is_outlet(name) or is_genre(name) or is_role(name) or is_place(name)
    return named and not no_one


# A name list standing alone: 2–4 characters per name, between any separator or spaces
# (`王若桐、蕭子維`, `王若桐 蕭子維`, `王若桐和蕭子維`), maybe `等N人` and a code after.
NAME_RUN = re.compile(
    r"^[\u4e00-\u9fff·]{2,4}(?:(?:\s*[、，,;；/]\s*|\s+|[和与與及])[\u4e00-\u9fff·]{2,4})*"
    r"(?:\s*等\s*[0-9一二三四五六七八九十]+\s*[人名位])?(?:\s*[(（][A-Za-z0-9-]{1,12}[)）])?$"
)

# A field label in a work's tail: a role word or a unit's label with its colon, or a role word
# a space before its names at the start of a part (`(作者 甲,推荐单位:乙)`).
_LABELLED = re.compile(
    rf"({ROLE}|推荐单位|报送单位|刊播单位和日期|刊播单位)\s*[:：]\s*"
    rf"|(?:^|(?<=[,，;；(（\s]))\s*({ROLE})\s+(?=[\u4e00-\u9fff])"
)
_PART_SEP = re.compile(r"[,，;；/／]")
_SENT = "(?:选送|選送|推荐|推薦|报送|報送|提报|提報|申报|申報)"
# A book's people, the role after the names: `张三 著`, `李四、王五 编著`, `赵六 主编`.
_WROTE_AFTER = re.compile(r"(.{2,30}?)\s*(编著|編著|主编|主編|编|編|著)")
# Who made the work is its outlet; `制作并报送` makes the maker the recommender too.
_MADE = re.compile(
    rf"(.{{2,60}}?)(?:共同|联合|聯合)?(?:制作|製作|摄制|攝製)((?:并|並|及)?{_SENT})?"
)
_MADE_BY = re.compile(rf"(.{{2,30}}?)(?:共同|联合|聯合)?{MADE_VERB}")
_LENGTH = re.compile(r"(?:时长|時長|长度|長度|字数|字數)\s*[:：]?\s*(\S.{0,15})")
# A day a work came out (`contract.dates.WRITTEN_DATE`); a magazine issue (`2007年第9期`) is none.
# The date with the words that say it is the day the work came out (`刊发于2022年5月1日`,
# `2022年5月1日播出`, `刊播日期：…`).
_DATED = re.compile(
    rf"(?:{_PUT_OUT}(?:于|於|时间|時間|日期)?\s*[:：]?\s*)?({WRITTEN_DATE})(?:\s*{_PUT_OUT}(?:于|於)?)?"
)
# A name with `摄` after it (`赵六摄`, `张三 摄`, a caption's `…村。李四 摄`): the
# photographer, one of the authors.
SHOT_BY = re.compile(
    r"(?:(?<=^)|(?<=[\s、，,;；。]))([\u4e00-\u9fff·]{2,4}?)\s*[摄攝](?=$|[\s、，,;；])"
)


# A unit counting the works it won (`某某晚报共有6篇作品获奖`, `《某某日报》共29件作品获奖`,
# `某省广电创制播出的5部作品获…`; not `某社记者采写的两篇作品`, a reporter's): group 1 the
# unit, 《》 kept; the caller checks it is an outlet.
WORKS_COUNTED = re.compile(
    r"(?:^|[。，,！!：:；;\s])(《[^《》]{2,12}》|[\u4e00-\u9fff]{2,12}?)"
    r"(?:((?!记者|記者|编辑|編輯)[\u4e00-\u9fff]{2,4})的|的)?(?:共有|共|有)?\s*[\d一二三四五六七八九十两兩多数數]+\s*"
    r"[篇件项項个個幅部](?:新[闻聞])?作品[^。；;]{0,6}?[获獲]"
)


def counted_unit(m: re.Match[str]) -> str:
    """The outlet a WORKS_COUNTED match names, or ``: its unit, else the unit with the words
    before its 的 (`某某日报社的5件作品获`: not `某某` with `日报社的`)."""
    for unit in (m.group(1), m.group(1) + (m.group(2) or "")):
        if is_outlet(unit):
            return unit
    return ""


# A caption's credit after its scene (`…挖出一根大莲藕。刘安宁 摄`): its photographer.
_CAPTION_CREDIT = re.compile(
    r"(?:^|[。！!；;]|\s(?=[\u4e00-\u9fff·]{2,4}\s*[摄攝]\s*$))\s*([\u4e00-\u9fff·]{2,4}?)\s*[摄攝]"
    r"(?=\s|$|[。，,;；])"
)


def caption_credit(text: str) -> str:
    """`5月，某某村。李四 摄`: the photographer a caption credits (at its end, else the first
    credit after a sentence's end), or ``."""
    text = text.strip()
    shot = [m for m in SHOT_BY.finditer(text) if m.end() == len(text)]
    m = shot[0] if shot else _CAPTION_CREDIT.search(text)
    return m.group(1) if m and is_person(m.group(1)) else ""


# `张三采写、某某日报选送`: the makers' part ends at its verb, whatever separator follows.
_MAKERS_END = re.compile(rf"(?<={MADE_VERB})\s*[、，,]\s*")


def take_date(text: str) -> tuple[str, str]:
    """(the date the text gives, the text without it and its `刊发于` words); ("", text)
    when none is there."""
    m = _DATED.search(text)
    if not m:
        return "", text
    rest = (text[: m.start()].rstrip() + " " + text[m.end() :].lstrip()).strip()
    return re.sub(r"\s+", "", m.group(1)), rest


def tail_fields(inner: str) -> dict[str, Any]:
    """What a bracket after a title says, part by part: labelled parts (`作者：甲`), an
    `outlet：names` part, a genre word, an outlet, `X选送` (the recommender)."""
    work: dict[str, Any] = {}
    published, inner = take_date(inner)
    if published:
        work["published"] = published
    inner = re.sub(rf"\s*{PRIZE}\s*$", "", inner)  # `赵六 某某电视台 二等奖`: the item's prize
    inner = _MAKERS_END.sub(";", SHOT_BY.sub(r"\1", inner))
    if _LABELLED.search(inner):
        _labelled(inner, work)
        return work
    runs: list[tuple[int, list[str]]] = []  # parts that are names alone, where they stand
    anchor = None  # the part that named the authors (beside their unit, with a verb …)
    for n, part in enumerate(p.strip() for p in _PART_SEP.split(inner)):
        had = "authors" in work
        if part and (names := _tail_part(part, work)) is not None:
            runs.append((n, names))
        elif not had and "authors" in work:
            anchor = n
    if runs and anchor is not None:  # `（某某日报 张三，李四）`: the names beside theirs too
        work["authors"] = _beside(work["authors"], runs, anchor)
    elif runs and "outlet" in work and "authors" not in work:  # `（某某日报，张三，李四）`
        work["authors"] = _beside([], runs, runs[0][0] - 1)
    return work


def _beside(names: list[str], runs: list[tuple[int, list[str]]], at: int) -> list[str]:
    """`names` (said by part `at`) with the runs of names in the parts right before and after
    it, in their order: one list of people written over several parts."""
    by_part = dict(runs)
    before: list[str] = []
    after: list[str] = []
    k = at - 1
    while k in by_part:
        before[:0] = by_part[k]
        k -= 1
    k = at + 1
    while k in by_part:
        after.extend(by_part[k])
        k += 1
    return [*before, *names, *after]


def _tail_part(part: str, work: dict[str, Any]) -> list[str] | None:
    """One part of a tail into `work`; a part of names alone is returned (whose they are
    depends on the parts beside it)."""
    if long := _LENGTH.fullmatch(part):
        work.setdefault("length", long.group(1).strip())  # `（时长3分20秒）`
        return None
    if link := re.search(r"https?://\S+", part):
        work.setdefault("url", link.group())  # `作品链接：http…`: a link, not names
        return None
    head, colon, rest = fold(part).partition(":")
    if colon and rest.strip() and not is_genre(head):
        if not is_outlet(head):
            return None  # `指导教师：乙`, `作者单位：某某中学`: not mapped
        work.setdefault("outlet", part[: len(head)].strip())
        work.setdefault("authors", split_list_names(part[len(head) + 1 :]))
    elif (m := _WROTE_AFTER.fullmatch(part)) and _all_names(names := split_list_names(m.group(1))):
        key = "editors" if m.group(2).startswith(("主", "编", "編")) else "authors"
        work.setdefault(key, names)  # `张三 著`, `李四 主编`: a book's people
    elif (m := _MADE_BY.fullmatch(part)) and _all_names(names := split_list_names(m.group(1))):
        work.setdefault("authors", names)  # `张三、李四采写`: the people who made it
    elif m := _MADE.fullmatch(part):  # `X制作`, `A、B及C共同制作`, `X制作并报送`
        work.setdefault("outlet", m.group(1))
        if m.group(2):
            work.setdefault("recommender", m.group(1))
    elif m := re.fullmatch(rf"(.{{2,20}}?)({_SENT})", part):
        # a media unit that 选送 its own work is its outlet; any other sender recommends it
        media = m.group(2) in ("选送", "選送") and is_outlet(m.group(1))
        work.setdefault("outlet" if media else "recommender", person_alone(m.group(1)))
    elif is_genre(part) and "category" not in work:
        work["category"] = part
    elif is_outlet(part) and " " not in part and "outlet" not in work:
        work["outlet"] = part
    elif _all_names(names := split_list_names(part)) and names != ["集体"]:
        return names  # `（某某日报，张三）`, `（张三，某某日报）`: people, if a unit is there
    else:
        _spaced_part(part, work)
    return None


_NAME = re.compile(r"[\u4e00-\u9fff·]{1,4}")


def _all_names(names: list[str]) -> bool:
    return bool(names) and all(_NAME.fullmatch(n) and not is_outlet(n) for n in names)


def _spaced_part(part: str, work: dict[str, Any]) -> None:
    """`通讯 张三 李 四 某某日报`, `张三、李四`: a genre first, an outlet last (or first), names
    (one beside an outlet, else two or more or 集体: one word alone in brackets may be the
    title's own, `（客语版）`)."""
    columns = re.split(r"\s{2,}", part.strip())
    people = split_list_names(columns[-1])
    if (
        len(columns) == 2
        and not _NAME.fullmatch(columns[0])
        and people
        and all(_NAME.fullmatch(n) for n in people)
    ):  # `某某总台交通广播   甲、乙`: the unit, then its people, a column apart
        work.setdefault("outlet", columns[0])
        work.setdefault("authors", people)
        return
    tokens = [outlet_only(t) for t in part.split()]
    if len(tokens) > 1 and is_genre(tokens[0]):
        work.setdefault("category", tokens.pop(0))
    outlet = False
    for at in (-1, 0):  # the outlet after the names, or before them
        short = len(tokens[at]) == 3 and tokens[at][-1] in "网網社"  # `人民网`, `新华社`
        if len(tokens) > 1 and is_outlet(tokens[at]) and (len(tokens[at]) > 3 or short):
            work.setdefault("outlet", tokens.pop(at))
            outlet = True
            break
    names = split_list_names(" ".join(tokens))
    if (
        names
        and all(_NAME.fullmatch(n) for n in names)
        and (outlet or len(names) > 1 or names == ["集体"])
    ):
        work.setdefault("authors", names)


def _labelled(inner: str, work: dict[str, Any]) -> None:
    marks = list(_LABELLED.finditer(inner))
    if head := inner[: marks[0].start()].strip(" ,，;；"):  # `某某电视台 记者 甲 编辑 乙`
        said: dict[str, Any] = {}
        _spaced_part(head, said)
        if "outlet" not in said and is_outlet(head):
            said["outlet"] = head
        for key, value in said.items():
            work.setdefault(key, value)
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(inner)
        label, value = fold(m.group(1) or m.group(2)), _unbracketed(inner[m.end() : end])
        value = re.sub(rf"\s+{PRIZE}$", "", value)  # `单位：某某晚报 二等奖`: the item's prize
        if not value:
            continue
        if is_role(label) and role_key(label) == "authors":
            names, *rest = re.split(r"[;；]", value)  # `作者：甲；某某日报`: the outlet after
            work.setdefault("authors", _people_then_unit(names, work))
            for part in rest:
                if is_outlet(part.strip()):
                    work.setdefault("outlet", part.strip())
        elif is_role(label):
            work.setdefault("editors", _people_then_unit(value, work))
        elif label.startswith(("推荐", "报送")):
            work["recommender"] = value
        else:
            outlet = re.match(r"(《[^》]*》|\S+?)(?=\d|$)", value)
            if outlet:
                work["outlet"] = outlet.group(1).strip("《》")
                date = value[outlet.end() :].strip()
                if date:
                    work["published"] = date


_NAME_WHERE = re.compile(r"([\u4e00-\u9fff·]{2,4})\s*[(（]([^()（）]{2,20})[)）]")


def _people_then_unit(value: str, work: dict[str, Any]) -> list[str]:
    """`编辑：甲 某某日报`: the names, and an outlet written after them (the work's); `甲(广东)`:
    a bracket after a name says where the person is from (its outlet if it names one)."""
    names = []
    for name in split_list_names(value):
        if m := _NAME_WHERE.fullmatch(name):
            name = m.group(1)
            if is_outlet(m.group(2)):
                work.setdefault("outlet", m.group(2))
        names.append(name)
    units = [n for n in names if is_outlet(n) and len(n) > 3]
    if units and len(units) < len(names):
        work.setdefault("outlet", units[-1])
        return [n for n in names if n not in units]
    return names


def _unbracketed(value: str) -> str:
    """A value up to the bracket that closes the item's tail (`江淮法治) 一等奖` → 江淮法治)."""
    depth = 0
    for i, c in enumerate(value):
        depth += 1 if c in "(（" else -1 if c in ")）" else 0
        if depth < 0:
            value = value[:i]
            break
    return value.strip(" ,，;；")


def first_label(text: str) -> int | None:
    """Where the first field label (`作者：`, `;推荐单位:`) of an item stands."""
    m = _LABELLED.search(text)
    return m.start() if m else None


def is_named_honour(prize: str) -> bool:
    """`最佳新闻评论奖`, `精锐奖`, `对外广播奖`: one of an award's own 奖项 given to a work (its
    category, no prize), not a rank or a level (`一等奖`, `优秀奖`, `地区组首奖`)."""
    t = squeeze(prize)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,12}[奖獎]", t) or re.fullmatch(r"最佳[奖獎]", t):
        return False  # (`最佳奖` in a `最佳奖、金奖…` series is a level)
    ranks = [m.group() for m in re.finditer(PRIZE, t)]
    return all(re.match(r"最佳", r) for r in ranks)


_LEVEL_AFTER = re.compile(rf"^(.{{1,12}}?)\s*({PRIZE})$")


def category_and_level(text: str) -> dict[str, str]:
    """`演讲类入围作品`, `文字入围作品`, `消息类一等奖`: a category with its level glued after it
    (the category as written, `类` kept); {} when the text is not both."""
    m = _LEVEL_AFTER.match(squeeze(text))
    if not m or re.search(r"[奖獎组組]$", m.group(1)):
        return {}  # (`地区组首奖`: a division written with its prize is the prize whole)
    return {"category": m.group(1), "prize": m.group(2)}


_WORD_SEP = re.compile(r"\s+|(?<=[\u4e00-\u9fff])\s*[、，,]\s*(?=[\u4e00-\u9fff])")


def record_words(text: str) -> dict[str, Any]:
    """`某某日报 张三 李四`, `张三、李四 某某电视台 2022年5月1日`, `张三 李四 消息`: words after a
    title that are each an outlet, a date, a genre or names (nothing else): those fields; {}
    when any word is other or no person is named."""
    published, text = take_date(text)
    outlet, names, kind = "", list[str](), ""
    for token in _WORD_SEP.split(text.strip()):
        if not token or (names and AFTER_NAMES.fullmatch(token)):
            continue  # (`张三 等`, `李四 摄`: what follows names)
        if _a_unit(token) and not outlet:  # (before its people or after them)
            outlet = outlet_only(token)
        elif is_genre(token) and not kind:  # `张三 李四 消息`: the genre, no person
            kind = token
        elif len(token) == 1 and names and len(names[-1]) == 1:
            names[-1] += token  # `李 四`: a name padded with a space
        elif _NAME.fullmatch(token) and is_person(token) or len(token) == 1:
            names.append(token)
        else:
            return {}
    names = [n for n in split_list_names("、".join(names)) if is_person(n)]
    if not names or any(len(n) < 2 for n in names) or not (outlet or len(names) > 1):
        return {}  # (one word alone after a title may be anything: `《甲》一文`)
    said: dict[str, Any] = {"authors": names}
    for key, value in (("outlet", outlet), ("published", published), ("category", kind)):
        if value:
            said[key] = value
    return said


def _a_unit(token: str) -> bool:
    """An outlet's name standing as a word: four characters or more, or `人民网`, `新华社`."""
    short = len(token) == 3 and token[-1] in "网網社"
    return is_outlet(token) and (len(token) > 3 or short)
