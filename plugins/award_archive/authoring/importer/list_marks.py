"""The copy of a list's text that its readers match, character for character with the text as
written: one script (simplified, so a reader spells a word once) and one title mark (《》,
whichever quotes the page puts its titles in). What the readers cut from the copy is given
back in the page's own script (`restored`)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from award_archive.search.grams import to_simplified

# The quotes a title is written in, opening → closing. `“”` and `「」` also quote names and
# phrases; they are a list's title mark only where it quotes its titles in them.
TITLE_QUOTES = {"《": "》", "“": "”", "「": "」", "『": "』", "〈": "〉"}
# What a quoted award or contest ends with (`荣获“中国新闻奖”`, `“好新闻”评选`): not a title.
_AN_AWARD = re.compile(r"(?:奖|大赛|竞赛|评选|征文|活动|好新闻|工程)$")
# ... or what follows its name (`“讲好森林故事”征文大赛`, `“某某杯”新闻奖`). (The copy the
# marks are found in is already simplified.)
_AWARD_AFTER = re.compile(r"征文|大赛|竞赛|评选|评奖|活动|新闻奖|好新闻")


def outermost_quotes(text: str) -> list[tuple[str, int, int]]:
    """(opening quote, start, end) of every quoted span not inside another, any pair: a title
    may quote inside (`「警惕“专家观点”成为“利益俘虏”」`, `《“老记重书《观刈麦》日记”系列报道》`);
    an unclosed quote is text, and a title does not run over a line the excerpt broke."""
    closing_of = {v: k for k, v in TITLE_QUOTES.items()}
    spans: list[tuple[str, int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, c in enumerate(text):
        if c in TITLE_QUOTES:
            stack.append((c, i))
        elif c in closing_of and (at := _last_open(stack, closing_of[c])) is not None:
            opening, start = stack[at]
            del stack[at:]  # (a quote opened inside and never closed, `“一号提案"`, is text)
            if not stack:
                spans.append((opening, start, i + 1))
        elif c == "\n":
            stack = []
    return spans


def _last_open(stack: list[tuple[str, int]], opening: str) -> int | None:
    return next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == opening), None)


def _title_spans(text: str) -> list[tuple[str, int, int]]:
    return [
        (q, a, b)
        for q, a, b in outermost_quotes(text)
        if 2 <= b - a - 2 <= 60
        and not _AN_AWARD.search(text[a + 1 : b - 1])
        and not _AWARD_AFTER.match(text, b)
    ]


def title_mark(text: str) -> str:
    """The opening quote this text writes its titles in: 《 wherever it has one (its “”
    then quote phrases: `“三个人大”建设`), unless more pieces are in 〈〉 (a piece's title
    beside its paper's 《》), else the pair it quotes most (`「標題」`)."""
    counts = Counter(q for q, _, _ in _title_spans(text))
    if counts["〈"] >= 2 and counts["〈"] >= counts["《"]:
        return "〈"  # `〈篇名〉（刊於《某報》）`: the pieces are the titles, 《》 their papers
    best, most = max(counts.items(), key=lambda c: c[1], default=("《", 0))
    return "《" if counts["《"] or most < 2 else best


def with_title_marks(text: str) -> str:
    """The text with its titles' quotes written 《》 (the same length)."""
    mark = title_mark(text)
    if mark == "《":
        return text
    chars = list(text)
    spans = _title_spans(text)
    marked_lines = {_line_of(text, a) for q, a, _ in spans if q == mark}
    for q, a, b in spans:
        if q == mark:
            chars[a], chars[b - 1] = "《", "》"
        elif q == "《" and _line_of(text, a) in marked_lines:
            # (a paper's 《》 beside 〈〉 titles: no title to the readers; on a line of its own,
            # `《蘑菇》张三`, a 《》 is a work's title still)
            chars[a], chars[b - 1] = "〔", "〕"
    return "".join(chars)


def _line_of(text: str, at: int) -> int:
    return text.count("\n", 0, at)


_AS_CURLY = str.maketrans("「『」』", "““””")


class ReadingCopy:
    """The copy the readers match (`text`), and the way back to the page as written."""

    def __init__(self, written: str, *, titles: bool = True) -> None:
        """`titles=False`: one script and one quote (`「某某文學獎」` is `“某某文学奖”`), no
        title marks: a heading's quotes mark off a name, never a title."""
        self.written = written
        simple = to_simplified(written)
        self.text = with_title_marks(simple) if titles else simple.translate(_AS_CURLY)
        seen: dict[str, Counter[str]] = {}
        for was, now in zip(written, simple, strict=True):
            seen.setdefault(now, Counter())[was] += 1
        # a character both written so and simplified to (`台`, `臺`): the commoner of the two
        self._back = {
            now: counts.most_common(1)[0][0]
            for now, counts in seen.items()
            if counts.most_common(1)[0][0] != now
        }

    _NAMED = frozenset({"stage"})  # the archive's own words (`入围`), not the page's

    def restored_work(self, work: dict[str, Any]) -> dict[str, Any]:
        return {k: v if k in self._NAMED else self.restored(v) for k, v in work.items()}

    def restored(self, value: Any) -> Any:
        """A value read from the copy, in the page's script: cut from the page where the copy
        has it, else character by character."""
        if self.written == self.text:
            return value
        if isinstance(value, str):
            at = self.text.find(value) if value else -1
            if at >= 0:
                return self.written[at : at + len(value)]
            return "".join(self._back.get(c, c) for c in value)
        if isinstance(value, list):
            return [self.restored(v) for v in value]
        if isinstance(value, dict):
            return {k: self.restored(v) for k, v in value.items()}
        return value
