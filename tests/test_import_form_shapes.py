"""General shapes of real nomination forms (issue 13), each with a minimal form of its own:
what a form reader must get right on a form it has never seen."""

from __future__ import annotations

from pathlib import Path

from import_support import imported_values as _import


def test_a_last_text_field_set_out_in_numbered_points_is_kept_whole(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题\n河边的春天\n作者\n张三\n采编过程\n"
        "这组报道是本报精心策划推出的一组创新报道,历时三个月完成采写。\n"
        "一、以小切口讲大道理\n"
        "记者深入河边村,住进农户家中,与村民同吃同住,记录下春耕的每一个细节和变化。\n"
        "二、以细节打动人\n",
    )
    assert values["process"].startswith("这组报道")
    assert "一、以小切口讲大道理" in values["process"]
    assert values["process"].endswith("二、以细节打动人")


def test_what_is_left_of_a_vertical_label_between_paragraphs_is_that_label(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题\n河边的春天\n作者\n张三\n作品简介\n"
        "记者深入河边村,住进农户家中,与村民同吃同住,记录下春耕的每一个细节。\n"
        "會\n"  # 社會效果 printed down the cell, three of its rows lost
        "报道刊发后被多家网站转载,引起读者热烈反响,当地随即出台了扶持政策。\n",
    )
    assert values["process"].startswith("记者深入")
    assert values["effect"].startswith("报道刊发后")
    # a word standing alone where no label can be is left to the text
    other = _import(
        tmp_path,
        "作品标题\n河边\n作者\n张三\n作品简介\n记者深入河边村,住进农户家中,与村民同吃同住。\n"
        "春\n报道刊发后被多家网站转载,引起读者热烈反响,当地随即出台了扶持政策。\n",
    )
    assert "effect" not in other


def test_a_collective_with_its_members_in_brackets_is_the_collective(tmp_path: Path):
    values = _import(tmp_path, "作品标题 | 河边 |\n作者 | 集体（张三、李四、王五 |\n")
    assert values["authors"] == ["集体"]
    trad = _import(tmp_path, "作品標題 | 河邊 |\n作者 | 集體(張三、李四) |\n編輯 | 趙六 |\n")
    assert trad["authors"] == ["集體"]


def test_a_link_alone_right_after_the_form_is_its_url(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题\n河边\n作者\n张三\n推荐理由\n报道真实感人,社会效果突出,同意推荐。\n"
        "http://vod.example.org/v/vod.html?vid=12\n",
    )
    assert values["url"] == "http://vod.example.org/v/vod.html?vid=12"


def test_a_link_cell_that_only_says_where_the_link_is_gives_no_url(tmp_path: Path):
    values = _import(tmp_path, "作品标题 | 河边 |\n作者 | 张三 |\n作品链接和二维码（附后） | |\n")
    assert "url" not in values


def test_unit_alone_in_its_cell_is_the_outlet_once(tmp_path: Path):
    values = _import(
        tmp_path,
        "题目\n河边\n作 者\n张三\n责任编辑\n李四\n单位\n某某日报\n发表日期\n2016年10月13日\n",
    )
    assert values["editors"] == ["李四"] and values["outlet"] == "某某日报"
    given = _import(
        tmp_path, "作品标题 | 河边 |\n刊播单位 | 某某日报 |\n作者 | 张三 |\n单位 | 某大学 |\n"
    )
    assert given["outlet"] == "某某日报"  # the author's unit, the outlet given already


def test_a_label_in_any_traditional_spelling_is_the_label(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品標題 | 河邊 |\n作者 | 張三 |\n社會效果 | 轉載很多。 |\n傳播數據 | |\n"
        "是否爲“三好作品” | 否 |\n",
    )
    assert values["effect"] == "轉載很多。"  # 據 and 爲: OpenCC's forms of the labels' characters


def test_a_label_with_its_value_after_a_colon_on_the_next_lines(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题：河边\n作 者\n（主创人员）：张三、李四\n编辑：赵六\n作品字数\n(时长)：363\n"
        "原创单位：某某日报社\n刊播单位：某某日报\n采编过程\n作品简介：记者深入河边村,蹲点一个月。\n"
        "推荐理由：报道真实感人。\n责任编辑: 王五\n",
    )
    assert values["authors"] == ["张三", "李四"]  # the note and its colon are the label's
    assert values["length"] == 363
    assert values["outlet"] == "某某日报"  # 刊播单位 after 原创单位: both outlet labels
    assert values["process"] == "记者深入河边村,蹲点一个月。"
    assert values["editors"] == ["赵六"]  # the page's editor under the form is not one


def test_a_label_note_or_alias_after_the_colon_is_not_the_value(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题：河边\n作者：张三\n刊播版面：(版次和名称)\n要闻 08版\n单位：某某日报\n"
        "采编过程：(作品简介)\n记者深入河边村,蹲点一个月。\n",
    )
    assert values["section"] == "要闻 08版"
    assert values["outlet"] == "某某日报"
    assert values["process"] == "记者深入河边村,蹲点一个月。"


def test_a_form_on_one_line_with_a_vertical_label_and_page_chrome_before_it(tmp_path: Path):
    values = _import(
        tmp_path,
        "河边 2017年05月23日 15:46:06 来源: 某某网 【字号 打印 关闭 中国新闻奖参评作品推荐表"
        " 作品标题 河边的春天 参评项目 通讯 作者 张三 刊播单位 某某日报 刊播周期 每周一期"
        " 联系人 李四 采 作 编 品 过 简 程 介 记者深入河边村,住进农户家中,与村民同吃同住。\n",
    )
    assert values["award"] == "中国新闻奖"  # not the page's headline and date before it
    assert values["outlet"] == "某某日报"  # 刊播周期 and 联系人: two unkept labels, each cut off
    assert values["process"] == "记者深入河边村,住进农户家中,与村民同吃同住。"


