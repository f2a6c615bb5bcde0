"""The list heading reader (list_heading.py): real-shaped headings and lead text → the
list-level fields every work of the list carries (tests/golden/real/README.md conventions)."""

from __future__ import annotations

import pytest

from award_archive.authoring.importer.list_heading import the_lists_award
from award_archive.authoring.importer.lists import parse_list

ITEMS = "\n一等奖\n1.《河边》（某某日报 张三）\n2.《山里》（某某晚报 李四）\n"


def heading(text: str) -> dict[str, object]:
    return parse_list(text + ITEMS).heading


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # edition: 第N届 in either numerals, 首届; year: N年度, a bare year, 二〇二三, (N年度)
        ("第三十届某某新闻奖获奖名单", {"award": "某某新闻奖", "edition": 30}),
        ("第30届某某新闻奖获奖名单", {"award": "某某新闻奖", "edition": 30}),
        ("首届某某文学奖评选结果揭晓", {"award": "某某文学奖", "edition": 1}),
        ("2021年度第十届某某新闻奖获奖作品", {"award": "某某新闻奖", "edition": 10, "year": 2021}),
        (
            "第十届（2021年度）某某新闻奖获奖作品",
            {"award": "某某新闻奖", "edition": 10, "year": 2021},
        ),
        ("2023某某健康科普大赛获奖名单", {"award": "某某健康科普大赛", "year": 2023}),
        ("二〇二三年度某某新闻奖评选揭晓", {"award": "某某新闻奖", "year": 2023}),
        ("某某新闻作品评选（2019年度）获奖名单", {"award": "某某新闻作品", "year": 2019}),
        ("2020年第一季度全区优秀广播电视新闻作品", {"award": "全区优秀广播电视新闻作品"}),
        ("2021年一季度全区优秀广播电视新闻作品获奖名单", {"award": "全区优秀广播电视新闻作品"}),
        ("2021年上半年某某好新闻评选结果", {"award": "某某好新闻", "year": 2021}),
        ("某局2016—2017年度某某作品征文活动获奖名单", {"award": "某某作品征文活动", "year": None}),
        ("2023/2024年度某某新闻奖获奖名单", {"award": "某某新闻奖", "year": None}),
        ("2023-2024学年某某征文比赛获奖名单", {"award": "某某征文比赛", "year": None}),
        ("113年度某某新聞獎得獎名單", {"award": "某某新聞獎", "year": None}),  # an ROC year
        ("第三次某某新闻奖评选结果", {"award": "某某新闻奖", "edition": 3}),
        ("某某新闻奖第34届获奖作品", {"award": "某某新闻奖", "edition": 34}),
        # the words about the event are no part of the name
        ("2019年度某省好新闻评比结果揭晓", {"award": "某省好新闻", "year": 2019}),
        ("第五届某某大赛颁奖典礼在京举行", {"award": "某某大赛", "edition": 5}),
        ("关于2019年度某省好新闻评选结果的通报", {"award": "某省好新闻", "year": 2019}),
        ("第十届某某新闻奖获奖作品及获奖者名单", {"award": "某某新闻奖", "edition": 10}),
        # what a page puts around its heading
        ("喜报｜第十届某某新闻奖获奖名单", {"award": "某某新闻奖", "edition": 10}),
        ("【第十届某某新闻奖获奖名单】", {"award": "某某新闻奖", "edition": 10}),
        ("第十届某某新闻奖获奖名单：", {"award": "某某新闻奖", "edition": 10}),
        ("第十届某某新闻奖获奖名单_新闻中心_某某网", {"award": "某某新闻奖", "edition": 10}),
        ("第五屆某某新聞獎公布 某團隊獲平面新聞獎", {"award": "某某新聞獎", "edition": 5}),
        # quotes, places and sponsors
        ("江西省第十七届“宣传某某制度好新闻”获奖作品", {"award": "江西省宣传某某制度好新闻"}),
        ("第二届“生态环保 美丽江苏”全国诗词征集活动获奖作品揭晓", {"edition": 2}),
        ("“某某杯”第五届某某短视频大赛获奖名单", {"award": "某某短视频大赛", "edition": 5}),
        # traditional script (read in one script: 終評揭曉 is page words as 终评揭晓 is)
        ("第十屆某某徵文大賽得獎名單揭曉", {"award": "某某徵文大賽", "edition": 10}),
        ("2018年度廣東省報紙副刊作品年賽終評揭曉", {"award": "廣東省報紙副刊作品年賽"}),
        # the name before its 第N届: what follows is a category or the page's words
        ("山西新闻奖第二十四届报纸副刊作品评选揭晓", {"award": "山西新闻奖", "edition": 24}),
        ("某某新闻奖第22届隆重颁奖 某某网三年连获一等奖", {"award": "某某新闻奖", "edition": 22}),
        ("某某学院报送2件作品获某某新闻奖第34届", {"award": "某某新闻奖", "edition": 34}),
        ("全国“某某文学奖第四届”评审结果揭晓", {"award": "全国某某文学奖", "edition": 4}),
        # 首届 on a line of its own; a subtitle's dash; a reposted page's 原标题
        ("首届\n某某互联网大会报道奖揭晓", {"award": "某某互联网大会报道奖", "edition": 1}),
        (
            "某省7件作品榜上有名\n——全国“某某故事”优秀作品评选揭晓",
            {"award": "全国“某某故事”优秀作品"},
        ),
        ("原标题：第十届某某新闻奖获奖名单", {"award": "某某新闻奖", "edition": 10}),
        # a place before the year is the name's; the works collected are not
        ("于都县2022年谷雨诗会征集作品获奖名单揭晓", {"award": "于都县谷雨诗会", "year": 2022}),
        ("湖北省2016年度湖北新闻奖评选揭晓", {"award": "湖北新闻奖", "year": 2016}),
        ("2017年某某宣传有奖征文作品评选结果揭晓", {"award": "某某宣传有奖征文", "year": 2017}),
    ],
)
def test_the_heading_names_the_award_its_edition_and_year(line: str, fields: dict[str, object]):
    said = heading(line)
    assert {k: said.get(k) for k in fields} == fields


