"""Label recognition, built from model.FIELDS: variants real forms print."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_support import imported_values

from award_archive.authoring.importer import Options, import_form
from award_archive.authoring.importer import labels as lb
from award_archive.checking.read import parse_entry_text
from award_archive.contract import i18n


@pytest.fixture(autouse=True)
def _english():
    """These tests read the messages' English keys (the conftest sets Chinese back after)."""
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("cell", "key"),
    [
        ("作 者", "authors"),
        ("作者（主创人员）", "authors"),
        ("（主创人员）", "authors"),
        ("編 輯", "editors"),
        ("作品標題", "title"),
        ("刊播單位", "outlet"),
        ("參評項目：", "category"),
        ("作品简介（采编过程）", "process"),
        ("采编过程（作品简介）", "process"),
        ("作品简介", "process"),
        ("刊播版面(名称和版次)", "section"),
        ("作品字数（时长）", "length"),
        ("发布端/账号/媒体名称", "platform"),
        ("发布端/帐号/媒体名称", "platform"),  # 帐, the variant of 账
        ("作作者", "authors"),  # a character doubled
        ("作品标题题", "title"),
        ("刊播单", "outlet"),  # the last character lost, one field's label begins so
        ("刊单位", "outlet"),  # one lost inside
        ("首日期", "published"),
        ("刊播网站", "outlet"),
        ("網頁地址", "url"),
        ("頁面點擊量(PV),單獨訪客數(UV),獨立地址訪問量(IP)", None),
        ("新媒体作品填报网址", "url"),
        ("作品标题*", "title"),
        ("︵主创人员︶", "authors"),
        ("联系人", None),
        ("项目", "category"),  # a template's category row, as a cell of its own
        ("項 ?目", "category"),
        ("刊播单?/原创单位", "outlet"),  # two names of one field, one lost a character
        ("作?/主创人员", "authors"),
        ("社会效果/传播?果", "effect"),
        ("刊播版?/栏目", "section"),
        ("评语", "review"),  # other templates' name for 初评评语
        ("刊播版面/Page/Program", "section"),  # the `/` inside an English label kept
        ("初评意见", "review"),
        ("初评机构推荐理由", "review"),  # the first-round judges' box, however named
        ("初评评语及推荐理由", "review"),
        ("初审意见", "review"),
        ("作品简介与采编过程", "process"),  # two names of one field joined by a word
        ("采编过程和作品简介", "process"),
        ("节目简介", "process"),
        ("采访经过", "process"),
        ("稿件名称", "title"),
        ("系列报道名称", "title"),
    ],
)
def test_whole_cell_labels(cell: str, key: str | None):
    hit = lb.whole_label(cell)
    assert hit is not None and hit.key == key


@pytest.mark.parametrize(
    "cell",
    [
        "李怡霏",
        "作者参加会议后",
        "2023年7期",
        "《资讯.四川》",
        "作者单位绵阳日报社",
        "人民网",
        "编辑部",
        "作品/评介",  # no whole name of a field among them
    ],
)
def test_values_are_not_labels(cell: str):
    assert lb.whole_label(cell) is None or lb.whole_label(cell).key is None


def test_label_run_into_value_and_value_run_into_label():
    start = lb.label_at_start("首发日期2022.6.2")
    assert start and start.key == "published" and "首发日期2022.6.2"[start.end :] == "2022.6.2"
    end = lb.label_at_end("伍军编 辑")
    assert end and end.key == "editors" and "伍军编 辑"[: end.start] == "伍军"


def test_vertical_text_spells_labels_in_any_reading_order():
    assert (
        lb.whole_label(lb.vertical_labels(["采 作", "编 品", "过 简", "程 介"])[0]).key == "process"
    )
    found = lb.vertical_labels(["社 初", "会 评", "效 评", "果 语"])
    assert [lb.whole_label(x).key for x in found] == ["effect", "review"]