def test_a_question_mark_inside_mojibake_is_kept_as_written():
    from award_archive.authoring.importer.tokenizer import clean

    garbled = "本組作品既真實反映當?shù)貛头龅耐饬ψ饔?,也充分挖掘"
    assert clean(garbled) == garbled  # the page's garbled bytes, not a lost space
    assert clean("要聞?1轉2") == "要聞 1轉2"  # a lost space elsewhere is still one


def test_label_and_value_set_off_by_spaces_on_one_line(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题  河边\n体裁\n语种  中文\n作者  张三\n原创单位  某某日报社\n刊播单位  某某日报\n"
        "采编过程\n作品简介  记者深入河边村,蹲点一个月。\n",
    )
    assert "genre" not in values and values["language"] == "中文"  # 体裁 left empty
    assert values["outlet"] == "某某日报"
    assert values["process"] == "记者深入河边村,蹲点一个月。"


def test_traditional_column_heading_and_a_time_in_traditional_script(tmp_path: Path):
    values = _import(
        tmp_path,
        "中國新聞獎新聞專欄參評作品推薦表\n欄目名稱 | 河邊 |\n刊播日期 | 2019年3月5日 18時30 |\n",
    )
    assert values["published"] == "2019年3月5日"
    assert values["title"] == "河邊"


def test_a_signature_in_traditional_script_is_cut_from_the_last_value(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品標題 | 河邊 |\n作者 | 張三 |\n"
        "推薦理由 | 報道深入基層,內容真實,感染力強。 簽名：（蓋單位公章） 2024年 月 日 |\n",
    )
    assert values["evaluation"] == "報道深入基層,內容真實,感染力強。"


def test_a_label_written_down_the_cell_one_character_a_line(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题\n河边\n作者\n张三\n作\n品\n评\n介\n(120字以上)\n"
        "报道深入基层,内容真实,感染力强,是一篇难得的好作品。\n采\n编\n过\n程\n记者蹲点一个月。\n",
    )
    assert values["evaluation"] == "报道深入基层,内容真实,感染力强,是一篇难得的好作品。"
    assert values["process"] == "记者蹲点一个月。"


def test_a_lost_space_before_an_opening_bracket_stays_a_space():
    from award_archive.authoring.importer.tokenizer import clean

    assert clean("兵团综合广播??《兵团新闻联播》播出") == "兵团综合广播 《兵团新闻联播》播出"
    assert clean("主题鲜明。?围绕") == "主题鲜明。围绕"  # inside the text: nothing


def test_names_padded_with_spaces_and_and_others(tmp_path: Path):
    values = _import(
        tmp_path, "作品标题 | 河边 |\n作者 | 吴 炜、李 小 明、张三等11人 |\n编辑 | 王五 等 |\n"
    )
    assert values["authors"] == ["吴炜", "李小明", "张三"]
    assert values["editors"] == ["王五"]


def test_effect_paragraphs_whose_label_the_page_lost_are_the_effect(tmp_path: Path):
    form = (
        "作品标题\n河边\n作者\n张三\n采编过程\n{process}"
        "报道刊发后被多家网站转载,在当地引起强烈反响。\n读者纷纷来信,有关部门随即出台了扶持政策。\n"
        "初评评语\n报道深入基层,内容真实,同意推荐。\n"
    )
    lost = _import(tmp_path, form.format(process=""))
    assert "process" not in lost  # the 采编过程 cell was empty
    assert lost["effect"].startswith("报道刊发后") and lost["effect"].endswith("扶持政策。")
    kept = _import(tmp_path, form.format(process="记者在河边村蹲点一个月,走访了三十户村民。\n"))
    assert kept["process"] == "记者在河边村蹲点一个月,走访了三十户村民。"
    assert kept["effect"].startswith("报道刊发后")
    # one paragraph that mentions its reprints is still the process
    one = _import(
        tmp_path, "作品标题\n河边\n采编过程\n记者蹲点一个月,稿件被转载。\n初评评语\n好。\n"
    )
    assert one["process"] == "记者蹲点一个月,稿件被转载。" and "effect" not in one


def test_a_bar_run_into_a_paragraph_is_the_text_not_a_cell_border():
    from award_archive.authoring.importer.text import text_rows

    [row] = text_rows(
        "看到此后作者在微信朋友圈里被触動了心弦而有所感挥|動,就此話題展開了深入評論,找出了問題的癥結所在。"
    )
    assert not row.table and "挥|動" in row.cells[0]
    [cells] = text_rows("作品标题 | 河边的春天 |")
    assert cells.table and cells.cells == ["作品标题", "河边的春天"]


def test_a_one_line_form_with_a_cut_vertical_label_and_a_unit_cell(tmp_path: Path):
    values = _import(
        tmp_path,
        "中国新闻奖报纸副刊参评作品推荐表 题目 河边 体裁 散文 作 者 张三"
        " 责任编辑 徐芳 单位 某某日报 发表日期 2016年10月13日"
        " 采 作 编 品 过 简 程 介 记者蹲点一个月,写下这篇散文。"
        " 社 会 效 稿件刊发后被多家网站转载。\n",
    )
    assert values["editors"] == ["徐芳"] and values["outlet"] == "某某日报"
    assert values["effect"] == "稿件刊发后被多家网站转载。"


def test_a_value_that_starts_with_its_own_label_word_stays_whole(tmp_path: Path):
    values = _import(tmp_path, "作品标题 | 河边 |\n作者 | 张三 |\n社会效果 | 社会效果很好。 |\n")
    assert values["effect"] == "社会效果很好。"


def test_the_producing_unit_beside_the_publishing_one_even_with_a_character_lost(tmp_path: Path):
    values = _import(tmp_path, "作品标题 | 河边 |\n创单位 | 某某日报社 |\n刊播单位 | 某某日报 |\n")
    assert values["outlet"] == "某某日报"


# --- shapes an unseen page gives the same form (benchmarks/form_variants.py) -------------


