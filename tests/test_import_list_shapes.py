"""List shapes met on unseen real lists, each written small: prose without prizes, kinds
said after a title, the page's own paper and sender, headings that name a batch."""

from __future__ import annotations

import pytest

from award_archive.authoring.importer.lists import parse_list, split_list_names, work_values


def test_titles_enumerated_on_a_page_without_prizes():
    result = parse_list(
        "某省公布首批生态文学推荐书目\n"
        "推荐书目为甲乙丙所著长篇报告文学《河山》、丁戊所著散文集《草原》、"
        "庚辛和壬癸所著长篇小说《大漠》、子丑所著《风之子》。"
    )
    assert result.heading == {"stage": "推荐", "edition": 1, "award": "生态文学推荐书目"}
    assert result.works == [
        {"title": "河山", "authors": ["甲乙丙"], "category": "长篇报告文学"},
        {"title": "草原", "authors": ["丁戊"], "category": "散文集"},
        {"title": "大漠", "authors": ["庚辛", "壬癸"], "category": "长篇小说"},
        {"title": "风之子", "authors": ["子丑"]},
    ]


def test_a_page_with_prizes_does_not_list_its_other_titles():
    works = parse_list(
        "据《评选办法》,从《甲甲》、《乙乙》、《丙丙》中评出。张三采写的《丁丁》获一等奖。"
    ).works
    assert [w["title"] for w in works] == ["丁丁"]


def test_the_kind_said_after_a_title_is_its_own():
    works = parse_list(
        "由甲甲采写的《河边》获消息类一等奖,乙乙采写的《山里》获言论类一等奖。"
        "由丙丙、丁丁、戊戊、己己、庚庚共同创作的《城外》获得融媒体创意互动类三等奖。"
        "由辛辛拍摄的“海上”获得摄影组照三等奖。"
    ).works
    assert [(w["title"], w["category"], w["authors"]) for w in works] == [
        ("河边", "消息类", ["甲甲"]),
        ("山里", "言论类", ["乙乙"]),
        ("城外", "融媒体创意互动类", ["丙丙", "丁丁", "戊戊", "己己", "庚庚"]),
        ("海上", "摄影组照", ["辛辛"]),
    ]


def test_the_award_after_a_paper_wins_a_prize():
    result = parse_list(
        "我校4件作品获中国高校校报好新闻一等奖\n2016年度评选中,甲甲采写的《河边》获消息类一等奖。"
    )
    assert result.heading["award"] == "中国高校校报好新闻奖"
    assert result.heading["year"] == 2016


def test_the_sender_and_the_paper_said_in_the_text():
    sent = parse_list(
        "第34届中国新闻奖揭晓\n"
        "某大学新闻学院报送的2件作品:央广网的舆论监督报道《六问》(作者:甲甲)获一等奖。"
    )
    assert sent.heading["recommender"] == "某大学新闻学院"
    assert sent.works[0]["category"] == "舆论监督报道"
    tally = parse_list(
        "2021年度全国政法优秀新闻作品评选结果近日揭晓。\n某某日报社共获得一等奖2件,二等奖1件。\n"
        "由甲甲撰写的《河边》获得报刊消息一等奖。"
    )
    assert tally.heading["award"] == "全国政法优秀新闻作品"
    # (the works are the paper's, 某某日报, not its company's)
    assert work_values(tally, tally.works[0])["outlet"] == "某某日报"


def test_a_quoted_award_name_and_a_sentence_that_is_no_name():
    quoted = parse_list(
        "2005年度“科技好新闻”评选获奖名单\n作品名称 | 作者 | 等次\n"
        "河边 | 张三 | 一等奖\n山里 | 李四 | 二等奖"
    )
    assert quoted.heading["award"] == "科技好新闻"
    sentence = parse_list(
        "评委会对所有征稿进行了匿名评选,评出一等奖1名。\n一等奖:\n《甲甲》\n二等奖:\n《乙乙》"
    )
    assert "award" not in sentence.heading


def test_a_lost_character_mark_is_no_part_of_a_name():
    assert split_list_names("江世亮? 王勇") == ["江世亮", "王勇"]


def test_a_score_table_with_merged_cells_fills_the_winners():
    works = parse_list(
        "一等奖:\n《河边的树》\n二等奖:\n《山里的人》\n《城外的路》\n"
        "获奖等次\n作者\n作品题目\n平均得分\n排名\n"
        "一等奖\n张三\n河边的树\n87.2\n1\n二等奖\n李四\n山里的人\n82.5\n2\n城外的路\n80.1\n3\n"
    ).works
    assert [(w["title"], w["prize"], w.get("authors")) for w in works] == [
        ("河边的树", "一等奖", ["张三"]),
        ("山里的人", "二等奖", ["李四"]),
        ("城外的路", "二等奖", None),  # its name cell merged away: no author guessed
    ]


def test_outlets_enumerated_are_no_works():
    assert parse_list("稿件被《新华网》、《人民网》、《央视网》等转载。").works == []


def test_records_that_name_their_title_key():
    result = parse_list(
        "第5届某某新闻奖获奖名单\n作品名称:河边的树\n作者:张三、李四\n刊播单位:某某日报\n等次:一等奖\n"
        "作品名称:山里的人\n作者:王五\n刊播单位:某某晚报\n等次:二等奖\n"
    )
    assert result.shape == "blocks"
    assert result.works == [
        {"title": "河边的树", "authors": ["张三", "李四"], "outlet": "某某日报", "prize": "一等奖"},
        {"title": "山里的人", "authors": ["王五"], "outlet": "某某晚报", "prize": "二等奖"},
    ]


def test_numbered_items_with_names_first_or_titles_in_double_quotes():
    names_first = parse_list(
        "一等奖\n1.张三《河边的树》(某某日报)\n2.李四、王五《山里的人》(某某晚报)\n"
    )
    assert "award" not in names_first.heading  # a prize heading is no award
    assert names_first.works[1] == {
        "authors": ["李四", "王五"],
        "title": "山里的人",
        "outlet": "某某晚报",
        "prize": "一等奖",
    }
    quoted = parse_list(
        "一等奖\n1.“河边的树”(作者:张三;某某日报)\n2.“山里的人”(作者:李四;某某晚报)\n"
    )
    assert quoted.works[0] == {
        "title": "河边的树",
        "authors": ["张三"],
        "outlet": "某某日报",
        "prize": "一等奖",
    }


def test_header_synonyms_and_prizes_spelt_otherwise():
    result = parse_list(
        "序号 | 篇目 | 作者 | 出版单位 | 选送单位 | 获奖级别\n"
        "1 | 河边的树 | 张三 | 某某出版社 | 某某协会 | 金奖\n"
        "2 | 山里的人 | 李四 | 某某日报 | 某某局 | 银奖\n"
        "3 | 城外 | 王五 | 某某晚报 | 某某局 | 87.5\n"
    )
    assert result.works == [  # a number in the prize column is a row out of step: left out
        {
            "title": "河边的树",
            "authors": ["张三"],
            "outlet": "某某出版社",
            "recommender": "某某协会",
            "prize": "金奖",
        },
        {
            "title": "山里的人",
            "authors": ["李四"],
            "outlet": "某某日报",
            "recommender": "某某局",
            "prize": "银奖",
        },
    ]


def test_links_after_titles_and_genre_headings_between_items():
    linked = parse_list(
        "一等奖\n1.《河边的树》\n作品链接:https://a.example/1\n2.《山里的人》\n"
        "作品链接:https://a.example/2\n"
    )
    assert linked.heading == {}  # a link is no award
    assert linked.works[1] == {"title": "山里的人", "prize": "一等奖", "url": "https://a.example/2"}
    kinds = parse_list(
        "一等奖\n消息类\n1.《河边的树》(张三,某某日报)\n通讯类\n2.《山里的人》(李四,某某晚报)\n"
    )
    assert [(w["title"], w["category"]) for w in kinds.works] == [
        ("河边的树", "消息类"),  # the headings as written, 类 kept
        ("山里的人", "通讯类"),
    ]


def test_a_spaced_header_row_is_no_heading_and_a_paper_before_a_role_is_no_name():
    spaced = parse_list(
        "序号 作品标题 作者 刊播单位 等次\n1 河边的树 张三 某某日报 一等奖\n"
        "2 山里的人 李四 某某晚报 二等奖\n"
    )
    assert spaced.heading == {} and len(spaced.works) == 2
    assert split_list_names("某某日报记者张三、李四") == ["张三", "李四"]


def test_records_one_a_line_and_records_without_labels():
    keyed = parse_list(
        "作品:河边的树  作者:张三  单位:某某日报  等次:一等奖\n"
        "作品:山里的人  作者:李四  单位:某某晚报  等次:二等奖\n"
    )
    assert keyed.heading == {}
    assert keyed.works[1] == {
        "title": "山里的人",
        "authors": ["李四"],
        "outlet": "某某晚报",
        "prize": "二等奖",
    }
    bare = parse_list(
        "一等奖\n河边的树\n——记一位护林员\n某某日报 张三 李四\n山里的人\n某某晚报 王五\n"
    )
    assert bare.works == [
        {
            "title": "河边的树——记一位护林员",
            "prize": "一等奖",
            "outlet": "某某日报",
            "authors": ["张三", "李四"],
        },
        {"title": "山里的人", "prize": "一等奖", "outlet": "某某晚报", "authors": ["王五"]},
    ]


def test_a_record_s_date_line_gives_the_list_no_year_or_award():
    result = parse_list(
        "二等奖:\n消息\n河边的树\n作者:张三\n编辑:李四\n某某日报 2019年3月5日\n"
        "通讯\n山里的人\n作者:王五\n某某晚报 2019年4月1日\n"
    )
    assert result.heading == {}
    assert result.works[0]["published"] == "2019年3月5日"


@pytest.mark.parametrize(
    "text",
    [
        "等次\n作品标题\n作者\n刊播单位\n一等奖\n河边的树\n张三\n某某日报\n山里的人\n李四\n某某晚报\n"
        "二等奖\n城外的路\n王五\n某某电视台\n",
        "| 等次 | 作品标题 | 作者 | 刊播单位 |\n| 一等奖 | 河边的树 | 张三 | 某某日报 |\n"
        "| | 山里的人 | 李四 | 某某晚报 |\n| 二等奖 | 城外的路 | 王五 | 某某电视台 |\n",
    ],
)
def test_a_prize_cell_merged_over_rows(text: str):
    works = parse_list(text).works
    assert [(w["title"], w["prize"], w["outlet"]) for w in works] == [
        ("河边的树", "一等奖", "某某日报"),
        ("山里的人", "一等奖", "某某晚报"),
        ("城外的路", "二等奖", "某某电视台"),
    ]