def test_quoted_part_of_a_name_stays_quoted():
    assert heading("第二届“生态环保 美丽江苏”全国诗词征集活动获奖作品揭晓")["award"] == (
        "“生态环保美丽江苏”全国诗词征集活动"
    )


@pytest.mark.parametrize(
    ("line", "stage"),
    [
        ("第十届某某新闻奖入围作品公示", "入围"),
        ("第十届某某新闻奖入選名單", "入围"),
        ("第十届某某新闻奖拟获奖作品公示", None),  # its prizes say it
        ("第十届某某新闻奖获奖名单", None),  # a winners' list: no stage
        ("2015年全国优秀某某作品推荐活动评选结果", None),  # (推荐活动: the event's name)
        ("第十届某某新闻奖推荐作品目录", "推荐"),
        ("第十届某某新闻奖参评作品公示", "推荐"),
        ("某大学新闻学院报送2件作品获第34届某某新闻奖", None),  # they won: no 推荐
        ("第十届某某新闻奖揭晓\n[打印本页] [推荐给朋友]\n热门推荐", None),  # buttons, ads
        ("第十二届某某好新闻推荐作品目录", "推荐"),
    ],
)
def test_the_stage_a_heading_says(line: str, stage: str | None):
    assert heading(line).get("stage") == stage


def test_the_heading_of_a_round_is_the_texts_full_name():
    """`全省…新闻奖` in the heading, `2016年度湖北省…新闻奖` in the text: one round."""
    said = heading(
        "全省市州报新闻奖评选揭晓 某某日报20件作品获奖\n"
        "8日,2016年度湖北省市州报新闻奖评选在随州市揭晓,某某日报有20件作品获奖。"
    )
    assert (said["award"], said["year"]) == ("湖北省市州报新闻奖", 2016)
    joined = heading(
        "2020年度中国城市党报新闻和论文评奖揭晓\n2020年度中国城市党报新闻奖、论文奖日前出炉。"
    )
    assert joined["award"] == "中国城市党报新闻奖"


def test_the_pages_own_paper_and_the_body_that_put_the_works_forward():
    dateline = heading(
        "某某都市報訊 (記者甲)第23屆某某新聞獎昨日揭曉,本報三件新聞作品分獲二、三等獎。"
    )
    assert dateline["outlet"] == "某某都市報"
    company = heading("某某日报社7件作品获奖\n2016年度某某新闻奖评选揭晓,某某日报社7件作品获奖。")
    assert (company["outlet"], company["award"]) == ("某某日报", "某某新闻奖")  # the paper's
    chosen = heading(
        "某省公布首批生态文学推荐书目\n8月15日,某省作家协会通过组织专家论证,评选推荐产生了12部作品。"
    )
    assert (chosen["recommender"], chosen["edition"]) == ("某省作家协会", 1)
    sent = heading("某某日报社推荐第十届某某新闻奖参评作品目录")
    assert (sent["recommender"], sent["award"], sent["stage"]) == (
        "某某日报社",
        "某某新闻奖",
        "推荐",
    )


def test_the_paper_that_counts_its_won_works_written_in_book_quotes_or_a_broadcaster():
    quoted = heading("在2019年度某某新闻奖评选中,《某某日报》共20件作品获奖。")
    assert quoted.get("outlet") == "《某某日报》"
    group = heading("某某部公布第九届某某工程获奖名单 某某广电3部作品获奖")
    assert (group.get("outlet"), group.get("award")) == ("某某广电", "某某工程")