def test_a_bylines_empty_author_label_and_page_buttons_are_not_the_forms(tmp_path: Path):
    values = _import(
        tmp_path,
        "首页 > 正文\n2023-10-20 10:38 | 来源: 中国记协网 | 作者:\n【字号: 大 中 小】 打印 关闭\n"
        "作品标题 | 河边的春天 |\n作者 | 张三、李四 |\n刊播单位 | 湖南日报 |\n",
    )
    assert values["authors"] == ["张三", "李四"]
    titled = _import(
        tmp_path,
        "时间:2022年07月13日 来源:中国副刊 作者:\n首页 > 新闻中心 > 正文\n"
        "中国新闻奖参评作品推荐表\n作品标题\n河边的春天\n作者：张三\n刊播单位\n湖南日报\n",
    )
    assert titled["authors"] == ["张三"]


def test_a_labels_note_then_a_colon_is_not_part_of_the_value(tmp_path: Path):
    values = _import(tmp_path, "作品标题：河边\n作 者:(主创人员)：李秀宝,胡君华\n编辑：王五\n")
    assert values["authors"] == ["李秀宝", "胡君华"]


def test_a_label_broken_over_two_lines_whose_end_runs_into_its_value(tmp_path: Path):
    values = _import(tmp_path, "作品标题\n河边\n刊播版面\n要闻  08版\n作品\n字数:1808\n")
    assert " ".join(values["section"].split()) == "要闻 08版"
    assert values["length"] == 1808


def test_a_label_with_a_character_lost_is_read_by_its_colon_its_note_or_its_value(
    tmp_path: Path,
):
    values = _import(
        tmp_path,
        "作品?题:河边的春天\n作者:张三\n刊播?期\n2024-06-20\n"
        "作品?介 (采编过程)\n记者深入河边村,住进农户家中,与村民同吃同住,记录下春耕的每一个细节。\n",
    )
    assert values["title"] == "河边的春天"
    assert values["published"] == "2024-06-20"
    assert values["process"].startswith("记者深入")
    # the same label over a value that is no date: 刊播周期, a label the archive leaves out
    column = _import(tmp_path, "栏目名称\n河边\n刊播?期\n周一至周五\n作者\n张三\n")
    assert not column.get("published") and column["authors"] == ["张三"]


def test_a_one_line_form_with_lost_characters_and_notes_inside_a_label(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题 河边的春天 参评项目 网络评论 刊单位 湖南日报 首发日期 2017年12月27日 "
        "作者 张三 编辑 李四 页面点击量(PV),单独访客数(UV),独立地址访问量(IP) 12395,9235 "
        "采编过程 记者深入河边村,住进农户家中,与村民同吃同住。\n",
    )
    assert values["outlet"] == "湖南日报"
    assert values["editors"] == ["李四"]
    assert values["process"].startswith("记者深入")
    # the same form set in one cell of a table row
    cell = _import(
        tmp_path,
        "作品标题 | 河边的春天 参评项目 网络评论 刊播单位 湖南日报 首发日期 2017年12月27日 "
        "作者 张三 编辑 李四 采编过程 记者深入河边村,住进农户家中,与村民同吃同住。 |\n",
    )
    assert cell["title"] == "河边的春天" and cell["editors"] == ["李四"]


def test_a_row_left_empty_under_a_label_the_lexicon_does_not_know(tmp_path: Path):
    values = _import(tmp_path, "作品标题\n河边\n语种\n中文\n联系方式\n刊播单位\n湖南日报\n")
    assert values["language"] == "中文"
    assert values["outlet"] == "湖南日报"
    table = _import(
        tmp_path, "作品标题 | 河边 |\n编辑 | |\n报送日期 |\n刊播单位 | 湖南日报 |\n作者 | 张三 |\n"
    )
    assert not table.get("editors") and table["outlet"] == "湖南日报"
    # a short line that is no label's wording stays part of the value (a category in two cells)
    split = _import(tmp_path, "作品标题\n河边\n参评项目\n文字系列\n报道类\n作者\n张三\n")
    assert split["category"] == "文字系列报道类"


def test_labels_after_a_row_left_empty(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题 | 河边 |\n作者 | 张三 |\n传播数据 |\n"
        "︵ 社 会 效 果 ︶ | 报道刊发后被多家网站转载,引起读者热烈反响。 |\n",
    )
    assert values["effect"].startswith("报道刊发后")
    outlets = _import(
        tmp_path,
        "作品标题\n河边\n刊播单位\n科技日报\n体裁\n原创单位\n科技日报社\n作者\n张三\n",
    )
    assert outlets["outlet"] == "科技日报" and not outlets.get("genre")


def test_the_pages_editor_under_the_form_is_not_the_forms(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题\n河边\n作者\n张三\n社会效果\n报道刊发后被多家网站转载,引起读者热烈反响。\n"
        "责任编辑：王小玉\n",
    )
    assert not values.get("editors")
    assert "王小玉" not in values["effect"]
    # the form's own 编辑 row, with a value, stays a field
    own = _import(tmp_path, "作品标题\n河边\n作者\n张三\n编辑：王小玉\n刊播单位\n湖南日报\n")
    assert own["editors"] == ["王小玉"]


def test_a_label_character_lost_with_its_glosss_bracket_is_found_by_its_reading(
    tmp_path: Path,
):
    values = _import(
        tmp_path,
        "作品標(biāo)題 | 河邊的春天 |\n推薦?diǎn)?dān)位 | 湖南省記協 |\n"
        "刊播?kān)?wèi)位 | 湖南日報 |\n作?zhōng)?zhě) | 張三 |\n",
    )
    assert values["recommender"] == "湖南省記協"
    assert values["outlet"] == "湖南日報"  # wèi: 位 here, not 為
    assert values["authors"] == ["張三"]
    # in a value the lost character is not guessed: the page's text stays as it is
    text = _import(tmp_path, "作品標題 | 河?zhōng)?dān)邊 |\n作者 | 張三 |\n")
    assert text["title"] == "河?zhōng)?dān)邊"