def test_respective_prizes_and_no_award_from_a_record_or_a_sentence_with_titles():
    each = parse_list("某某日报选送的消息《河边的树》、通讯《山里的人》分别获得一等奖和二等奖。")
    assert each.heading == {}
    assert [(w["title"], w["prize"], w["category"]) for w in each.works] == [
        ("河边的树", "一等奖", "消息"),
        ("山里的人", "二等奖", "通讯"),
    ]
    keyed = parse_list("获奖作品名单\n作品标题:河边的树\n作者:张三\n作品标题:山里的人\n作者:李四\n")
    assert "award" not in keyed.heading and len(keyed.works) == 2


def test_a_two_column_spaced_table_under_category_headings():
    works = parse_list(
        "某某奖获奖作品目录\n 作品        作者\n小  说\n河边的树        张三\n山里        李 四\n"
        "科幻文学\n星海        王五\n青年作者短篇佳作奖\n海边        赵六\n"
    ).works
    assert works == [
        {"title": "河边的树", "authors": ["张三"], "category": "小说"},
        {"title": "山里", "authors": ["李四"], "category": "小说"},
        {"title": "星海", "authors": ["王五"], "category": "科幻文学"},
        {"title": "海边", "authors": ["赵六"], "category": "青年作者短篇佳作奖"},
    ]


def test_a_level_glued_to_a_category_heads_numbered_items():
    works = parse_list(
        "获奖作品如下:\n(一)文字入围作品:\n1.《河边》(某某日报   张三);\n"
        "(二)广播优秀作品:\n2.《山里》(某某总台交通广播   李四、王五);\n"
    ).works
    assert works == [
        {
            "title": "河边",
            "category": "文字",
            "prize": "入围作品",
            "outlet": "某某日报",
            "authors": ["张三"],
        },
        {
            "title": "山里",
            "category": "广播",
            "prize": "优秀作品",
            "outlet": "某某总台交通广播",
            "authors": ["李四", "王五"],
        },
    ]


def test_a_table_cell_of_category_and_level_and_an_honour_heading():
    works = parse_list(
        "序号 | 奖项类别 | 作品名称 | 获奖人 |\n1 | 演讲类入围作品 | 《河边》 | 张三、李四 |\n"
    ).works
    assert works == [
        {"title": "河边", "category": "演讲类", "prize": "入围作品", "authors": ["张三", "李四"]}
    ]
    works = parse_list(
        "最佳传播奖作品\n作品:河边\n单位:某某医院\n作者:张三\n作品:山里\n单位:某某中心\n作者:李四\n"
    ).works
    assert [(w["title"], w.get("prize")) for w in works] == [
        ("河边", "最佳传播奖"),
        ("山里", "最佳传播奖"),
    ]


@pytest.mark.parametrize(
    ("heading", "award", "year"),
    [
        ("某某医院荣获“健康行动——2023年科普作品大赛”12项奖", "健康行动——2023年科普作品大赛", 2023),
        ("我局喜获健身报道优秀作品征文活动优秀组织奖", "健身报道优秀作品征文活动", None),
        (
            "某省广播电视大奖2023-2024年度广播电视节目奖(2023获奖作品)目录",
            "某省广播电视大奖2023-2024年度广播电视节目奖",
            2023,
        ),
        (
            "由某厅主办的“2011年度某省校报好新闻”评选结果近日揭晓,我校8项作品全部获奖",
            "某省校报好新闻",
            2011,
        ),
        ("某县市报优秀短新闻竞赛揭晓", "某县市报优秀短新闻竞赛", None),
        ("2019年度某省好新闻拟获奖作品公示", "某省好新闻", 2019),
        ("某省第三届短视频大赛评选结果公布", "某省短视频大赛", None),
        ("某某大赛入选作品名单公布", "某某大赛", None),
        ("2019年度第十届某某新闻奖获奖名单", "某某新闻奖", 2019),
        ("喜报｜我校师生作品在第十届全国大学生广告艺术大赛中获奖", "全国大学生广告艺术大赛", None),
    ],
)
def test_the_award_a_heading_names(heading, award, year):
    said = parse_list(
        heading + "\n一等奖\n《河边》(某某日报 张三、李四)\n《山里》(某某晚报 王五、赵六)\n"
    ).heading
    assert said["award"] == award
    assert said.get("year") == year


def test_an_award_named_only_in_the_text_with_its_year():
    result = parse_list(
        "最佳传播奖作品\n作品:河边\n单位:某某医院\n作者:张三\n作品:山里\n单位:某某中心\n作者:李四\n"
        "2023某某健康科普大赛 由某某报社主办,旨在发掘优秀作品。"
    )
    assert result.heading == {"award": "某某健康科普大赛", "year": 2023}  # (the year apart)
    result = parse_list(
        "某某网讯 近日,2013年某某研究会年会召开,会上举行了2012年度某某省副刊好作品颁奖仪式。"
        "本报记者张三采写的《河边》获二等奖;李四采写的《山里》获三等奖。"
    )
    assert result.heading == {"award": "某某省副刊好作品", "year": 2012}


def test_names_after_a_dash_with_a_place_or_an_outlet():
    works = parse_list(
        "一等奖\n《河边》--张三(江苏)\n《山里》——李 四(某某日报)\n二等奖\n《城外》—王五\n"
    ).works
    assert works == [
        {"title": "河边", "authors": ["张三"], "prize": "一等奖"},
        {"title": "山里", "authors": ["李四"], "outlet": "某某日报", "prize": "一等奖"},
        {"title": "城外", "authors": ["王五"], "prize": "二等奖"},
    ]


def test_runs_of_title_and_outlet_under_a_category_and_a_short_award_name():
    result = parse_list(
        "某新獎公布入圍名單\n第23屆某越新聞獎今天公布入圍作品名單。\n"
        "突發新聞獎:河邊/甲報;山裡/乙台;城外-紀實/丙網。\n特寫新聞獎:海上/丁報;天空/戊刊\n"
    )
    assert result.heading == {"stage": "入围", "award": "某越新聞獎", "edition": 23}
    assert [(w["title"], w["outlet"], w["category"]) for w in result.works] == [
        ("河邊", "甲報", "突發新聞獎"),
        ("山裡", "乙台", "突發新聞獎"),
        ("城外-紀實", "丙網", "突發新聞獎"),
        ("海上", "丁報", "特寫新聞獎"),
        ("天空", "戊刊", "特寫新聞獎"),
    ]


def test_prose_names_roles_quoted_headlines_and_one_genre_for_a_run():
    works = parse_list(
        "我校作品获奖。其中言论《河边》(作者:张三)、《山里》(作者:李四)分别获二等奖,"
        "标题“海上,天空”(作者:王五)获二等奖。"
        "某某日报记者赵六采写的《城外》获一等奖,还有记者孙七采写的《林中》和周八、吴九采写的"
        "《湖畔》获三等奖;我报记者郑十撰写的论文《路上》获二等奖。"
    ).works
    got = {w["title"]: (w.get("category"), w.get("authors"), w.get("outlet")) for w in works}
    assert got == {
        "河边": ("言论", ["张三"], None),
        "山里": ("言论", ["李四"], None),
        "海上,天空": ("标题", ["王五"], None),
        "城外": (None, ["赵六"], "某某日报"),
        "林中": (None, ["孙七"], None),
        "湖畔": (None, ["周八", "吴九"], None),
        "路上": ("论文", ["郑十"], None),
    }


def test_header_words_read_by_their_last_word_and_a_shortlist_stage():
    result = parse_list(
        "某某奖入选作品名单\n序号 | 题名 | 项目类别 | 播出机构 | 拟获奖等次 |\n"
        "1 | 河边 | 消息 | 某某电视台 | 一等奖 |\n2 | 山里 | 通讯 | 某某电台 | 二等奖 |\n"
    )
    assert result.heading["stage"] == "入围"
    assert result.works[0] == {
        "title": "河边",
        "category": "消息",
        "outlet": "某某电视台",
        "prize": "一等奖",
    }


def test_numbered_items_with_keyed_parts_or_names_then_an_outlet():
    works = parse_list(
        "一等奖\n1.《河边》 作者:张三 单位:某某日报\n2.《山里》 主创:李四、王五 选送单位:某某台\n"
        "二等奖\n3. 城外的路 赵六 某某电视台\n4.林中(作者:孙七,推荐单位:某某晚报) 二等奖\n"
    ).works
    assert works == [
        {"title": "河边", "authors": ["张三"], "outlet": "某某日报", "prize": "一等奖"},
        {"title": "山里", "authors": ["李四", "王五"], "recommender": "某某台", "prize": "一等奖"},
        {"title": "城外的路", "outlet": "某某电视台", "authors": ["赵六"], "prize": "二等奖"},
        {"title": "林中", "authors": ["孙七"], "recommender": "某某晚报", "prize": "二等奖"},
    ]


def test_one_unquoted_work_a_line_with_its_bracket_under_prize_headings():
    works = parse_list(
        "一等奖（2件）\n河边（某某日报 张三）\n山里（某某晚报 李四 王五）\n"
        "二等奖\n城外(通讯,某某电视台:赵六)\n"
    ).works
    assert works == [
        {"title": "河边", "outlet": "某某日报", "authors": ["张三"], "prize": "一等奖"},
        {"title": "山里", "outlet": "某某晚报", "authors": ["李四", "王五"], "prize": "一等奖"},
        {
            "title": "城外",
            "category": "通讯",
            "outlet": "某某电视台",
            "authors": ["赵六"],
            "prize": "二等奖",
        },
    ]


def test_a_numbered_short_heading_is_the_category_of_the_items_under_it():
    works = parse_list(
        "一、短视频类\n一等奖\n1.《河边》(某某日报 张三)\n"
        "二、广播电视\n一等奖\n2.《山里》(某某日报 李四)\n"
    ).works
    assert [(w["title"], w["category"], w["prize"]) for w in works] == [
        ("河边", "短视频类", "一等奖"),
        ("山里", "广播电视", "一等奖"),
    ]


def test_a_tables_prize_rows_and_a_prize_cell_merged_over_rows():
    works = parse_list(
        "序号 | 作品标题 | 作者 |\n一等奖 | | |\n1 | 河边 | 张三 |\n"
        "二等奖 | | |\n2 | 山里 | 李四 |\n"
    ).works
    assert [(w["title"], w["prize"]) for w in works] == [("河边", "一等奖"), ("山里", "二等奖")]
    works = parse_list(
        "获奖等级 | 作品名称 | 作者 | 单位\n一等奖 | 河边 | 张三 | 某某日报\n"
        " | 山里 | 王五 | 某某晚报\n"
    ).works
    assert works[1] == {
        "title": "山里",
        "authors": ["王五"],
        "outlet": "某某晚报",
        "prize": "一等奖",
    }


