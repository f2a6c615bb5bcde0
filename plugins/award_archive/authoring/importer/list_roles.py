"""The role words a list writes with a work's people (`作者：甲`, `记者 甲 乙`, `编辑 丙`,
`甲 乙主创`): one copy for every list reader. The readers match the simplified copy of the
text (list_marks), so each word is spelt once."""

from __future__ import annotations

import re

# Who made the work: its authors.
AUTHOR_ROLES = (
    "作者 记者 通讯员 负责人 主创 摄影 摄像 播音 主持人 主持 编导 制片 制作人 主笔 主播 撰稿"
    " 撰文 执笔 采写 供稿 主创人员 创作人员 创作者 导演 编剧 播音员 摄影者"
).split()
# Who edited it: its editors.
EDITOR_ROLES = "责任编辑 责编 编辑 编者 主编 总编辑 美编 美术编辑 版面编辑 值班编辑".split()
# Any role word, the longest first (`责任编辑` before `编辑`, `主持人` before `主持`).
ROLE = "(?:" + "|".join(sorted([*AUTHOR_ROLES, *EDITOR_ROLES], key=len, reverse=True)) + ")"
_ROLE_WORD = re.compile(ROLE)


def role_key(word: str) -> str:
    """The key a role word's names go under: `editors` for an editor's, else `authors`."""
    found = _ROLE_WORD.search(word)
    return "editors" if found and found.group() in EDITOR_ROLES else "authors"


def is_role(word: str) -> bool:
    return _ROLE_WORD.fullmatch(word.strip()) is not None


# A prize for a person's craft, named by the craft (`最佳导演`, `优秀纪录片导演`, `最佳女主角奖`):
# won by persons, not by works.
_CRAFT_PRIZE = re.compile(r"(?:导演|编剧|演员|[男女][主配]角)[奖獎]?$")


def is_craft_prize(text: str) -> bool:
    return _CRAFT_PRIZE.search(text.strip()) is not None
