"""Winner lists written as news prose: works named in sentences, each with its own fields
(the award round a sentence names, 分别/分获 with parallel lists, `；` runs, the same unit's
next work)."""

from __future__ import annotations

from award_archive.authoring.importer.list_records import ranked_records
from award_archive.authoring.importer.lists import parse_list, work_values


def _read(text: str) -> list[dict[str, object]]:
    result = parse_list(text)
    return [dict(work_values(result, w)) for w in result.works]


def _fields(works: list[dict[str, object]], *keys: str) -> list[tuple[object, ...]]:
    return [tuple(w.get(k) for k in ("title", *keys)) for w in works]


def test_each_round_a_sentence_names_is_the_award_of_its_works():
    works = _read(
        "某某台节目创优工作创佳绩\n2013年度某某省新闻奖评选结果揭晓，某某台推荐的3件作品获奖。"
        "在省环保厅主办的第二十五届某某“环境好新闻”评选中，该台的电视消息《甲篇》荣获二等奖；"
        "由某某办组织的“某某银行杯”某某经济好新闻评选中，《乙篇》获广播类二等奖；"
        "在某某世纪行2013年好新闻奖评选中，《丙篇》荣获三等奖。"
        "在此次评选中，电视消息《丁篇》荣获一等奖。"
    )
    assert _fields(works, "award") == [
        ("甲篇", "某某环境好新闻"),
        ("乙篇", "某某经济好新闻"),
        ("丙篇", "某某世纪行2013年好新闻奖"),
        ("丁篇", "某某省新闻奖"),
    ]
    assert works[0]["edition"] == 25 and works[2]["year"] == works[3]["year"] == 2013


def test_awards_counted_in_a_background_sentence_are_no_award():
    works = _read(
        "某某好新闻奖揭晓\n第十三届某某好新闻奖近日揭晓。该奖是中央批准的十二个全国性常设新闻奖之一。"
        "其中，《甲篇》获特别奖。"
    )
    assert _fields(works, "award") == [("甲篇", "某某好新闻奖")]


def test_prizes_said_in_order_after_a_run_of_works():
    """`分获对外报道一等奖、三等奖`: one kind for both; `分获中国新闻奖二、三等奖`: the award,
    then the levels; `分别荣获全国甲栏目一等奖和乙节目三等奖`: each its own kind, the scope
    not part of it."""
    works = _read(
        "某某新闻奖揭晓。某某社记者张三采写的《甲篇》和李四采写的《乙篇》分获对外报道一等奖、三等奖。"
        "另外，某某日报通讯《丙篇》、消息《丁篇》分获中国新闻奖二、三等奖。"
        "某某电台制作播出的少儿栏目《戊篇》和少儿节目《己篇》分别荣获全国优秀少儿栏目一等奖和优秀少儿原创节目三等奖。"
    )
    assert _fields(works, "outlet", "category", "prize") == [
        ("甲篇", "某某社", "对外报道", "一等奖"),
        ("乙篇", "某某社", "对外报道", "三等奖"),
        ("丙篇", "某某日报", "通讯", "二等奖"),
        ("丁篇", "某某日报", "消息", "三等奖"),
        ("戊篇", "某某电台", "优秀少儿栏目", "一等奖"),
        ("己篇", "某某电台", "优秀少儿原创节目", "三等奖"),  # 某某电台制作播出的 both
    ]


def test_works_in_semicolon_clauses_won_at_the_sentences_end():
    """`A；B；C分别荣获图片类三等奖和优秀奖`: three works, two prizes: no prize; one kind."""
    works = _read(
        "在某某故事优秀作品评选中，本省7件作品榜上有名。由张三拍摄、某某办选送的《甲篇》；"
        "李四拍摄、某某公司选送的《乙篇》；王五拍摄、某某局选送的《丙篇》分别荣获图片类三等奖和优秀奖。"
    )
    assert _fields(works, "authors", "recommender", "category", "prize") == [
        ("甲篇", ["张三"], "某某办", "图片类", None),
        ("乙篇", ["李四"], "某某公司", "图片类", None),
        ("丙篇", ["王五"], "某某局", "图片类", None),
    ]


def test_an_outlet_glued_to_the_genre_before_a_title():
    works = _read("第22届某某新闻奖揭晓。大众网网络专题《甲篇》荣膺某某新闻奖一等奖。")
    assert _fields(works, "outlet", "category") == [("甲篇", "大众网", "网络专题")]


def test_a_paper_in_quotes_before_a_work_and_a_quoted_title_with_its_genre():
    """`《某某报》评论员文章《…》`, `《某某》杂志“…”系列报道获…`: the paper is the outlet, no work;
    `某某报社多篇作品获奖，其中` names the paper of the works it goes on to name."""
    works = _read(
        "第34届某某新闻大赛获奖结果公布。某某改革报社多篇作品获奖，其中，“回眸2021:甲的问与答”"
        "系列报道获融合报道类二等奖，《某某产业》杂志“乙篇”系列报道获新闻报道类二等奖。"
        "获最佳评论奖的《某某日报》评论员文章《丙篇》立意高远。"
    )
    assert _fields(works, "outlet", "category", "prize") == [
        ("回眸2021:甲的问与答", "某某改革报社", "融合报道类", "二等奖"),
        ("乙篇", "某某产业杂志", "新闻报道类", "二等奖"),
        ("丙篇", "某某日报", "最佳评论奖", None),
    ]


def test_the_award_item_a_work_won_is_its_category():
    """`《甲》获对外广播奖`, `广播剧《乙》获评委特别推荐奖`: 奖项 with no prize, the category;
    `…等11件作品也同时获得大奖`: works of the award itself, no 奖项 (a genre before a title is
    still its category)."""
    works = _read(
        "亚广联大奖揭晓。某某广播电台的《甲篇》获对外广播奖、广播剧《乙篇》获评委特别推荐奖。"
        "某某协会的广播剧《丙篇》、某某公司的《丁篇》等11件作品也同时获得大奖。"
    )
    assert _fields(works, "category", "prize") == [
        ("甲篇", "对外广播奖", None),
        ("乙篇", "评委特别推荐奖", None),
        ("丙篇", "广播剧", None),  # the genre written before its title (README: `消息《…》` → 消息)
        ("丁篇", None, None),
    ]