def test_prose_a_paper_and_its_writer_and_a_bracket_of_paper_then_people():
    result = parse_list(
        "本报讯 在第30届某省新闻奖评选中,某某日报张三的《河边》获一等奖,"
        "某某晚报选送的《城外》获三等奖。二等奖:《山里》(某某电视台,李四)。"
    )
    assert result.heading == {"edition": 30, "award": "某省新闻奖"}
    got = {w["title"]: (w.get("outlet"), w.get("authors")) for w in result.works}
    assert got == {
        "河边": ("某某日报", ["张三"]),
        "城外": ("某某晚报", None),
        "山里": ("某某电视台", ["李四"]),
    }


def test_page_chrome_over_a_heading_and_one_name_after_a_title():
    result = parse_list(
        "网站首页 | 机构概况 | 新闻动态\n当前位置：首页 > 新闻动态\n"
        "某县第三届“某某杯”短视频大赛获奖名单出炉\n2023-01-02 10:00 来源：某某融媒\n"
        "特等奖\n《河边》 张三\n一等奖\n《山里》 李四\n"
    )
    # (a winners' list: no stage, README)
    assert result.heading == {"edition": 3, "award": "某县“某某杯”短视频大赛"}
    assert result.works == [
        {"title": "河边", "authors": ["张三"], "prize": "特等奖"},
        {"title": "山里", "authors": ["李四"], "prize": "一等奖"},
    ]


def test_we_the_bureau_is_the_body_the_text_names_in_full():
    result = parse_list(
        "我局喜获某某征文活动优秀组织奖\n由我省选送的《河边》等2篇作品获奖。某某省体育局连续五年获奖。\n"
        "1.《河边》(某某日报 张三)\n2.《山里》(某某晚报 李四)\n"
    )
    assert result.heading["recommender"] == "某某省体育局"


def test_headings_set_apart_by_brackets_or_bullets_and_a_prize_line_with_its_work():
    works = parse_list(
        "【消息】\n一等奖：张三《河边》（某某日报）\n【评论】\n二等奖：李四《山里》（某某晚报）\n"
        "■短视频类\n第一名：《城外》 王五（某某电视台）\n银奖\n《林中》 赵六、孙七（广东）\n"
    ).works
    assert works == [
        {
            "authors": ["张三"],
            "title": "河边",
            "outlet": "某某日报",
            "prize": "一等奖",
            "category": "消息",
        },
        {
            "authors": ["李四"],
            "title": "山里",
            "outlet": "某某晚报",
            "prize": "二等奖",
            "category": "评论",
        },
        {
            "title": "城外",
            "authors": ["王五"],
            "outlet": "某某电视台",
            "prize": "第一名",
            "category": "短视频类",
        },
        {"title": "林中", "authors": ["赵六", "孙七"], "prize": "银奖", "category": "短视频类"},
    ]


def test_a_list_repeated_on_the_page_gives_each_work_once():
    works = parse_list(
        "一等奖\n1.《河边》(某某日报 张三)\n2.《山里》(某某晚报 李四)\n"
        "一等奖\n1.《河边》(某某日报 张三)\n2.《山里》(某某晚报 李四)\n"
        "二等奖\n3.《河边》(某某日报 张三)\n"
    ).works
    assert [(w["title"], w["prize"]) for w in works] == [
        ("河边", "一等奖"),
        ("山里", "一等奖"),
        ("河边", "二等奖"),
    ]


def test_a_station_without_its_programme_and_the_named_ones_of_a_team():
    works = parse_list(
        "序号 | 作品标题 | 作者 | 刊播单位 |\n"
        "1 | 河边 | 张三、李四等11人 | 某某电视台《第一时间》 |\n"
    ).works
    assert works == [{"title": "河边", "authors": ["张三", "李四"], "outlet": "某某电视台"}]
    works = parse_list(
        "一等奖\n1.《河边》(某某电视台《第一时间》 张三)\n2.《山里》(某某日报 李四、王五等11人)\n"
    ).works
    assert [(w["title"], w["outlet"], w["authors"]) for w in works] == [
        ("河边", "某某电视台", ["张三"]),
        ("山里", "某某日报", ["李四", "王五"]),
    ]


def test_a_list_of_works_to_be_awarded_gives_no_stage():
    heading = parse_list(
        "2019年度某省好新闻拟获奖作品公示\n一等奖\n"
        "《河边》(某某日报 张三)\n《山里》(某某晚报 李四)\n"
    ).heading
    assert heading == {"year": 2019, "award": "某省好新闻"}


def test_a_header_word_that_joins_two_meanings():
    works = parse_list(
        "序号 | 作品名称 | 作者及单位 | 刊播媒体及日期 | 等次\n"
        "1 | 河边 | 张三 某某日报 | 某某日报 2019年3月5日 | 一等奖\n"
        "2 | 山里 | 李四、王五（某某晚报） | 某某晚报 | 二等奖\n"
    ).works
    assert works == [
        {
            "title": "河边",
            "authors": ["张三"],
            "outlet": "某某日报",
            "published": "2019年3月5日",
            "prize": "一等奖",
        },
        {"title": "山里", "authors": ["李四", "王五"], "outlet": "某某晚报", "prize": "二等奖"},
    ]


def test_the_pages_own_lines_after_the_last_item_are_not_its_fields():
    works = parse_list("一等奖\n1.《河边》 张三\n2.《山里》 李四\n来源：某某网 录入：王五\n").works
    assert works[-1] == {"title": "山里", "authors": ["李四"], "prize": "一等奖"}


def test_any_genre_word_before_a_colon_heads_the_title():
    works = parse_list(
        "一等奖\n1.新闻专栏:代表问政(作者:甲,推荐单位:某报)\n2.消息：山里(作者:丙,推荐单位:某台)\n"
    ).works
    assert [(w["category"], w["title"]) for w in works] == [
        ("新闻专栏", "代表问政"),
        ("消息", "山里"),
    ]


# ---- round two: by what the words are, whatever the layout --------------------------------


def test_a_lead_phrase_prize_holds_over_its_sentences():
    works = parse_list(
        "获评一等奖的作品为：甲报社张三创作的消息《河边》；乙台新闻频道李四、王五创作的消息《山里》。"
        "获评二等奖的作品为：丙县融媒体中心赵六等创作的评论《城外》、钱七创作的论文《海上》。"
    ).works
    assert [(w["title"], w["prize"]) for w in works] == [
        ("河边", "一等奖"),
        ("山里", "一等奖"),
        ("城外", "二等奖"),
        ("海上", "二等奖"),
    ]


def test_a_unit_written_just_before_its_people():
    works = parse_list(
        "其中甲日报社王一、李二的文字消息《河边》等15件作品获一等奖。"
        "丙在线网站黄三等创作的作品《山里》、赵四创作的新闻专题《城外》获二等奖。"
    ).works
    assert [(w.get("outlet"), w["authors"], w.get("category")) for w in works] == [
        ("甲日报社", ["王一", "李二"], "文字消息"),
        ("丙在线网站", ["黄三"], None),
        ("丙在线网站", ["赵四"], "新闻专题"),  # after `、`: the unit of the work before
    ]


def test_no_people_when_the_words_before_are_a_unit_or_a_verb():
    works = parse_list("新华社的消息《河边》、宝安日报选送的杂文《山里》获一等奖。").works
    assert [w.get("authors") for w in works] == [None, None]
    assert [w.get("outlet") for w in works] == ["新华社", "宝安日报"]
    works = parse_list("某某日报刊发的评论《丙丙》（作者：赵六）获三等奖。").works
    assert works[0]["authors"] == ["赵六"] and works[0]["outlet"] == "某某日报"


def test_role_words_without_a_colon_in_the_bracket():
    works = parse_list(
        "获得一等奖的作品是：消息《河边》(《甲日报》 作者 张三,李四同时获得编辑一等奖)；"
        "专栏《山里》(《甲日报》 负责人 王五 赵六)。《城外》(记者 钱七 孙八 编辑 周九)、"
        "专栏《海上》(记者 吴十 郑一主创)荣获特等(稿)奖。"
    ).works
    assert [(w["title"], w.get("outlet"), w["authors"], w.get("editors")) for w in works] == [
        ("河边", "《甲日报》", ["张三"], ["李四"]),
        ("山里", "《甲日报》", ["王五", "赵六"], None),
        ("城外", None, ["钱七", "孙八"], ["周九"]),
        ("海上", None, ["吴十", "郑一"], None),
    ]
    assert works[-1]["prize"] == "特等(稿)奖"


def test_a_title_quoting_another_and_the_pages_own_paper():
    result = parse_list(
        "2017年度某某新闻奖揭晓 甲晚报6件作品获奖\n"
        "系列报道《“老记重书《观刈麦》日记”系列报道》获一等奖。一件作品被推送参加第二十六届中国新闻奖评选。"
    )
    assert result.heading["outlet"] == "甲晚报"
    assert [w["title"] for w in result.works] == ["“老记重书《观刈麦》日记”系列报道"]
    assert result.works[0]["award"] == "某某新闻奖"  # where a work goes next is not its award


def test_slashed_records_read_piece_by_piece_under_their_heads():
    works = parse_list(
        "得獎名單如下:\n"
        "平面媒體類─攝影獎:甲甲/某某報。評論獎:乙「乙」乙/某某傳媒;專題獎:丙丙:丁丁/某某電視。\n"
        "某某先生獎:著作獎/《戊戊》/林某某;服務獎/己己/李某、陳某/公視\n"
    ).works
    assert [
        (w["title"], w.get("category"), w.get("outlet"), w.get("authors"), w.get("award"))
        for w in works
    ] == [
        ("甲甲", "攝影獎", "某某報", None, None),
        ("乙「乙」乙", "評論獎", "某某傳媒", None, None),
        ("丙丙:丁丁", "專題獎", "某某電視", None, None),
        ("戊戊", "著作獎", None, ["林某某"], "某某先生獎"),
        ("己己", "服務獎", "公視", ["李某", "陳某"], "某某先生獎"),
    ]