def test_the_pages_source_paper_whose_own_works_won_is_the_outlet():
    said = heading(
        "“某某新闻奖”揭晓\nhttp://www.example.com 2010年11月08日14:08 某某晚报\n"
        "本报讯 第十届“某某新闻奖”颁奖大会昨天举行,本报共有5件作品获奖。"
    )
    assert said.get("outlet") == "某某晚报"
    none = heading("“某某新闻奖”揭晓\n来源：某某晚报\n第十届“某某新闻奖”颁奖大会昨天举行。")
    assert "outlet" not in none  # (no word that the works are the paper's own)


def test_a_unit_that_sent_works_of_a_kind_is_the_recommender():
    said = heading("第五届某某科普作品大赛获奖名单\n某市消防救援支队选送的科普教育作品获得一等奖。")
    assert said.get("recommender") == "某市消防救援支队"
    platform = heading(
        "第五届某某优秀作品揭晓\n“某某”某省学习平台择优报送5件参评作品,3件作品入选。"
    )
    assert platform.get("recommender") == "“某某”某省学习平台"


def test_the_honour_the_works_were_chosen_as_and_the_year_of_the_works_judged():
    said = heading(
        "各有关单位:\n为繁荣创作,某市广播电视局组织专家对2021年少儿广播电视节目进行评选。"
        "经过评议,共评选出10个某市优秀少儿广播电视节目,包括《河边》等4个广播节目。"
    )
    assert (said.get("award"), said.get("year")) == ("某市优秀少儿广播电视节目", 2021)


def test_a_lead_sentence_run_into_the_tables_first_row_is_the_leads():
    text = (
        "某省某局于今年4月启动“我在某某厅”有奖征文活动,经评审共评出获奖作品20篇(详见下表)。"
        " 获奖等级 作者 作品名称 一等奖 张三 山里的灯 李四 河边\n"
    )
    assert parse_list(text).heading.get("award") == "“我在某某厅”有奖征文活动"


def test_a_line_under_the_words_that_say_the_list_follows_is_no_heading():
    said = heading(
        "书籍介绍\n2021年某某文学奖得奖作品集,收录当年得奖作品,并有3种征奖评审名单。\n"
        "得奖作品如下。\n剧本创作奖"
    )
    assert (said.get("award"), said.get("year")) == ("某某文学奖", 2021)


def test_a_media_unit_that_chose_its_works_is_their_outlet_another_unit_the_recommender():
    paper = heading("第十届某某新闻奖揭晓\n某某晚报选送的2件作品获奖。")
    assert paper.get("outlet") == "某某晚报" and "recommender" not in paper
    school = heading("第十届某某新闻奖揭晓\n某某大学新闻学院报送的2件作品获奖。")
    assert school.get("recommender") == "某某大学新闻学院"


def test_the_year_of_the_round_the_text_gives_and_a_date_that_is_none():
    named = heading("某某新闻奖获奖名单\n2024年“某某新闻奖”评选近日揭晓。")
    assert named["year"] == 2024
    period = heading("某某征文大赛获奖名单\n大赛征集从2014年6月1日起至11月底期间发表的作品。")
    assert period["year"] == 2014
    meeting = heading("某某征文大赛获奖名单\n颁奖会于2014年8月8日至8月11日在京举行。")
    assert "year" not in meeting
    ranged = heading("某某征文大赛获奖名单\n对2016—2017年度的作品进行了评选。")
    assert "year" not in ranged
    deadline = heading("某某摄影比赛得奖公告\n某某摄影比赛征稿于2019年07月20日截止,共收到30张。")
    assert deadline["year"] == 2019


def test_a_notice_the_text_quotes_names_the_award():
    said = heading(
        "此次入选的25件作品中,包括电视新闻作品19件。\n"
        "5月25日,某局官方网站发布《关于公布2023年第一季度优秀广播电视新闻作品的通知》。"
    )
    assert (said["award"], said["year"]) == ("优秀广播电视新闻作品", 2023)


def test_page_chrome_and_the_winner_are_no_part_of_the_award():
    said = heading("您现在的位置:某台获得某某联盟节目大奖\n某台获得某某联盟节目大奖")
    assert said["award"] == "某某联盟节目大奖"
    winners = heading("第十届某某新闻奖获得者名单")
    assert winners["award"] == "某某新闻奖"