def test_a_labels_note_copied_into_its_value_is_dropped(tmp_path: Path):
    path = tmp_path / "f.txt"
    path.write_text(
        "作品标题 | 测试 | 参评项目 | 消息 |\n作者 | 甲 | 刊播单位 | 乙报 | 首发日期 | "
        "2023年1月1日 |\n"
        "作品评介 | （120字以上）作品很好。 |\n",
        encoding="utf-8",
    )
    raw = parse_entry_text(import_form(path, Options(), out_dir=tmp_path).text, "entries/x.md")
    assert raw.data["evaluation"] == "作品很好。"


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("2023年6月8日 18:30", "2023年6月8日"),
        ("2023-06-08（星期四）", "2023-06-08"),
        ("2023.6.8 周四 9:05", "2023.6.8"),
        ("2023年7期", "2023年7期"),
        ("明天", "明天"),
    ],
)
def test_time_of_day_after_a_date_is_dropped_with_a_warning(
    tmp_path: Path, written: str, kept: str
):
    path = tmp_path / "f.txt"
    path.write_text(f"作品标题 | 测试 | 首发日期 | {written} |\n", encoding="utf-8")
    outcome = import_form(path, Options(), out_dir=tmp_path)
    assert parse_entry_text(outcome.text, "entries/x.md").data["published"] == kept
    assert any("time of day" in w for w in outcome.warnings) == (written != kept)


@pytest.mark.parametrize(
    ("written", "entry"),
    [
        ("905字", 905),
        ("905 个字", 905),
        ("905", 905),
        ("约3000字", "约3000字"),
        ("3分20秒", "3分20秒"),
    ],
)
def test_a_character_count_is_a_number(tmp_path: Path, written: str, entry: object):
    path = tmp_path / "f.txt"
    path.write_text(
        f"作品标题 | 测试 | 参评项目 | 消息 |\n作者 | 甲 | 刊播单位 | 乙报 |\n作品字数 | {written} "
        "|\n",
        encoding="utf-8",
    )
    raw = parse_entry_text(import_form(path, Options(), out_dir=tmp_path).text, "entries/x.md")
    assert raw.data["length"] == entry


def test_a_winners_form_heading_and_a_vertical_pair_cut_to_one_row(tmp_path: Path):
    """`中国新闻奖获奖作品推荐表` names the award; `初?推` (初评评语 beside 推荐理由, their
    first row, the space between lost) labels the review."""
    path = tmp_path / "f.txt"
    path.write_text(
        "中国新闻奖获奖作品推荐表\n作品标题 | 测试 | 参评项目 | 消息 |\n"
        "作者 | 甲 | 刊播单位 | 乙报 |\n社 |\n稿件刊发后被多家媒体转载，反响很好。 |\n"
        "初?推 |\n这则消息切口虽小，关注的却是大主题。 |\n",
        encoding="utf-8",
    )
    outcome = import_form(path, Options(), out_dir=tmp_path)
    assert outcome.values["award"] == "中国新闻奖"
    assert outcome.values["effect"] == "稿件刊发后被多家媒体转载，反响很好。"
    assert outcome.values["review"] == "这则消息切口虽小，关注的却是大主题。"


def test_a_glossed_mirror_form_with_two_outlets(tmp_path: Path):
    """Glosses, lost characters and traditional labels; 原创单位 beside a different 刊播单位:
    the outlet is where the work was published, not the two joined."""
    path = tmp_path / "f.txt"
    path.write_text(
        "作品標(biāo)題 | 《川渝兩(liǎng)地關(guān)工委召開(kāi)座談會(huì)》 |\n"
        "作 ?者 (主創(chuàng)人員) | 李怡霏 | 編??輯 | 王五 |\n"
        "原創(chuàng)單位 | 四川日報(bào)社 | 刊播單位 | 四川日報(bào) |\n"
        "播發(fā)日期 | 2023年6月8日 |\n字?jǐn)?shù) (時(shí)長(zhǎng)) | 905字 |\n",
        encoding="utf-8",
    )
    outcome = import_form(path, Options(), out_dir=tmp_path)
    values = {k: v for k, v in outcome.values.items() if v and k != "id"}
    assert values == {
        "title": "川渝兩地關工委召開座談會",
        "authors": ["李怡霏"],
        "editors": ["王五"],
        "outlet": "四川日報",
        "published": "2023年6月8日",
        "length": 905,
    }
    assert outcome.warnings == []