def test_a_sentence_that_says_a_title_won_a_named_award_category():
    result = parse_list(
        "第八屆某某獎名單揭曉,《某報》總編輯夏某以「甲『乙』丙」作品,榮獲平面媒體類新聞評論獎。"
        "攝影記者趙某某以「丁丁」入圍單張新聞攝影獎、「戊戊」則入圍新聞敘事創新獎。\n"
        "名單如下:\n新聞評論獎:甲「乙」丙/某報;專題獎:己己/某某報。\n"
    )
    assert [(w["title"], w["category"], w.get("authors")) for w in result.works] == [
        ("甲「乙」丙", "新聞評論獎", ["夏某"]),  # the list's work, with the lead's author
        ("己己", "專題獎", None),
        ("丁丁", "單張新聞攝影獎", ["趙某某"]),
        ("戊戊", "新聞敘事創新獎", None),
    ]


def test_an_award_won_with_its_prize_is_no_category():
    works = parse_list("《甲甲》获第32届某某新闻奖一等奖,《乙乙》获某某新闻奖二等奖。").works
    assert [(w["title"], w.get("category"), w["prize"]) for w in works] == [
        ("甲甲", None, "一等奖"),
        ("乙乙", None, "二等奖"),
    ]


def test_the_outlet_after_the_labelled_names_and_a_genre_word_alone():
    works = parse_list(
        "获一等奖的作品有：《河边》（作者：张三、李四，编辑：王五，某某日报）、"
        "论文《山里》(作者 赵六)、版面《城外》(编辑 钱七 孙八)。"
    ).works
    assert [(w["title"], w.get("outlet"), w.get("category"), w["prize"]) for w in works] == [
        ("河边", "某某日报", None, "一等奖"),
        ("山里", None, "论文", "一等奖"),
        ("城外", None, "版面", "一等奖"),
    ]
    assert works[0]["editors"] == ["王五"] and works[2]["editors"] == ["钱七", "孙八"]


def test_a_top_prize_and_a_jury_prize_in_corner_quotes():
    works = parse_list(
        "第五屆某某獎揭曉。「河边」（某某報，張三）獲首獎，「山里」（某某電視台，李四）獲評審團獎。"
    ).works
    assert [(w["title"], w["prize"], w["outlet"], w["authors"]) for w in works] == [
        ("河边", "首獎", "某某報", ["張三"]),
        ("山里", "評審團獎", "某某電視台", ["李四"]),
    ]


def test_a_kind_stated_over_its_sentences_and_titles_in_double_quotes_after_a_colon():
    works = parse_list(
        "消息类：某某日报的《甲甲》获得一等奖；某某晚报的《丙丙》获得二等奖。"
        "评论类：某某日报的《丁丁》获一等奖。某某新闻奖名单公布，一等奖：“戊戊”、“己己”。"
    ).works
    assert [(w["title"], w.get("category"), w["prize"]) for w in works] == [
        ("甲甲", "消息类", "一等奖"),  # `消息类：` as written
        ("丙丙", "消息类", "二等奖"),
        ("丁丁", "评论类", "一等奖"),
        ("戊戊", "评论类", "一等奖"),
        ("己己", "评论类", "一等奖"),
    ]


def test_parts_between_a_title_and_its_prize_and_a_unit_that_sent_it():
    works = parse_list(
        "作品《甲甲》，作者张三，某某日报，获一等奖；"
        "某某县融媒体中心选送的《乙乙》荣获2022年度某某新闻奖二等奖，"
        "电视专题《丙丙》（主创：赵六 钱七）获三等奖。"
    ).works
    assert [(w["title"], w.get("outlet"), w.get("authors")) for w in works] == [
        ("甲甲", "某某日报", ["张三"]),
        ("乙乙", "某某县融媒体中心", None),
        ("丙丙", None, ["赵六", "钱七"]),
    ]
    assert works[1]["award"] == "某某新闻奖" and works[1]["year"] == 2022  # named after it


@pytest.mark.parametrize(
    "text",
    [
        "平面媒體類每日新聞獎由某某報記者甲甲、乙乙的「河邊」獲得;專題獎由某某時報記者丙丙以〈山裡〉獲得。",
        "每日新聞獎：某某報記者甲甲、乙乙「河邊」\n專題獎：某某時報記者丙丙「山裡」\n",
    ],
)
def test_the_award_category_then_its_makers_then_the_title(text):
    works = parse_list("第五屆某某新聞獎得獎名單\n" + text).works
    assert [(w["title"], w["category"], w["outlet"], w["authors"]) for w in works] == [
        ("河邊", "每日新聞獎", "某某報", ["甲甲", "乙乙"]),
        ("山裡", "專題獎", "某某時報", ["丙丙"]),
    ]


def test_a_station_named_short_and_a_full_width_slash():
    result = parse_list(
        "第五屆某某新聞獎得獎名單\n評論獎得主為公視的「河邊」。\n"
        "攝影獎：甲甲／某某報；專題獎：乙乙／三立電視；即時獎：丙丙／某某時報。\n"
    )
    assert result.heading["award"] == "某某新聞獎"
    assert [(w["title"], w["outlet"]) for w in result.works] == [
        ("甲甲", "某某報"),
        ("乙乙", "三立電視"),
        ("丙丙", "某某時報"),
        ("河邊", "公視"),
    ]


def test_people_before_the_unit_in_a_bracket_and_words_after_the_bracket():
    works = parse_list(
        "获得一等奖的是某某日报的《甲甲》。一等奖3件：《乙乙》（张三，某某日报）；"
        "二等奖1件：《丙丙》（李四、王五，某某晚报）。"
    ).works
    assert [(w["title"], w["outlet"], w.get("authors")) for w in works] == [
        ("甲甲", "某某日报", None),
        ("乙乙", "某某日报", ["张三"]),
        ("丙丙", "某某晚报", ["李四", "王五"]),
    ]
    works = parse_list(
        "一等奖：\n《甲甲》（消息）某某日报 张三\n二等奖：\n《乙乙》（评论）某某晚报 李四\n"
    ).works
    assert [(w["category"], w["outlet"], w["authors"], w["prize"]) for w in works] == [
        ("消息", "某某日报", ["张三"], "一等奖"),
        ("评论", "某某晚报", ["李四"], "二等奖"),
    ]
    assert "award" not in parse_list("获得一等奖的是某某日报的《甲甲》。").heading


def test_a_unit_label_after_a_title_and_a_length_in_its_bracket():
    works = parse_list(
        "一等奖作品：《甲甲》，作者：张三，单位：某某日报；《乙乙》，作者：李四、王五，单位：某某晚报。"
        "某某电视台2023年6月2日播出的《丙丙》（时长3分20秒）获二等奖。"
    ).works
    assert [(w["title"], w["outlet"], w.get("length")) for w in works] == [
        ("甲甲", "某某日报", None),
        ("乙乙", "某某晚报", None),
        ("丙丙", "某某电视台", "3分20秒"),
    ]


def test_a_lead_phrase_holds_over_record_lines_not_over_the_pages_text_after():
    works = parse_list(
        "获评一等奖的作品为：\n消息《河边》（张三，甲日报）；\n2.《山里》（李四，乙晚报）。\n"
        "据了解，今年的参评作品依据《评选办法》进行了评审。"
    ).works
    assert [(w["title"], w["prize"]) for w in works] == [("河边", "一等奖"), ("山里", "一等奖")]


@pytest.mark.parametrize(
    "text",
    [
        "專題報導獎由公共電視「河邊」製作團隊獲得，評論獎由某某時報「山裡」獲得。",
        "獲得平面媒體類專題報導獎的是公共電視的「河邊」，獲得評論獎的是某某時報的「山裡」。",
        "「河邊」（公共電視，記者甲甲）獲專題報導獎，「山裡」（某某時報，記者乙乙）獲評論獎。",
        "專題報導獎：公共電視「河邊」（記者甲甲）；評論獎：某某時報「山裡」（記者乙乙）。",
    ],
)
def test_a_category_award_said_around_its_title_in_four_orders(text):
    works = parse_list("第五屆某某新聞獎頒獎。" + text).works
    assert [(w["title"], w["category"], w["outlet"]) for w in works] == [
        ("河邊", "專題報導獎", "公共電視"),
        ("山裡", "評論獎", "某某時報"),
    ]


def test_the_longer_outlet_before_a_title():
    works = parse_list("上海电视台的消息《甲甲》获一等奖、新华社的评论《乙乙》获二等奖。").works
    assert [w["outlet"] for w in works] == ["上海电视台", "新华社"]


def test_a_prize_before_each_title_and_a_prize_that_heads_the_next_work():
    works = parse_list(
        "获奖作品：一等奖《甲甲》（张三）、二等奖《乙乙》（李四）、三等奖《丙丙》。"
    ).works
    assert [(w["title"], w["prize"]) for w in works] == [
        ("甲甲", "一等奖"),
        ("乙乙", "二等奖"),
        ("丙丙", "三等奖"),
    ]
    result = parse_list(
        "某某日报获一等奖的作品《甲甲》（作者张三），获二等奖的作品《乙乙》（作者李四）。"
    )
    assert "award" not in result.heading
    assert [(w["prize"], w["authors"]) for w in result.works] == [
        ("一等奖", ["张三"]),
        ("二等奖", ["李四"]),
    ]


def test_the_author_said_after_the_prize():
    works = parse_list(
        "《甲甲》获得一等奖，作者为某某日报记者张三；《乙乙》获得二等奖，作者为某某晚报记者李四。"
    ).works
    assert [w["authors"] for w in works] == [["张三"], ["李四"]]


def test_a_title_line_then_its_outlet_and_people_after_a_slash():
    works = parse_list(
        "第五屆某某獎\n每日新聞獎\n河邊的故事\n聯合報／張三、李四\n專題獎\n山裡的春天\n中國時報／王五\n"
    ).works
    assert [(w["title"], w["category"], w["outlet"], w["authors"]) for w in works] == [
        ("河邊的故事", "每日新聞獎", "聯合報", ["張三", "李四"]),
        ("山裡的春天", "專題獎", "中國時報", ["王五"]),
    ]


def test_prize_headings_in_square_brackets():
    works = parse_list(
        "2022年度某某新闻奖获奖名单\n【一等奖】\n《甲甲》 某某日报 张三\n"
        "《乙乙》 某某晚报 李四、王五\n【二等奖】\n《丙丙》 某某电视台 赵六\n"
    ).works
    assert [(w["prize"], w["authors"]) for w in works] == [
        ("一等奖", ["张三"]),
        ("一等奖", ["李四", "王五"]),
        ("二等奖", ["赵六"]),
    ]


def test_a_country_or_province_award_won_is_the_award_not_a_category():
    works = parse_list("本报《甲甲》荣获中国新闻奖，《乙乙》荣获湖北省新闻奖。").works
    assert [(w["title"], w["award"], w.get("category")) for w in works] == [
        ("甲甲", "中国新闻奖", None),
        ("乙乙", "湖北省新闻奖", None),
    ]