def test_the_datelines_paper_that_names_its_own_works_is_the_outlet():
    said = heading(
        "某某日报讯 第三十六届某某新闻奖7月3日揭晓,共有343件作品获奖。"
        "某某日报有28件作品获得某某新闻奖。"
    )
    assert said["outlet"] == "某某日报"
    chrome = heading("某某新闻网—某某晚报本报讯 第31届某某新闻奖揭晓,某某晚报提报作品获特等奖。")
    assert chrome["outlet"] == "某某晚报"
    others = heading("某某日报讯 第十届某某新闻奖揭晓,某某晚报甲的《河》获一等奖。")
    assert "outlet" not in others


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # corner quotes as “”; the round on a line of its own
        ("第十五屆『某某文學獎』得獎名單公布", {"award": "某某文學獎", "edition": 15}),
        ("某某新闻奖\n第十届\n获奖名单", {"award": "某某新闻奖", "edition": 10}),
        # the first sentence's clause that says the round was made public; who held it goes
        (
            "近日,第三十四届某某新闻奖评选结果揭晓,共评出获奖作品120件。",
            {"award": "某某新闻奖", "edition": 34},
        ),
        (
            "由某省新闻工作者协会主办的2023年度某省新闻奖评选结果日前揭晓。",
            {"award": "某省新闻奖", "year": 2023},
        ),
        # a heading's name does not run on into the next line
        ("某省广播电视局关于2023年度某省优秀广播电视节目的通报", {"award": "某省优秀广播电视节目"}),
        # a scope before the year is no place of the name's
        ("日前,由某省卫生厅联合举办的全省2009年度卫生新闻评选结果揭晓。", {"award": "卫生新闻"}),
        # a contest 有奖 (with prizes) is named to its end, quoted or not
        ("2017年“某某宣传有奖征文”作品评选结果揭晓", {"award": "某某宣传有奖征文", "year": 2017}),
        # the award's own contest after its 奖 is no part of the name
        ("第十四屆某某文學獎比賽得獎名單", {"award": "某某文學獎", "edition": 14}),
        # a post's label before the heading; a class of the works above it names no award
        ("平面類得獎作品\n分類:第十四屆某某新聞獎得獎作品", {"award": "某某新聞獎", "edition": 14}),
        # a subtitle's dash inside 【】
        ("【——全国“某某故事”优秀作品评选揭晓】", {"award": "全国“某某故事”优秀作品"}),
        # `获国家级奖励`: a level, no name; the round named in the lead, two years of it: none
        (
            "某某人民广播电台少儿节目获国家级奖励\n"
            "2005、2006年度全国某某节目精品评审结果日前揭晓,某某电台的《河边》获一等奖。",
            {"award": "全国某某节目精品", "year": None, "outlet": "某某人民广播电台"},
        ),
        # who did well in a contest said by its scope only: the lead's name
        (
            "喜报！我校学子在全国大赛中获佳绩\n"
            "近日,第十五届全国某某艺术大赛获奖名单公布,我校学生作品获一等奖2项。",
            {"award": "全国某某艺术大赛", "edition": 15},
        ),
        # the heading's short name, the lead's official one with its round: the round's
        (
            "某某人大好新闻奖揭晓 某某社获对外报道一等奖\n"
            "某某社北京十一月十二日电第十三届宣传人民代表大会制度好新闻奖近日揭晓。",
            {"award": "某某人大好新闻奖", "edition": 13},
        ),
        # the body that gives it, set apart by a space; the year right after the name
        ("某某記者協會 某某新聞獎2023 得獎作品", {"award": "某某新聞獎", "year": 2023}),
        ("某某新闻作品2021 评审结果的公示", {"award": "某某新闻作品", "year": 2021}),
        # 本届 says which round, not the name
        ("本屆（第十屆）某某新聞獎得獎名單", {"award": "某某新聞獎", "edition": 10}),
        # a prize or a class of the works after the name is no part of it
        ("第十届某某好新闻一等奖获奖作品", {"award": "某某好新闻", "edition": 10}),
        ("第十届某某征文大赛一等奖作品展示", {"award": "某某征文大赛"}),
        ("第三届某某杯全国征文大赛小学组获奖名单", {"award": "某某杯全国征文大赛"}),
        ("第十届某某好新闻报纸类获奖名单", {"award": "某某好新闻", "category": "报纸类"}),
        ("第十届某某新闻奖 文字类 获奖名单", {"award": "某某新闻奖", "category": "文字类"}),
        ("第十届某某新闻奖（报纸、通讯社类）获奖名单", {"category": "报纸、通讯社类"}),
        # the page's words of other events: 推介, 推选, 入展; an exhibition's own name stays
        ("2023年度某某优秀网络文学作品推介名单", {"award": "某某优秀网络文学作品"}),
        ("2023年某某省优秀新闻作品推选结果", {"award": "某某省优秀新闻作品", "year": 2023}),
        ("第七届某某书法展入展名单", {"award": "某某书法展", "stage": "入围"}),
        ("第二十届全国摄影艺术展览入选作品", {"award": "全国摄影艺术展览", "edition": 20}),
        # the winner before a bare 获 of a prize said by its scope: the lead's name
        ("张三作品获全国大奖\n张三的散文《河》近日荣获第八届某某散文奖。", {"award": "某某散文奖"}),
        # `在某省第五届…大赛中,…`: the place is the name's, the clause after it is not
        (
            "我校师生作品在省级比赛中获奖\n在某省第五届大学生摄影大赛中,我校学生作品获一等奖。",
            {"award": "某省大学生摄影大赛", "edition": 5},
        ),
        # the magazine that gives it, before its 第N届, is the name's; a sponsor's title is not
        ("天朗杯?《某某湖》首屆全國詩歌大賽獲獎名單", {"award": "《某某湖》全國詩歌大賽"}),
        ("《某某》杂志第五届散文奖获奖名单", {"award": "《某某》杂志散文奖", "edition": 5}),
        ("《河》荣获第十届某某新闻奖一等奖", {"award": "某某新闻奖", "edition": 10}),
        # a site's slogan or a section's names, set apart by spaces, give way to the heading
        ("弘扬正能量 传播好新闻\n第十届某某新闻奖获奖名单", {"award": "某某新闻奖", "edition": 10}),
        ("某某新闻奖 某某韬奋奖\n第33届某某新闻奖获奖作品目录", {"award": "某某新闻奖"}),
        # `…名单来了！`, `…出炉啦`: a social-media heading's words
        ("第十届某某新闻奖获奖名单来了！", {"award": "某某新闻奖", "edition": 10}),
        (
            "弘扬正能量 传播好新闻\n某某好新闻优秀作品名单来了,某某作品榜上有名!",
            {"award": "某某好新闻"},
        ),
        # a link to another page is no heading
        ("第十届某某新闻奖获奖名单\n相关阅读:第九届某某新闻奖获奖名单", {"edition": 10}),
        # two rounds held as one (暨): the one the text names again with its works
        (
            "“2010年度某省新闻奖摄影作品初评暨某省新闻摄影作品年赛”日前举办。"
            "最终确认2010年度某省新闻摄影作品年赛获奖作品102幅",
            {"award": "某省新闻摄影作品年赛", "year": 2010},
        ),
        # a first sentence that says the round ended; who held it goes, a sponsor after 第N届 stays
        (
            "某某杂志社举办的第三届“河口杯”全国大学生散文大赛落下帷幕。本届大赛共收到稿件300篇。",
            {"award": "“河口杯”全国大学生散文大赛", "edition": 3},
        ),
        # a place and the theme quoted after it, before 首届, are the name's
        (
            "近日,青山县“绿水青山”首届农民摄影大赛圆满落幕。此次活动共征集到作品900幅。",
            {"award": "青山县“绿水青山”农民摄影大赛", "edition": 1},
        ),
        ("2024年秋季全国某某优秀作品揭晓", {"award": "全国某某优秀作品", "year": 2024}),
        # a description before a bare year and the name goes; the year is the round's
        ("文坛盛事2019某某文学奖的评选终于完成", {"award": "某某文学奖", "year": 2019}),
        # the kind of notice in brackets before the name goes
        ("(得奖公告)某某山野花摄影比赛", {"award": "某某山野花摄影比赛"}),
        ("【获奖名单】某某山野花摄影比赛", {"award": "某某山野花摄影比赛"}),
        # digits before 届 with no 第 are the edition, in the heading or in the text
        ("12届某某金铃奖颁奖典礼今晚登场", {"award": "某某金铃奖", "edition": 12}),
        (
            "某某金铃奖得主出炉\n12届某某金铃奖颁奖典礼今晚登场,某台获4奖。",
            {"award": "某某金铃奖", "edition": 12},
        ),
        # the name before 由…举办 is the sentence's subject; pinyin after characters is no text
        (
            "某(mǒu)城建市50周年“我与家(jiā)乡”征文由市委宣传部、市教育局联合举办(bàn)。",
            {"award": "某城建市50周年“我与家乡”征文"},
        ),
        # a publication's own honour said with its round; without one it is a work and its prize
        ("《某某文学》优秀作品(2019)评选结果揭晓", {"award": "《某某文学》优秀作品", "year": 2019}),
        ("《山里的灯》优秀作品", {"award": None}),
        # a congratulation cut at its 获奖 names no award
        ("特此向获奖同学表示衷心的祝贺!", {"award": None}),
        # a quoted theme a body launched, then its contest's words (as the text writes them
        # with the results, if it does)
        (
            "某省某局于今年4月启动“我在某某厅”有奖征文活动,共收到投稿300篇。",
            {"award": "“我在某某厅”有奖征文活动"},
        ),
        (
            "某省某局于今年4月启动“我在某某厅”有奖征文活动,共收到投稿300篇。"
            "获奖者月底前领奖,“我在某某厅”有奖征文评选结果另见附表。",
            {"award": "“我在某某厅”有奖征文"},
        ),
        # the text's name with a place before the heading's is the full name
        (
            "“某某一刻”摄影比赛得奖作品展\n2015某城“某某一刻”摄影比赛得奖作品展于十月举行。",
            {"award": "某城“某某一刻”摄影比赛", "year": 2015},
        ),
    ],
)
def test_headings_in_other_shapes(text: str, fields: dict[str, object]):
    said = heading(text)
    assert {k: said.get(k) for k in fields} == fields