def test_a_character_lost_in_a_value_is_the_one_the_page_glosses_so_elsewhere(
    tmp_path: Path,
):
    values = _import(
        tmp_path,
        "作品標題 | 綿陽娃參觀紅色基地 |\n作者 | 周詩影 |\n"
        "作品評介 | 綿陽(yáng)市關工委組織留守兒童參觀紅色基地,"
        "綿?zhōng)?yáng)市關工委全程陪同。 |\n",
    )
    assert values["evaluation"] == "綿陽市關工委組織留守兒童參觀紅色基地,綿陽市關工委全程陪同。"


def test_noise_inside_a_vertical_label_is_no_piece_of_it(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题 | 河边 |\n作者 | 张三 |\n字数 | 6639 |\n"
        "︵ 采 作? 编 品 过 简 程 介 ︶ | "
        "记者深入河边村,住进农户家中,与村民同吃同住,记录下春耕的每一个细节。 |\n",
    )
    assert values["length"] == 6639
    assert values["process"].startswith("记者深入")
    lines = _import(
        tmp_path,
        "作品标题\n河边\n作者\n张三\n字数\n6639\n采 作\n编 品\n过? 简\n程 介\n"
        "记者深入河边村,住进农户家中,与村民同吃同住,记录下春耕的每一个细节。\n",
    )
    assert lines["process"].startswith("记者深入")


def test_labels_in_brackets_or_after_a_semicolon_run_into_their_values(tmp_path: Path):
    values = _import(tmp_path, "【作品标题】河边的春天\n【作者】张三、李四\n【刊播单位】湖南日报\n")
    assert values["title"] == "河边的春天"
    assert values["authors"] == ["张三", "李四"]
    assert values["outlet"] == "湖南日报"
    one = _import(
        tmp_path, "作品标题：河边的春天；作者：张三；刊播单位：湖南日报；首发日期：2023-01-02\n"
    )
    assert one["title"] == "河边的春天"
    assert one["authors"] == ["张三"]
    assert one["published"] == "2023-01-02"


def test_labels_in_square_brackets_with_their_notes(tmp_path: Path):
    values = _import(tmp_path, "［作品标题］河边\n[作者(主创人员)]张三\n[字数](时长)\n1808\n")
    assert values["title"] == "河边"
    assert values["authors"] == ["张三"]
    assert values["length"] == 1808


def test_a_bar_run_into_a_title_in_a_row_of_spaced_bars_is_the_titles(tmp_path: Path):
    values = _import(tmp_path, "作品标题 |\n致敬①|泪目!老战士敬礼 |\n作者 |\n张三 |\n")
    assert values["title"] == "致敬①|泪目!老战士敬礼"
    compact = _import(tmp_path, "作品标题|河边\n作者|张三\n")  # no spaced bar: every bar a border
    assert compact["title"] == "河边"


def test_a_media_fusion_forms_labels_and_its_signed_year(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题 |\n河边 |\n主创人员 |\n张三 |\n编辑 |\n李四 |\n主管单位 |\n某某日报 |\n"
        "发布日期及时间 |\n2020年10月30日11时50分 |\n"
        "推荐理由 |\n作品选题精巧,视角独到。 签名: (盖单位公章) 2021年 月 日 |\n"
        "初评单位 推荐理由 |\n这部作品主题鲜明,叙事生动。 |\n",
    )
    assert values["editors"] == ["李四"]
    assert values["outlet"] == "某某日报"
    assert values["published"] == "2020年10月30日"
    assert values["evaluation"] == "作品选题精巧,视角独到。"
    assert values["year"] == 2021  # the year printed for the signature's date
    assert values["review"] == "这部作品主题鲜明,叙事生动。"


def test_a_lone_first_row_of_a_vertical_label_before_a_paragraph(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题\n河边\n作者\n张三\n社会效果\n"
        "报道刊发后被多家网站转载,引起读者热烈反响,当地随即出台了扶持政策。\n"
        "推\n"  # 推荐理由 printed down the cell, its other rows lost: a text field's label
        "报道扎根基层,细节丰富,语言生动,体现了记者的脚力眼力。\n",
    )
    assert values["evaluation"].startswith("报道扎根基层")


def test_html_debris_goes_and_a_garbled_runs_marks_stay(tmp_path: Path):
    values = _import(tmp_path, "作品标题\n沙漠公路建设與環?!巴小?/font>\n作者\n张三/span>\n")
    assert values["title"] == "沙漠公路建设與環?!巴小?"
    assert values["authors"] == ["张三"]


def test_labels_in_brackets_one_after_another_the_first_left_empty(tmp_path: Path):
    values = _import(
        tmp_path,
        "〔作品標題〕河邊\n〔體裁〕〔語種〕中文\n〔作 者〕(主創人員)王爽,周福寶\n"
        "〔編輯〕〔刊播單位〕濟南日報\n〔初评评语〕(推荐理由)报道深入基层,同意推荐。\n",
    )
    assert values["language"] == "中文"
    assert "genre" not in values
    assert values["authors"] == ["王爽", "周福寶"]  # a bracketed label, short as it is
    assert values["outlet"] == "濟南日報"
    assert "editors" not in values
    assert values["review"] == "报道深入基层,同意推荐。"


def test_a_document_dump_with_labels_glued_to_values_and_to_each_other(tmp_path: Path):
    values = _import(
        tmp_path,
        "第三十三届中国新闻奖参评作品推荐表作品标题河边的春天参评项目消息体裁消息"
        "作者张三、李四编辑王五刊播单位河边日报首发日期2022年3月5日刊播版面一版"
        "作品字数1200字采编过程记者深入河边村,与作者的乡亲同吃同住,编辑反复推敲。"
        "社会效果报道刊发后引起热烈反响。推荐单位河边市记协\n",
    )
    assert values["title"] == "河边的春天"
    assert values["category"] == "消息"
    assert values["authors"] == ["张三", "李四"]
    assert values["editors"] == ["王五"]
    assert values["outlet"] == "河边日报"
    assert values["published"] == "2022年3月5日"
    assert values["section"] == "一版"
    # 作者 and 编辑 inside the process text are its own words, not labels
    assert values["process"] == "记者深入河边村,与作者的乡亲同吃同住,编辑反复推敲。"
    assert values["effect"] == "报道刊发后引起热烈反响。"
    assert values["recommender"] == "河边市记协"