def test_a_quote_inside_a_slashed_title_is_no_work_of_its_own():
    works = parse_list(
        "第八屆某某獎名單如下:\n評論獎:舉步蹣跚的「二次政黨輪替」一周年/某某時報。"
        "專題獎:「迢迢長照路」系列專題報導/某某報。\n"
    ).works
    assert [w["title"] for w in works] == [
        "舉步蹣跚的「二次政黨輪替」一周年",
        "「迢迢長照路」系列專題報導",
    ]


def test_record_lines_led_by_a_genre_and_labels_with_the_unit_or_prize_after():
    works = parse_list(
        "2022年度某某新闻奖获奖名单\n一等奖\n消息 《甲甲》 张三 某某日报\n"
        "评论 《乙乙》 李四 某某晚报\n"
    ).works
    assert [(w["category"], w["outlet"], w["authors"]) for w in works] == [
        ("消息", "某某日报", ["张三"]),
        ("评论", "某某晚报", ["李四"]),
    ]
    works = parse_list(
        "2022年度某某新闻奖获奖名单\n一等奖（2件）\n"
        "《甲甲》（消息） 作者：张三 编辑：李四 某某日报\n"
        "2、《乙乙》 作者：李四、王五 单位：某某晚报 二等奖\n"
    ).works
    assert [(w["outlet"], w["authors"], w.get("editors"), w["prize"]) for w in works] == [
        ("某某日报", ["张三"], ["李四"], "一等奖"),
        ("某某晚报", ["李四", "王五"], None, "二等奖"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "每日獎得獎者為某某報記者張三、李四，作品「河邊」；專題獎得獎者為某某時報記者王五，作品「山裡」。",
        "每日獎得主某某報攝影記者張三、李四，以「河邊」獲獎；專題獎得主某某時報主筆王五，以「山裡」獲獎。",
    ],
)
def test_the_winner_named_before_the_work(text):
    works = parse_list("第五屆某某新聞獎頒獎。" + text).works
    assert [(w["title"], w["category"], w["outlet"], w["authors"]) for w in works] == [
        ("河邊", "每日獎", "某某報", ["張三", "李四"]),
        ("山裡", "專題獎", "某某時報", ["王五"]),
    ]


def test_two_works_listed_after_a_lead_without_prizes_in_angle_brackets():
    works = parse_list(
        "第五屆某某新聞獎頒獎。得獎作品包括：〈河邊〉（某某社記者張三）、〈山裡〉（公視記者李四、王五）。"
    ).works
    assert [(w["title"], w["outlet"], w["authors"]) for w in works] == [
        ("河邊", "某某社", ["張三"]),
        ("山裡", "公視", ["李四", "王五"]),
    ]


def test_unquoted_title_lines_under_a_prize_works_heading():
    works = parse_list(
        "2022年度某某新闻奖揭晓\n一等奖作品\n甲甲（某某日报 张三）\n乙乙（某某晚报 李四）\n"
        "二等奖作品\n丙丙（某某电视台 王五）\n"
    ).works
    assert [(w["title"], w["outlet"], w["authors"], w["prize"]) for w in works] == [
        ("甲甲", "某某日报", ["张三"], "一等奖"),
        ("乙乙", "某某晚报", ["李四"], "一等奖"),
        ("丙丙", "某某电视台", ["王五"], "二等奖"),
    ]


def test_caption_lines_title_slash_author_each_followed_by_prose():
    works = parse_list(
        "第九届某某新闻奖参评摄影作品公示\n\n时间:2008-06-04 19:52:21 来源:网络 点击:0\n\n"
        "春耕时节 田野新绿/张大伟\n\n采编过程:作者凌晨赶到田间,拍下了农民春耕的场景。\n\n"
        "别了,老街 /李红\n\n作者跟踪拍摄老街改造三年,记录了居民搬迁的瞬间。\n"
    ).works
    assert works == [
        {"title": "春耕时节 田野新绿", "authors": ["张大伟"]},
        {"title": "别了,老街", "authors": ["李红"]},
    ]


def test_padded_title_and_author_lines_under_prize_headings_with_unit_notes():
    works = parse_list(
        "某某诗歌征文比赛获奖名单\n\n一等奖:\n\n我听见春风  韩小汤\n\n(作者单位:某某中心小学)\n\n"
        "二等奖:\n\n七律 致敬医生 戴青山\n\n(作者单位:某某县文化局)\n\n"
        "逆行而上  向死而生——致敬英雄  黄明\n\n(援鄂医务人员,县医院医生)\n\n"
        "特别荣誉奖:\n\n随州的雪  王华\n\n快速回复\n\n上一个 下一个\n"
    ).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("我听见春风", ["韩小汤"], "一等奖"),
        ("七律 致敬医生", ["戴青山"], "二等奖"),
        ("逆行而上 向死而生——致敬英雄", ["黄明"], "二等奖"),
        ("随州的雪", ["王华"], "特别荣誉奖"),
    ]


def test_wide_spaced_columns_without_a_header_row_are_read_by_what_each_piece_is():
    works = parse_list(
        "某某市新闻奖获奖作品\n一等奖\n春天的河    张三、李四    某某日报\n"
        "城里的灯    王五    某某电视台\n"
    ).works
    assert [(w["title"], w["authors"], w.get("outlet"), w.get("prize")) for w in works] == [
        ("春天的河", ["张三", "李四"], "某某日报", "一等奖"),
        ("城里的灯", ["王五"], "某某电视台", "一等奖"),
    ]


def test_a_title_with_an_exclamation_or_a_question_is_no_page_chrome():
    works = parse_list(
        "某某诗歌征文获奖名单\n\n一等奖:\n\n加油！武汉  韩小汤\n\n春天还会远吗？  戴青山\n\n"
        "首页 > 征文  王华\n"
    ).works
    assert [(w["title"], w["authors"]) for w in works] == [
        ("加油！武汉", ["韩小汤"]),
        ("春天还会远吗？", ["戴青山"]),
    ]


def test_a_numbered_pipe_table_joined_onto_one_line_is_cut_back_into_rows():
    result = parse_list(
        "2020年第一季度全区优秀广播电视新闻作品 序号 | 作品名称 | 主创人员 | 制作单位 | | "
        "1 | 春耕进行时 | 张三 李四 | 某某电视台 | 2 | 复工复产 | 王五 | 某某广播电台 "
        "3 | 河边的灯 | 赵六 | 某某日报 |"
    )
    assert result.heading.get("year") == 2020
    assert [(w["title"], w["authors"], w["outlet"]) for w in result.works] == [
        ("春耕进行时", ["张三", "李四"], "某某电视台"),
        ("复工复产", ["王五"], "某某广播电台"),
        ("河边的灯", ["赵六"], "某某日报"),
    ]


def test_a_bordered_pipe_table_joined_onto_one_line_without_numbers():
    works = parse_list(
        "某某奖获奖作品 | 作品名称 | 作者 | 单位 | | 春耕进行时 | 张三 | 某某电视台 | "
        "| 复工复产 | 王五 | 某某广播电台 | | 河边的灯 | 赵六 | 某某日报 |"
    ).works
    assert [(w["title"], w["authors"]) for w in works] == [
        ("春耕进行时", ["张三"]),
        ("复工复产", ["王五"]),
        ("河边的灯", ["赵六"]),
    ]


def test_cells_one_a_line_with_a_column_no_field_takes():
    text = "获选的优秀作品包括:\n|\n奖项 |\n学校 |\n作品 |\n|\n冠军 |\n甲中学 |\n爱乒才会赢 |\n|\n"
    text += "亚军 |\n乙学校 |\n镜后全运 |\n|\n优异奖 |\n丙学校 |\n红棉热血 |\n"
    works = parse_list(text).works
    assert [(w["title"], w["prize"]) for w in works] == [
        ("爱乒才会赢", "冠军"),
        ("镜后全运", "亚军"),
        ("红棉热血", "优异奖"),
    ]
    assert parse_list(text.replace("|", "")).works == works  # the same cells without `|`


@pytest.mark.parametrize("joiner", ["\n\n", " "])
def test_prize_lines_of_name_and_title_items_under_category_lines(joiner: str):
    lines = [
        "獲獎名單如下(以姓氏筆劃排序):",
        "本地群組散文",
        "冠軍:王慧詩〈唐樓窗外〉;",
        "亞軍:袁紹珊〈用汽水瓶載舊記憶〉;",
        "優異獎:金學良〈配送騎士〉、周江明〈鷗聲陣陣〉。",
        "本地群組新詩",
        "冠軍:甘遠來〈粵語句末語氣詞“噃”的研究陳述〉;",
    ]
    works = parse_list(joiner.join(lines)).works
    assert [(w["title"], w["authors"], w["prize"], w["category"]) for w in works] == [
        ("唐樓窗外", ["王慧詩"], "冠軍", "本地群組散文"),
        ("用汽水瓶載舊記憶", ["袁紹珊"], "亞軍", "本地群組散文"),
        ("配送騎士", ["金學良"], "優異獎", "本地群組散文"),
        ("鷗聲陣陣", ["周江明"], "優異獎", "本地群組散文"),
        ("粵語句末語氣詞“噃”的研究陳述", ["甘遠來"], "冠軍", "本地群組新詩"),
    ]


def test_prize_lines_with_titles_before_their_people():
    text = "一等奖：《河边》（张三）；《山里》（李四、王五）\n二等奖：《海上》（赵六）"
    works = parse_list(text).works
    assert [(w["title"], w.get("authors"), w["prize"]) for w in works] == [
        ("河边", ["张三"], "一等奖"),
        ("山里", ["李四", "王五"], "一等奖"),
        ("海上", ["赵六"], "二等奖"),
    ]


def test_title_lines_with_a_names_and_outlet_line_under_a_counted_award_heading():
    text = (
        "平面媒體類 新聞採訪報導獎(共五件)\n一根扁擔的秘密-中國觀察\n楊士仁/某某財經周刊\n"
        "以中國政府竄改經濟學名著當成新聞事件,詳細查證。\n鐵道怪客又犯案\n黃良傑、郭芳綺/自由時報\n"
        "率先從蛛絲馬跡中發現重大治安事件的線索。\n"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["outlet"], w["category"]) for w in works] == [
        ("一根扁擔的秘密-中國觀察", ["楊士仁"], "某某財經周刊", "新聞採訪報導獎"),
        ("鐵道怪客又犯案", ["黃良傑", "郭芳綺"], "自由時報", "新聞採訪報導獎"),
    ]