def test_a_sentence_of_several_awards_or_of_none_names_no_award():
    several = heading(
        "2016年度某某优秀作品、某某新闻奖和某某副刊作品评选结果近日揭晓,某报15件作品获奖。"
    )
    assert "、" not in str(several.get("award", ""))
    none = heading("某某报讯 今年我们将继续评选,下一季度的第一个月公布上一季度的评奖结果。")
    assert "award" not in none


def test_a_menu_a_word_a_line_does_not_push_the_heading_out_of_reach():
    menu = "\n".join(
        "首页 新闻 要闻 时政 社会 国际 财经 体育 娱乐 科技 教育 文化 旅游 视频".split()
    )
    said = heading(menu + "\n第十届某某新闻奖获奖名单")
    assert (said.get("award"), said.get("edition")) == ("某某新闻奖", 10)


def test_a_level_of_prize_alone_on_its_line_names_no_award():
    assert "award" not in heading("优异奖 |\n《河》 张三 |\n优异奖 |")


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("第二十四届某某新闻奖报纸副刊作品评选揭晓", "报纸副刊作品"),  # a medium's works
        ("第十届某某新闻奖电视新闻作品获奖名单", "电视新闻作品"),
        ("第十八届某某新闻奖参评摄影作品公示", "摄影"),  # a genre's works: the genre
        ("第十届某某新闻奖获奖作品（广播类）", "广播类"),  # a class in brackets
        ("第十八届“某某新闻奖”参评摄影作品公示", "摄影"),  # the name quoted
        ("第十八届某某新闻奖\n参评摄影作品公示", "摄影"),  # the heading broken after it
        ("某某新闻奖第十八届参评摄影作品公示", "摄影"),  # its round after the name
        ("第十届某某新闻奖获奖作品", None),  # the works, of no kind
        ("第十届某某文学奖优秀作品名单", None),
    ],
)
def test_the_kind_of_works_a_heading_names_after_the_award(line: str, category: str | None):
    assert heading(line).get("category") == category


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("关于第34届某某新闻奖某省记协推荐作品的公示", "某省记协"),  # after the award's name
        ("第34届某某新闻奖某某日报社推荐作品公示", "某某日报社"),
        ("某某新闻奖某某日报社推荐作品公示", "某某日报社"),  # (no 奖 in a body's name)
        ("第12届某某好新闻某某日报社推荐作品公示", "某某日报社"),
        ("第34届某某新闻奖参评作品推荐目录（某省新闻工作者协会）", "某省新闻工作者协会"),
        ("第34届某某新闻奖参评作品公示\n推荐单位:某省新闻工作者协会", "某省新闻工作者协会"),
        (
            "第34届某某新闻奖参评作品公示\n根据通知要求,经某某日报社编委会研究,"
            "拟推荐以下作品参评第34届某某新闻奖,现予公示。",
            "某某日报社",
        ),
        ("第十届某某新闻奖获奖名单", None),
        ("第十届某省新闻奖推荐作品\n经专家评审委员会评审,推荐以下作品参评。", None),  # a jury
    ],
)
def test_the_body_that_sent_the_works_as_headings_and_leads_say_it(text: str, sender: str | None):
    assert heading(text).get("recommender") == sender