def test_award_item_lines_divisions_with_the_prize_and_who_won_with_the_work():
    """A line that is only a 奖项's name is the category of the works after it; `獲得地區組首獎`
    keeps the division in the prize; `某某晨報憑藉…的報道《…》` names the outlet."""
    works = _read(
        "某某協會宣佈「2024年度卓越新聞獎」獲獎名單\n卓越女性議題報道獎\n"
        "某某週刊的新聞調查報道《甲篇》獲得地區組首獎。\n卓越專題特寫獎\n"
        "《某某晨報》憑藉介紹某某的報道《乙篇》,獲得國際組首獎。"
    )
    assert _fields(works, "outlet", "category", "prize") == [
        ("甲篇", "某某週刊", "卓越女性議題報道獎", "地區組首獎"),
        ("乙篇", "某某晨報", "卓越專題特寫獎", "國際組首獎"),
    ]


def test_a_counted_kind_before_its_works_and_radio_channels_as_outlets():
    works = _read(
        "此次入选的8件作品中，共有电视新闻作品5件，包括总台央视新闻频道《甲篇》、浙江卫视《乙篇》等。"
        "广播新闻作品3件，包括总台央广中国之声《丙篇》、总台国广环球资讯广播《丁篇》、北京新闻广播《戊篇》。"
    )
    assert _fields(works, "outlet", "category") == [
        ("甲篇", "总台央视新闻频道", "电视新闻作品"),
        ("乙篇", "浙江卫视", "电视新闻作品"),
        ("丙篇", "总台央广中国之声", "广播新闻作品"),
        ("丁篇", "总台国广环球资讯广播", "广播新闻作品"),
        ("戊篇", "北京新闻广播", "广播新闻作品"),
    ]


def test_the_pages_own_unit_is_no_author():
    works = _read("某某新闻奖揭晓\n在某某市好新闻奖评选中，本报的评论《甲篇》获二等奖。")
    assert _fields(works, "authors", "category", "prize") == [("甲篇", None, "评论", "二等奖")]


def test_a_work_that_won_another_award_by_name_and_its_kind_in_brackets():
    works = _read(
        "某某新闻奖揭晓\n本报《甲篇》荣获二等奖（消息类），《乙篇》获得了一等奖。"
        "去年，本报的《丙篇》曾获中国新闻奖二等奖。"
    )
    assert _fields(works, "award", "category", "prize") == [
        ("甲篇", "某某新闻奖", "消息类", "二等奖"),
        ("乙篇", "某某新闻奖", None, "一等奖"),
        ("丙篇", "中国新闻奖", None, "二等奖"),
    ]


def test_a_heading_line_is_no_persons_name():
    works = _read(
        "某某新闻奖揭晓\n记者张三采写的《甲篇》、李四拍摄的《乙篇》分别获得消息类一等奖、摄影类二等奖。"
    )
    assert _fields(works, "authors", "category", "prize") == [
        ("甲篇", ["张三"], "消息类", "一等奖"),
        ("乙篇", ["李四"], "摄影类", "二等奖"),
    ]


def test_a_quoted_title_before_other_verbs_of_winning_and_a_round_named_with_quotes():
    works = _read(
        "在全国“我所经历的脱贫攻坚故事”优秀作品评选中，大众网网络专题“甲篇”荣膺一等奖。"
        "《某某扶贫》杂志社和某某网共同主办，共有288件作品获奖，10个单位获得组织奖。"
    )
    assert _fields(works, "award", "outlet", "prize") == [
        ("甲篇", "全国“我所经历的脱贫攻坚故事”优秀作品", "大众网", "一等奖")
    ]


def test_an_award_won_by_its_rounds_name_and_a_persons_work():
    """`获得2023年度某某作品一等奖`: that award and its year; `在第五届某某大赛中获金奖`: the
    round; `记者张三的作品《`: the author; `中国的某某电台的《`: the unit after the 的."""
    works = _read(
        "佳绩\n某某中心选送的作品《甲篇》获得2023年度某某省优秀网络视听作品一等奖，《乙篇》获得优秀奖。"
        "记者张三的作品《丙篇》在第五届某某新闻摄影大赛中获金奖。"
        "中国的中央人民广播电台的《丁篇》获对外广播奖。"
    )
    assert _fields(works, "award", "authors") == [
        ("甲篇", "某某省优秀网络视听作品", None),
        ("乙篇", "某某省优秀网络视听作品", None),
        ("丙篇", "某某新闻摄影大赛", ["张三"]),
        ("丁篇", "某某新闻摄影大赛", None),
    ]
    assert works[0]["year"] == works[1]["year"] == 2023
    assert (works[0]["outlet"], works[3]["outlet"]) == ("某某中心", "中央人民广播电台")
    assert works[2]["edition"] == 5


def test_a_heading_that_says_the_page_won_is_no_award_item():
    works = _read("本報獲獎\n第十屆某某新聞獎揭曉，本報記者張三採寫的通訊「甲篇」獲一等獎。")
    assert _fields(works, "category", "authors") == [("甲篇", "通訊", ["張三"])]


def test_each_works_own_people_in_a_sentence_of_several():
    """The words after a title up to the next work's lead are its own; `由甲撰写、乙编辑的`
    gives each person their role; `一是评论员李四撰写的` names 李四; `《甲》作者张三获…`."""
    works = _read(
        "某某新闻奖揭晓\n其中，张三、李四采写的《甲篇》获一等奖，由王五撰写、赵六编辑的评论《乙篇》获二等奖。"
        "本报共有两件作品获奖：一是评论员李四撰写的评论《丙篇》，获二等奖；二是《丁篇》作者张三获三等奖。"
    )
    assert _fields(works, "authors", "editors", "prize") == [
        ("甲篇", ["张三", "李四"], None, "一等奖"),
        ("乙篇", ["王五"], ["赵六"], "二等奖"),
        ("丙篇", ["李四"], None, "二等奖"),
        ("丁篇", ["张三"], None, "三等奖"),
    ]


def test_levels_in_order_after_a_run_inside_a_longer_sentence():
    works = _read(
        "某某新闻奖揭晓\n某某日报的《甲篇》获特等奖，《乙篇》和某某电视台的《丙篇》分获一、二等奖，"
        "某某广播电台选送的《丁篇》获三等奖。"
    )
    assert _fields(works, "outlet", "prize") == [
        ("甲篇", "某某日报", "特等奖"),
        ("乙篇", None, "一等奖"),
        ("丙篇", "某某电视台", "二等奖"),
        ("丁篇", "某某广播电台", "三等奖"),
    ]


