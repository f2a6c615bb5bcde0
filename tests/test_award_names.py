"""The award-name rules (award_names.award_parts), each once, on invented names: the name,
its 第N届 and the round's year as the real-data README's audit of list-level fields states."""

from __future__ import annotations

import pytest

from award_archive.authoring.importer.award_names import award_name, award_parts


@pytest.mark.parametrize(
    ("said", "parts"),
    [
        # a leading year or 年度 is the round's year, no part of the name
        ("2021年青山市好新闻奖", {"award": "青山市好新闻奖", "year": 2021}),
        ("2021年度青山市好新闻奖", {"award": "青山市好新闻奖", "year": 2021}),
        ("2022青山散文大赛", {"award": "青山散文大赛", "year": 2022}),
        # a range gives no year
        ("2019—2020年度青山市好新闻奖", {"award": "青山市好新闻奖"}),
        ("2019/2020年度青山市好新闻奖", {"award": "青山市好新闻奖"}),
        # 第N届 and 首届 give the edition
        ("第十二届青山文学奖", {"award": "青山文学奖", "edition": 12}),
        ("第 3 届青山文学奖", {"award": "青山文学奖", "edition": 3}),
        ("首届青山诗歌大赛", {"award": "青山诗歌大赛", "edition": 1}),
        ("2019年度第十届青山文学奖", {"award": "青山文学奖", "year": 2019, "edition": 10}),
        # a sponsor's title before 第N届 or in brackets after the name goes; after 第N届 it is
        # the name's
        ("“河口银行杯”第五届青山好新闻", {"award": "青山好新闻", "edition": 5}),
        ("第五届“河口银行杯”青山好新闻", {"award": "“河口银行杯”青山好新闻", "edition": 5}),
        ("青山市好新闻奖(河口杯)", {"award": "青山市好新闻奖"}),
        # (before a bare contest it is the contest's own name)
        ("“河口杯”散文大赛", {"award": "“河口杯”散文大赛"}),
        # quotes round the whole name go, a place before them aside; round a part they stay
        ("2020年度“青山好新闻”", {"award": "青山好新闻", "year": 2020}),
        ("第九届江南“青山好新闻”", {"award": "江南青山好新闻", "edition": 9}),
        ("杂文“青山奖”", {"award": "杂文“青山奖”"}),
        # a place before the round is kept; a scope that is no place goes
        ("江南省第九届“青山好新闻”", {"award": "江南省青山好新闻", "edition": 9}),
        ("青山市2021年度好新闻奖", {"award": "青山市好新闻奖", "year": 2021}),
        ("全省2021年度青山好新闻", {"award": "青山好新闻", "year": 2021}),
        ("本届青山文学奖", {"award": "青山文学奖"}),
        # this year (the ROC's in brackets), an annex's label, a `已经` before the news go
        ("今(104)年青山文學獎", {"award": "青山文學獎"}),
        ("附:青山征文比赛获奖名单", {"award": "青山征文比赛"}),
        ("第十届青山摄影比赛(青赛2013)评选结果已经揭晓", {"award": "青山摄影比赛", "edition": 10}),
        ("第二届青山纪录片扶持项目表彰活动", {"award": "青山纪录片扶持项目", "edition": 2}),
        # `奖项` after a quoted name: its prizes, not its name
        ("第八届“青山好新闻”奖项", {"award": "青山好新闻", "edition": 8}),
        # the page's own unit before the name is whose, not what
        ("我县首届青山小说大奖赛", {"award": "青山小说大奖赛", "edition": 1}),
        ("本市2021年度青山好新闻奖", {"award": "青山好新闻奖", "year": 2021}),
        # the sector that may enter, before a quoted theme, goes (after it, it stays)
        ("全省林业系统“绿水青山”主题征文活动", {"award": "“绿水青山”主题征文活动"}),
        ("“绿水青山”全省林业系统摄影作品", {"award": "“绿水青山”全省林业系统摄影作品"}),
        # a theme quoted after the place before the round is kept too
        ("青山县“绿水青山”首届摄影大赛", {"award": "青山县“绿水青山”摄影大赛", "edition": 1}),
        # the round in brackets after the name
        ("青山新闻奖（2019年度）", {"award": "青山新闻奖", "year": 2019}),
        ("青山新闻奖(第33届)", {"award": "青山新闻奖", "edition": 33}),
        # digits before 届 with no 第 are the edition too
        ("12届青山金铃奖", {"award": "青山金铃奖", "edition": 12}),
        # the kind of notice in brackets before the name goes
        ("(得奖公告)青山摄影比赛", {"award": "青山摄影比赛"}),
        # the words about the event go
        ("第二届青山摄影大赛圆满落幕", {"award": "青山摄影大赛", "edition": 2}),
        ("青山摄影作品征集和评选活动", {"award": "青山摄影作品"}),
        ("第十届“青山好新闻”优秀作品发布仪式", {"award": "青山好新闻", "edition": 10}),
        ("2021年度青山网络作品征集展播活动", {"award": "青山网络作品", "year": 2021}),
        ("青山市好新闻奖评定工作已落下帷幕", {"award": "青山市好新闻奖"}),
        ("第七届青山县好新闻奖评选结果揭晓", {"award": "青山县好新闻奖", "edition": 7}),
        ("青山新闻奖获奖名单", {"award": "青山新闻奖"}),
        ("第八届青山诗歌大赛终评", {"award": "青山诗歌大赛", "edition": 8}),
        # a year inside the name stays there, and is the round's
        ("绿水行动——2023年青山摄影大赛", {"award": "绿水行动——2023年青山摄影大赛", "year": 2023}),
        # a quarter is when, not what
        ("2023年第四季度青山好新闻", {"award": "青山好新闻", "year": 2023}),
        ("第四季度青山好新闻评选", {"award": "青山好新闻"}),
        ("2023年秋季青山好作品", {"award": "青山好作品", "year": 2023}),
        # an ROC year gives no year
        ("112年度青山文学奖", {"award": "青山文学奖"}),
        ("民国112年度青山文学奖", {"award": "青山文学奖"}),
        # too short, or a sentence: no award
        ("青山", {}),
        ("青山奖，共评出十件", {}),
    ],
)
def test_award_parts(said: str, parts: dict[str, object]) -> None:
    assert award_parts(said) == parts


