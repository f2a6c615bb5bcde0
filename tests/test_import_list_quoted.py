"""The last-resort reader: a page no reader can read still names its winners in 《》."""

from __future__ import annotations

from award_archive.authoring.importer.list_quoted import quoted_winners
from award_archive.authoring.importer.lists import parse_list, work_values


def test_a_page_no_reader_sees_gives_the_titles_it_says_won():
    result = parse_list(
        "年度好书揭晓\n得奖作品包括《山海之间》、《一个人的村庄》等，将于下月展出。"
    )
    assert [work_values(result, w)["title"] for w in result.works] == ["山海之间", "一个人的村庄"]


def test_only_titles_in_sentences_about_winning_and_never_a_notice_or_periodical():
    text = (
        "依据《评选办法》和《关于开展评选的通知》，大赛收到作品500件。\n"
        "《河边》获一等奖，刊于《某某选刊》；《旧巷》《灯影》获二等奖。\n"
        "另附《某某日报》报道一篇。"
    )
    assert quoted_winners(text) == [
        {"title": "河边", "prize": "一等奖"},
        {"title": "旧巷", "prize": "二等奖"},
        {"title": "灯影", "prize": "二等奖"},
    ]


def test_a_sentence_naming_two_prizes_gives_no_title_a_prize():
    assert quoted_winners("《甲篇》获一等奖、《乙篇》获二等奖") == [
        {"title": "甲篇"},
        {"title": "乙篇"},
    ]