def test_a_paragraph_that_mentions_labels_in_passing_is_no_glued_form(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题\n河边\n采编过程\n"
        "记者在采访中发现,一篇报道的作者、编辑和刊播单位往往各有分工,"
        "作品标题要反复推敲,首发日期也要选准,这组报道在策划阶段就想清楚了社会效果。\n",
    )
    assert values["process"].startswith("记者在采访中发现")
    assert not values.get("authors") and not values.get("outlet")


def test_english_and_bilingual_labels_on_one_line(tmp_path: Path):
    values = _import(
        tmp_path,
        "Title Spring by the River Category International Communication "
        "Author(s) Zhang San, Li Si Editor(s) Wang Wu Media outlet China Daily "
        "Date of publication 2022-03-05 Length 1200 words\n",
    )
    assert values["title"] == "Spring by the River"
    assert values["category"] == "International Communication"
    assert values["editors"] == ["Wang Wu"]
    assert values["outlet"] == "China Daily"
    assert values["published"] == "2022-03-05"
    bilingual = _import(
        tmp_path,
        "作品标题 Title | 河边的春天 |\n参评项目 Category | 国际传播 |\n"
        "作者/Author(s) | 张三 |\n刊播单位 Media outlet | 中国日报 |\n",
    )
    assert bilingual["title"] == "河边的春天"
    assert bilingual["category"] == "国际传播"
    assert bilingual["authors"] == ["张三"]
    assert bilingual["outlet"] == "中国日报"


def test_a_representative_works_sheet_after_the_form_fills_none_of_its_fields(tmp_path: Path):
    form = (
        "作品标题 | 河边纪事 |\n参评项目 | 系列报道 |\n刊播单位 | 河边日报 |\n"
        "首发日期 | 2022年1月5日 |\n作品评介 | 报道扎实,同意推荐。 |\n"
    )
    sheet = "代表作1 |\n标题 | 《春风》 |\n刊播日期 | 2022年3月5日 |\n版面 | 一版 |\n"
    values = _import(tmp_path, form + sheet + "代表作品（二）：\n标题 | 《山路》 |\n")
    assert values["title"] == "河边纪事"
    assert values["published"] == "2022年1月5日"
    assert not values.get("section")
    # the same on one line, and run together without spaces
    line = (
        "作品标题 河边纪事 参评项目 系列报道 刊播单位 河边日报 首发日期 2022年1月5日 "
        "作品评介 报道扎实,同意推荐。 代表作1 标题 《春风》 刊播日期 2022年3月5日 版面 一版\n"
    )
    for text in (line, line.replace(" ", "")):
        one = _import(tmp_path, text)
        assert one["title"] == "河边纪事" and one["published"] == "2022年1月5日"
        assert one["evaluation"] == "报道扎实,同意推荐。" and not one.get("section")
    # a 代表作 named in the prose is no sheet
    prose = _import(tmp_path, form.replace("报道扎实,", "其代表作一经刊发即获好评,"))
    assert prose["evaluation"] == "其代表作一经刊发即获好评,同意推荐。"


def test_a_short_cells_closing_full_stop_and_a_question_across_a_comma(tmp_path: Path):
    from award_archive.authoring.importer.tokenizer import clean

    values = _import(
        tmp_path,
        "作品标题 | 河边 |\n刊播版面 | 安康综合广播FM89.7 《身边》。 |\n"
        "刊播单位 | 安康人民广播电台。 |\n作品字数 | 775 字?、 0:1 |\n",
    )
    assert values["section"] == "安康综合广播FM89.7 《身边》"
    assert values["outlet"] == "安康人民广播电台"
    assert values["length"] == "775 字 、 0:1"  # the `?` was the space the page set
    # `如何…,…致富?一直是`: the question's own mark, a comma or two after its 如何
    asked = clean("如何利用自己的科研成果,让安康农民脱贫致富?一直是她最大的梦想。")
    assert asked == "如何利用自己的科研成果,让安康农民脱贫致富?一直是她最大的梦想。"
    assert clean("报道鲜明。?围绕主题") == "报道鲜明。围绕主题"


def test_a_duration_set_out_with_spaces_and_one_that_lost_its_colon(tmp_path: Path):
    spaced = _import(tmp_path, "作品标题 | 河边 |\n作品时长 | 1 分 30 秒 |\n")
    assert spaced["length"] == "1分30秒"
    (tmp_path / "b").mkdir(), (tmp_path / "c").mkdir()
    lost = _import(tmp_path / "b", "作品标题 | 河边 |\n作品时长 | 0230 |\n")
    assert lost["length"] == "0230"  # no count starts with 0: 02:30 that lost its colon
    counted = _import(tmp_path / "c", "作品标题 | 河边 |\n作品字数 | 1230 |\n")
    assert counted["length"] == 1230


def test_rows_of_a_dump_with_two_or_three_labels_run_into_their_values(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题河边的春天参评项目消息\n体裁消息语种中文\n作者张三、李四编辑王五\n"
        "刊播单位河边日报首发日期2022年3月5日\n刊播版面一版。作品字数1200字\n"
        "作品字数（时长）：约2400字,代表作分别为1200字和1200字\n",
    )
    assert values["title"] == "河边的春天"
    assert values["category"] == "消息"
    assert values["language"] == "中文"
    assert values["authors"] == ["张三", "李四"]
    assert values["editors"] == ["王五"]
    assert values["published"] == "2022年3月5日"
    assert values["section"] == "一版"
    # a label the value's sentence runs on into (`…字,代表作分别为`) is the value's own word
    assert "代表作分别为" in str(values["length"])