def test_a_website_form_gives_the_site_and_the_address_and_leaves_the_page_counts_out(
    tmp_path: Path,
):
    """A network work's form: 刊播网站 is the outlet, 网页地址 the URL, and the 页面点击量 row
    (PV, UV, IP with their numbers) is no field of the archive: nothing of it joins the
    editors above it."""
    path = tmp_path / "f.txt"
    path.write_text(
        "作品標題\n\n一篇網絡評論\n\n刊播網站\n\n某某新聞網\n\n首發日期\n\n2017年12月27日\n\n"
        "網頁地址\n\nhttp://example.org/2017/1227/1.shtml\n\n主創人員\n\n甲乙\n\n編輯\n\n丙丁\n\n"
        "頁面點擊量(PV),單獨訪客數(UV),獨立地址訪問量(IP)\n\n12395,9235,8361\n",
        encoding="utf-8",
    )
    values = import_form(path, Options(), out_dir=tmp_path).values
    assert values["outlet"] == "某某新聞網"
    assert values["url"] == "http://example.org/2017/1227/1.shtml"
    assert values["published"] == "2017年12月27日"
    assert values["editors"] == ["丙丁"] and values["authors"] == ["甲乙"]


def test_page_chrome_above_the_form_gives_no_field(tmp_path: Path):
    """A mirror's byline (`来源:… 作者:`) and its `【字号 打印 关闭` bar above the form:
    the form's heading after `作者:` is its heading (the award), not the authors; a
    vertical label cut before its end (`社 / 会 / 效`) still labels its text."""
    path = tmp_path / "f.txt"
    path.write_text(
        "时间:2022年07月13日 来源:某某网 作者:\n\n"
        "   某某新闻奖报纸、通讯社新闻专栏参评作品推荐表\n\n【字号  打印 关闭\n\n"
        "作品标题\n\n测试作品\n\n作者\n\n张三、李四\n\n刊播单位\n\n某某日报\n\n"
        "作品字数\n\n6639\n\n社\n会\n效\n\n稿件刊发当天被多家网站转载，浏览量很高，反响很好。\n",
        encoding="utf-8",
    )
    values = import_form(path, Options(), out_dir=tmp_path).values
    assert values["award"] == "某某新闻奖"
    assert values["authors"] == ["张三", "李四"]
    assert values["length"] == 6639
    assert values["effect"] == "稿件刊发当天被多家网站转载，浏览量很高，反响很好。"


def test_vertical_label_rows_with_the_space_between_the_columns_lost(tmp_path: Path):
    """`采作 / 编品 / 过简 / 程介`: 采编过程 beside 作品简介, one row per line, no space
    between the two columns: the label of the text under it."""
    path = tmp_path / "f.txt"
    path.write_text(
        "作品标题\n\n测试作品\n\n作者\n\n张三\n\n编辑\n\n王珊珊、陆平\n\n采作\n编品\n过简\n程介\n\n"
        "这个栏目是为加强对外传播而打造的精品栏目，全年共刊发211篇深度报道。\n",
        encoding="utf-8",
    )
    values = import_form(path, Options(), out_dir=tmp_path).values
    assert values["editors"] == ["王珊珊", "陆平"]
    assert (
        values["process"] == "这个栏目是为加强对外传播而打造的精品栏目，全年共刊发211篇深度报道。"
    )


def test_a_bracket_alone_where_a_vertical_label_stood(tmp_path: Path):
    """`︵` alone: the 中国新闻奖 form's bracketed vertical labels (作品简介/采编过程, then
    初评评语/推荐理由) cut to their bracket, read in the form's order."""
    path = tmp_path / "f.txt"
    path.write_text(
        "作品标题 |\n测试作品 |\n作品字數 (時長) |\n0:2:33 |\n"
        "︵ |\n国旗代表一个国家的尊严，探测器在月球成功着陆。 |\n"
        "社 |\n多家网站都进行了及时转载，收到了良好的社会效果。 |\n"
        "︵ |\n这条新闻通过报道科研团队的重大成果，很有意义。 |\n",
        encoding="utf-8",
    )
    values = import_form(path, Options(), out_dir=tmp_path).values
    assert values["length"] == "0:2:33"
    assert values["process"] == "国旗代表一个国家的尊严，探测器在月球成功着陆。"
    assert values["effect"] == "多家网站都进行了及时转载，收到了良好的社会效果。"
    assert values["review"] == "这条新闻通过报道科研团队的重大成果，很有意义。"


