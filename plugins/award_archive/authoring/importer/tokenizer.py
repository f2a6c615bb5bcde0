"""Cleaning a form's text before any label is matched, and its values the same way.

Public copies of forms carry debris that is not the form: pinyin glosses after characters
(`標(biāo)題`, `字?jǐn)?shù)` where the character itself was lost and only its gloss is
left), `?` where a character or a space was lost (`作??者`, `要聞???1?`), HTML left-overs
(`?/font>`). `clean` removes them; everything else is kept as written.
"""

from __future__ import annotations

import re

from award_archive.authoring.importer import labels as lb
from award_archive.authoring.importer import readings
from award_archive.authoring.importer.rows import Row
from award_archive.contract.model import Kind

_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_PINYIN = rf"[a-z{_TONES}]{{1,6}}"
# A gloss: a pinyin syllable in brackets right after a Chinese character (or a lost one).
_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff?？])[(（]{_PINYIN}[)）]")
# A character lost with the opening bracket of its gloss: `?jǐn)?shù)` is 數.
_LOST = re.compile(rf"[?？]{_PINYIN}[)）][?？](?P<gloss>{_PINYIN})[)）]")
# The characters lost that way in the forms seen, by their gloss (traditional script: the
# mirrors that gloss are traditional).
LOST_BY_GLOSS: dict[str, str] = {
    "shù": "數",
    "bào": "報",
    "wèi": "為",
    "shí": "時",
    "jiǎng": "獎",
    "chuàng": "創",
    "dòng": "動",
    "guān": "關",
    "zhǎng": "長",
    "píng": "評",
    "yè": "業",
    "jì": "際",
    "jiǎn": "簡",
    "xiàng": "項",
}
# Formatting tags broken on a page (their `<` lost: `?/font>`). Whole tags are kept: a value
# is text, escaped when shown, and a page saved as HTML is read as HTML before this.
_TAGS = r"(?:font|span|div|p|br|b|strong|i|em|td|tr|th|table|tbody|a|img|o:p|sup|sub|u)"
# A closing tag may also come without its `?` (`/span>`): its `<` went with the mojibake.
_HTML = re.compile(rf"[?？]/?{_TAGS}(?:\s[^<>]{{0,80}})?/?>|(?<![A-Za-z0-9<./])/{_TAGS}>|&nbsp;")
_QUESTION_WORDS = re.compile(r"[吗嗎呢么麼啥何谁誰哪怎几幾否]|为什么|為什麼|多少|是不是")
_NOISE_Q = re.compile(r"[?？]+")
_CJK_TEXT = re.compile(r"[\u3400-\u9fff。，、；：“”‘’（）《》！]")
_CUT_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])[(（]{_PINYIN}$")  # an excerpt cut inside a gloss


_GLOSSED = re.compile(rf"([\u3400-\u9fff])[(（]({_PINYIN})[)）]")


def page_glosses(text: str) -> dict[str, str]:
    """The page's own glosses, reading → character, where the page glosses one character
    only with that reading (`國(guó)` … `國(guó)`: guó → 國): what a character the page lost
    with that gloss was."""
    seen: dict[str, set[str]] = {}
    for m in _GLOSSED.finditer(text):
        seen.setdefault(m.group(2), set()).add(m.group(1))
    return {reading: chars.pop() for reading, chars in seen.items() if len(chars) == 1}


def strip_glosses(text: str, page: dict[str, str] | None = None) -> str:
    """`標(biāo)題` → `標題`; `字?jǐn)?shù)` → `字數`: a lost character is the one LOST_BY_GLOSS
    knows, else the one the page glosses so elsewhere (`page`); an unknown one stays as it
    was."""
    page = page or {}

    def lost(m: re.Match[str]) -> str:
        gloss = m.group("gloss")
        return LOST_BY_GLOSS.get(gloss) or page.get(gloss) or m.group()

    return _CUT_GLOSS.sub("", _GLOSS.sub("", _LOST.sub(lost, text)))


def _question_kept(text: str, start: int, end: int) -> bool:
    """A single `?` ending a question (`結伴“中國游”?`, `为啥…吗?`) is the text's own."""
    if end - start != 1:
        return False
    after, prev = text[end : end + 1], text[start - 1 : start]
    if after in ("》", "」", "』", "!", "！") or (
        after in ")）" and prev.isascii() and prev.isalpha()
    ):
        return True  # `《…如何设计?》`, `?!`, `(… Over?)`: the text's own question
    if _GLOSS_AFTER.match(text, end):
        return True  # `當?shù)貛`: a character lost with its gloss's bracket, kept as written
    around = text[start - 1 : start] + text[end + 1 : end + 2] if start else ""
    if (
        text[end : end + 1] == " "
        and re.fullmatch(r"[\u4e00-\u9fff]{2}", around)
        and len(_NOISE_Q.findall(text)) == 1
    ):
        return True  # `消失的影響力? 淺談…`: the line's only `?`, a word's end
    before = text[max(0, start - 12) : start]
    clause = re.split(r"[。，,、;；!！?？:：|]", before)[-1]
    if bool(_QUESTION_WORDS.search(clause[-6:])):
        return True  # `清理得如何?湿地…`
    if _QUESTION_WORDS.search(clause) and _CJK_TEXT.match(after or " "):
        return True  # `有哪些可供借鉴推广的经验?贫困地区…`: a question, then the next one
    if _ASKING.search(re.split(r"[。!！?？]", text[max(0, start - 40) : start])[-1]):
        return _CJK_TEXT.match(after or " ") is not None  # `如何利用…,让农民致富?一直是`
    return bool(before) and before[-1] in '”"’」』)）' and bool(_QUESTION_WORDS.search(clause))


# Words that make the sentence they open a question, a comma or two before its `?`
_ASKING = re.compile(r"如何|怎样|怎樣|怎么|怎麼|为何|為何|为什么|為什麼|能否")


_GLOSS_AFTER = re.compile(rf"{_PINYIN}[)）]")
_URL_SO_FAR = re.compile(r"https?://[^\s?？]+$", re.IGNORECASE)


def _starts_a_query(text: str, mark: re.Match[str]) -> bool:
    """A URL's one `?` (`https://example.org/a?x=1`) is its query, not a lost character."""
    return mark.group() == "?" and bool(_URL_SO_FAR.search(text[: mark.start()]))


def _lost_mark(text: str, start: int, end: int) -> str:
    """What a run of `?` stood for: nothing inside Chinese text (`鮮明。?圍繞`), else a space;
    so is one between a word and an opening bracket (`廣播??《新聞聯播》`), or before a
    `、 ` spaced on its other side, where a page sets a space."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    inside = bool(before and after and _CJK_TEXT.match(before) and _CJK_TEXT.match(after))
    # `、?0:10`, `制作,?3-4`, `2022-09-12到?2022-10-11`: no space after a comma, or in a
    # range, before a figure (after another word it may be the page's own: `要聞?1` is `要聞 1`)
    inside = inside or (
        bool(before) and before in "、，,；;到至" and re.match(r"\d", after) is not None
    )
    opening = after in ("《", "（", "“") and bool(re.match(r"[\u3400-\u9fff]", before))
    # `775 字?、 0:1`: before an enumeration comma set off by a space, the page's space too
    spaced = after == "、" and text[end + 1 : end + 2] == " "
    return "" if inside and not opening and not spaced else " "


# Marks of mojibake (a page's bytes decoded in the wrong encoding): a `?` with a gloss's
# ending but no character before it (`當?shù)貛`, `因?yàn)?,`), or `?!` run into characters
# (`環?!巴`).
# A `?` in such a run is part of the garbled text, kept as written, not a lost space.
_MOJIBAKE = re.compile(rf"[?？](?:{_PINYIN}[)）]|![\u3400-\u9fff])")


def _without_tag(tag: re.Match[str], garbled: list[int]) -> str:
    """HTML debris out; in a garbled run (`環?!巴小?/font>`) the `?` before it is the
    mojibake's own (the tag's `<` was eaten with it), kept."""
    near = any(0 < abs(g - tag.start()) <= 16 for g in garbled)
    return tag.group()[0] if near and tag.group()[0] in "?？" else ""


def strip_noise(text: str) -> str:
    """`?` runs that stand for lost characters or spaces → one space (a real question mark
    ending a question stays); HTML debris out."""
    garbled = [g.start() for g in _MOJIBAKE.finditer(text)]
    text = _HTML.sub(lambda m: _without_tag(m, garbled), text)
    out: list[str] = []
    last = 0
    garbled = [g.start() for g in _MOJIBAKE.finditer(text)]
    for m in _NOISE_Q.finditer(text):
        out.append(text[last : m.start()])
        kept = (
            _question_kept(text, m.start(), m.end())
            or _starts_a_query(text, m)
            or any(abs(g - m.start()) <= 16 for g in garbled)
        )
        out.append(m.group() if kept else _lost_mark(text, m.start(), m.end()))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _tidy_line(line: str) -> str:
    if not line.strip():
        return ""
    lead = re.match(r"^\s*", line).group()  # type: ignore[union-attr]
    return lead + re.sub(r"[ \t\u3000]{2,}", "  ", line.strip())


def clean(text: str, page: dict[str, str] | None = None) -> str:
    """The form's text without glosses, noise and HTML debris, line by line; a lost
    character read by the glosses of `page` (by default the text's own)."""
    page = page_glosses(text) if page is None else page
    return "\n".join(
        _tidy_line(strip_noise(strip_glosses(line, page))) for line in text.split("\n")
    )


# A web page's buttons (`【字号: 大 中 小】 打印 关闭`): the page's, never the form's.
_PAGE_BUTTONS = re.compile(
    r"字号|字體|字体|大|中|小|打印|关闭|關閉|分享|收藏|纠错|糾錯|默认|默認|[【】\[\]():：|/\s]"
)


def is_page_buttons(text: str) -> bool:
    return bool(re.search(r"打印|关闭|關閉|字号|字號", text)) and not _PAGE_BUTTONS.sub(
        "", text.replace("字號", "字号")
    )


def _labels_in(text: str) -> tuple[int, int]:
    """How many labels the cleaned cell holds, however they stand (whole, opening the cell,
    with a colon, between spaces); then, to choose between readings those count alike, how
    much of it labels run into the values cover (`魏芯蕊刊發单位人民政协报`)."""
    whole = lb.whole_label(text) if len(text) <= 40 else None
    standing = (
        (whole is not None)
        + (lb.label_at_start(text) is not None)
        + len(lb.labels_with_colon(text))
        + len(lb.labels_spaced(f" {text} ", inner_notes=True))
    )
    return standing, sum(len(lb.squeeze(h.label)) for h in lb.labels_anywhere(text))


def restore_lost_characters(cell: str, page: dict[str, str]) -> str:
    """`推薦?diǎn)?dān)位` → `推薦单位`: a label's character lost with its gloss's bracket,
    found again by its reading among the label characters (`dān`: 单; `wèi`: 為 or 位,
    whichever makes a label), or left out (the label then lacks one character, which the
    label matcher allows). Only where that makes one more label: elsewhere the lost
    character stays as the page has it (LOST_BY_GLOSS, or the mojibake)."""
    text = cell
    for m in reversed(list(_LOST.finditer(cell))):  # from the end: earlier spans stay put
        gloss = m.group("gloss")
        options = [LOST_BY_GLOSS.get(gloss, ""), *readings.label_characters_read(gloss), ""]
        if len(options) == 2 and not options[0]:
            options = [""]
        # the labels around the lost character, where a label it belongs to stands
        start, end = max(0, m.start() - 40), m.end() + 40
        before, after = text[start : m.start()], text[m.end() : end]
        base = _labels_in(clean(before + m.group() + after, page).strip())
        # the character that makes the most labels (`主創人员` a whole one, not `主創人`)
        counts = {c: _labels_in(clean(before + c + after, page).strip()) for c in options}
        best = max(counts, key=lambda c: counts[c])
        if counts[best] > base:
            text = text[: m.start()] + best + text[m.end() :]
    return text


def _clean_cell(cell: str, page: dict[str, str]) -> str:
    if _LOST.search(cell):
        cell = restore_lost_characters(cell, page)
    return clean(cell, page).strip()


def clean_rows(rows: list[Row]) -> list[Row]:
    """Every cell cleaned; cells left empty (`?`, `???`) dropped, and rows left empty; so
    are a page's buttons (`【字号: 打印`)."""
    out: list[Row] = []
    page = page_glosses("\n".join(c for row in rows for c in row.cells))
    for row in rows:
        cells = [c for c in (_clean_cell(cell, page) for cell in row.cells) if c]
        cells = [c for c in cells if not is_page_buttons(c)]
        if cells:
            out.append(split_one_line(Row(cells, row.table, row.line)))
    return out


def split_one_line(row: Row) -> Row:
    """A whole form on one line, labels and values separated by spaces (`作品標題 野生黃羊…
    體裁 融合報道 作者 (主創人員) 李霞…`) → one cell per label and per value. A cell is
    such a form when four labels of different fields stand in it between spaces: a line of
    its own, or a table's cell (the page set the form in one cell of a table)."""
    pieces = [_one_line_cells(cell) for cell in row.cells]
    if all(len(p) == 1 for p in pieces):
        return row
    return Row([c for p in pieces for c in p], True, row.line)


def _one_line_cells(text: str) -> list[str]:
    padded = " " + text + " "
    if len(text) < 60:
        return _cells_at(text, _glued_pairs(padded)) if len(text) >= 4 else [text]
    found = sorted(
        [
            *lb.labels_spaced(padded, inner_notes=True),
            *_vertical_runs(padded),
            *_cell_only_spaced(padded),
        ],
        key=lambda h: h.start,
    )
    hits = _one_of_each(_without_loose_cell_only(found, padded), padded)
    glued = _glued_labels(padded)
    if len([h for h in hits if h.key]) < 4 or _keyed(glued) >= 2 * _keyed(hits):
        hits = glued  # `作品名称 解“鎖” 参项目类别廣播評論体裁…`: a few spaces in a glued dump
    if len([h for h in hits if h.key]) < 4:
        return _cells_at(text, _glued_pairs(padded))
    return _cells_at(text, hits)


def _keyed(hits: list[lb.LabelHit]) -> int:
    return len([h for h in hits if h.key])


def _cells_at(text: str, hits: list[lb.LabelHit]) -> list[str]:
    """The cells of `text` (padded by one space each side in `hits`): what stands before
    the first label, then each label and its value."""
    if not hits:
        return [text]
    padded = " " + text + " "
    # a 代表作 sheet run on after the form: its labels are other works', its text a cell
    mark = lb.representative_mark(padded[hits[0].end :], inside=True)
    sheet = len(padded) if mark is None else hits[0].end + mark
    hits = [h for h in hits if h.start < sheet]
    cells = [text[: max(0, hits[0].start - 1)].strip()]
    for n, hit in enumerate(hits):
        end = hits[n + 1].start - 1 if n + 1 < len(hits) else min(sheet - 1, len(text))
        cells.append(text[hit.start - 1 : hit.end - 1].strip())
        cells.append(text[hit.end - 1 : end].strip().rstrip(";；").strip())  # `河边；作者：`
    cells.append(text[sheet - 1 :].strip())
    return [c for c in cells if c]


_BETWEEN_TWINS = re.compile(r"[\s/／]*")


def _one_of_each(found: list[lb.LabelHit], text: str, glued: bool = False) -> list[lb.LabelHit]:
    """The hits that are the form's labels: one label of each field (but two of the
    outlet's, 原创单位 beside 刊播单位; unkept labels, 刊播周期 or 联系人, each their own); a
    second label of the field right after the first (`作品标题 Title`) joins it. Run into
    the text (`glued`), a label of two characters inside a text field's value (`作者`,
    `编辑` in a 采编过程, `社会反响强烈`) is the value's own word unless the value's
    sentence ended before it."""
    hits: list[lb.LabelHit] = []
    seen: set[object] = set()
    for n, hit in enumerate(found):
        if hits and hit.start < hits[-1].end:
            continue  # inside a vertical run taken already
        last = hits[-1] if hits else None
        if last and hit.key == last.key and _BETWEEN_TWINS.fullmatch(text, last.end, hit.start):
            hits[-1] = lb.LabelHit(last.key, last.label, last.start, hit.end, hit.colon)
            continue  # `作品标题 Title`, `作者/主创人员`: one label
        if glued and last and lb.kind_of(last.key) is Kind.TEXT and not _ends_text(text, hit):
            following = next((h.start for h in found[n + 1 :] if h.start >= hit.end), len(text))
            if not _after_brief_text(text, last, hit, following):
                continue
        own = hit.key in ("outlet", None)
        seen_as = (hit.key, lb.squeeze(hit.label)) if own else hit.key
        if seen_as in seen or hit.key == lb.BODY_KEY:
            continue
        seen.add(seen_as)
        hits.append(hit)
    return hits


def _after_brief_text(text: str, last: lb.LabelHit, hit: lb.LabelHit, following: int) -> bool:
    """`采编过程綿陽市關工委現場采編社會效果通過…`: a text field's value of a few words, no
    sentence mark in it yet, then a long label whose own value fits it: the next row, not
    the value's own word (prose names a label inside a sentence: `取得了良好的社会效果。`,
    `该作品主题鲜明社会效果突出,…`, `记者连续跟踪刊播单位多次协调,…`)."""
    value = text[last.end : hit.start]
    long = len(lb.squeeze(hit.label)) >= 4 and not hit.label[:1].isascii()
    if not long or not 0 < len(value.strip()) <= 30 or _SENTENCE_MARK.search(value):
        return False
    if _JOINING_END.search(value):
        return False
    after = text[hit.end : following]
    if lb.kind_of(hit.key) is Kind.TEXT:  # a paragraph, not `突出,同意推荐。`
        return len(_SENTENCE_MARK.split(after, maxsplit=1)[0]) >= 8 or len(after) >= 30
    return len(after) <= 40 and not _SENTENCE_STOP.search(after)  # a name, a date


_SENTENCE_MARK = re.compile(r"[。，,；;！!？?、：:“”\"]")
# a value's last word that joins it to what follows (`良好的`, `取得了`, `本报和`)
_JOINING_END = re.compile(r"[的了和与及或等在把被对向]\s*$")
_SENTENCE_STOP = re.compile(r"[。；;！!？?]")
_SENTENCE_END = re.compile(r"(?:[。！？!?”」』)）]|月\s*\d*\s*日)\s*$")


def _ends_text(text: str, hit: lb.LabelHit) -> bool:
    """A long label (four characters or more, or English) right after a sentence's end,
    or set off by a colon: the next field after a text field's value."""
    short = len(lb.squeeze(hit.label)) <= 2 and not hit.label[:1].isascii()
    ended = bool(_SENTENCE_END.search(text[max(0, hit.start - 4) : hit.start]))
    return not short and (hit.colon or ended)


# `︵ 采作 编品 过简 程介 ︶` run into the values around it: a vertical label in brackets
_BRACKETED_RUN = re.compile(
    r"(?=([︵(（]\s*(?:[\u4e00-\u9fff]{1,2}\s+){2,11}[\u4e00-\u9fff]{1,2}\s*[︶)）]))"
)


def _bracketed_runs(text: str) -> list[lb.LabelHit]:
    hits: list[lb.LabelHit] = []
    for m in _BRACKETED_RUN.finditer(text):
        hit = lb.fragment_label(m.group(1))
        if hit is not None and hit.key and (not hits or m.start() >= hits[-1].end):
            hits.append(
                lb.LabelHit(hit.key, m.group(1), m.start(), m.start() + len(m.group(1)), False)
            )
    return hits


def _glued_labels(text: str) -> list[lb.LabelHit]:
    """A form run together without separators (`作品标题河边参评项目消息作者张三…`, a
    document dump): its labels wherever they stand, when they are plainly a form's: four
    fields' at least, two of them long labels, the first four close together near the
    start, no sentence among their values (a paragraph that names
    `作者、编辑和刊播单位` in passing is no form)."""
    found = sorted([*lb.labels_anywhere(text), *_bracketed_runs(text)], key=lambda h: h.start)
    hits = _one_of_each(found, text, glued=True)
    keyed = [h for h in hits if h.key]
    if len(keyed) < 4 or sum(len(lb.squeeze(h.label)) >= 4 for h in keyed) < 2:
        return []
    if keyed[0].start > 80 or keyed[3].start - keyed[0].start > 300:
        return []
    first = hits[: hits.index(keyed[3]) + 1]
    values = [text[a.end : b.start] for a, b in zip(first, first[1:], strict=False)]
    if any(_PROSE_VALUE.search(v) for v in values):
        return []
    return hits


def _glued_pairs(text: str) -> list[lb.LabelHit]:
    """`作品标题河边参评项目消息`, `作者张三、李四编辑王五`: a row of a dump holding two or three
    labels run into their values, the first opening the row; a later label is one when it
    is a long one (four characters or English) or follows a short value."""
    found = sorted([*lb.labels_anywhere(text), *_bracketed_runs(text)], key=lambda h: h.start)
    hits = _one_of_each(found, text, glued=True)
    # the row may open with a label the archive leaves out (`是否为“三好作品”否采编过程…`)
    if len(hits) < 2 or hits[0].start != 1 or not any(h.key for h in hits):
        return []
    if hits[0].key is None and not _opens_an_unkept_row(text, hits[0]):
        return []
    if hits[0].colon and not all(h.colon for h in hits[1:]):
        return []  # `作品标题：编辑部的故事：作者与读者`: a labelled row; its value holds no label
    for a, b in zip(hits, hits[1:], strict=False):
        value = text[a.end : b.start]
        if lb.kind_of(a.key) is Kind.TEXT:
            continue  # a text's sentences: a label after them only where one ended
        long = len(lb.squeeze(b.label)) >= 4 or b.label[:1].isascii()
        short = len(value) <= 40 or not re.search(r"[\u3400-\u9fff]", value)  # or a link
        if _PROSE_VALUE.search(value) or not (long or short):
            return []
        if not value.strip() and not long and len(hits) < 3:
            # `作者编辑`: a word; but `体裁语种中文作者…`: a row left empty among three labels
            return []
    return hits


def _opens_an_unkept_row(text: str, hit: lb.LabelHit) -> bool:
    """`刊播周期每周一期…`, `序号1作品标题…`: an unkept label opening a glued row, when it is
    long, or set off by a colon or a number; a short one opens a sentence as a word
    (`地址位于…`, `电话采访…`). A 代表作's row is another work's (its own 刊播日期), a 备注's
    a note that names labels in passing (`备注 作品时长以实际播出为准`)."""
    label = lb.squeeze(hit.label)
    if label.startswith("代表作") or label == "备注":
        return False
    return len(label) >= 4 or hit.colon or bool(re.match(r"\s*\d", text[hit.end :]))


# A value between two labels that is a sentence's piece: it opens with a joining word or
# mark (`、编辑和…`), ends a sentence inside it (a cell's own closing 。 aside), or runs on
# into the label (`约24700字,代表作分别为…`).
_PROSE_VALUE = re.compile(r"^\s*[、，,。；;和与及或的等]|。(?!\s*$)|[、，,和与及或的]\s*$")


# Every start of a run of one- or two-character pieces (a lookahead, so runs may overlap:
# `李四 采 作 编 品 …` holds the run that starts at 采).
_RUN = re.compile(
    r"(?<=\s)(?=((?:[︵(（]\s*)?(?:[\u4e00-\u9fff]{1,2}\s+){2,11}[\u4e00-\u9fff]{1,2}"
    r"(?:\s*[︶)）])?)(?=\s))"
)


def _vertical_runs(text: str) -> list[lb.LabelHit]:
    """`采 作 编 品 过 简 程 介` inside a line: a vertical label read row by row, one label."""
    runs: list[lb.LabelHit] = []
    for m in _RUN.finditer(text):
        run = m.group(1)
        for cut in range(len(run), 0, -1):  # the longest run from here that is a label
            if cut < len(run) and not run[cut].isspace():
                continue
            hit = lb.fragment_label(run[:cut])
            if hit is not None and hit.key and (not runs or m.start() >= runs[-1].end):
                runs.append(lb.LabelHit(hit.key, run[:cut], m.start(), m.start() + cut + 1, False))
                break
    return runs


_CELL_ONLY = re.compile(
    r"(?<=\s)(" + "|".join(map(re.escape, lb.WHOLE_CELL_ONLY)) + r")\s*:?(?=\s)"
)


def _without_loose_cell_only(found: list[lb.LabelHit], text: str) -> list[lb.LabelHit]:
    """`… 作品简介 本报围绕重点 项目 建设开展…`: a word that is a label only as a cell of
    its own (项目, 单位) standing between spaces inside a text field's value, or before a
    sentence, is the text's word (a page's line breaks set as spaces), not the next row."""
    kept: list[lb.LabelHit] = []
    for n, hit in enumerate(found):
        if lb.squeeze(hit.label) in lb.WHOLE_CELL_ONLY:
            end = found[n + 1].start if n + 1 < len(found) else len(text)
            value = text[hit.end : end].strip()
            inside_text = bool(kept) and lb.kind_of(kept[-1].key) is Kind.TEXT
            if inside_text or len(value) > 20 or _SENTENCE_MARK.search(value):
                continue
        kept.append(hit)
    return kept


def _cell_only_spaced(text: str) -> list[lb.LabelHit]:
    """`… 责任编辑 徐芳 单位 解放日报 …`: a label that is one only as a cell of its own (单位)
    standing alone between spaces of a one-line form."""
    return [
        lb.LabelHit(lb.WHOLE_CELL_ONLY[m.group(1)], m.group(1), m.start(), m.end() + 1, False)
        for m in _CELL_ONLY.finditer(lb.fold(text))
    ]