def test_a_notice_of_works_sent_names_the_award_without_its_verb():
    said = heading("关于报送第三十四届某某新闻奖参评作品的公示")
    assert (said.get("award"), said.get("edition")) == ("某某新闻奖", 34)


def test_the_body_after_the_name_is_no_part_of_it():
    said = heading("第12届某某好新闻某某日报社推荐作品公示")
    assert (said.get("award"), said.get("edition")) == ("某某好新闻", 12)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("第十届某某新闻奖揭晓 某某日报获一等奖3件", "某某日报"),  # the clause after a space
        ("某某日报荣获第十届某某新闻奖一等奖3项", "某某日报"),  # the award before its tally
        ("某某日报讯 第十届某某新闻奖日前揭晓。", None),  # a dateline of no works of its own
    ],
)
def test_the_paper_that_counts_its_prizes_in_the_heading(text: str, outlet: str | None):
    assert heading(text).get("outlet") == outlet


def test_the_pages_chrome_does_not_push_the_heading_out_of_reach():
    chrome = "\n".join(f"当前位置：首页 > 新闻中心 > 第{n}页" for n in range(14))
    said = heading(chrome + "\n第十届某某新闻奖获奖名单")
    assert (said.get("award"), said.get("edition")) == ("某某新闻奖", 10)


def test_a_row_under_a_header_written_a_cell_a_line_is_no_heading():
    said = heading("獎項\n得主\n入選作品\n即時新聞獎\n《河》/某某報/張三")
    assert "award" not in said and said.get("stage") == "入围"  # (the header says the stage)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("某某网讯 第十届某某新闻奖揭晓,本网选送的3件作品获奖。", "某某网"),
        ("某某电视台讯 第十届某某新闻奖揭晓,本台3件作品获奖。", "某某电视台"),
        ("某某新闻网讯 第十届某某新闻奖揭晓,本报5件作品获奖。", None),  # a site over its paper
    ],
)
def test_the_datelines_own_kind_of_media_names_its_works(text: str, outlet: str | None):
    assert heading(text).get("outlet") == outlet


