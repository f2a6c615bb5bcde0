"""Page chrome: the lines a web page puts around a list that are no part of it, spelled once
for every list reader. Two kinds: the page's labelled lines (`责任编辑：甲`, `来源：…`,
`点击：`), which a reader must not take for the last work's fields, and its navigation
(`首页 > 栏目`, `上一篇`, `返回`, `得獎作品線上閱覽1`, comment boxes), which is never a work."""

from __future__ import annotations

import re

# A labelled page line, at a line's start (`【责任编辑】`, `发布时间：…`).
PAGE_LABEL = re.compile(
    r"^\s*(?:【|\[)?(?:责任编辑|責任編輯|来源|來源|稿源|录入|錄入|审核|審核|校对|校對|[初复终]审|"
    r"编审|编校|发布时间|發布時間|点击|浏览|打印|关闭|分享)"
)
# Navigation and boxes anywhere in a line: `首页 > 栏目`, `上一个 下一个`, `限200 字节`, links to
# read a work (`線上閱覽`, `阅读全文`). A `！` or `？` is no mark of chrome: titles have them;
# nor is `更多` inside a title (`更多的草`): the link is a word of its own (`更多>>`, `更多新聞`),
# as a menu's `首页` is (`首页 新闻 体育`).
NAVIGATION = re.compile(
    r"[>＞]|[上下]一[个個篇页頁条條]|返回|(?:^|\s)首[页頁](?:\s|$|[|｜>＞])|(?:^|\s)更多|更多(?:\s|$|[.…»])|字[节節]|回复|回覆"
    r"|[线線]上[阅閱][览覽]|[阅閱][读讀]全文|[点點][击擊]查看"
)


def is_chrome(line: str) -> bool:
    """A labelled page line or a line of navigation."""
    return bool(PAGE_LABEL.match(line) or NAVIGATION.search(line))


# The heading of a page's contact section (`九、联络方式`, `联系方式:`): what follows it is the
# organiser's address and people, no work (the copy the readers match is simplified).
CONTACTS = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]\s*)?联[系络]方式\s*[:：]?\s*$")