def test_labelled_records_after_their_heading_outlet_and_roc_period_lines():
    text = (
        "分類:第十四屆卓越新聞獎得獎作品\n即時新聞獎\n聯合晚報\n104.04.09-104.07.13\n"
        "得獎作品:終結農舍亂象 遏止炒作大修法\n得獎人:彭宣雅、蕭照平\n"
        "得獎理由:本報導源自於農委會主委透露將修正辦法。\n得獎作品線上閱覽1     得獎作品線上閱覽2\n"
        "國際新聞報導獎\n天下雜誌\n104.04.29-104.05.12\n得獎作品:一帶一路  全面解讀\n"
        "得獎人:蕭富元、陳竫詒\n"
    )
    works = parse_list(text).works
    got = [(w["title"], w["category"], w["outlet"], w["published"], w["authors"]) for w in works]
    assert got == [
        (
            "終結農舍亂象 遏止炒作大修法",
            "即時新聞獎",
            "聯合晚報",
            "104.04.09-104.07.13",
            ["彭宣雅", "蕭照平"],
        ),
        (
            "一帶一路  全面解讀",
            "國際新聞報導獎",
            "天下雜誌",
            "104.04.29-104.05.12",
            ["蕭富元", "陳竫詒"],
        ),
    ]


def test_page_chrome_is_spelled_once_for_every_reader():
    from award_archive.authoring.importer.list_chrome import is_chrome

    for line in ("责任编辑：张三", "【來源】某某網", "首页 > 新闻", "上一篇", "得獎作品線上閱覽1"):
        assert is_chrome(line), line
    for line in ("加油！武汉", "本地群组散文", "河边"):
        assert not is_chrome(line), line
    text = "某某奖获奖名单\n点击查看\n一等奖：甲《河边》；乙《山里》"
    assert [w.get("category") for w in parse_list(text).works] == [None, None]


def test_a_joined_table_without_its_empty_cells_and_numbered_items_in_brackets_on_one_line():
    text = "作品如下: | 奖项 | 学校 | 作品 | 冠军 | 甲中学 | 爱乒才会赢 | 亚军 | 乙校 | 镜后全运 |"
    assert [(w["title"], w["prize"]) for w in parse_list(text).works] == [
        ("爱乒才会赢", "冠军"),
        ("镜后全运", "亚军"),
    ]
    text = "现将评选结果公示如下: (一)《河边》(某某台制作并报送) (二)《山里》(某某台制作并报送)"
    assert [w["title"] for w in parse_list(text).works] == ["河边", "山里"]


def test_winners_named_above_a_score_table_take_the_table_s_other_rows():
    lines = [
        "大赛评选出三等奖2名,优秀奖30名。",
        "三等奖:",
        "《摩天岭的守护神》",
        "《守望瓦屋见云开》",
    ]
    lines += ["优秀奖:", "共30篇(见评分表)", "以下是本次入围作品的得分情况"]
    lines += ["获奖等次", "作者", "作品题目", "平均得分", "排名", "三等奖", "李瑞春"]
    lines += ["摩天岭的守护神", "81.8", "1", "守望瓦屋见云开", "80.5", "2", "优秀奖", "李爱国"]
    lines += ["一次难忘的样线巡查", "79.7", "3", "谌利民", "不忘初心牢记使命", "79"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w.get("authors"), w["prize"]) for w in works] == [
        ("摩天岭的守护神", ["李瑞春"], "三等奖"),
        ("守望瓦屋见云开", None, "三等奖"),
        ("一次难忘的样线巡查", ["李爱国"], "优秀奖"),
        ("不忘初心牢记使命", ["谌利民"], "优秀奖"),  # its rank cut off by the excerpt's end
    ]


def test_a_list_an_excerpt_joined_onto_one_line_is_cut_back_into_its_lines():
    lines = [
        "获奖名单如下(根据得票排序):",
        "一等奖:",
        "我听见春风吹来  韩汤",
        "(作者单位:路口乡中心小学)",
        "二等奖:",
        "逆行英雄  周黄",
        "(作者单位:修水县第一小学)",
        "春天里的守望  李明",
        "(作者单位:某某中学)",
    ]
    want = [
        ("我听见春风吹来", ["韩汤"], "一等奖"),
        ("逆行英雄", ["周黄"], "二等奖"),
        ("春天里的守望", ["李明"], "二等奖"),
    ]
    for text in ("\n".join(lines), " ".join(lines)):
        works = parse_list(text).works
        assert [(w["title"], w["authors"], w["prize"]) for w in works] == want


def test_slashed_records_and_award_item_headings_on_a_joined_line():
    text = (
        "即時新聞獎 作品簡介: 此系列報導獨家披露司法多件離譜性侵判決。 "
        "急診非廿四小時,男嬰死亡換重視/聯合報/游振昇、洪敬浤 "
        "江國慶冤死案追追追/中國時報/吳明杰、林如昕 專題新聞獎 "
        "追討程序正義/獨立媒體記者/朱淑娟 核電/今周文化/楊紹華、燕珍宜"
    )
    works = parse_list(text).works
    got = [(w["title"], w["outlet"], w["authors"], w["category"]) for w in works]
    assert got == [
        ("急診非廿四小時,男嬰死亡換重視", "聯合報", ["游振昇", "洪敬浤"], "即時新聞獎"),
        ("江國慶冤死案追追追", "中國時報", ["吳明杰", "林如昕"], "即時新聞獎"),
        ("追討程序正義", "獨立媒體記者", ["朱淑娟"], "專題新聞獎"),
        ("核電", "今周文化", ["楊紹華", "燕珍宜"], "專題新聞獎"),
    ]


def test_title_then_names_and_outlet_records_on_a_joined_line_with_their_prose():
    text = (
        "平面媒體類 新聞採訪報導獎(共五件) 鐵道怪客又犯案,採獲DNA 黃良傑、郭芳綺/自由時報 "
        "率先從蛛絲馬跡中發現重大治安事件的線索,善盡媒體職責。 離島水泥化系列報導 "
        "劉力仁、王孟倫/自由時報 以大版面、廣泛而詳盡的報導,揭露離島開發的問題。"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["outlet"], w["category"]) for w in works] == [
        ("鐵道怪客又犯案,採獲DNA", ["黃良傑", "郭芳綺"], "自由時報", "新聞採訪報導獎"),
        ("離島水泥化系列報導", ["劉力仁", "王孟倫"], "自由時報", "新聞採訪報導獎"),
    ]


def test_coded_entries_under_a_counted_group_heading_on_a_joined_line():
    text = (
        "本屆評審標準為公共性。 短片報導學生組入圍名單(共9部) 改裝行動醫療車 偏鄉行醫三十載 "
        "王若桐、蕭子維 (SS001) 公車司機勞動安全 李欣庭、戴慧怡 (SS009) 永無止淨 徐孟筑 (SS035)"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["category"]) for w in works] == [
        ("改裝行動醫療車 偏鄉行醫三十載", ["王若桐", "蕭子維"], "短片報導學生組"),
        ("公車司機勞動安全", ["李欣庭", "戴慧怡"], "短片報導學生組"),
        ("永無止淨", ["徐孟筑"], "短片報導學生組"),
    ]


def test_wide_spaced_columns_on_a_joined_line_under_spaced_out_headings():
    lines = ["作品              作者", "小  说", "鸟背上的故乡             胡继风"]
    lines += ["千雯之舞               张之路", "影子行动               牧 铃", "诗  歌"]
    lines += ["我成了个隐身人            任溶溶", "月光下的蝈蝈             安武林"]
    want = [
        ("鸟背上的故乡", ["胡继风"]),
        ("千雯之舞", ["张之路"]),
        ("影子行动", ["牧铃"]),
        ("我成了个隐身人", ["任溶溶"]),
        ("月光下的蝈蝈", ["安武林"]),
    ]
    for text in ("\n".join(lines), " ".join(lines)):
        assert [(w["title"], w["authors"]) for w in parse_list(text).works] == want


def test_dated_records_and_a_counted_spaced_table_on_a_joined_line():
    text = (
        "1991年第4季度杂文“金台奖”名单 (以得票多少为序) 忽然想到(11.25) 冯日乾 "
        "艺术的品格(11.2) 翟墨 想起了蔡大姐送的闹钟(10.7) 范硕"
    )
    works = parse_list(text).works
    assert [(w["title"], w["published"], w["authors"]) for w in works] == [
        ("忽然想到", "11.25", ["冯日乾"]),
        ("艺术的品格", "11.2", ["翟墨"]),
        ("想起了蔡大姐送的闹钟", "10.7", ["范硕"]),
    ]
    text = (
        "附件: 推荐作品目录 编号 作品题目 参评项目 创作单位 1 《放飞“重楼梦”》 广播新闻访谈 "
        "四川广播电视台 2 《聆听天下》 广播新闻专栏 四川广播电视台 3 《成广新闻》 广播新闻节目编排 "
        "成都市广播电视台"
    )
    works = parse_list(text).works
    assert [(w["title"], w["category"], w["outlet"]) for w in works] == [
        ("放飞“重楼梦”", "广播新闻访谈", "四川广播电视台"),
        ("聆听天下", "广播新闻专栏", "四川广播电视台"),
        ("成广新闻", "广播新闻节目编排", "成都市广播电视台"),
    ]


def test_records_with_a_colonless_people_and_unit_label_on_a_joined_line():
    text = (
        "某某好新闻获奖作品 一等奖(8篇) 风正扬帆又起航 作者及刊播单位 江先贞 《时代主人》 "
        "危厂临河 作者及刊播单位 朱 敏 江西人民广播电台 引进小化工 弊远大于利 作者及刊播单位 "
        "罗德斌 《江西日报》"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["outlet"], w["prize"]) for w in works] == [
        ("风正扬帆又起航", ["江先贞"], "《时代主人》", "一等奖"),
        ("危厂临河", ["朱敏"], "江西人民广播电台", "一等奖"),
        ("引进小化工 弊远大于利", ["罗德斌"], "《江西日报》", "一等奖"),
    ]


def test_prize_lines_with_role_labelled_or_unit_glued_people():
    text = "一等奖：《河边》 作者：张三；《山里》 作者：李四、王五\n二等奖：《海上》 作者：赵六"
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("河边", ["张三"], "一等奖"),
        ("山里", ["李四", "王五"], "一等奖"),  # the reading that names every person
        ("海上", ["赵六"], "二等奖"),
    ]
    works = parse_list("一等奖：某某日报张三《河边》、某某电视台李四《山里》").works
    assert [(w["title"], w["outlet"], w["authors"]) for w in works] == [
        ("河边", "某某日报", ["张三"]),
        ("山里", "某某电视台", ["李四"]),
    ]