def test_a_works_award_that_names_none_gives_way_to_the_lists():
    top = {"award": "某省新闻奖", "year": 2013}
    for own in ("年好新闻奖", "十二个全国性常设新闻奖"):  # cut at its year; a count of awards
        work = the_lists_award({"title": "河", "award": own, "year": 2013}, top)
        assert "award" not in work and work["year"] == 2013
    kept = the_lists_award({"title": "河", "award": "某省环境好新闻"}, top)
    assert kept["award"] == "某省环境好新闻"  # another award of the page: its own


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # a dateline before the lead goes; a year inside the quotes is the round's
        (
            "【特派記者某某/臺東報導】某某館本年度辦理「2020後山文學獎」徵文活動,廣邀各界參與。",
            {"award": "後山文學獎", "year": 2020},
        ),
        ("“2023某某健康科普大赛”获奖名单", {"award": "某某健康科普大赛", "year": 2023}),
        # a section heading over the works, a photo caption: no award
        ("【短篇小說獎】\n第21屆某某文學獎名次今揭曉", {"award": "某某文學獎", "edition": 21}),
        (
            "頒發獎牌。某某攝\n本次評選,共評出第四屆(2020年度)電力工程新聞獎文字類獲獎作品108篇。",
            {"award": "電力工程新聞獎", "edition": 4, "year": 2020},
        ),
        ("新詩獎\n首獎 某某〈某某〉", {"award": None}),
        # the award a sentence says the list below is of
        (
            "近日,某某评审会在某地举行。现将某某网安周宣传作品征集活动获奖作品名单公布如下:",
            {"award": "某某网安周宣传作品征集活动"},
        ),
    ],
)
def test_sections_captions_and_datelines_name_no_award(text: str, fields: dict[str, object]):
    said = parse_list(text + "\n一等奖\n《河边》 张三\n《山里》 李四\n").heading
    assert {k: said.get(k) for k in fields} == fields


def test_a_body_mention_gives_the_headings_award_its_round_not_its_name():
    """README: the heading's name wins over the body's longer one or another event's."""
    said = heading(
        "2014年度池州环保世纪行好新闻评选揭晓\n据了解,2014年池州环保世纪行活动历时半年多时间。"
    )
    assert (said["award"], said["year"]) == ("池州环保世纪行好新闻", 2014)
    said = heading(
        "本次评选,共评出第四届(2020年度)电力工程新闻奖文字类获奖作品108篇,其中一等奖24篇。\n"
        "某某公司荣获先进单位称号,这也是公司连续第三年获此殊荣,公司选送的稿件《甲》荣获第四届"
        "全国电力工程新闻奖“文字类一等奖”。"
    )
    assert (said["award"], said["edition"]) == ("电力工程新闻奖", 4)


def test_a_works_award_that_only_adds_a_scope_is_the_headings():
    from award_archive.authoring.importer.list_heading import the_lists_award

    work = {"title": "甲", "award": "全國電力工程新聞獎", "edition": 4}
    assert "award" not in the_lists_award(work, {"award": "電力工程新聞獎", "edition": 4})
    assert the_lists_award(work, {"award": "某某新聞獎"})["award"] == "全國電力工程新聞獎"


def test_two_awards_named_together_give_none_a_joined_name_stays_whole_a_cry_goes():
    said = heading(
        "近日,由某省广播电视协会县级台工作委员会承办的“2022年度某省县级台新闻奖”和“2022年度"
        "某省文艺奖”评选工作落下帷幕,某县融媒体中心的3件作品脱颖而出。"
    )
    assert (said.get("award"), said.get("year")) == (None, 2022)
    joined = heading("某某网安周群众性宣传作品暨网络文化精品征集活动获奖名单")
    assert joined["award"] == "某某网安周群众性宣传作品暨网络文化精品征集活动"
    cried = heading("以创意助公益!鄂州市2019年“讲文明树新风”公益广告征集大赛评选结果揭晓")
    assert (cried["award"], cried["year"]) == ("鄂州市“讲文明树新风”公益广告征集大赛", 2019)


def test_an_honour_the_works_won_names_the_award():
    said = heading(
        "9月27日,第十四届精神文明建设“五个一工程”表彰座谈会在北京召开。67部作品荣获第十四届"
        "精神文明建设“五个一工程”(2014~2017)荣誉称号,其中由某省委宣传部选送的《甲》入选。"
    )
    assert (said["award"], said["edition"], said.get("year")) == (
        "精神文明建设“五个一工程”",
        14,
        None,
    )


def test_a_quoted_honour_after_the_headings_list_news_is_one_winners():
    """`第N届某奖入围名单公布某人获得“某类特别奖”`: the heading's news is the award's list; the
    quoted honour after it is what one winner got."""
    said = heading("第12屆青山獎入圍名單公布某某週刊總編輯張三獲得 「週刊類終身成就獎」")
    assert (said.get("award"), said.get("edition")) == ("青山獎", 12)
    said = heading("某某学院荣获“青山杯大学生创新大赛”12项奖")
    assert said.get("award") == "青山杯大学生创新大赛"