def test_a_dump_row_with_a_link_a_coded_label_and_a_text_run_in(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题河边参评项目网络评论\n网页地址http://www.example.org/2017/1227/124806.shtml字数1747\n"
        "主创人员刘冰编辑邹文辉页面点击量(PV),单独访客数(UV)12395,9235\n"
        "作品字数(时长)8分30秒︵ 采作 编品 过简 程介 ︶记者深入一线,作者与编辑反复推敲。\n",
    )
    assert values["url"] == "http://www.example.org/2017/1227/124806.shtml"
    assert values["authors"] == ["刘冰"]
    assert values["editors"] == ["邹文辉"]  # the page counts are no names
    assert values["process"] == "记者深入一线,作者与编辑反复推敲。"


def test_a_line_of_names_after_a_short_value_is_the_authors_when_their_label_is_lost(
    tmp_path: Path,
):
    values = _import(
        tmp_path,
        "作品標題\n\n河邊\n\n參評項目\n\n系列報道\n\n語種\n\n中文\n\n肖振生,崔霞 ,吳杰\n\n"
        "刊播單位\n\n中央電視臺\n",
    )
    assert values["language"] == "中文"
    assert values["authors"] == ["肖振生", "崔霞", "吳杰"]
    (tmp_path / "b").mkdir()
    labelled = _import(tmp_path / "b", "作品标题 | 河边 |\n语种 | 中文 |\n作者 | 张三 |\n")
    assert labelled["language"] == "中文" and labelled["authors"] == ["张三"]


def test_a_title_that_lost_a_mark_is_spelled_as_the_forms_texts_quote_it(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品標題 | 獨家新聞紀實?C919首飛全記錄 |\n"
        "作品簡介 | 2017年制作連續報道《獨家新聞紀實:C919首飛全記錄》,記錄首飛。 |\n",
    )
    assert values["title"] == "獨家新聞紀實:C919首飛全記錄"
    (tmp_path / "b").mkdir()
    other = _import(
        tmp_path / "b",
        "作品标题 | 河边 春天 |\n采编过程 | 记者写了《河边 春天》和《山里:秋天》。 |\n",
    )
    assert other["title"] == "河边 春天"


def test_a_forms_checker_and_sending_date_are_labels_in_a_glued_dump(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题河边作品时长3分32秒审核人张三参评项目消息报送日期2024-05-01刊播单位某报\n",
    )
    assert values["length"] == "3分32秒" and values["category"] == "消息"
    assert not values.get("editors") and not values.get("published")


def test_a_category_row_labelled_project_alone_is_the_category(tmp_path: Path):
    values = _import(tmp_path, "标题\n河边的春天\n项目\n通讯(报纸)\n作者\n张三\n")
    assert values["title"] == "河边的春天" and values["category"] == "通讯(报纸)"
    # `| 项目 | 内容 |` over a table is its columns' heads, not the category
    (tmp_path / "b").mkdir()
    heads = _import(tmp_path / "b", "| 项目 | 内容 |\n| 作品标题 | 河边 |\n| 参评项目 | 消息 |\n")
    assert heads["category"] == "消息"


def test_a_glued_row_may_open_with_a_label_the_archive_leaves_out(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题河边参评项目消息作者张三\n"
        "刊播周期每周一期刊播版面要闻二版字数1200\n"
        "传播数据初评评语 (推荐理由)报道以小见大,细节丰富,同意推荐。\n",
    )
    assert values["section"] == "要闻二版" and values["length"] == 1200
    assert values["review"] == "报道以小见大,细节丰富,同意推荐。"


def test_an_empty_row_between_glued_labels_does_not_undo_the_row(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题河边的春天参评项目消息\n体裁语种中文作者(主创人员)张三、李四\n编辑王五原创单位某报\n",
    )
    assert values["language"] == "中文" and values["authors"] == ["张三", "李四"]
    assert "genre" not in values


def test_a_brief_text_value_run_into_the_next_long_label_ends_there(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题河边作者张三参评项目消息刊播单位某报采编过程记者现场采写社会效果"
        "报道刊发后被多家网站转载,取得了良好的社会效果。\n",
    )
    assert values["process"] == "记者现场采写"
    assert values["effect"] == "报道刊发后被多家网站转载,取得了良好的社会效果。"


def test_names_run_into_the_language_are_the_authors_when_their_label_is_lost(tmp_path: Path):
    values = _import(tmp_path, "作品标题河边参评项目消息\n语种中文张小三,李四 ,王五刊播单位某报\n")
    assert values["language"] == "中文"
    assert values["authors"] == ["张小三", "李四", "王五"]


def test_a_labels_note_standing_for_the_lost_label_on_one_line(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品標題 河邊的春天 參評項目 消息 語種 中文 (主創人員) 張三 編輯 李四 刊播單位 某報\n",
    )
    assert values["language"] == "中文" and values["authors"] == ["張三"]
    lost = _import(tmp_path, "作品標題\n河邊\n語種\n中文\n(主創人?cì)?yuán))\n張三\n編輯\n李四\n")
    assert lost["language"] == "中文" and lost["authors"] == ["張三"]


def test_a_value_ends_at_a_signature_run_into_it_with_the_text_after_it(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题河边作者张三参评项目消息刊播单位某报社会效果报道刊发后引起强烈反响,读者纷纷来电。"
        "领导签名:      (推荐单位盖章)2022年  月  日超长作品特别推荐,总编辑签字:河边 春天来了,"
        "村里的桃花开了。\n",
    )
    assert values["effect"] == "报道刊发后引起强烈反响,读者纷纷来电。"
    assert values["year"] == 2022


def test_a_label_character_lost_with_its_gloss_inside_a_glued_row_is_found_again(tmp_path: Path):
    values = _import(
        tmp_path, "作品標題河邊作者張三、李四刊發?shì)?dān)位某日報參評項目消息首發日期2022-03-05\n"
    )
    assert values["authors"] == ["張三", "李四"] and values["outlet"] == "某日報"
    assert values["category"] == "消息"