def test_a_prize_a_space_before_its_name_and_title_items():
    text = "獲獎名單如下:\n本地群組散文\n冠軍 王慧詩〈唐樓窗外〉\n"
    text += "優異獎 金學良〈配送騎士〉、周江明〈鷗聲陣陣〉"
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"], w["category"]) for w in works] == [
        ("唐樓窗外", ["王慧詩"], "冠軍", "本地群組散文"),
        ("配送騎士", ["金學良"], "優異獎", "本地群組散文"),
        ("鷗聲陣陣", ["周江明"], "優異獎", "本地群組散文"),
    ]


def test_a_two_column_table_one_cell_a_line():
    text = "获奖名单\n作品名称\n作者\n河边的树\n张三\n山里的人\n李四、王五\n城外\n赵六"
    assert [(w["title"], w["authors"]) for w in parse_list(text).works] == [
        ("河边的树", ["张三"]),
        ("山里的人", ["李四", "王五"]),
        ("城外", ["赵六"]),
    ]


def test_taiwan_grades_head_prize_lines_and_one_work_under_a_slashed_award_item():
    text = (
        "首獎：「河邊的樹」（作者：張三）\n佳作：「山裡的人」（作者：李四）、「城外」（作者：趙六）"
    )
    assert [(w["title"], w["authors"], w["prize"]) for w in parse_list(text).works] == [
        ("河邊的樹", ["張三"], "首獎"),
        ("山裡的人", ["李四"], "佳作"),
        ("城外", ["趙六"], "佳作"),
    ]
    text = (
        "得獎名單\n最佳專題報導獎：〈海的記憶〉／某某雜誌／張三、李四；〈山的聲音〉／某某雜誌／王五\n"
        "最佳評論獎：〈城市與人〉／某某周刊／趙六"
    )
    works = parse_list(text).works
    assert [(w["title"], w["outlet"], w["prize"]) for w in works] == [
        ("海的記憶", "某某雜誌", "最佳專題報導獎"),
        ("山的聲音", "某某雜誌", "最佳專題報導獎"),
        ("城市與人", "某某周刊", "最佳評論獎"),
    ]


def test_a_header_on_one_line_over_cells_one_a_line():
    text = "获奖名单\n序号 作品名称 作者 单位\n1\n河边的树\n张三\n某某日报\n"
    text += "2\n山里的人\n李四\n某某电视台"
    assert [(w["title"], w["authors"], w["outlet"]) for w in parse_list(text).works] == [
        ("河边的树", ["张三"], "某某日报"),
        ("山里的人", ["李四"], "某某电视台"),
    ]


def test_record_labels_in_traditional_script_and_names_with_their_unit_under_a_title():
    text = (
        "新聞攝影獎\n作品名稱：河邊的樹\n得獎者：張三\n服務單位：某某日報\n"
        "作品名稱：山裡的人\n得獎者：李四\n服務單位：某某電視台"
    )
    assert [(w["title"], w["authors"], w["outlet"]) for w in parse_list(text).works] == [
        ("河邊的樹", ["張三"], "某某日報"),
        ("山裡的人", ["李四"], "某某電視台"),
    ]
    text = "一等奖\n河边的树\n张三（某某日报）\n山里的人\n李四（某某电视台）\n"
    text += "二等奖\n城外\n赵六（某某晚报）"
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["outlet"], w["prize"]) for w in works] == [
        ("河边的树", ["张三"], "某某日报", "一等奖"),
        ("山里的人", ["李四"], "某某电视台", "一等奖"),
        ("城外", ["赵六"], "某某晚报", "二等奖"),
    ]


def test_a_prize_leading_a_line_of_tab_set_pieces():
    text = "一等奖\t河边的树\t张三\n二等奖\t山里的人\t李四\n三等奖\t城外\t赵六"
    assert [(w["title"], w["authors"], w["prize"]) for w in parse_list(text).works] == [
        ("河边的树", ["张三"], "一等奖"),
        ("山里的人", ["李四"], "二等奖"),
        ("城外", ["赵六"], "三等奖"),
    ]


def test_pieces_in_single_angle_quotes_beside_their_paper_in_book_marks():
    text = "獲獎名單\n本地組\n優異獎：金學良〈配送騎士〉（刊於《澳門日報》）、周江明〈鷗聲陣陣〉"
    text += "（刊於《市民日報》）、麥健駿〈順流〉"
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("配送騎士", ["金學良"], "優異獎"),
        ("鷗聲陣陣", ["周江明"], "優異獎"),
        ("順流", ["麥健駿"], "優異獎"),
    ]


def test_prize_lines_of_unquoted_titles_with_their_people_in_brackets():
    text = "征文获奖名单\n一等奖：河边的树（张三）\n二等奖：山里的人（李四）、城外（赵六、王五）"
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("河边的树", ["张三"], "一等奖"),
        ("山里的人", ["李四"], "二等奖"),
        ("城外", ["赵六", "王五"], "二等奖"),
    ]
    assert not parse_list(
        "一等奖：小说（外一首）、散文（组诗）\n二等奖：诗歌（散文）、河（评论）"
    ).works


def test_a_record_s_outlet_and_date_lines_are_no_category_and_the_page_heading_is_none():
    text = (
        "消息类\n某某日报\n2023年5月1日\n获奖作品：河边的树\n获奖者：张三、李四\n"
        "通讯类\n某某晚报\n2023年6月2日\n获奖作品：山里的人\n获奖者：王五"
    )
    works = parse_list(text).works
    got = [(w["title"], w["category"], w["outlet"], w["published"]) for w in works]
    assert got == [
        ("河边的树", "消息类", "某某日报", "2023年5月1日"),
        ("山里的人", "通讯类", "某某晚报", "2023年6月2日"),
    ]
    text = "获奖名单\n河边的树\n作者：张三\n奖项：一等奖\n山里的人\n作者：李四\n奖项：二等奖"
    assert [w.get("category") for w in parse_list(text).works] == [None, None]


def test_records_each_beginning_with_a_title_on_a_joined_line():
    text = (
        "最终评出一等奖2名、二等奖5名,评选结果如下: 一等奖 《咏长江大保护》--秦和春(江苏) "
        "《听,晚风吹来童年的星空》--陈于晓(浙江) 二等奖 《浣溪沙·长江禁渔十载》--段春梅(江苏)"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("咏长江大保护", ["秦和春"], "一等奖"),
        ("听,晚风吹来童年的星空", ["陈于晓"], "一等奖"),
        ("浣溪沙·长江禁渔十载", ["段春梅"], "二等奖"),
    ]


def test_slashed_records_with_names_joined_by_and_and_a_monthly_as_outlet():
    """`游振昇和洪敬浤`: the one name splitter (split_list_names) in slashed records too; a 月刊
    is an outlet, so `〈甲〉／某某月刊／王五` is not read the other way round."""
    text = (
        "第八屆卓越新聞獎得獎名單\n即時新聞獎\n急診非廿四小時,男嬰死亡換重視/聯合報/游振昇和洪敬浤\n"
        "新聞攝影獎\n〈河邊的春天〉／某某月刊／王五\n〈山裡的秋天〉／某某週刊／趙六、錢七\n"
    )
    works = parse_list(text).works
    assert [(w["title"], w["outlet"], w["authors"]) for w in works] == [
        ("急診非廿四小時,男嬰死亡換重視", "聯合報", ["游振昇", "洪敬浤"]),
        ("河邊的春天", "某某月刊", ["王五"]),
        ("山裡的秋天", "某某週刊", ["趙六", "錢七"]),
    ]


def test_a_spaced_table_joined_onto_its_lead_with_prizes_printed_once():
    text = (
        "某市读书征文评选揭晓,获奖名单如下。 奖次 作者 作品名称 一等奖 甲乙丙 春天的信 "
        "丁戊 山里 人家的故事 二等奖 己庚 夜读 辛壬 灯下 奖金:一等奖500元。"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("春天的信", ["甲乙丙"], "一等奖"),
        ("山里 人家的故事", ["丁戊"], "一等奖"),
        ("夜读", ["己庚"], "二等奖"),
        ("灯下", ["辛壬"], "二等奖"),
    ]


def test_a_bracketed_prize_opens_each_line_and_a_role_labels_the_names_after_a_slash():
    text = (
        "某县山水摄影赛结果如下:\n【优选】晨雾中的河 摄影者/甲乙丙\n"
        "【佳作】老街 一角 作者/丁戊\n【佳作】秋收 摄影者/己庚"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("晨雾中的河", ["甲乙丙"], "优选"),
        ("老街 一角", ["丁戊"], "佳作"),
        ("秋收", ["己庚"], "佳作"),
    ]


def test_a_prize_before_its_colon_keys_the_winner_in_a_labelled_record():
    text = (
        "本届摄影赛主要奖项如下:\n冠军:甲乙丙 作品题名:晨光里的渡口;\n"
        "亚军:丁戊 作品题名:集市;\n季军:己庚辛 作品题名:归舟。"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("晨光里的渡口", ["甲乙丙"], "冠军"),
        ("集市", ["丁戊"], "亚军"),
        ("归舟", ["己庚辛"], "季军"),
    ]


def test_wide_spaced_lines_with_a_subtitle_line_and_more_inside_a_title():
    lines = ["年度最佳散文获奖作品", "河上的灯       甲乙丙", "假如明天下雨"]
    lines += ["   ——在某地读书会上的发言  丁 戊", "一朵花或更多的花      己庚辛"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w["authors"]) for w in works] == [
        ("河上的灯", ["甲乙丙"]),
        ("假如明天下雨——在某地读书会上的发言", ["丁戊"]),
        ("一朵花或更多的花", ["己庚辛"]),
    ]


def test_a_prize_money_column_one_cell_a_line_is_read_and_dropped():
    cells = ["姓名", "班级", "篇目", "奖次", "奖金(元)", "甲乙丙", "一班", "春天的信", "一等奖"]
    cells += ["900", "丁戊", "二班", "夜读", "二等奖", "500"]
    works = parse_list("\n".join(f"{c} |" for c in cells)).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("春天的信", ["甲乙丙"], "一等奖"),
        ("夜读", ["丁戊"], "二等奖"),
    ]


def test_award_item_headings_over_title_lines_with_page_numbers():
    lines = ["得奖作品目次", "剧本创作奖", "36《灯塔》甲乙丙", "散文创作奖-散文"]
    lines += ["92〈旧屋〉丁戊", "散文创作奖-新诗", "98〈河口〉李㨗文", "120〈山路〉壬癸"]
    lines += ["204 附录 历届得奖名录", "分类 其他资讯"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w["authors"], w["category"]) for w in works] == [
        ("灯塔", ["甲乙丙"], "剧本创作奖"),
        ("旧屋", ["丁戊"], "散文创作奖-散文"),
        ("河口", ["李㨗文"], "散文创作奖-新诗"),
        ("山路", ["壬癸"], "散文创作奖-新诗"),
    ]