def test_cited_documents_are_no_works_and_a_place_before_the_edition_stays_in_the_name():
    works = _read(
        "某某作品推荐\n根据《评选办法》、《实施细则》、《工作方案》，经评委会评审，现将结果公布。"
        "推荐作品为某某日报《甲篇》、某某电视台《乙篇》、某某网《丙篇》。"
    )
    assert _fields(works, "outlet") == [
        ("甲篇", "某某日报"),
        ("乙篇", "某某电视台"),
        ("丙篇", "某某网"),
    ]
    works = _read(
        "某某新闻奖揭晓\n近日，某某省第十届新闻奖评选结果揭晓。某某日报的《甲篇》获一等奖。"
    )
    assert _fields(works, "award", "edition") == [("甲篇", "某某省新闻奖", 10)]


def test_genre_words_without_the_pages_unit_or_a_joining_word_and_a_paper_that_submits():
    works = _read(
        "某某新闻奖揭晓\n本报评论《甲篇》获一等奖，某某报的通讯《乙篇》和系列述评《丙篇》获二等奖。"
        "某某晚报提报作品,由张三采写的《丁篇》获三等奖。"
    )
    assert _fields(works, "category", "outlet") == [
        ("甲篇", "评论", None),
        ("乙篇", "通讯", "某某报"),
        ("丙篇", "系列述评", "某某报"),
        ("丁篇", None, "某某晚报"),
    ]


def test_a_pages_byline_is_no_work_beside_the_prose_that_names_two():
    """`作者:卢江 时间:… 来源:…` under the headline: no block with names, so the sentence's two
    works, each with its own kind and prize (`分别荣获全国甲栏目一等奖和乙节目三等奖`)."""
    result = parse_list(
        "某某电台少儿节目获国家级奖励\n作者:卢江 时间:2007-12-27 13:34 来源:某某日报 字号: 打印\n"
        "2005、2006年度全国少儿节目精品评审结果日前揭晓,某某人民广播电台制作播出的少儿栏目《七彩阳光》"
        "和少儿节目《你的秘密告诉谁》分别荣获全国优秀少儿栏目一等奖和优秀少儿原创节目三等奖。\n"
        "扫一扫在手机打开当前页\n| 责任编辑:dkp内容纠错 关闭本页\n"
    )
    assert result.shape == "prose"
    assert [(w["title"], w.get("category"), w.get("prize")) for w in result.works] == [
        ("七彩阳光", "优秀少儿栏目", "一等奖"),
        ("你的秘密告诉谁", "优秀少儿原创节目", "三等奖"),
    ]


def test_a_quoted_title_that_won_in_its_own_words_and_a_heading_before_the_unit():
    works = _read("某某新闻奖揭晓\n某某日报社记者张三采写的消息“甲篇”一文获一等奖。")
    assert _fields(works, "outlet", "category", "authors", "prize") == [
        ("甲篇", "某某日报社", "消息", ["张三"], "一等奖")
    ]
    works = _read(
        "某某新聞獎揭曉\n本報記者張三以「甲篇」榮獲新聞評論獎，「乙篇」則入圍新聞敘事創新獎。"
    )
    assert _fields(works, "category", "prize") == [
        ("甲篇", "新聞評論獎", None),
        ("乙篇", "新聞敘事創新獎", "入圍"),
    ]


def test_a_work_named_in_the_headline_and_again_under_its_round_is_one_work():
    works = _read(
        "本报评论《甲篇》获一等奖\n在第30届某某省新闻奖评选中，本报评论《甲篇》获一等奖，本报消息《乙篇》获二等奖。"
    )
    assert _fields(works, "award", "category", "prize") == [
        ("甲篇", "某某省新闻奖", "评论", "一等奖"),
        ("乙篇", "某某省新闻奖", "消息", "二等奖"),
    ]


def test_kinds_in_order_with_one_prize_and_the_pages_own_unit_names_no_other():
    """`分别获得广播剧类和纪录片类一等奖`: each its kind; `由我台选送的` after `某某日报社选送的`:
    the page's unit, not the paper named before; `市融媒体中心选送的`: the whole name."""
    result = parse_list(
        "获奖\n其中，某某日报社选送的作品《甲篇》获得一等奖。由我台选送的广播剧《乙篇》、电视纪录片《丙篇》"
        "分别获得广播剧类和纪录片类一等奖；市融媒体中心选送的广播消息《丁篇》获二等奖。"
    )
    assert [
        (w["title"], w.get("outlet"), w.get("category"), w.get("prize")) for w in result.works
    ] == [
        ("甲篇", "某某日报社", None, "一等奖"),
        ("乙篇", None, "广播剧类", "一等奖"),
        ("丙篇", None, "纪录片类", "一等奖"),
        ("丁篇", "市融媒体中心", "广播消息", "二等奖"),
    ]


def test_works_chosen_without_a_prize_and_a_stations_programme_before_its_work():
    works = _read(
        "入选名单\n近日，2023年度某某省优秀网络文艺作品名单公布，我市《甲篇》《乙篇》入选，"
        "《丙篇》等3件作品也入选。"
    )
    assert [w["title"] for w in works] == ["甲篇", "乙篇", "丙篇"]
    works = _read(
        "卓越新聞獎\n第二十二屆卓越新聞獎頒獎典禮昨晚舉行，公視《某某節目》以「甲篇」獲得環境報導獎，"
        "某某週刊記者張三的「乙篇」獲得調查報導獎，另外，「丙篇」入圍。"
    )
    assert _fields(works, "outlet", "category", "prize") == [
        ("甲篇", "公視", "環境報導獎", None),
        ("乙篇", "某某週刊", "調查報導獎", None),
        ("丙篇", None, None, "入圍"),
    ]


def test_an_earlier_rounds_winner_named_in_passing_has_no_edition_of_this_round():
    works = _read(
        "某某新闻奖揭晓\n第30届中国新闻奖评选揭晓，本报《甲篇》获中国新闻奖一等奖。"
        "此前，本报的《丙篇》曾获中国新闻奖二等奖。"
    )
    assert _fields(works, "award", "edition", "authors", "prize") == [
        ("甲篇", "中国新闻奖", 30, None, "一等奖"),
        ("丙篇", "中国新闻奖", None, None, "二等奖"),
    ]