def test_award_name_cuts_a_prize_and_a_class_after_the_name() -> None:
    assert award_name("青山诗歌大赛一等奖") == "青山诗歌大赛"
    assert award_name("青山好新闻报纸类") == "青山好新闻"


def test_two_awards_joined_are_read_apart_one_name_with_a_join_inside_stays() -> None:
    from award_archive.authoring.importer.award_names import joined_awards

    assert joined_awards("全省优秀新闻作品和青山“三微”比赛") == [
        {"award": "全省优秀新闻作品"},
        {"award": "青山“三微”比赛"},
    ]
    assert joined_awards("2024ABC青山摄影大赛(ABC Foto Awards)及2024青山摄影奖") == [
        {"award": "ABC青山摄影大赛", "year": 2024},
        {"award": "青山摄影奖", "year": 2024},
    ]
    assert joined_awards("青山建设和绿水宣传有奖征文") == []
    assert joined_awards("青山科学普及著作奖") == []
    assert joined_awards("青山摄影作品和视频作品征集大赛") == []
    assert joined_awards("“山和水”青山征文比赛") == []


def test_around_the_edition_reads_the_round_and_the_names_words() -> None:
    from award_archive.authoring.importer.award_names import around_the_edition

    def named(name: str) -> bool:
        return True

    assert around_the_edition("2019年度第十届青山文学奖", named) == (
        "青山文学奖",
        {"edition": 10, "year": 2019},
    )
    assert around_the_edition("青山新闻奖第二十四届报纸副刊作品", named) == (
        "青山新闻奖",
        {"edition": 24},
    )
    assert around_the_edition("江南省第九届“青山好新闻”", named) == (
        "江南省“青山好新闻”",
        {"edition": 9},
    )
    assert around_the_edition("第三次青山新闻奖评选", named) == ("青山新闻奖评选", {"edition": 3})
    assert around_the_edition("青山新闻奖评选", named) is None