def test_names_set_apart_by_spaces_before_a_title_under_prize_headings():
    lines = ["短片类一等奖", "甲乙丙《归途》", "短片类二等奖", "丁戊 己庚 辛壬癸《重阳》"]
    lines += ["子丑《灯火》", "海报类一等奖", "寅卯《守望》"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("归途", ["甲乙丙"], "一等奖"),
        ("重阳", ["丁戊", "己庚", "辛壬癸"], "二等奖"),
        ("灯火", ["子丑"], "二等奖"),
        ("守望", ["寅卯"], "一等奖"),
    ]


def test_labelled_prize_records_joined_onto_one_line_are_cut_at_their_semicolons():
    text = (
        "主要奖项如下: 冠军:甲乙丙 作品题名:渡口; 亚军:丁戊 作品题名:集市; "
        "季军:己庚辛 作品题名:归舟。"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("渡口", ["甲乙丙"], "冠军"),
        ("集市", ["丁戊"], "亚军"),
        ("归舟", ["己庚辛"], "季军"),
    ]


@pytest.mark.parametrize("by", ["——{}", " 摄影者:{}", " 摄影者/{}"])
def test_a_bracketed_prize_heads_the_work_written_after_it_on_its_line(by):
    lines = [
        f"【{prize}】{title}{by.format(name)}"
        for prize, title, name in (
            ("一等奖", "晨雾中的河", "甲乙丙"),
            ("二等奖", "老街", "丁戊"),
            ("二等奖", "秋收", "己庚"),
        )
    ]
    for text in ("\n".join(lines), "本次山水摄影比赛经评审评出获奖作品如下: " + " ".join(lines)):
        works = parse_list(text).works
        assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
            ("晨雾中的河", ["甲乙丙"], "一等奖"),
            ("老街", ["丁戊"], "二等奖"),
            ("秋收", ["己庚"], "二等奖"),
        ]


def test_spaced_rows_a_line_each_whose_prize_is_printed_on_its_first_row_only():
    lines = ["奖次 作者 作品名称", "一等奖 甲乙丙 春天的信", "丁戊 山里", "二等奖 己庚 夜读"]
    lines += ["辛壬 灯下", "以上名单公示七天。"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("春天的信", ["甲乙丙"], "一等奖"),
        ("山里", ["丁戊"], "一等奖"),
        ("夜读", ["己庚"], "二等奖"),
        ("灯下", ["辛壬"], "二等奖"),
    ]
    assert all("category" not in w for w in works)


def test_a_joined_spaced_table_whose_genre_and_prize_are_printed_once_per_group():
    text = (
        "获奖名单 类别 等级 作者 作品名称 散文 一等奖 甲乙丙 春天的信 丁戊 山里 "
        "诗歌 二等奖 己庚 夜读 辛壬 灯下"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["category"], w["prize"]) for w in works] == [
        ("春天的信", ["甲乙丙"], "散文", "一等奖"),
        ("山里", ["丁戊"], "散文", "一等奖"),
        ("夜读", ["己庚"], "诗歌", "二等奖"),
        ("灯下", ["辛壬"], "诗歌", "二等奖"),
    ]


def test_photo_captions_name_their_photographer_last_and_a_menu_is_no_work():
    text = (
        "首页 新闻 体育 娱乐\n金奖:《丰收》 9月23日,某镇农民在田里收割稻谷。甲乙丙 摄\n"
        "银奖:《晒秋》 9月20日,某村村民晾晒玉米。丁戊 摄\n铜奖:《舞龙》 村民舞龙庆丰收。己庚 摄"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("丰收", ["甲乙丙"], "金奖"),
        ("晒秋", ["丁戊"], "银奖"),
        ("舞龙", ["己庚"], "铜奖"),
    ]


def test_captions_under_an_award_item_of_their_own_name_their_photographer():
    text = (
        "金像奖:《晨渡》 3月2日,某江边渡口,村民乘船赶集。甲乙丙 摄\n"
        "金像奖:《炊烟》(组照) 5月,某山村的清晨。丁戊 摄\n"
        "佳作奖:《秋晒》 10月8日,某村村民晾晒辣椒。己庚 摄"
    )
    works = parse_list(text).works
    assert [(w["title"], w["authors"]) for w in works] == [
        ("晨渡", ["甲乙丙"]),
        ("炊烟", ["丁戊"]),
        ("秋晒", ["己庚"]),
    ]


def test_the_prize_rules_after_a_list_are_no_part_of_its_last_work():
    lines = ["短片类一等奖", "甲乙丙《归途》", "短片类二等奖", "丁戊《重阳》", "子丑《灯火》"]
    lines += ["奖项设置", "短片类一等奖1名", "荣誉证书,奖金若干;"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w["prize"]) for w in works] == [
        ("归途", "一等奖"),
        ("重阳", "二等奖"),
        ("灯火", "二等奖"),
    ]


def test_the_contact_section_after_a_list_gives_no_work():
    lines = ["评选结果如下:", "【优选】晨雾中的河 摄影者/甲乙丙", "【佳作】秋收 摄影者/己庚"]
    lines += ["九、联络方式", "某某市摄影学会 秘书", "电话:0000-0000"]
    works = parse_list("\n".join(lines)).works
    assert [w["title"] for w in works] == ["晨雾中的河", "秋收"]


def test_names_after_a_unit_in_brackets_or_a_unit_written_apart():
    # `《t》(某学院)张三`: the bracket is the people's unit (not mapped), the names after it authors
    lines = ["评选结果如下:", "一等奖:《河边》 (历史学院)周 凯", "二等奖:《山里》(档案馆)许文然"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w.get("authors")) for w in works] == [
        ("河边", ["周凯"]),
        ("山里", ["许文然"]),
    ]
    # `《t》 某某管理局 张三`: a body that is no media, written apart before its people
    lines = ["获奖作品及作者:", "一等奖:《远方》 市水文勘测管理局 韩立"]
    lines += ["二等奖:《晨光》  区供水工程总公司 潘悦"]
    works = parse_list("\n".join(lines)).works
    assert [(w["authors"], w.get("outlet")) for w in works] == [(["韩立"], None), (["潘悦"], None)]


def test_signed_records_under_prize_headings_give_a_bare_title_and_its_kind():
    lines = ["评出获奖作品如下:", "一等奖", "赵明远(河北保定):老屋的灯(诗)。", "二等奖"]
    lines += ["钱小雨(女山东青岛):海边的早晨,风来了(散文);", "孙立(上海):江南:一座桥(组诗)。"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w["authors"], w.get("category"), w["prize"]) for w in works] == [
        ("老屋的灯", ["赵明远"], "诗", "一等奖"),
        ("海边的早晨,风来了", ["钱小雨"], "散文", "二等奖"),
        ("江南:一座桥", ["孙立"], "组诗", "二等奖"),
    ]


def test_bare_headings_over_ranked_records_are_their_categories_and_a_craft_prize_no_work():
    lines = ["优秀动画短片", "优胜:《月亮船》(甲乙丙,中国)", "提名:《远山》(丁戊,中国)"]
    lines += ["最佳动画导演", "优胜:《海风》(己庚,中国)", "提名:《云朵》(癸子,中国)"]
    lines += ["优秀动画长片", "优胜:《远山》(丁戊,中国)", "提名:《小河》(辛壬,中国)"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w["category"], w["prize"]) for w in works] == [
        ("月亮船", "优秀动画短片", "优胜"),
        ("远山", "优秀动画短片", "提名"),
        ("远山", "优秀动画长片", "优胜"),
        ("小河", "优秀动画长片", "提名"),
    ]


def test_bare_titles_with_their_names_in_brackets_under_prize_headings():
    lines = ["一等奖", "小城的黄昏（周一鸣）", "秋天（吴可、郑远）", "特等奖（空缺）", "二等奖"]
    lines += ["北方来信（冯晓）", "雪落山庄（陈二毛）"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("小城的黄昏", ["周一鸣"], "一等奖"),
        ("秋天", ["吴可", "郑远"], "一等奖"),
        ("北方来信", ["冯晓"], "二等奖"),
        ("雪落山庄", ["陈二毛"], "二等奖"),
    ]


def test_runs_of_name_and_title_pairs_under_counted_prize_headings():
    lines = [
        "小说赛区获奖名单",
        "一等奖 空缺",
        "二等奖 2名(按姓氏笔画排序)",
        "孔 方 远山的回声 周一鸣 北方",
    ]
    lines += ["三等奖 3名", "吴可 冬夜 郑远 河边的柳树 山中无名客 石径(请作者提供真名)"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w["authors"], w["prize"], w["category"]) for w in works] == [
        ("远山的回声", ["孔方"], "二等奖", "小说赛区"),
        ("北方", ["周一鸣"], "二等奖", "小说赛区"),
        ("冬夜", ["吴可"], "三等奖", "小说赛区"),
        ("河边的柳树", ["郑远"], "三等奖", "小说赛区"),
        ("石径", ["山中无名客"], "三等奖", "小说赛区"),
    ]


def test_runs_of_titles_each_dashed_to_its_author_after_prize_labels():
    lines = [
        "得奖名单如下:",
        "散文",
        "■首奖:远方的灯─陈一鸣",
        "■佳作:河、桥与路─林小二、旧屋─记一次搬家─王三",
    ]
    lines += ["新诗", "■优选:山路─周四、晚风─"]
    works = parse_list("\n".join(lines)).works
    assert [(w["title"], w["authors"], w["prize"], w["category"]) for w in works] == [
        ("远方的灯", ["陈一鸣"], "首奖", "散文"),
        ("河、桥与路", ["林小二"], "佳作", "散文"),
        ("旧屋─记一次搬家", ["王三"], "佳作", "散文"),
        ("山路", ["周四"], "优选", "新诗"),
    ]


def test_a_rank_column_of_prizes_one_cell_a_line_is_the_prize_column():
    cells = ["名次", "姓名", "作品名", "一等奖", "甲乙丙", "春天,来了", "二等奖", "丁戊"]
    cells += ["河:一条路", "二等奖", "己庚", "夜读"]
    works = parse_list("\n".join(f"{c}\n|" for c in cells)).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("春天,来了", ["甲乙丙"], "一等奖"),
        ("河:一条路", ["丁戊"], "二等奖"),
        ("夜读", ["己庚"], "二等奖"),
    ]