def test_names_just_before_titles_and_prizes_led_by_wei():
    """`一等奖：张三《甲》；二等奖：李四《乙》`: the name before each title; `一等奖为…的《甲》，
    二等奖为李四的《乙》`: each its own prize; `经评审，` is no name."""
    works = _read("征文揭晓\n一等奖：张三《甲篇》；二等奖：李四《乙篇》、王五《丙篇》。")
    assert _fields(works, "authors", "prize") == [
        ("甲篇", ["张三"], "一等奖"),
        ("乙篇", ["李四"], "二等奖"),
        ("丙篇", ["王五"], "二等奖"),
    ]
    works = _read("征文揭晓\n经评审，一等奖为张三的《甲篇》，二等奖为李四的《乙篇》。")
    assert _fields(works, "authors", "prize") == [
        ("甲篇", ["张三"], "一等奖"),
        ("乙篇", ["李四"], "二等奖"),
    ]


def test_works_that_won_without_a_prize_said_and_a_title_led_by_tiwei():
    works = _read(
        "获奖\n近日，第20届某某省新闻奖评选揭晓，本报《甲篇》《乙篇》等3件作品获奖。"
        "题为《丙篇》的报道获一等奖。"
    )
    assert _fields(works, "authors", "prize") == [
        ("甲篇", None, None),
        ("乙篇", None, None),
        ("丙篇", None, "一等奖"),
    ]


def test_rounds_of_other_events_and_a_prize_word_inside_a_rounds_name():
    works = _read(
        "我台作品再获殊荣\n在第十二届某某省广播电视奖评选中，我台选送的《甲篇》获一等奖；"
        "在某某市好新闻奖中，《乙篇》获二等奖；在2023年度某某优秀作品推选活动中，《丁篇》入选。"
    )
    assert _fields(works, "award", "prize") == [
        ("甲篇", "某某省广播电视奖", "一等奖"),
        ("乙篇", "某某市好新闻奖", "二等奖"),
        ("丁篇", "某某优秀作品", None),
    ]


def test_every_verb_of_winning_reads_alike():
    for verb in ("获", "荣获", "摘得", "荣膺", "斩获"):
        works = _read(
            f"某某新闻奖揭晓\n某某日报的消息《甲篇》和《乙篇》分别{verb}一等奖和二等奖，"
            f"《丙篇》{verb}评论类三等奖。"
        )
        assert _fields(works, "outlet", "category", "prize") == [
            ("甲篇", "某某日报", "消息", "一等奖"),
            ("乙篇", "某某日报", "消息", "二等奖"),
            ("丙篇", None, "评论类", "三等奖"),
        ], verb


def test_a_classed_award_item_is_a_category_not_the_award():
    """`獲得電視類即時新聞獎`: the 奖项 (without its class) is the category; the award stays the
    page's."""
    works = _read(
        "卓越新聞獎揭曉\n第23屆卓越新聞獎今晚揭曉，公視記者張三、李四的「甲篇」獲得電視類即時新聞獎；"
        "中央社記者王五以「乙篇」榮獲平面類調查報導獎。"
    )
    assert _fields(works, "award", "outlet", "authors", "category") == [
        ("甲篇", "卓越新聞獎", "公視", ["張三", "李四"], "即時新聞獎"),
        ("乙篇", "卓越新聞獎", "中央社", ["王五"], "調查報導獎"),
    ]


def test_ranked_records_carry_their_section_and_a_prize_said_once():
    works = _read(
        "第五屆某某文學獎得獎名單揭曉\n各類組得獎名單如下:\n【社會組散文】\n"
        "首獎:王大明〈海邊〉;優等:林小華〈山城〉;佳作:陳一心〈風聲〉;李二妹〈雨季〉。\n"
        "• 【高中組新詩】首獎:張三豐〈燈塔〉;佳作:趙四海〈島嶼〉;錢五洲〈潮汐〉。"
    )
    assert _fields(works, "prize", "authors", "category") == [
        ("海邊", "首獎", ["王大明"], "社會組散文"),
        ("山城", "優等", ["林小華"], "社會組散文"),
        ("風聲", "佳作", ["陳一心"], "社會組散文"),
        ("雨季", "佳作", ["李二妹"], "社會組散文"),
        ("燈塔", "首獎", ["張三豐"], "高中組新詩"),
        ("島嶼", "佳作", ["趙四海"], "高中組新詩"),
        ("潮汐", "佳作", ["錢五洲"], "高中組新詩"),
    ]


def test_prize_and_name_before_the_title_belong_to_it():
    works = _read(
        "「2021某某文學獎」得獎名單如下:\n新詩類國中組,以下共計六名:\n"
        "第一名王小明「晨光」、第二名李大同「月亮、星星和我」、第三名陳美玲「小路」、"
        "優選張家豪「河流」、優選林怡君「老樹」、優選黃志強「白雲」。分別獲得獎金:第一名5,000元。"
    )
    assert _fields(works, "prize", "authors", "category") == [
        ("晨光", "第一名", ["王小明"], "新詩類國中組"),
        ("月亮、星星和我", "第二名", ["李大同"], "新詩類國中組"),
        ("小路", "第三名", ["陳美玲"], "新詩類國中組"),
        ("河流", "優選", ["張家豪"], "新詩類國中組"),
        ("老樹", "優選", ["林怡君"], "新詩類國中組"),
        ("白雲", "優選", ["黃志強"], "新詩類國中組"),
    ]


def test_names_after_a_dash_are_the_authors_of_the_title_before():
    works = _read(
        "某某攝影比賽得獎公佈\n現公佈得獎名單如下︰\n"
        "學生組:冠軍︰“春光”—陳小東,可獲得獎金1000元及獎座;亞軍︰“海港”—DavidWong,"
        "可獲得獎金500元;優異獎︰“街角”—劉一、“燈火”—王二寶、“晚霞”—麥\n"
        "公開組:冠軍︰“老街”—黃大仙,可獲得獎金3000元"
    )
    assert _fields(works, "prize", "authors", "category") == [
        ("春光", "冠軍", ["陳小東"], "學生組"),
        ("海港", "亞軍", ["DavidWong"], "學生組"),
        ("街角", "優異獎", ["劉一"], "學生組"),
        ("燈火", "優異獎", ["王二寶"], "學生組"),
        ("晚霞", "優異獎", None, "學生組"),
        ("老街", "冠軍", ["黃大仙"], "公開組"),
    ]