def test_a_glued_label_that_lost_a_character_is_still_a_label(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题河边作者张三参评项目消息刊播单位某日报刊时间2020-05-12刊播版面一版\n",
    )
    assert values["outlet"] == "某日报" and values["published"] == "2020-05-12"
    assert values["section"] == "一版"
    # a cut label overlapping a whole one is the whole one (`联播时长`, not `播时长`)
    (tmp_path / "b").mkdir()
    whole = _import(tmp_path / "b", "作品标题河边作者张三参评项目消息刊播版面新闻联播时长3分20秒\n")
    assert whole["section"] == "新闻联播" and whole["length"] == "3分20秒"


def test_a_glued_dump_with_a_few_spaces_is_read_by_its_glued_labels(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品名称 河边 作者 张三 参评项目 消息 刊播单位 某日报 体裁通讯语种中文编辑王五"
        "刊播日期2018年12月27日刊播版面要闻字数1200\n",
    )
    assert values["title"] == "河边" and values["genre"] == "通讯"
    assert values["outlet"] == "某日报" and values["editors"] == ["王五"]
    assert values["published"] == "2018年12月27日" and values["length"] == 1200


def test_a_label_closed_by_its_note_and_run_into_its_value_after_an_empty_row(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题 | 河边 |\n刊播版面 (名称和版次) | 作品字数 (时长)420字 |\n作者 | 张三 |\n",
    )
    assert values["length"] == 420 and "section" not in values


def test_a_review_signed_and_dated_in_its_cell(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题\n河边\n作者\n张三\n评语\n"
        "报道扎根基层,细节丰富,同意推荐。 签名：王明 2023年 月 日\n",
    )
    assert values["review"] == "报道扎根基层,细节丰富,同意推荐。" and values["year"] == 2023


def _in(tmp_path: Path, name: str, text: str) -> dict:
    (tmp_path / name).mkdir()
    return _import(tmp_path / name, text)


def test_project_is_no_category_over_a_column_in_a_sentence_or_in_prose(tmp_path: Path):
    form = "| 作品标题 | 河边的春天 |\n| 参评项目 | 消息 |\n| 作者 | 张三 |\n"
    heads = _in(tmp_path, "heads", "| 项目 | 具体情况 |\n" + form)
    assert heads["category"] == "消息"
    # `项目：` opening a paragraph of the work's text is the text's word
    text = _in(
        tmp_path,
        "text",
        "作品标题\n河边\n作者\n张三\n作品简介\n项目：本报联合多家单位开展。记者深入一线。\n"
        "参评项目\n消息\n",
    )
    assert text["category"] == "消息" and text["process"].startswith("项目：本报")
    # a page's line break set as a space inside a one-line form's text
    line = _in(
        tmp_path,
        "line",
        "作品标题 河边的春天 作者 张三 编辑 李四 刊播单位 某日报 刊播日期 2023年1月1日 "
        "作品简介 本报围绕重点 项目 建设开展系列报道,记者深入一线。\n",
    )
    assert line["process"] == "本报围绕重点 项目 建设开展系列报道,记者深入一线。"
    assert not line.get("category")


def test_a_glued_row_opening_with_a_short_unkept_word_is_a_sentence(tmp_path: Path):
    values = _in(
        tmp_path,
        "prose",
        "作品标题\n河边的春天\n参评项目\n消息\n采编过程\n记者深入一线采访\n"
        "地址位于城东新区作品简介显示\n社会效果\n报道刊发后反响强烈。\n",
    )
    assert values["process"].startswith("记者深入一线采访") and "\n显示" not in values["process"]
    note = _in(
        tmp_path,
        "note",
        "作品标题\n河边\n参评项目\n消息\n作者\n张三\n字数\n1200\n备注 作品时长以实际播出为准\n",
    )
    assert note["length"] == 1200


def test_a_representative_works_glued_row_is_no_field_of_the_form(tmp_path: Path):
    values = _in(
        tmp_path,
        "sheet",
        "作品标题河边的春天参评项目新闻专栏作者张三\n刊播单位某日报刊播日期2023年1月1日\n"
        "代表作1《春耕》刊播日期2023年3月5日\n代表作2《秋收》刊播日期2023年9月5日\n",
    )
    assert values["published"] == "2023年1月1日"


def test_a_text_naming_a_label_in_its_first_words_runs_on(tmp_path: Path):
    form = "作品标题河边作者张三参评项目消息"
    review = _in(tmp_path, "review", form + "初评评语该作品主题鲜明社会效果突出,同意推荐。\n")
    assert review["review"] == "该作品主题鲜明社会效果突出,同意推荐。" and "effect" not in review
    unit = _in(
        tmp_path,
        "unit",
        form
        + "采编过程记者连续跟踪刊播单位多次协调,历时半年完成报道。社会效果报道刊发后反响强烈。\n",
    )
    assert unit["process"] == "记者连续跟踪刊播单位多次协调,历时半年完成报道。"
    assert not unit.get("outlet")
    # a few words, then the next row's label and a date of its own: the next row
    dated = _in(tmp_path, "dated", form + "作品简介记者蹲点采写刊播日期2023年1月1日刊播单位某报\n")
    assert dated["process"] == "记者蹲点采写" and dated["published"] == "2023年1月1日"


def test_a_short_sentence_right_under_the_review_is_the_reviews(tmp_path: Path):
    form = "作品标题\n河边的春天\n参评项目\n消息\n作者\n张三\n初评评语\n"
    values = _in(tmp_path, "two", form + "该作品选题精准,以小见大。\n同意推荐。\n")
    assert values["review"] == "该作品选题精准,以小见大。\n同意推荐。"
    # a headline under it is the work's
    work = _in(tmp_path, "work", form + "该作品选题精准,以小见大。\n河边的春天\n")
    assert work["review"] == "该作品选题精准,以小见大。"