def test_a_form_on_one_line_with_two_outlet_labels(tmp_path: Path):
    path = tmp_path / "f.txt"
    path.write_text(
        "作品標題 一條測試消息 體裁 消息 語種 中文 作者 金昌波 編輯 吳卓、陳奕霖 "
        "原創單位 海南日報社 刊播單位 海南日報社 刊播版面 《海南日報》 A02版 刊播日期 2021-12-01\n",
        encoding="utf-8",
    )
    values = import_form(path, Options(), out_dir=tmp_path).values
    assert values["outlet"] == "海南日報社"  # one outlet, not 原创单位's and 刊播单位's joined
    assert values["section"] == "《海南日報》 A02版" and values["editors"] == ["吳卓", "陳奕霖"]


def test_a_label_cell_with_lost_marks_doubles_or_a_remnant_before_its_note():
    from award_archive.authoring.importer import labels as lb

    for cell, key in (
        ("作? 者", "authors"),  # a lost character's mark inside the label
        ("初评评语语", "review"),  # one character doubled beside the label's own pair
        ("者(主创人员)", "authors"),  # the label's first character lost, its note kept
    ):
        hit = lb.whole_label(cell)
        assert hit is not None and hit.key == key, cell
    assert lb.whole_label("集体(主创人员)") is None  # a value, not what is left of 作者


@pytest.mark.parametrize(
    ("cell", "key"),
    [
        ("Title", "title"),
        ("Author(s)", "authors"),
        ("MEDIA OUTLET", "outlet"),
        ("Date of publication", "published"),
        ("作品标题 Title", "title"),  # a bilingual template prints both
        ("Author(s)/作者", "authors"),
        ("编辑(Editor(s))", "editors"),  # the English label as the Chinese one's note
        ("Creator(s) 作者", "authors"),
        ("Type", "genre"),
        ("参评项目/类别", "category"),  # a label, then a short word its field goes by
        ("刊播版面/栏目", "section"),
        ("作者/主创人员", "authors"),  # two names of one field
        ("刊播单位/原创单位", "outlet"),
        ("采写过程", "process"),  # other templates' spellings (labels.MORE_LABELS)
        ("播出时间", "published"),
        ("字数（时长）", "length"),
    ],
)
def test_english_compound_and_other_templates_labels(cell: str, key: str):
    hit = lb.whole_label(cell)
    assert hit is not None and hit.key == key


def test_an_english_label_is_never_part_of_an_english_word():
    assert not lb.labels_spaced(" Subtitle Dated titles ")
    assert lb.whole_label("作者/编辑") is None  # two fields' labels are no one label
    assert lb.whole_label("【参评项目】通讯(报纸)") is None  # a label, then its value
    assert lb.whole_label("作者 (主创人员) 曹娴") is None
    start = lb.label_at_start("作品标题 Title 河边")
    assert start and "作品标题 Title 河边"[start.end :] == "河边"


def test_a_label_inside_a_longer_word_is_no_label_but_a_value_may_end_in_its_characters():
    text = "作品标题大写刊播单位某某日报作者张三新闻工作者协会编辑部"
    found = [h.key for h in lb.labels_anywhere(text)]
    assert found == ["title", "outlet", "authors"]


def test_a_text_box_label_no_template_has_is_named_by_its_last_word():
    assert lb.whole_label("内容提要").key == "process"
    assert lb.whole_label("采访报道过程（300字以内）").key == "process"
    assert lb.whole_label("评选意见").key == "review"
    assert lb.whole_label("社會反響情況").key == "effect"
    # a page's own words, and labels the table keeps as not archived, are not so read
    assert lb.whole_label("文档简介") is None
    assert lb.whole_label("推荐单位意见").key is None
    # run in with a colon, opening its line
    assert [h.key for h in lb.labels_with_colon("内容提要：记者深入河边村采访。")] == ["process"]


def test_a_text_box_under_a_label_no_template_has_is_read(tmp_path: Path):
    values = imported_values(
        tmp_path,
        "作品标题\n河边\n作者\n张三\n字数\n2345字\n作品概述\n"
        "记者蹲点河边村三个月,住进农户家中,与村民同吃同住,记录下春耕的变化。\n"
        "评审意见\n选题精准,采访扎实,同意推荐。\n",
    )
    assert values["length"] == 2345
    assert values["process"].startswith("记者蹲点")
    assert values["review"] == "选题精准,采访扎实,同意推荐。"