def test_a_quoted_theme_award_won_is_the_category_of_both_titles():
    works = _read(
        "第三届某某微视频征集推优活动结果揭晓\n4项主题单元奖共4部,分别是:"
        "《甲片》和《乙片》获“中国梦”主题奖,《丙片》和《丁片》获“京津冀”地方文化主题奖。"
    )
    assert _fields(works, "category", "prize") == [
        ("甲片", "“中国梦”主题奖", None),
        ("乙片", "“中国梦”主题奖", None),
        ("丙片", "“京津冀”地方文化主题奖", None),
        ("丁片", "“京津冀”地方文化主题奖", None),
    ]


def test_titles_closed_by_their_count_are_works_with_their_senders():
    works = _read(
        "某某工程评选结果揭晓\n本届评选结果揭晓。其中,由甲省委宣传部、乙市委宣传部选送的《山路》,"
        "由丙省委宣传部选送的《海风》以及由丁省委宣传部、戊市委宣传部选送的《春雷》等3部广播剧入选。"
    )
    assert _fields(works, "recommender", "category", "prize") == [
        ("山路", "甲省委宣传部、乙市委宣传部", "广播剧", None),
        ("海风", "丙省委宣传部", "广播剧", None),
        ("春雷", "丁省委宣传部、戊市委宣传部", "广播剧", None),
    ]


def test_records_one_a_line_under_section_headings_with_levels_the_page_repeats():
    works = _read(
        "〔記者王小明/台北報導〕第9屆某某文學獎名次今日揭曉。\n【短篇小說獎】\n"
        "首獎 劉一山《雪人》\n二獎 陳二水《鸚鵡》\n三獎 栗 光《女兒》\n"
        "【新詩獎】\n首獎 吳三木《回家》\n二獎 楊四火《小滿》\n三獎 羅五金《耶城》\n"
        "【散文獎】\n首獎 翁六土《菜子》\n二獎 韓 曌《重齔》\n三獎 馬七星《晚安》\n"
        "【小品文獎】\n林八月《快閃》\n徐九日《梅花》"
    )
    got = _fields(works, "prize", "authors", "category")
    assert got[1:3] == [
        ("鸚鵡", "二獎", ["陳二水"], "短篇小說獎"),
        ("女兒", "三獎", ["栗光"], "短篇小說獎"),
    ]
    assert _fields(works[9:], "authors", "category") == [
        ("快閃", ["林八月"], "小品文獎"),
        ("梅花", ["徐九日"], "小品文獎"),
    ]


def test_a_prize_set_off_by_a_space_heads_its_record_whatever_follows():
    works = ranked_records(
        "【散文奖】\n首奖 翁六土《菜子》\n佳作 洪倪 AKA 洪妈倪《面包超人》\n"
        "佳作 田家绫《单向》\n佳作 马七星《晚安》\n佳作 罗八月《走廊》"
    )
    assert works[1] == {"title": "面包超人", "prize": "佳作", "category": "散文奖"}
    assert ranked_records("一等奖:某某日报记者张三采写的《甲篇》;二等奖:李四《乙篇》") == []


def test_records_under_plain_heading_lines_with_their_people_and_country_in_brackets():
    # a short line over records is their category; `(甲/乙,国家)` after a title: the people,
    # the country (or countries, `法国 / 比利时`) not mapped
    works = ranked_records(
        "某某影展评选结果如下:\n最佳动画短片\n优胜:《海边的灯》(安娜·科瓦奇/马可,匈牙利)\n"
        "提名:《雪线》(石川,日本)\n最佳剧情长片\n优胜:《回声》(卢卡·贝尔,法国 / 比利时)\n"
        "提名:《远山》(孟凡宇,中国)"
    )
    assert [(w["title"], w.get("authors"), w.get("category"), w["prize"]) for w in works] == [
        ("海边的灯", ["安娜·科瓦奇", "马可"], "最佳动画短片", "优胜"),
        ("雪线", ["石川"], "最佳动画短片", "提名"),
        ("回声", ["卢卡·贝尔"], "最佳剧情长片", "优胜"),
        ("远山", ["孟凡宇"], "最佳剧情长片", "提名"),
    ]


def test_a_class_prize_line_heads_the_name_title_lines_after_it():
    # `散文类二等奖` alone on its line: the class and the prize of the lines under it, not
    # of the line above; names spaced before a title on its own line are all its authors
    works = _read(
        "某某杯征文比赛结果揭晓\n散文类一等奖\n孙甲 《山路》\n散文类二等奖\n"
        "钱乙《河灯》\n周丙 吴丁 郑戊《晚钟》\n散文类三等奖\n冯己《旧巷》"
    )
    assert _fields(works, "prize", "category", "authors") == [
        ("山路", "一等奖", "散文类", ["孙甲"]),
        ("河灯", "二等奖", "散文类", ["钱乙"]),
        ("晚钟", "二等奖", "散文类", ["周丙", "吴丁", "郑戊"]),
        ("旧巷", "三等奖", "散文类", ["冯己"]),
    ]


def test_a_photo_caption_credits_its_photographer_at_its_end():
    # `银镜奖：《甲》 5月，某村…。李四 摄`: a caption after the title, its credit the author
    works = _read(
        "某某市摄影大赛评选揭晓\n"
        "银镜奖：《晨雾》 3月2日，某某区某某村，雾中的梯田。韩梅 摄\n"
        "优秀奖：《归舟》(组照) 8月，渔民返港。邓小川 摄\n"
        "银镜奖：《麦浪》 6月10日，收割机在田间作业。许冬 摄"
    )
    assert _fields(works, "prize", "authors") == [
        ("晨雾", "银镜奖", ["韩梅"]),
        ("归舟", "优秀奖", ["邓小川"]),
        ("麦浪", "银镜奖", ["许冬"]),
    ]
    caption = "优秀奖：《湖光》 9月，游客在湖边拍照。郑秋 摄\n一等奖：《远山》 秋色。何平 摄"
    assert _fields(_read("某某摄影比赛获奖作品\n" + caption), "authors") == [
        ("湖光", ["郑秋"]),
        ("远山", ["何平"]),
    ]