def test_a_sites_name_and_keywords_are_no_heading():
    said = heading(
        "青山论坛_LOGO_标语_征文_歌曲_青山征集网\n标题:\n青山杯“江南味”散文征文获奖名单揭晓"
    )
    assert said.get("award") == "青山杯“江南味”散文征文"
    said = heading("第五届青山文学奖获奖名单_新闻_青山网")
    assert said.get("award") == "青山文学奖"


def test_a_contest_a_body_holds_described_before_its_title():
    said = heading(
        "在某局关于举办庆祝建站30周年《我和我的小站》征文活动的通知发出后,各单位踊跃投稿,"
        "共收到征文50篇。现将评选结果公布如下:"
    )
    assert said.get("award") == "《我和我的小站》征文活动"


def test_the_award_the_works_vied_for_with_the_leads_round():
    said = parse_list(
        "11月2日晚,2021青山国际摄影节闭幕式在青山剧院举行。本届共有1200部作品角逐银杉树奖,"
        "经过初评和终评,评出优胜5个。\n最佳摄影\n优胜:《河边》(张三)\n提名:《山里》(李四)\n"
    ).heading
    assert (said.get("award"), said.get("year")) == ("银杉树奖", 2021)


def test_a_heading_naming_two_awards_gives_none_their_shared_year_stays():
    said = heading("2024青山摄影大赛(Green Hill Photo Awards)及2024绿水摄影奖近日公布获奖名单")
    assert (said.get("award"), said.get("year")) == (None, 2024)
    said = heading("近日,2021-2022年度全省优秀新闻作品和青山“三微”比赛评选结果公布。")
    assert (said.get("award"), said.get("year")) == (None, None)


def test_the_pages_own_unit_before_the_round_is_no_place():
    said = heading("我县首届青山小说散文大奖赛评选揭晓")
    assert (said.get("award"), said.get("edition")) == ("青山小说散文大奖赛", 1)


def test_a_period_in_one_year_the_contest_was_held_in_gives_the_year():
    said = heading(
        "为弘扬清风,2024年2月1日-4月30日,某市委办公室面向社会开展“青山清风”主题有奖征文活动。"
        "共收到稿件300篇,现予以通报。"
    )
    assert (said.get("award"), said.get("year")) == ("“青山清风”主题有奖征文活动", 2024)


def test_the_holder_a_caption_and_a_bracketed_year_between_edition_and_name():
    assert heading("某学院举办廉洁教育征文比赛\n")["award"] == "廉洁教育征文比赛"
    said = heading(
        "青山网讯 第二十届(2020年度)青山新闻奖评选结果于5月8日公布,本报12件作品获奖。\n"
        "青山新闻奖是经省委宣传部批准、省记协主办\n"
    )
    assert (said.get("award"), said.get("edition"), said.get("year")) == ("青山新闻奖", 20, 2020)
    said = heading("第9屆青山獎今天公布得獎名單。\n▲9屆青山獎公布 張三獲特別獎(圖/某部提供)")
    assert "▲" not in str(said.get("award"))
    said = heading(
        "为庆祝建校百年,2021年4月至5月,某教学部承办了由某学院主办的庆祝建校百年征文比赛。\n"
        "附:庆祝建校百年征文比赛获奖名单"
    )
    assert (said.get("award"), said.get("year")) == ("庆祝建校百年征文比赛", 2021)


def test_a_forums_tag_goes_and_the_call_for_entries_gives_the_year():
    said = heading(
        "[散文揭晓] “青山”杯首届全国原创散文大赛获奖名单揭晓\n"
        "青山原创散文大赛,自2022年3月1日开始征稿以来,得到各地作者的关注。"
    )
    assert (said.get("award"), said.get("edition"), said.get("year")) == (
        "全国原创散文大赛",
        1,
        2022,
    )


def test_the_lists_news_before_another_a_list_to_come_and_a_scope_before_the_round():
    said = heading("某部二十日公布第十二屆青山獎得獎名單及特別貢獻獎得主。本屆共三百件作品報名。")
    assert (said.get("award"), said.get("edition")) == ("青山獎", 12)
    said = heading(
        "全国第三届青山“三微”比赛暨优秀文化作品征集评选活动日前结束。\n"
        "最终获奖名次与单项奖获奖名单将在近期举办的表彰盛典活动中公布。\n"
        "第三届青山“三微”比赛获奖名单"
    )
    assert (said.get("award"), said.get("edition")) == ("青山“三微”比赛", 3)


def test_the_pages_paper_before_its_time_stamp_whose_works_it_lists():
    said = heading(
        "争创一流 再上台阶本报3件作品获青山新闻奖\n青山日报 2019-11-15 07:54\n"
        "本报讯 日前,2018年度青山新闻奖揭晓,本报3件作品荣获青山新闻奖一、二等奖。"
    )
    assert (said.get("award"), said.get("outlet")) == ("青山新闻奖", "青山日报")