def test_a_review_signed_with_a_name_and_a_date_ends_before_them(tmp_path: Path):
    values = _in(
        tmp_path,
        "signed",
        "作品标题\n河边\n作者\n张三\n初评评语\n该作品选题精准,同意推荐。签名：李四 2023年5月1日\n",
    )
    assert values["review"] == "该作品选题精准,同意推荐。"
    # a signature word inside the text is the text's (`纷纷签名支持`)
    text = _in(
        tmp_path,
        "text",
        "作品标题\n河边\n作者\n张三\n社会效果\n报道刊发后,村民纷纷签名支持\n",
    )
    assert text["effect"] == "报道刊发后,村民纷纷签名支持"


def test_two_labels_of_one_field_joined_by_a_word_are_one_label(tmp_path: Path):
    values = _in(
        tmp_path,
        "joined",
        "作品标题\n河边\n作者\n张三\n作品简介与采编过程\n记者深入河边村蹲点采访。\n"
        "社会效果\n报道刊发后反响强烈。\n",
    )
    assert values["process"] == "记者深入河边村蹲点采访。"
    run_in = _in(
        tmp_path, "runin", "作品标题\n河边\n作者\n张三\n采编过程及作品简介 记者蹲点采访。\n"
    )
    assert run_in["process"] == "记者蹲点采访。"


def test_a_last_text_wrapped_at_the_pages_width_is_kept_whole(tmp_path: Path):
    values = _in(
        tmp_path,
        "wrapped",
        "作品标题\n河边\n作者\n张三\n初评评语\n该作品选题精准,记者深入河边村蹲点,与\n"
        "村民同吃同住,记录下春耕的每一个细节和变\n化,同意推荐。\n",
    )
    assert values["review"].endswith("化,同意推荐。")
    # a row's label left under a text cut off by the excerpt is no more of it
    cut = _in(
        tmp_path,
        "cut",
        "作品标题\n河边\n作者\n张三\n社会效果\n报道刊发后,多家党报在重要位置刊登,获全网置顶\n"
        "播出频次\n",
    )
    assert cut["effect"] == "报道刊发后,多家党报在重要位置刊登,获全网置顶"
    # nor is the work's headline under a text that merely stopped
    work = _in(
        tmp_path,
        "work",
        "作品标题\n河边\n作者\n张三\n社会效果\n报道刊发后被多家网站转载,当地随即出台扶持政策\n"
        "河边村的春天来了记者蹲点手记\n春耕时节记者来到河边村。\n",
    )
    assert work["effect"] == "报道刊发后被多家网站转载,当地随即出台扶持政策"


def test_the_effect_ending_the_form_keeps_its_short_sentences_on_lines_of_their_own(
    tmp_path: Path,
):
    values = _in(
        tmp_path,
        "effect",
        "作品标题\n河边\n作者\n张三\n社会效果\n报道刊发后被多家网站转载,反响强烈。\n"
        "报道成为同行挖掘的线索。\n经本报报道,当地随即出台扶持政策。\n",
    )
    assert values["effect"].endswith("报道成为同行挖掘的线索。\n经本报报道,当地随即出台扶持政策。")


def test_a_paragraph_run_into_the_length_is_the_text_of_the_row_whose_label_was_lost(
    tmp_path: Path,
):
    paragraph = "记者蹲点河边村三个月,住进农户家中,与村民同吃同住,记录下春耕的每一个细节和变化。"
    effect = "社会效果 | 报道刊发后被多家网站转载,引起读者热烈反响。 |\n"
    # the paragraph in the length's own cell, or on a line of its own under it
    for text in (
        f"作品标题 | 河边 |\n作者 | 张三 |\n字数 | 2345字 {paragraph} |\n{effect}",
        f"作品标题\n河边\n作者\n张三\n字数\n3分20秒\n{paragraph}\n{effect}",
    ):
        values = _import(tmp_path, text)
        assert values["length"] in (2345, "3分20秒")
        assert values["process"] == paragraph
        assert values["effect"].startswith("报道刊发后")
    # what the page kept of the lost label (`采?过?`) is no part of the length
    kept = _import(tmp_path, f"作品标题\n河边\n字数\n2345\n采?过?\n{paragraph}\n{effect}")
    assert kept["length"] == 2345
    assert kept["process"] == paragraph
    # in a form that gives 采编过程, the lost row after the length is 作品评介
    evaluated = _import(
        tmp_path,
        f"作品标题 | 河边 |\n字数 | 2345字 |\n{paragraph} |\n采编过程 | 记者现场采编。 |\n{effect}",
    )
    assert evaluated["evaluation"] == paragraph
    assert evaluated["process"] == "记者现场采编。"


def test_the_first_rows_of_a_vertical_label_run_into_the_text_above_are_that_label(
    tmp_path: Path,
):
    effect = "报道刊发后被多家网站转载,引起读者热烈反响。"
    review = "选题精准,采访扎实,文字生动,同意推荐。"
    head = "作品标题\n河边\n作者\n张三\n社会效果\n"
    for text in (
        f"{head}{effect}初\n评\n评\n语\n{review}\n",  # `初` run in, the rest down the cell
        f"{head}{effect}初评\n{review}\n",  # the label's first row only, run in
        f"作品标题 | 河边 |\n社会效果 | {effect} 初 |\n评 评 语 | {review} |\n",
    ):
        values = _import(tmp_path, text)
        assert values["effect"] == effect
        assert values["review"] == review


def test_a_count_closed_with_a_mark_or_its_unit_in_brackets_is_the_number(tmp_path: Path):
    for written in ("2345（字）", "2345字。", "2345 字；", "字数：2345"):
        values = _import(tmp_path, f"作品标题 | 河边 |\n作者 | 张三 |\n作品字数 | {written} |\n")
        assert values["length"] == 2345, written
    duration = _import(tmp_path, "作品标题 | 河边 |\n作者 | 张三 |\n时长 | 3分20秒。 |\n")
    assert duration["length"] == "3分20秒"