def test_a_genre_closing_every_title_is_its_category_and_a_cut_off_run_still_names_works():
    works = _read(
        "某市好新闻奖揭晓\n"
        "甲县融媒体中心《春到山村(通讯)》《一条老街(评论)》,乙区融媒体中心《河边的学校(短视频)》荣获一等奖。"
        "丙县融媒体中心《雪后(广播新闻)》《小站(纪录片)》,丁县融媒体中心《果园里(电视新闻)》,戊县融媒体中心《老桥("
    )
    assert _fields(works, "outlet", "category", "prize") == [
        ("春到山村", "甲县融媒体中心", "通讯", "一等奖"),
        ("一条老街", "甲县融媒体中心", "评论", "一等奖"),
        ("河边的学校", "乙区融媒体中心", "短视频", "一等奖"),
        ("雪后", "丙县融媒体中心", "广播新闻", None),
        ("小站", "丙县融媒体中心", "纪录片", None),
        ("果园里", "丁县融媒体中心", "电视新闻", None),
    ]


def test_one_titles_own_genre_bracket_stays_in_it():
    works = _read(
        "某诗会获奖名单\n《山那边(组诗)》获一等奖,《晨光》获二等奖,《老屋》获三等奖,《小路》获优秀奖。"
    )
    assert [w["title"] for w in works] == ["山那边(组诗)", "晨光", "老屋", "小路"]


def test_a_run_closed_by_a_verb_of_being_chosen_and_led_by_its_genre():
    works = _read(
        "某刊优秀作品(2020)评选结果揭晓\n本次评选设优秀作品奖。"
        "短篇小说王大明《河湾》,李小红《夜车》、陈世清《旧信》等荣登榜单。"
    )
    assert _fields(works, "authors", "category") == [
        ("河湾", ["王大明"], "短篇小说"),
        ("夜车", ["李小红"], "短篇小说"),
        ("旧信", ["陈世清"], "短篇小说"),
    ]


def test_a_paper_or_station_whose_works_won_is_the_outlet_of_the_works_named_after():
    # `《某某晚报》共12件作品获奖，其中…`, `某省广电创制播出的3部作品获…，分别是：电视剧《甲》`
    works = _read(
        "2019年度某某新闻奖揭晓\n在评选中，《江城晚报》共12件作品获奖，其中记者张某采写的消息"
        "《河堤夜巡》获一等奖。"
    )
    assert _fields(works, "outlet") == [("河堤夜巡", "江城晚报")]
    works = _read(
        "第九届某某工程获奖名单公布\n近日，某某工程评选揭晓，西江广电创制播出的2部作品获优秀作品奖，"
        "分别是：电视剧《青山远》，广播剧《渡口》。"
    )
    assert _fields(works, "outlet") == [("青山远", "西江广电"), ("渡口", "西江广电")]


def test_a_winners_lead_then_each_item_its_winner_and_title():
    works = _read(
        "某文學獎揭曉\n本屆某文學獎首獎從缺。某文學獎的得獎名單分別為圖書類小說金典獎:王小明「河流」、"
        "創作類散文金典獎:李大華(李華)「山城」。"
    )
    assert _fields(works, "authors", "category") == [
        ("河流", ["王小明"], "圖書類小說金典獎"),
        ("山城", ["李大華"], "創作類散文金典獎"),
    ]


def test_a_prize_leading_a_sentence_holds_over_its_semicolon_clauses_and_a_cited_film_is_no_work():
    works = _read(
        "某市科普作品获奖\n一等奖作品《安全出口》短视频以电影《长路》为灵感,讲述逃生知识。"
        "二等奖作品《雨天指南》漫画以居家安全为主题;《节气插图》海报设计结合节气;《我是谁》科普视频通俗易懂。"
    )
    assert _fields(works, "prize") == [
        ("安全出口", "一等奖"),
        ("雨天指南", "二等奖"),
        ("节气插图", "二等奖"),
        ("我是谁", "二等奖"),
    ]


def test_a_paragraph_read_as_one_block_title_gives_way_to_the_works_its_sentences_name():
    works = _read(
        "两篇作品获奖\n(原标题:两篇作品获奖)\n记者从某省体育局获悉,某某征文活动获奖情况日前揭晓。\n"
        "在本届评选活动中,共有文字稿件302篇参加评选。我省选送的作品荣获两个优秀奖,其中《某某晚报》张大海的"
        "《山路上的跑者》获得文字作品“优秀作品奖”;《某某晚报》李明的《少年与球》获图片作品“优秀作品奖”。\n"
        "作者:王小二\n"
    )
    assert _fields(works, "authors", "outlet") == [
        ("山路上的跑者", ["张大海"], "某某晚报"),
        ("少年与球", ["李明"], "某某晚报"),
    ]


def test_sentences_opening_with_a_kind_the_page_counted_among_its_winners_name_its_works():
    works = _read(
        "某省科普作品评选揭晓\n本省共有6件作品荣获优秀奖项,其中视频类4件、图文类2件。"
        "在视频类获奖作品中,既有关注睡眠健康的某某区中心医院《夜里不睡》、某某市妇幼保健院《宝宝的牙》等。"
        "图文类作品同样精彩,某某大学附属医院《护肝十问》以漫画普及常识。"
    )
    assert _fields(works, "category") == [
        ("夜里不睡", "视频类"),
        ("宝宝的牙", "视频类"),
        ("护肝十问", "图文类"),
    ]
    assert "关注" not in str(works[0])


def test_a_prize_at_each_level_of_the_contest_lists_the_work_once_for_each():
    works = _read(
        "某县交通安全征文获奖\n由某县一中王小明创作的《慢一点》获得安全征文类省二等奖、市一等奖;"
        "李红创作的《回家的路》获得安全儿歌类市三等奖。"
    )
    assert _fields(works, "category", "prize") == [
        ("慢一点", "安全征文类", "省二等奖"),
        ("慢一点", "安全征文类", "市一等奖"),
        ("回家的路", "安全儿歌类", "市三等奖"),
    ]


def test_a_non_media_unit_before_a_title_is_its_author_and_a_quoted_class_its_category():
    # `；某某医院《甲》获“动画类优秀作品”`: the hospital made it; the class quoted with the level
    works = _read(
        "某某科普作品大赛结果公布\n本市多件作品获奖：东山区人民医院《护眼小课堂》、"
        "南湖大学附属医院《洗手歌》等3项作品获“动画类优秀作品”；西城区疾控局《防暑手册》获"
        "“图书类优秀作品”。"
    )
    assert _fields(works, "authors", "category", "prize") == [
        ("护眼小课堂", ["东山区人民医院"], "动画类", "优秀作品"),
        ("洗手歌", ["南湖大学附属医院"], "动画类", "优秀作品"),
        ("防暑手册", ["西城区疾控局"], "图书类", "优秀作品"),
    ]


def test_a_level_written_with_its_prize_word_is_kept_whole():
    # `获优秀作品奖`: the level as the list writes it, 奖 and all
    works = _read("第三届某某文艺奖揭晓\n某某电视台的电视剧《远航》获优秀作品奖。")
    assert _fields(works, "prize") == [("远航", "优秀作品奖")]


def test_the_one_unit_that_sent_every_work_is_the_lists_recommender():
    # `某某支队选送的消防科普作品…`, `“某某”学习平台择优报送4件参评作品`: whoever sent them all
    works = _read(
        "某某消防作品大赛结果揭晓\n近日，大赛公布获奖名单，青川县消防救援大队选送的消防科普作品"
        "共2部获奖，其中《火场逃生》获得一等奖，《家中隐患》获得三等奖。"
    )
    assert _fields(works, "recommender") == [
        ("火场逃生", "青川县消防救援大队"),
        ("家中隐患", "青川县消防救援大队"),
    ]
    works = _read(
        "某某融媒优秀作品评选揭晓\n“某某”学习平台择优报送4件参评作品，2件作品入选。"
        "某县融媒体中心创作的《春耕图》获一等奖，某区融媒体中心创作的《河长》获二等奖。"
    )
    assert _fields(works, "recommender") == [
        ("春耕图", "“某某”学习平台"),
        ("河长", "“某某”学习平台"),
    ]


def test_a_page_stamp_naming_its_paper_gives_the_outlet_of_its_own_works():
    # `2010年05月06日09:30 某某晚报` over the page, then `本报…作品获奖`: that paper's works
    works = _read(
        "“某某新闻奖”揭晓\n\nhttp://www.example.com 2010年05月06日09:30 江城晚报\n\n"
        "本报讯 第九届“某某新闻奖”昨天揭晓，本报共有3件作品获奖。其中，记者王某采写的消息《夜市》"
        "获一等奖。"
    )
    assert _fields(works, "outlet") == [("夜市", "江城晚报")]


def test_an_items_number_and_a_form_of_address_are_no_part_of_the_name():
    # `1.甲同志创作的《…》`: the item's number and `同志` go; a year heading above is no name
    works = _read(
        "2015年\n\n1.林建国同志创作的《雨夜救援》在第九届某某新闻奖评选中获通讯一等奖。\n\n"
        "2.何丽同志采写的作品《山村教师》被评为第九届某某新闻奖消息二等奖。"
    )
    assert _fields(works, "authors") == [("雨夜救援", ["林建国"]), ("山村教师", ["何丽"])]


def test_titles_side_by_side_after_a_genre_share_it():
    # `电视剧《甲》《乙》`: no mark between the titles, one genre for both
    works = _read("某某文艺奖揭晓\n某某台的2部作品获优秀作品奖，分别是：电视剧《长河》《远山》。")
    assert _fields(works, "category") == [("长河", "电视剧"), ("远山", "电视剧")]


def test_a_run_closed_by_the_count_the_page_says_won_names_those_works():
    works = _read(
        "某集团斩获多个奖项\n某集团选送的3件作品获奖。本次活动中,某集团所报送的《井架上的春天》《戈壁的灯》"
        "《回家的路上》3篇文字作品和融媒体作品在全国作品中脱颖而出。"
    )
    assert [w["title"] for w in works] == ["井架上的春天", "戈壁的灯", "回家的路上"]


def test_a_magazine_that_won_a_class_award_by_name_is_a_work():
    works = _read(
        "某某獎得獎名單公布\n雜誌類由《某某文藝》獲得人文藝術獎,《某某週刊》獲得財經時事類獎。"
    )
    assert _fields(works, "category") == [
        ("某某文藝", "人文藝術獎"),
        ("某某週刊", "財經時事類獎"),
    ]


def test_a_work_named_after_the_award_it_won():
    works = _read(
        "某某新闻奖评选结果揭晓\n全国300件作品获奖,其中一等奖40件。"
        "荣获本届某某新闻奖的某某日报评论《春天里的中国》,全面总结了一年的成就。"
    )
    assert _fields(works, "outlet", "category") == [("春天里的中国", "某某日报", "评论")]


def test_a_counted_run_of_titles_wins_the_honour_it_names():
    text = (
        "表彰活动中,《山河》《远行》2部作品荣获优秀动画长片。《灯塔》《小镇》等荣获优秀动画栏目,"
        "《归来》等3件作品获评优秀传播力作品。"
    )
    works = parse_list(text).works
    assert [(w["title"], w.get("category"), w.get("prize")) for w in works] == [
        ("山河", "优秀动画长片", None),
        ("远行", "优秀动画长片", None),
        ("灯塔", "优秀动画栏目", None),
        ("小镇", "优秀动画栏目", None),
        ("归来", None, "优秀传播力作品"),
    ]


def test_a_contests_whole_name_a_work_won_with_no_round_is_its_award():
    works = _read(
        "近日,某省优秀新闻作品和青山“三微”比赛评选结果公布,某市3件作品获奖。"
        "某区检察院出品的《甲篇》荣获青山“三微”比赛一等奖;某县检察院出品的《乙篇》荣获青山“三微”比赛二等奖。"
    )
    assert _fields(works, "award", "prize") == [
        ("甲篇", "青山“三微”比赛", "一等奖"),
        ("乙篇", "青山“三微”比赛", "二等奖"),
    ]


def test_a_body_credited_alone_after_a_title_or_as_its_producer_is_its_author():
    # `《t》某某市中级人民法院`: a body that is no media, alone after its title, made it;
    # `X参与出品的《t》` in prose: the producing body
    works = _read("获奖名单\n微电影\n《灯下》某某省某某市中级人民法院\n《远行》某某县人民检察院\n")
    assert _fields(works, "authors") == [
        ("灯下", ["某某省某某市中级人民法院"]),
        ("远行", ["某某县人民检察院"]),
    ]
    works = _read(
        "评选结果揭晓。某某市人民法院出品的《晨光》和某某县人民法院参与出品的《归途》获得特别奖。"
    )
    assert _fields(works, "authors") == [("晨光", ["某某市人民法院"]), ("归途", ["某某县人民法院"])]


def test_one_name_right_after_each_title_in_a_run_of_ranked_records():
    # `第一名《甲》张三、第二名《乙》李四，佳作《丙》王五、《丁》赵六等。`: each record's author
    works = _read(
        "评审结果如下:散文组第一名《河灯》周立山、第二名《旧巷》孙雨晴,"
        "佳作《晚渡》钱小松、《灯塔》郑一帆等。"
    )
    assert _fields(works, "authors") == [
        ("河灯", ["周立山"]),
        ("旧巷", ["孙雨晴"]),
        ("晚渡", ["钱小松"]),
        ("灯塔", ["郑一帆"]),
    ]


def test_a_class_label_after_the_verb_that_gives_the_results():
    # `评选组最终评定散文类:甲的《…》获一等奖`: the class is `散文类`, not the verb before it
    works = _read(
        "某县征文揭晓。评选组认真评选,最终评定散文类:许明的《河湾》获一等奖,"
        "韩冬的《炊烟》获二等奖;诗歌类:罗青的《远山》获一等奖。"
    )
    assert _fields(works, "category") == [
        ("河湾", "散文类"),
        ("炊烟", "散文类"),
        ("远山", "诗歌类"),
    ]


def test_a_contest_division_glued_before_each_ranks_prize_is_the_category():
    # `小说组第一名《甲》张三、…散文组第一名《乙》李四`: each division's works
    works = _read(
        "评审结果如下:小说组第一名《渡口》吴清、第二名《石桥》杨帆。"
        "诗歌组第一名《海风》陆遥、第二名《灯影》袁青。"
    )
    assert _fields(works, "category", "authors") == [
        ("渡口", "小说组", ["吴清"]),
        ("石桥", "小说组", ["杨帆"]),
        ("海风", "诗歌组", ["陆遥"]),
        ("灯影", "诗歌组", ["袁青"]),
    ]


def test_a_class_glued_to_the_winner_s_name_before_each_title():
    # `诗歌类甲〈…〉、散文类乙〈…〉`: each class its work's category, the name its author
    works = _read(
        "文化局表示,各类首奖得主与作品分别为:诗歌类何以宁〈岸边〉、小说类郭远〈夜航〉、"
        "青少年散文类初中组曹小禾〈冬日〉。"
    )
    assert _fields(works, "category", "authors") == [
        ("岸边", "诗歌类", ["何以宁"]),
        ("夜航", "小说类", ["郭远"]),
        ("冬日", "青少年散文类初中组", ["曹小禾"]),
    ]


def test_a_series_of_counted_runs_of_titles_each_of_its_own_kind():
    text = (
        "本届共表彰作品25部。《山河》《远行》《灯塔》等5部长片、《小镇》《归来》等10部短片、"
        "《春潮》等10部系列片获得表彰。"
    )
    works = parse_list(text).works
    assert [(w["title"], w.get("category")) for w in works] == [
        ("山河", "长片"),
        ("远行", "长片"),
        ("灯塔", "长片"),
        ("小镇", "短片"),
        ("归来", "短片"),
        ("春潮", "系列片"),
    ]


def test_a_notice_quoted_beside_a_prize_word_is_no_work():
    text = (
        "按照《关于开展某某年度好新闻评选的通知》要求,各单位报送好作品。"
        "某某日报《春天的田野》获一等奖,《夜班车》获二等奖。"
    )
    works = parse_list(text).works
    assert [(w["title"], w["prize"]) for w in works] == [
        ("春天的田野", "一等奖"),
        ("夜班车", "二等奖"),
    ]


def test_the_periodicals_a_work_appeared_in_and_whose_yearly_award_it_won_are_no_works():
    text = (
        "某某杯大赛揭晓,张三的小说《远山》获一等奖。此作曾在《某某文艺》《某某周报》选载发表,"
        "并获得《某某文艺》2020年度优秀作品奖。"
    )
    works = parse_list(text).works
    assert [(w["title"], w["prize"]) for w in works] == [("远山", "一等奖")]


def test_a_work_named_with_its_kind_then_a_comma_before_the_long_quoted_award_it_won():
    text = (
        "某某新闻奖颁奖典礼昨晚落幕。记者张三以《林间》系列报道作品,再度获得“某某某某先生报道文学奖”大奖。"
        "她也以《河口》系列报导赢得“某某某某先生旅游报道奖”大奖。"
    )
    works = parse_list(text).works
    assert [w["title"] for w in works] == ["林间", "河口"]


def test_a_periodical_written_after_the_award_item_it_won_is_a_work():
    text = (
        "第47届某某奖今日颁奖,一般图书类共有20件作品获奖。政府出版品类方面,例如图书奖《山海》、"
        "数位出版奖《海岸双月刊》、杂志类《峡湾书屋》,装帧精美。"
    )
    works = parse_list(text).works
    assert [w["title"] for w in works] == ["山海", "海岸双月刊", "峡湾书屋"]


def test_a_paper_counting_its_works_with_a_de_is_their_outlet():
    """`某某晨报社的4件作品获某某新闻奖`: the paper before its 的 is the outlet of the works named
    after (not `某某` with `晨报社的` read as a verb before the count)."""
    works = _read(
        "第9届某某新闻奖评选结果揭晓。东川晨报社的3件作品获某某新闻奖，包括1件一等奖、2件二等奖。"
        "获得一等奖的作品是消息《河边的灯》；二等奖作品是评论《山路》、通讯《晚风》。"
    )
    assert _fields(works, "outlet", "prize") == [
        ("河边的灯", "东川晨报社", "一等奖"),
        ("山路", "东川晨报社", "二等奖"),
        ("晚风", "东川晨报社", "二等奖"),
    ]


def test_a_body_that_sent_the_works_counted_is_their_recommender():
    """`由某某设计院选送的两个作品获奖`: the body (a 院, after its 由) that sent the works the page
    goes on to name is their recommender."""
    works = _read(
        "第5届某某好新闻评选结果揭晓，由东川设计院选送的两个作品获奖。其中，作品《河边的灯》获"
        "融媒体类二等奖；作品《山路》获影音类三等奖。"
    )
    assert _fields(works, "recommender", "prize") == [
        ("河边的灯", "东川设计院", "二等奖"),
        ("山路", "东川设计院", "三等奖"),
    ]
