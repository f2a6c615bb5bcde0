"""Winner lists: one metadata-only entry per listed work; the list shapes seen in real lists;
a later import fills the same entry (title + outlet), --force and --dry-run; the site says
the work's text is not in the archive yet."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from cli_helpers import Run, awards_import, empty_archive

from award_archive.authoring.importer.list_books import book_credits
from award_archive.authoring.importer.list_import import is_list
from award_archive.authoring.importer.list_marks import ReadingCopy
from award_archive.authoring.importer.list_parts import PRIZE, names_only, person_alone
from award_archive.authoring.importer.list_parts import leading_names as lists_leading_names
from award_archive.authoring.importer.lists import (
    _numbered,
    parse_list,
    split_list_names,
    work_values,
)
from award_archive.checking.read import read_entry_file
from award_archive.checking.validate import Rules, validate_entry
from conftest import REPO, make_archive, run_build

sys.path.insert(0, str(REPO / "benchmarks"))
import list_score  # noqa: E402
from golden_support import golden_form

REAL = Path(__file__).parent / "golden" / "real"
REAL_FORM = golden_form("real-pipe-table")
FORM_TITLE = (
    "川渝两地关工委召开工作座谈会并签订合作协议——服务成渝地区双城经济圈建设 共促关爱事业高质量发展"
)

LIST = f"""第十届四川宣传关心下一代新闻佳作获奖名单
序号 | 作品标题 | 作者 | 刊播单位 | 体裁 | 等次 |
1 | {FORM_TITLE} | 李怡霏 | 《关爱明天》杂志 | 消息 | 一等奖 |
2 | 五老宣讲进校园 | 颜 兵 阳 华 程良华 | 四川日报 | 通讯 | 二等奖 |
3 | 集体的作品 | 集 体 | 四川日报 | 评论 | 入围 |
"""


def awards(root: Path, *args: str) -> Run:
    return awards_import(root, *args)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return empty_archive(tmp_path)


def _list_file(tmp_path: Path, text: str = LIST) -> Path:
    path = tmp_path / "名单.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _entries(root: Path) -> dict[str, dict]:
    return {p.stem: read_entry_file(p, root).data for p in sorted((root / "entries").glob("*.md"))}


def test_real_tuning_lists_keep_their_score():
    totals = [0, 0, 0, 0]
    for txt in sorted((REAL / "tuning" / "lists").glob("*.txt")):
        totals = [a + b for a, b in zip(totals, list_score.score_file(txt), strict=True)]
    works, found, fields, right = totals
    assert works >= 1390
    # Goal 85% of works and of fields (issue 13); the guard sits just under today's level on
    # the whole tuning set (97.6% of works, 92.2% of fields over 183 lists, 1,395 works, after
    # session 11's round and the check set of batches 13 and 14 joining it), so a change that
    # loses any fails.
    assert found / works >= 0.974 and right / fields >= 0.920, totals


def test_names_with_spaces_inside_two_character_names():
    assert split_list_names("颜 兵 阳 华 程良华 韦厚基 蒋 黎") == [
        "颜兵",
        "阳华",
        "程良华",
        "韦厚基",
        "蒋黎",
    ]
    assert split_list_names("集 体") == ["集体"]
    assert split_list_names("傅 云 李文亭、张三") == ["傅云", "李文亭", "张三"]


def test_numbered_items_and_inline_prizes():
    text = (
        "第十八届安徽人大新闻奖揭晓\n特别奖 1.谱写新的诗篇 (作者:薛晨,推荐单位:江淮法治) "
        "一等奖 1.新闻专栏:代表问政 (作者:高城、吴林红,推荐单位:安徽日报)"
    )
    result = parse_list(text)
    assert result.shape == "numbered" and result.heading == {
        "award": "安徽人大新闻奖",
        "edition": 18,
    }
    assert result.works == [
        {
            "title": "谱写新的诗篇",
            "authors": ["薛晨"],
            "recommender": "江淮法治",
            "prize": "特别奖",
        },
        {
            "category": "新闻专栏",
            "title": "代表问政",
            "authors": ["高城", "吴林红"],
            "recommender": "安徽日报",
            "prize": "一等奖",
        },
    ]


def test_numbered_with_outlet_and_date():
    result = parse_list(
        "1.《湖景房》(作者:王启峰;刊播单位和日期:《楚天都市报》2012年3月5日)\n"
        "2.《车窗》(作者:张三;刊播单位和日期:《楚天都市报》2012年4月1日)"
    )
    assert result.works[0] == {
        "title": "湖景房",
        "authors": ["王启峰"],
        "outlet": "楚天都市报",
        "published": "2012年3月5日",
    }


def test_prose_with_prizes_after_and_before_the_titles():
    text = (
        "本报讯 第25届中国地市报新闻奖评选揭晓。获奖作品是:由张三、李四采写,"
        "王五编辑的通讯《甲乙丙》获二等奖;"
        "获得三等奖的作品是:由赵六采写的消息《丁戊己》。"
    )
    works = parse_list(text).works
    assert works[0] == {
        "title": "甲乙丙",
        "prize": "二等奖",
        "award": "中国地市报新闻奖",
        "edition": 25,
        "category": "通讯",
        "authors": ["张三", "李四"],
        "editors": ["王五"],
    }
    assert (
        works[1]["prize"] == "三等奖"
        and works[1]["authors"] == ["赵六"]
        and works[1]["category"] == "消息"
    )


def test_record_blocks_under_prize_and_genre_headings():
    text = (
        "一等奖(2篇)\n通 讯\n保护母亲河\n作者及刊播单位 余志坚 吉 潇 江西电视台\n"
        "风正扬帆\n作者及刊播单位 江先贞 《时代主人》\n"
    )
    works = parse_list(text).works
    assert works == [
        {
            "title": "保护母亲河",
            "prize": "一等奖",
            "category": "通讯",
            "authors": ["余志坚", "吉潇"],
            "outlet": "江西电视台",
        },
        {
            "title": "风正扬帆",
            "prize": "一等奖",
            "category": "通讯",
            "authors": ["江先贞"],
            "outlet": "《时代主人》",
        },
    ]


def test_a_list_writes_one_valid_metadata_entry_per_work(root: Path, tmp_path: Path):
    result = awards(root, str(_list_file(tmp_path)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "按名单读取（表格）：3 件作品" in result.stdout
    entries = _entries(root)
    assert len(entries) == 3
    by_title = {d["title"]: d for d in entries.values()}
    second = by_title["五老宣讲进校园"]
    assert second["authors"] == ["颜兵", "阳华", "程良华"] and second["stage"] == "获奖"
    assert second["award"] == "四川宣传关心下一代新闻佳作" and second["edition"] == 10
    third = by_title["集体的作品"]
    assert third["stage"] == "入围" and "prize" not in third and third["authors"] == ["集体"]
    for stem in entries:
        entry, problems = validate_entry(
            read_entry_file(root / "entries" / f"{stem}.md", root), Rules()
        )
        assert entry is not None and entry.from_list
        assert not [p for p in problems if p.is_error]
        [warning] = [p for p in problems if p.key == "stage"]
        assert "published（首发日期）" in warning.message and "the work's text" in warning.message
    assert "\n文件 " in result.stdout and "名单" in result.stdout.split("\n文件 ")[1]


def test_as_form_overrides_the_choice(root: Path, tmp_path: Path):
    result = awards(root, str(_list_file(tmp_path)), "--as", "form")
    assert "按名单读取" not in result.stdout
    assert len(_entries(root)) <= 1


def test_a_list_entry_without_a_stage_is_not_metadata_only(root: Path, tmp_path: Path):
    awards(root, str(_list_file(tmp_path)))
    path = next((root / "entries").glob("wu-lao*.md"))
    path.write_text(path.read_text(encoding="utf-8").replace("stage: 获奖\n", ""), encoding="utf-8")
    _, problems = validate_entry(read_entry_file(path, root), Rules())
    assert any(p.is_error and p.key == "published" for p in problems)


def test_a_form_later_fills_the_list_entry(root: Path, tmp_path: Path):
    awards(root, str(_list_file(tmp_path)))
    before = _entries(root)
    result = awards(root, str(REAL_FORM))
    assert result.returncode == 0, result.stdout + result.stderr
    after = _entries(root)
    assert set(after) == set(before)  # no second entry
    [stem] = [s for s, d in after.items() if d["title"] == FORM_TITLE]
    assert after[stem]["published"] == "2023年7期" and after[stem]["editors"] == ["莫尔佳"]
    assert after[stem]["prize"] == "一等奖" and after[stem]["stage"] == "获奖"  # kept from the list
    assert "变更：published（首发日期）：补填为“2023年7期”" in result.stdout
    text = (root / "entries" / f"{stem}.md").read_text(encoding="utf-8")
    assert "6 月 8日" in text  # the work's text came with the form


def test_changing_a_filled_field_needs_force_and_dry_run_writes_nothing(root: Path, tmp_path: Path):
    awards(root, str(_list_file(tmp_path)))
    changed = _list_file(
        tmp_path,
        LIST.replace("| 通讯 | 二等奖 |", "| 通讯 | 一等奖 |").replace(
            "程良华 | 四川日报", "程良华 | 四川日报"
        ),
    )
    files_before = {p: p.read_text(encoding="utf-8") for p in (root / "entries").glob("*.md")}
    dry = awards(root, str(changed), "--dry-run", "--force")
    assert "prize（获奖等级）：“二等奖” → “一等奖”（--force）" in dry.stdout
    assert {
        p: p.read_text(encoding="utf-8") for p in (root / "entries").glob("*.md")
    } == files_before
    kept = awards(root, str(changed))
    assert "保留“二等奖”；导入的是“一等奖”（要更改请加 --force）" in kept.stdout
    assert {d["title"]: d for d in _entries(root).values()}["五老宣讲进校园"]["prize"] == "二等奖"
    forced = awards(root, str(changed), "--force")
    assert forced.returncode == 0
    assert {d["title"]: d for d in _entries(root).values()}["五老宣讲进校园"]["prize"] == "一等奖"


def test_the_site_shows_list_entries_and_says_the_text_is_missing(tmp_path: Path):
    root = make_archive(tmp_path, copy_entries=False, search=False)
    result = awards(root, str(_list_file(tmp_path)))
    assert result.returncode == 0, result.stdout
    built = run_build(root)
    assert built.returncode == 0, built.log
    stem = next(p.stem for p in (root / "entries").glob("wu-lao*.md"))
    page = built.page(f"entries/{stem}/")
    assert "作品正文尚未收入档案" in page and "颜兵" in page
    assert "aa-field-published" not in page and "0000." not in page  # no date, none made up


def _prose_works(text: str) -> list[dict]:
    result = parse_list(text)
    assert result.shape == "prose", result.shape
    return [work_values(result, w) for w in result.works]


def test_prose_names_in_brackets_split_by_semicolons_stay_with_their_title():
    [first, second] = _prose_works(
        "2019年度赵超构新闻奖获奖名单揭晓\n"
        "并确定7件优秀作品参评第30届中国新闻奖。\n"
        "南宁晚报作品《甲篇》(作者:姚晓敏、韦东;编辑:梁楚茜)获评一等奖;"
        "作品《乙篇》(作者:潘国武;编辑:李理、王小欢)获评二等奖。"
    )
    assert first == {  # (a winners' list: no stage, README)
        "award": "赵超构新闻奖",  # not the 中国新闻奖 the works go on to (参评)
        "year": 2019,
        "title": "甲篇",
        "prize": "一等奖",
        "outlet": "南宁晚报",
        "authors": ["姚晓敏", "韦东"],
        "editors": ["梁楚茜"],
    }
    assert (second["authors"], second["editors"]) == (["潘国武"], ["李理", "王小欢"])


def test_prose_category_headings_words_before_titles_and_the_outlet_nearest_each():
    works = _prose_works(
        "2018年度广东省报纸副刊作品年赛终评揭晓 本报一件作品获一等奖\n"
        "获奖作品中,消息类一等奖2件,包括《甲篇》(作者:杨仕智,编辑:史文生)、"
        "《乙篇》(作者:李太昭)等;此外,宝安日报选送的杂文《丙篇》(作者:罗慧怡)、"
        "文艺评论《丁篇》(作者:张锐)和随笔《戊篇》(作者:尹春芳)以及南方教育时报选送的"
        "特写《己篇》(作者:邹晨璐)获作品三等奖。"
    )
    got = {w["title"]: (w.get("category"), w.get("outlet"), w["prize"]) for w in works}
    assert got == {
        "甲篇": ("消息类", None, "一等奖"),  # `消息类一等奖2件`: the heading's word, 类 kept
        "乙篇": ("消息类", None, "一等奖"),
        "丙篇": ("杂文", "宝安日报", "三等奖"),
        "丁篇": ("文艺评论", "宝安日报", "三等奖"),
        "戊篇": ("随笔", "宝安日报", "三等奖"),
        "己篇": ("特写", "南方教育时报", "三等奖"),
    }
    assert {w["award"] for w in works} == {"广东省报纸副刊作品年赛"}


def test_prose_category_after_the_title_and_a_papers_own_name():
    [work, _] = _prose_works(
        "2020年度中国城市党报新闻奖揭晓\n此次梅州日报社选送的作品中,"
        "《甲篇》(作者:陈思杰,编辑:王宗强)获中国城市党报消息二等奖,"
        "《乙篇》(作者:刘晓娟)获中国城市党报通讯三等奖。"
    )
    assert (work["outlet"], work["category"], work["prize"]) == ("梅州日报", "消息", "二等奖")


def test_header_words_come_from_the_one_label_table():
    """Traditional labels and the outlet labels the form table knows (刊发媒体) head a list's
    columns without a second copy of the words; 体裁 is the list's category."""
    result = parse_list(
        "序號 | 作品名稱 | 主創人員 | 刊發媒體 | 體裁 | 獎次 |\n"
        "1 | 甲篇 | 張三 | 某某日報 | 通訊 | 一等獎 |\n"
        "2 | 乙篇 | 李四 | 某某晚報 | 消息 | 二等獎 |\n"
    )
    assert result.shape == "table"
    assert result.works[0] == {
        "title": "甲篇",
        "authors": ["張三"],
        "outlet": "某某日報",
        "category": "通訊",
        "prize": "一等獎",
    }


def test_numbered_items_with_a_bracketed_tail_or_names_after_the_title():
    """`标题（体裁，单位：作者）`, `标题 甲、乙（单位）`, `X选送`: each part to its field, by
    what it is (a genre word, an outlet, names), under `一、优秀奖（2件）` headings."""
    works = parse_list(
        "一、优秀奖(2件)\n1.甲篇:副题(通讯,某某日报社:张三、李四)\n"
        "2. 乙篇 重庆代表团出征(电视消息,某某电视台:王五)\n二等奖\n"
        "1、丙篇 赵六、钱七(某某电视台)\n2、丁篇 孙八(某某日报社,某某医院选送)\n"
    ).works
    assert works == [
        {
            "title": "甲篇:副题",
            "category": "通讯",
            "outlet": "某某日报社",
            "authors": ["张三", "李四"],
            "prize": "优秀奖",
        },
        {
            "title": "乙篇 重庆代表团出征",
            "category": "电视消息",
            "outlet": "某某电视台",
            "authors": ["王五"],
            "prize": "优秀奖",
        },
        {"title": "丙篇", "outlet": "某某电视台", "authors": ["赵六", "钱七"], "prize": "二等奖"},
        {
            "title": "丁篇",
            "outlet": "某某日报社",
            "recommender": "某某医院",
            "authors": ["孙八"],
            "prize": "二等奖",
        },
    ]


def test_a_whole_list_on_one_line_with_numbers_glued_to_the_names():
    result = parse_list(
        "第一届“某某”征文大赛获奖作品名单公示\n正文。附件:获奖作品名单一、一等奖2名1.《甲篇》作者:张三"
        "2.《乙篇》 作者:李四二、二等奖1名1.《丙篇》作者:王五"
    )
    assert result.heading["award"] == "“某某”征文大赛" and result.heading["edition"] == 1
    got = [(w["title"], w["prize"], w["authors"]) for w in result.works]
    assert got == [
        ("甲篇", "一等奖", ["张三"]),
        ("乙篇", "一等奖", ["李四"]),
        ("丙篇", "二等奖", ["王五"]),
    ]


def test_title_lines_with_their_names_under_group_headings():
    """A title line, then its names alone (a code after them): the group heading gives the
    category, and `入围名单` the stage."""
    result = parse_list(
        "评审标准:\n  • 公共性(40%)\n\n短片组入圍名單(共2部)\n\n甲篇 改装医疗车\n"
        "王若桐、萧子维 (SS001)\n乙篇\n李欣庭 (SS009)\n\n"
        "社会组(共1部)\n丙篇\n张惠娟、周永翔 (SA017)\n"
    )
    assert result.shape == "blocks"
    assert [work_values(result, w) for w in result.works] == [
        {
            "title": "甲篇 改装医疗车",
            "stage": "入围",
            "category": "短片组",
            "authors": ["王若桐", "萧子维"],
        },
        {"title": "乙篇", "stage": "入围", "category": "短片组", "authors": ["李欣庭"]},
        {"title": "丙篇", "stage": "入围", "category": "社会组", "authors": ["张惠娟", "周永翔"]},
    ]


def test_a_glossed_list_is_read_without_its_glosses():
    result = parse_list(
        "喜報!某某晚報3件作品獲某某新聞獎(jiǎng)\n"
        "某某晚報三件作品獲2023年度某某新聞獎,其中《甲篇團(tuán)圓》獲得二等獎;"
        "《乙篇》獲得三等獎。"
    )
    assert result.heading == {"outlet": "某某晚報", "award": "某某新聞獎", "year": 2023}
    assert [w["title"] for w in result.works] == ["甲篇團圓", "乙篇"]


def test_prose_outlets_and_dates_before_titles_and_a_work_named_twice():
    works = _prose_works(
        "第二届某某新闻奖评选揭晓\n检阅1991年度新闻工作的第二届某某新闻奖揭晓。"
        "湖北日报的消息《甲篇》、新华社的言论《乙篇》、中央人民广播电台1991年7月28日的《丙篇》"
        "等3件作品获一等奖,并推荐《甲篇》等2件作品参加中国新闻奖定评。"
        "如:湖北日报《甲篇》获一等奖。"
    )
    got = {w["title"]: w for w in works}
    assert len(works) == 3 and {w["award"] for w in works} == {"某某新闻奖"}
    assert got["甲篇"]["outlet"] == "湖北日报" and got["甲篇"]["category"] == "消息"
    assert (got["乙篇"]["outlet"], got["乙篇"]["category"]) == ("新华社", "言论")
    assert (got["丙篇"]["outlet"], got["丙篇"]["published"]) == (
        "中央人民广播电台",
        "1991年7月28日",
    )
    assert all(w["year"] == 1991 and w["edition"] == 2 for w in works)


def test_prose_authors_before_the_title_with_their_role_and_the_category_in_the_prize():
    [first, second] = _prose_works(
        "某某新闻奖揭晓 本报3件作品获奖\n在2012 年度某某新闻奖评选中,"
        "本报记者郑婷影采写、晨啸编辑的《甲篇》获新闻二等奖;"
        "由戴湄和刘影丽採寫、黃丹編輯的《乙篇》(摄影)获得三等奖。"
    )
    assert (first["authors"], first["editors"], first["category"]) == (["郑婷影"], ["晨啸"], "新闻")
    assert (second["authors"], second["editors"]) == (["戴湄", "刘影丽"], ["黃丹"])
    assert second["category"] == "摄影" and first["year"] == 2012


def test_names_lose_their_role_and_split_at_and():
    assert split_list_names("本报记者郑婷影") == ["郑婷影"]
    assert split_list_names("记者 黄丹、通讯员 李四") == ["黄丹", "李四"]
    assert split_list_names("戴湄和刘影丽") == ["戴湄", "刘影丽"]
    assert split_list_names("张三 John Smith 李 四") == ["张三", "John Smith", "李四"]


def test_records_with_a_subtitle_line_and_an_outlet_and_date_line():
    result = parse_list(
        "某省第十届新闻奖获奖名单\n一等奖（2件）\n通 讯\n标题甲\n——副题\n"
        "作者：张三 李 四\n编辑：王五\n"
        "江西日报 2019年3月5日\n标题乙\n作者：赵六\n江西电视台\n二等奖（1件）\n消 息\n标题丙\n"
        "作者：钱七\n责任编辑：孙八\n某某晚报 2019年5月1日\n"
    )
    assert result.shape == "blocks"
    assert result.works == [
        {
            "title": "标题甲——副题",
            "prize": "一等奖",
            "category": "通讯",
            "authors": ["张三", "李四"],
            "editors": ["王五"],
            "outlet": "江西日报",
            "published": "2019年3月5日",
        },
        {
            "title": "标题乙",
            "prize": "一等奖",
            "category": "通讯",
            "authors": ["赵六"],
            "outlet": "江西电视台",
        },
        {
            "title": "标题丙",
            "prize": "二等奖",
            "category": "消息",
            "authors": ["钱七"],
            "editors": ["孙八"],
            "outlet": "某某晚报",
            "published": "2019年5月1日",
        },
    ]


def test_numbered_items_with_a_genre_before_the_title_and_their_own_prize():
    result = parse_list(
        "某某新闻奖获奖名单\n一等奖:\n1、消息类《甲篇》(作者:张三)\n2、【通讯】《乙篇》(作者:李四)\n"
        "二等奖：\n1.《丙篇》(作者:王五;刊播单位和日期:《某某报》2012年3月5日\n"
        "2.《丁篇》(作者:赵六)三等奖\n"
    )
    assert result.heading == {"award": "某某新闻奖"}  # not an item's date (no stage: README)
    got = [(w.get("category"), w["title"], w["authors"], w["prize"]) for w in result.works]
    assert got == [
        ("消息", "甲篇", ["张三"], "一等奖"),
        ("通讯", "乙篇", ["李四"], "一等奖"),
        (None, "丙篇", ["王五"], "二等奖"),  # the closing bracket lost: the tail still read
        (None, "丁篇", ["赵六"], "三等奖"),  # its own prize over the heading's
    ]
    assert result.works[2]["outlet"] == "某某报"


def test_prose_names_after_the_prize_and_titles_in_corner_quotes():
    [first, second] = _prose_works(
        "第32届某某新闻奖揭晓\n消息《甲篇》获二等奖(作者:张三,编辑:李四);通讯《乙篇》获三等奖。"
    )
    assert (first["authors"], first["editors"], first["category"]) == (["张三"], ["李四"], "消息")
    assert "authors" not in second
    works = _prose_works(
        "2018年某某獎揭曉\n某某電視台「甲篇」獲得一等獎,某某日報「乙篇」獲得二等獎。"
    )
    assert [(w["title"], w["outlet"], w["prize"]) for w in works] == [
        ("甲篇", "某某電視台", "一等獎"),
        ("乙篇", "某某日報", "二等獎"),
    ]


def test_a_forms_rows_of_labels_are_not_a_list_and_a_header_rows_rows_are():
    """A form laid out as header rows over value rows gives one work (its second row of
    labels starts no list), a form's labels are never a work's title or category; rows
    under a list's header row are a list even where a form reader finds long texts."""
    form = parse_list(
        "第十届某某新闻佳作参评作品推荐表\n| 作品标题 | 参评项目 | 作者 | 刊播单位 |\n"
        "| 留守儿童的暑假 | 通讯 | 杨柳 | 自贡日报 |\n| 作品字数 | 刊播版面 | 推荐单位 |\n"
        "| 3100 | 第4版 | 某某关工委 |\n"
    )
    assert [w["title"] for w in form.works] == ["留守儿童的暑假"]
    assert not is_list(form, set())
    cells = parse_list(
        "原创单位\n某某日报社\n主创人员\n集体(甲、乙)\n作者：甲\n刊播单位\n某某日报\n"
    )
    assert cells.works == []
    listed = parse_list(LIST)
    assert is_list(listed, {"effect"})  # a form reader's misreading of the rows


def test_a_table_whose_cells_are_separated_by_spaces():
    """Text copied from a PDF or a page: a header row of header words, cells between runs
    of spaces (or single spaces: the title takes the pieces the other cells leave)."""
    [first, second] = parse_list(
        "某某新闻奖获奖名单\n序号 作品标题 作者 刊播单位 体裁\n一等奖\n"
        "1 留守 儿童的暑假 张三、李四 某某日报 消息\n二等奖\n2 乙篇 王五 某某电视台 通讯\n"
    ).works
    assert first == {
        "title": "留守 儿童的暑假",
        "authors": ["张三", "李四"],
        "outlet": "某某日报",
        "category": "消息",
        "prize": "一等奖",
    }
    assert (second["title"], second["prize"]) == ("乙篇", "二等奖")
    [work, _] = parse_list(
        "序号   作品标题          作者      刊播单位\n1   甲篇 副题    张三 李 四    某某日报\n"
        "2   乙篇    王五    某某电视台\n"
    ).works
    assert (work["title"], work["authors"]) == ("甲篇 副题", ["张三", "李四"])


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("关于第三十三届中国新闻奖获奖作品的公示", {"edition": 33, "award": "中国新闻奖"}),
        ("关于公布2022年度某某新闻奖评选结果的通知", {"year": 2022, "award": "某某新闻奖"}),
        ("喜报！我台3件作品获第30届中国新闻奖", {"edition": 30, "award": "中国新闻奖"}),
        (
            "湖北日报15件作品获第32届湖北新闻奖一等奖",
            {"outlet": "湖北日报", "edition": 32, "award": "湖北新闻奖"},
        ),
        ("第二十届上海新闻奖获奖名单（附名单）", {"edition": 20, "award": "上海新闻奖"}),
        ("2019年度“赵超构新闻奖”揭晓", {"year": 2019, "award": "赵超构新闻奖"}),
        ("第34届中国新闻奖初评结果公示", {"edition": 34, "award": "中国新闻奖"}),
        (
            "第二十六届中国新闻奖广播电视新闻访谈节目推荐作品目录",
            {"edition": 26, "award": "中国新闻奖"},
        ),
        (
            "2021年度重庆体育新闻报道优秀作品征文活动结束",
            {"year": 2021, "award": "重庆体育新闻报道优秀作品征文活动"},
        ),
        (
            "第十届四川宣传关心下一代新闻佳作获奖名单",
            {"edition": 10, "award": "四川宣传关心下一代新闻佳作"},
        ),
    ],
)
def test_the_award_of_a_heading_without_the_words_around_it(heading: str, expected: dict):
    got = parse_list(heading + "\n").heading
    got.pop("stage", None)
    assert got == expected


def test_the_heading_under_page_chrome_and_no_heading_from_a_tables_row():
    result = parse_list(
        "首页 > 新闻中心 > 通知公告\n发布时间：2023-05-06 来源：本站\n"
        "关于公布第33届某省新闻奖评选结果的通知\n各单位：现将获奖名单公布如下。\n"
    )
    assert result.heading == {"edition": 33, "award": "某省新闻奖"}  # (no stage: README)
    table = parse_list(
        "序号 | 作品标题 | 作者 | 等次\n1 | 甲篇 | 张三、李四等（某某日报） | 一等奖\n"
        "2 | 乙篇 | 王五 | 二等奖\n"
    )
    assert table.heading == {}
    assert table.works[0] == {
        "title": "甲篇",
        "outlet": "某某日报",  # beside the names, in brackets
        "authors": ["张三", "李四"],  # without the 等
        "prize": "一等奖",
    }


def test_prose_names_after_a_title_without_brackets_and_other_verbs_of_making():
    [first, second] = _prose_works(
        "第3届某某新闻奖揭晓\n通讯《甲篇》,作者:张三、李四,编辑:王五,获一等奖;"
        "由赵六采制、钱七责任编辑的《乙篇》获二等奖。"
    )
    assert (first["authors"], first["editors"]) == (["张三", "李四"], ["王五"])
    assert (second["authors"], second["editors"]) == (["赵六"], ["钱七"])


def test_a_table_under_category_and_prize_headings():
    """`一、消息类` starts a group, `二等奖` goes on within it, `二、通讯类一等奖` gives both."""
    works = parse_list(
        "某某新闻奖获奖名单\n一、消息类\n一等奖（2件）\n序号 | 作品标题 | 作者 | 刊播单位 |\n"
        "1 | 甲篇 | 张三 | 某某日报 |\n二等奖\n1 | 丙篇 | 王五 | 某某电视台 |\n二、通讯类一等奖\n"
        "序号 | 作品标题 | 作者 | 刊播单位 |\n1 | 丁篇 | 赵六 | 某某晚报 |\n"
    ).works
    got = [(w["title"], w.get("category"), w.get("prize")) for w in works]
    assert got == [
        ("甲篇", "消息类", "一等奖"),  # the headings' words, 类 kept
        ("丙篇", "消息类", "二等奖"),
        ("丁篇", "通讯类", "一等奖"),
    ]


def test_unlabelled_names_and_outlets_after_a_title():
    """`《甲篇》 张三 李四 某某日报`, `（通讯 王五、赵六 某某电视台）`, `（某某日报 张三、李四）`:
    a genre first, the outlet last or first, names between; one word alone in brackets
    is the title's (`（客语版）`)."""
    works = parse_list(
        "某某新闻奖获奖名单\n一等奖\n1.《甲篇》 张三 李四 某某日报\n"
        "2.《乙篇》（通讯 王五、赵六 某某电视台）\n"
        "3.《丙篇》（集体）\n4. 丁篇(客语版)(某某日报:钱七)\n"
    ).works
    assert [(w["title"], w.get("category"), w.get("outlet"), w["authors"]) for w in works] == [
        ("甲篇", None, "某某日报", ["张三", "李四"]),
        ("乙篇", "通讯", "某某电视台", ["王五", "赵六"]),
        ("丙篇", None, None, ["集体"]),
        ("丁篇(客语版)", None, "某某日报", ["钱七"]),
    ]
    prose = _prose_works("第3届某某新闻奖揭晓\n本报讯 一等奖:《甲篇》(某某日报 张三、李四)。")
    assert (prose[0]["outlet"], prose[0]["authors"]) == ("某某日报", ["张三", "李四"])


def test_a_header_rows_prize_column_is_no_prize_heading():
    works = parse_list(
        "某某新闻奖获奖名单\n序号\n作品标题\n作者\n刊播单位\n等次\n1\n甲篇\n张三、李四\n某某日报\n一等奖\n"
        "2\n乙篇\n赵六\n某某电视台\n二等奖\n"
    ).works
    assert [(w["title"], w["prize"]) for w in works] == [("甲篇", "一等奖"), ("乙篇", "二等奖")]


def test_one_work_per_line_without_numbers():
    """Lines that begin with a `《title》` (maybe after their prize), or `标题——outlet names`
    and a title alone under a prize heading."""
    for text in (
        "某某新闻奖获奖名单\n一等奖 《甲篇》 张三 某某日报\n一等奖 《乙篇》 李四、王五 某某电视台\n"
        "二等奖 《丙篇》 赵六 某某晚报\n",
        "第5届某某新闻奖获奖名单\n一等奖（2件）\n《甲篇》 张三 某某日报\n"
        "《乙篇》 李四、王五 某某电视台\n"
        "二等奖（1件）\n《丙篇》（赵六 某某晚报）\n",
    ):
        works = parse_list(text).works
        assert [(w["title"], w["prize"], w["authors"], w["outlet"]) for w in works] == [
            ("甲篇", "一等奖", ["张三"], "某某日报"),
            ("乙篇", "一等奖", ["李四", "王五"], "某某电视台"),
            ("丙篇", "二等奖", ["赵六"], "某某晚报"),
        ]
    works = parse_list(
        "第5届某某新闻奖获奖名单\n一等奖\n1.甲篇——某某日报 张三\n"
        "2.乙篇——副题——某某电视台 李四、王五\n"
        "3.丙篇——一个副题\n"
    ).works
    assert [(w["title"], w.get("outlet")) for w in works] == [
        ("甲篇", "某某日报"),
        ("乙篇——副题", "某某电视台"),
        ("丙篇——一个副题", None),
    ]


def test_prose_genre_labels_before_runs_of_titles():
    works = parse_list(
        "第5届某某新闻奖获奖名单\n一等奖（3件）\n"
        "消息类：《甲篇》（某某日报 张三）、《乙篇》（作者：李四）\n"
        "通讯类：《丙篇》（某某晚报 王五）\n"
    ).works
    assert [(w["title"], w["category"]) for w in works] == [
        ("甲篇", "消息类"),  # as the label writes it (golden/real README: 类 kept)
        ("乙篇", "消息类"),
        ("丙篇", "通讯类"),
    ]


def test_list_only_header_words():
    """Words a list's header prints that a form's label table does not take: 作品名, 姓名,
    单位 (the outlet, also 作者单位), 奖项 (the prize), 组别."""
    [work, _] = parse_list(
        "序号 | 作品名 | 姓名 | 作者单位 | 组别 | 奖项 |\n"
        "1 | 甲篇 | 张三 | 某某日报 | 文字组 | 一等奖 |\n"
        "2 | 乙篇 | 李四 | 某某电视台 | 视频组 | 二等奖 |\n"
    ).works
    assert work == {
        "title": "甲篇",
        "authors": ["张三"],
        "outlet": "某某日报",
        "category": "文字组",
        "prize": "一等奖",
    }


def test_an_outlet_cell_with_its_date():
    works = parse_list(
        "序号 | 作品标题 | 作者 | 刊播单位和日期 |\n1 | 甲篇 | 张三 | 某某日报 2019年3月5日 |\n"
        "2 | 乙篇 | 李四 | 《某某》杂志 2019.4.1 |\n3 | 丙篇 | 王五 | 某某电视台 |\n"
    ).works
    assert [(w["outlet"], w.get("published")) for w in works] == [
        ("某某日报", "2019年3月5日"),
        ("《某某》杂志", "2019.4.1"),
        ("某某电视台", None),
    ]


def test_a_list_of_titles_and_prizes_only_imports_and_builds(tmp_path: Path):
    """Prose that gives titles and prizes only (no genre, outlet or names): each work is a
    valid list entry, and the site builds with them."""
    root = make_archive(tmp_path, copy_entries=False)
    text = "2023年度某某新闻奖揭晓\n本报作品《甲篇》获得二等奖;《乙篇》获得三等奖。\n"
    result = awards(root, str(_list_file(tmp_path, text)), "--edition", "3")
    assert result.returncode == 0, result.stdout + result.stderr
    entries = _entries(root)
    assert {d["title"]: d["prize"] for d in entries.values()} == {
        "甲篇": "二等奖",
        "乙篇": "三等奖",
    }
    for stem in entries:
        entry, problems = validate_entry(
            read_entry_file(root / "entries" / f"{stem}.md", root), Rules()
        )
        assert entry is not None and entry.from_list and entry.outlet == "" and entry.authors == []
        assert not [p for p in problems if p.is_error]
    built = run_build(root)
    assert built.returncode == 0, built.log


def test_the_body_that_sent_the_works_and_the_papers_own_name_for_bentai():
    """`X局推荐作品目录`, `X记协关于报送…的公示`: X is the recommender, not the award; `本台`
    in a row is the station the heading names."""
    sent = parse_list(
        "某某市记协关于报送第33届中国新闻奖参评作品的公示\n1.《甲篇》(作者:张三)\n2.《乙篇》(作者:李四)\n"
    )
    assert sent.heading == {
        "recommender": "某某市记协",
        "stage": "推荐",
        "edition": 33,
        "award": "中国新闻奖",
    }
    assert "award" not in parse_list("某某省新闻出版广电局推荐作品目录\n").heading
    won = parse_list(
        "喜报！某某电视台3件作品获第30届中国新闻奖\n序号 | 作品标题 | 作者 | 刊播单位 |\n"
        "1 | 甲篇 | 张三 | 本台 |\n2 | 乙篇 | 李四 | 某某日报 |\n"
    )
    assert [work_values(won, w)["outlet"] for w in won.works] == ["某某电视台", "某某日报"]


def test_prose_genre_after_the_outlet_and_none_from_the_next_works_words():
    works = _prose_works(
        "第5届某某新闻奖揭晓\n"
        "新华社文字通讯 《甲篇》、人民日报 《乙篇》、湖北日报的消息《丙篇》获一等奖。"
    )
    got = [(w["title"], w["outlet"], w.get("category")) for w in works]
    assert got == [
        ("甲篇", "新华社", "文字通讯"),
        ("乙篇", "人民日报", None),  # 消息 is 丙篇's
        ("丙篇", "湖北日报", "消息"),
    ]


def test_a_paper_named_at_a_lines_start_is_no_work():
    works = parse_list(
        "第5届某某新闻奖揭晓\n一等奖\n《人民日报》2019年3月5日刊发了这篇报道。\n《人民日报》头版\n"
        "《甲篇》 张三 某某日报\n"
    ).works
    assert [w["title"] for w in works] == ["甲篇"]


def _read(text: str) -> list[dict[str, object]]:
    result = parse_list(text)
    return [{k: v for k, v in work_values(result, w).items()} for w in result.works]


def test_numbered_titles_made_and_sent_by_units_under_a_counted_heading():
    """`(一)《…》(X制作,Y报送)`: X the outlet, Y the recommender; `制作并报送` both; the
    heading that counts its works gives their category without its level word."""
    works = _read(
        "一、优秀广播新闻作品(共3个)\n(一)《甲篇》(某某市广播电视台制作,某某市文化局(广播电视局)报送)\n"
        "(二)《专访:乙篇》(某某广播电视台制作并报送)\n"
        "(三)《丙篇》(某某广播电视台、某某县融媒体中心共同制作,某某广播电视台报送)\n"
    )
    assert [
        (w["title"], w.get("category"), w.get("outlet"), w.get("recommender")) for w in works
    ] == [
        ("甲篇", "广播新闻作品", "某某市广播电视台", "某某市文化局(广播电视局)"),
        ("专访:乙篇", "广播新闻作品", "某某广播电视台", "某某广播电视台"),
        ("丙篇", "广播新闻作品", "某某广播电视台、某某县融媒体中心", "某某广播电视台"),
    ]


def test_dated_lines_and_one_slashed_record_a_line():
    dated = _read("某某杂文奖名单\n甲篇(11.25) 张三\n乙篇(2.3) 李四\n“丙”之外(12.10) 王五\n")
    assert [(w["title"], w["published"], w["authors"]) for w in dated] == [
        ("甲篇", "11.25", ["张三"]),
        ("乙篇", "2.3", ["李四"]),
        ("“丙”之外", "12.10", ["王五"]),
    ]
    slashed = _read(
        "即時新聞獎\n甲篇,乙事/聯合報/張三、李四\n丙篇/今周文化/王五、趙六\n專題新聞獎\n"
        "丁篇/錢七、孫八 蘋果日報\n"
    )
    assert [(w["title"], w["category"], w["outlet"], w["authors"]) for w in slashed] == [
        ("甲篇,乙事", "即時新聞獎", "聯合報", ["張三", "李四"]),
        ("丙篇", "即時新聞獎", "今周文化", ["王五", "趙六"]),
        ("丁篇", "專題新聞獎", "蘋果日報", ["錢七", "孫八"]),
    ]


def test_awarded_items_with_the_unit_glued_to_its_people():
    works = _read(
        "得獎名單:\n平面類:新聞攝影獎「甲篇」,中國時報張慧英、鄭漢良;新聞評論獎「乙篇」,工商時報曾巨威。\n"
        "電視類:每日新聞播報獎,「丙篇」,TVBS李四端。\n"
    )
    assert [(w["title"], w["category"], w["outlet"], w["authors"]) for w in works] == [
        ("甲篇", "新聞攝影獎", "中國時報", ["張慧英", "鄭漢良"]),
        ("乙篇", "新聞評論獎", "工商時報", ["曾巨威"]),
        ("丙篇", "每日新聞播報獎", "TVBS", ["李四端"]),
    ]


def test_prose_titles_joined_share_their_people_and_their_prize():
    works = _read(
        "某某好新闻奖日前评定。记者张三采写的《甲篇》和《乙篇》分别获消息类一等奖;"
        "编辑李四牵头策划、记者共同完成的《丙篇》系列报道获重大主题类二等奖。"
        "推荐作品《丁篇》和《戊篇》分别荣获广播类A组、B组十佳作品。"
    )
    got = [
        (w["title"], w.get("authors"), w.get("editors"), w.get("category"), w["prize"])
        for w in works
    ]
    assert got == [
        ("甲篇", ["张三"], None, "消息类", "一等奖"),
        ("乙篇", ["张三"], None, "消息类", "一等奖"),
        ("丙篇", None, ["李四"], "重大主题类", "二等奖"),
        ("丁篇", None, None, "广播类A组", "十佳作品"),
        ("戊篇", None, None, "广播类B组", "十佳作品"),
    ]


def test_prose_rounds_name_each_works_award_and_units_beside_known_ones_are_outlets():
    works = _read(
        "在2016年度全国某某报系统优秀作品评比中,《甲篇》(作者:张三)获一等奖。"
        "在某某省副刊作品评选中,《甲篇》(作者:张三)获二等奖。"
        "某某日报《乙篇》、河北交通《丙篇》等作品获策划类一等奖。"
    )
    got = [(w["title"], w.get("award"), w.get("outlet"), w.get("category")) for w in works]
    assert got == [
        ("甲篇", "全国某某报系统优秀作品", None, None),
        ("甲篇", "某某省副刊作品", None, None),
        ("乙篇", "某某省副刊作品", "某某日报", "策划类"),
        ("丙篇", "某某省副刊作品", "河北交通", "策划类"),
    ]


def test_a_title_cut_by_mojibake_and_names_with_where_they_are_from():
    works = _read(
        "近日揭晓,任白衣的小說《無依之海》等獲獎。\n一等獎\n《無依之?!?作者:任白衣(廣東)\n"
        "二等獎\n《貂蟬》 作者:王征樺(安徽)\n三等奖\n甲篇——张三(某某中学)\n乙篇——李四、王五\n"
    )
    assert [(w["title"], w.get("authors")) for w in works] == [
        ("無依之海", ["任白衣"]),
        ("貂蟬", ["王征樺"]),
        ("甲篇", ["张三"]),
        ("乙篇", ["李四", "王五"]),
    ]


def test_one_work_a_line_in_shapes_without_quotes_or_labels_for_every_field():
    """Under prize headings: `title 作者：X 单位：Y`, `1 title name outlet` (numbers counting up),
    `names《title》`, wide-spaced columns, `title（genre） names outlet`."""
    shapes = [
        "小河边 作者：张三 单位：某某日报\n城市 作者：李四 单位：某某电视台\n",
        "1 小河边 张三 某某日报\n2 城市 李四 某某电视台\n3 山里 赵六 某某晚报\n",
        "张三《小河边》\n李四《城市》\n",
        "小河边    张三    某某日报\n城市    李四    某某电视台\n",
        "小河边（消息） 张三 某某日报\n城市（消息） 李四 某某电视台\n",
    ]
    for lines in shapes:
        works = _read("某某新闻奖获奖名单\n一等奖\n" + lines)
        assert [(w["title"], w["authors"], w["prize"]) for w in works][:2] == [
            ("小河边", ["张三"], "一等奖"),
            ("城市", ["李四"], "一等奖"),
        ], lines
    kinds = _read("某某文学奖\n小说类\n一等奖 张三 《甲》\n散文类\n一等奖 李四 《乙》\n")
    assert [w.get("category") for w in kinds] == ["小说类", "散文类"]
    books = _read("某某图书奖\n《甲》（张三 著，某某出版社）\n《乙》（李四 主编，某某出版社）\n")
    assert [(w.get("authors"), w.get("editors")) for w in books] == [
        (["张三"], None),
        (None, ["李四"]),
    ]


def test_unquoted_works_on_a_prize_line():
    """`一等奖 张三 河边` / `一等奖 河边 张三` (the person's piece is the name either way
    round), and `一等奖：河边（张三）；城外（李四、王五）`."""
    spaced = _read(
        "某某征文获奖名单\n一等奖 张三 小河边的春天\n二等奖 城市的脉搏 李四\n三等奖 赵六 老街记忆\n"
    )
    assert [(w["title"], w["authors"], w["prize"]) for w in spaced] == [
        ("小河边的春天", ["张三"], "一等奖"),
        ("城市的脉搏", ["李四"], "二等奖"),
        ("老街记忆", ["赵六"], "三等奖"),
    ]
    bracketed = _read(
        "某某征文比赛结果\n一等奖：小河边（张三）；城外（李四、王五）\n二等奖：山里（赵六）\n"
    )
    assert [(w["title"], w["authors"], w["prize"]) for w in bracketed] == [
        ("小河边", ["张三"], "一等奖"),
        ("城外", ["李四", "王五"], "一等奖"),
        ("山里", ["赵六"], "二等奖"),
    ]


def test_prose_each_title_its_own_prize_and_a_kind_after_the_prize():
    works = _read(
        "第30届某某新闻奖揭晓。《甲篇》获一等奖（通讯）；《乙篇》、《丙篇》分获评论类一等奖和摄影类三等奖。"
    )
    assert [(w["title"], w.get("category"), w["prize"]) for w in works] == [
        ("甲篇", "通讯", "一等奖"),
        ("乙篇", "评论类", "一等奖"),
        ("丙篇", "摄影类", "三等奖"),
    ]


def test_prose_units_that_made_sent_or_printed_a_work_are_its_outlet():
    works = _read(
        "第30届某某新闻奖揭晓。由某某广播电视台报送的《甲篇》获二等奖；"
        "某某县融媒体中心制作的《乙篇》获三等奖；某某网推送的《丙篇》获二等奖；刊发于某某日报的《丁篇》获一等奖。"
    )
    assert [(w["title"], w.get("outlet"), w.get("authors")) for w in works] == [
        ("甲篇", "某某广播电视台", None),
        ("乙篇", "某某县融媒体中心", None),
        ("丙篇", "某某网", None),
        ("丁篇", "某某日报", None),
    ]


def test_lines_led_by_a_genre_or_an_outlet_keep_the_prize_line_above_them():
    led = _read(
        "第30届某某新闻奖获奖作品\n一等奖\n消息：《甲》 张三 某某日报\n"
        "某某电视台《乙》（李四、王五）\n"
        "二等奖\n某某晚报《丙》（赵六）\n"
    )
    assert [
        (w["title"], w.get("category"), w["outlet"], w["authors"], w["prize"]) for w in led
    ] == [
        ("甲", "消息", "某某日报", ["张三"], "一等奖"),
        ("乙", None, "某某电视台", ["李四", "王五"], "一等奖"),
        ("丙", None, "某某晚报", ["赵六"], "二等奖"),
    ]


def test_a_mediums_kind_headings_and_a_three_character_outlet_after_the_names():
    works = _read(
        "第30届某某新闻奖获奖作品\n文字类\n一等奖：《甲》 张三 某某日报\n"
        "广播类\n一等奖：《乙》 李四 某某广播电台\n"
        "短视频类\n二等奖：《丙》 赵六 某某网\n"
    )
    assert [(w["category"], w["outlet"], w["authors"]) for w in works] == [
        ("文字类", "某某日报", ["张三"]),
        ("广播类", "某某广播电台", ["李四"]),
        ("短视频类", "某某网", ["赵六"]),
    ]


def test_outlets_beside_names_after_a_title_either_side_or_alone():
    works = _read(
        "第30届某某新闻奖获奖作品\n一等奖\n《甲》（某某晚报）张三\n"
        "《乙》 新华社 王五\n1.丙篇 某某晚报\n"
    )
    assert [(w["title"], w["outlet"], w.get("authors")) for w in works] == [
        ("甲", "某某晚报", ["张三"]),
        ("乙", "新华社", ["王五"]),
        ("丙篇", "某某晚报", None),
    ]


def test_list_level_names_without_event_words_scope_quotes_or_the_rounds_year():
    """`全国“某某奖”`: the scope before the quotes stays, the quotes go; `…推选活动`,
    `…优秀作品发布活动` are the event, not the name; a heading that names works
    (`优秀新闻作品`) and no 奖 is the award; a result's 公示 is no 推荐 list."""
    assert parse_list(
        "第四届全国“某某文学奖”评审结果揭晓\n《甲》 作者:张三\n《乙》 作者:李四\n"
    ).heading == {
        "edition": 4,
        "award": "全国某某文学奖",
    }
    heading = parse_list(
        "近日,第九届某某优秀新闻作品推选活动揭晓。\n某某报《甲篇》、某某报《乙篇》获一等奖。\n"
    ).heading
    assert heading == {"edition": 9, "award": "某某优秀新闻作品"}
    quoted = parse_list(
        "于6月20日举行第五届“某某好新闻”优秀作品发布活动。其中,某某研究院集团公司推荐作品"
        "《甲篇》和《乙篇》分别荣获十佳作品。\n"
    ).heading
    assert (quoted["award"], quoted["recommender"]) == ("某某好新闻", "某某研究院集团公司")
    notice = parse_list(
        "当前位置:首页\n某某局关于2021年第一季度全区广播电视优秀新闻作品评审结果的公示\n"
        "(一)《甲篇》(某某台制作并报送)\n(二)《乙篇》(某某台制作并报送)\n推荐】【打印】【关闭\n"
    ).heading
    assert notice == {"year": 2021, "award": "全区广播电视优秀新闻作品"}


def test_a_bodys_bare_award_after_the_year_keeps_the_body_and_the_works_carry_it():
    """`某省记协某某工委2011年度好新闻奖`: the year goes, the body stays (its award's name alone,
    `好新闻奖`, says nobody's); the works a sentence gives `好新闻奖` carry the list's name."""
    result = parse_list(
        "某省记协某某工委2011年度好新闻奖于日前评定。记者张三采写的《甲篇》获消息类一等奖;"
        "记者李四采写的《乙篇》获通讯类二等奖。\n"
    )
    assert result.heading == {"year": 2011, "award": "某省记协某某工委好新闻奖"}
    assert [work_values(result, w)["award"] for w in result.works] == [
        "某省记协某某工委好新闻奖"
    ] * 2


def test_the_contests_period_ending_in_one_year_is_the_lists_year():
    """`从2014年6月1日起至11月底截止`: the contest ran within 2014 (the page's date is not it)."""
    result = parse_list(
        "第五届某某短新闻竞赛揭晓\n某某网 2015年01月07日\n本次竞赛从2014年6月1日起至11月底截止,"
        "各地共收到作品493件。记者张三采写的《甲篇》获一等奖,记者李四采写的《乙篇》获二等奖。\n"
    )
    assert (result.heading["year"], result.heading["edition"]) == (2014, 5)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("中国新闻奖(第33届)获奖作品名单", {"edition": 33, "award": "中国新闻奖"}),
        ("省记协2020年度新闻奖评选揭晓", {"year": 2020, "award": "省记协新闻奖"}),
        ("2022年度“某某好书”榜单发布", {"year": 2022, "award": "某某好书"}),
        (
            "喜讯｜我院学生作品荣获第十五届全国某某大赛一等奖",
            {"edition": 15, "award": "全国某某大赛"},
        ),
        (
            "第五届某某青年作家大奖赛获奖名单",
            {"edition": 5, "award": "某某青年作家大奖赛"},
        ),
        (
            "某省新闻工作者协会关于第三十三届中国新闻奖推荐作品的公示",
            {
                "recommender": "某省新闻工作者协会",
                "stage": "推荐",
                "edition": 33,
                "award": "中国新闻奖",
            },
        ),
    ],
)
def test_the_round_in_brackets_a_bodys_bare_award_and_the_body_whose_notice_sends(
    heading: str, expected: dict[str, object]
) -> None:
    assert (
        parse_list(heading + "\n《甲篇》 作者:张三 一等奖\n《乙篇》 作者:李四 二等奖\n").heading
        == expected
    )


def test_genre_headings_with_their_count_and_a_literature_awards_genre_prizes():
    """`消息类(共3件)`: the count is no part of the category; `小说奖`, `散文奖` over a literature
    award's works are their categories, as written."""
    counted = parse_list(
        "第五届某某新闻奖获奖名单\n消息类(共2件)\n1.《甲篇》 张三 某某日报\n"
        "2.《乙篇》 李四 某某晚报\n通讯类(共1件)\n1.《丙篇》 王五 某某日报\n"
    )
    assert [w.get("category") for w in counted.works] == ["消息类", "消息类", "通讯类"]
    literature = parse_list(
        "某某奖获奖名单\n小说奖\n《甲篇》 张三\n《乙篇》 李四\n詩歌獎\n《丙篇》 王五\n"
    )
    assert [w.get("category") for w in literature.works] == ["小说奖", "小说奖", "詩歌獎"]


@pytest.mark.parametrize(
    "text",
    [
        "第五届某某新闻奖获奖名单\n一、短视频类\n《甲篇》 张三 某某日报\n《乙篇》 李四 某某晚报\n"
        "报纸类(共1件)\n《丙篇》 王五 某某日报\n",
        "第五届某某新闻奖获奖名单\n短视频类\n序号 | 作品标题 | 作者 | 等次\n"
        "1 | 甲篇 | 张三 | 一等奖\n2 | 乙篇 | 李四 | 二等奖\n报纸类(共1件)\n"
        "序号 | 作品标题 | 作者 | 等次\n1 | 丙篇 | 王五 | 一等奖\n",
        "第五届某某新闻奖获奖名单\n短视频类\n作品标题:甲篇\n作者:张三\n\n作品标题:乙篇\n作者:李四\n\n"
        "报纸类(共1件)\n作品标题:丙篇\n作者:王五\n",
    ],
)
def test_a_line_naming_a_class_heads_the_works_after_it_in_any_shape(text: str) -> None:
    """`短视频类`, `报纸类(共1件)` alone on a line: a category heading whatever the class (not
    only the genre words the reader knows), over numbered lines, table rows or records."""
    works = parse_list(text).works
    assert [w.get("category") for w in works] == ["短视频类", "短视频类", "报纸类"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "某某广播电视台在第33届某省新闻奖评选中获佳绩\n《甲篇》获一等奖\n《乙篇》获二等奖\n",
            "某某广播电视台",
        ),
        (
            "第33届某省新闻奖揭晓 某某日报社斩获5个奖项\n《甲篇》获一等奖\n《乙篇》获二等奖\n",
            "某某日报",
        ),
        (
            "我台5件作品获2023年度某省广播电视奖\n某某广播电视台讯 近日,《甲篇》获一等奖,"
            "《乙篇》获二等奖。",
            "某某广播电视台",
        ),
    ],
)
def test_the_media_a_heading_says_did_well_or_whose_dateline_says_we_won(
    text: str, outlet: str
) -> None:
    """`X在…中获佳绩`, `X斩获5个奖项`: X's own works; `我台5件作品获…` under `某台讯`: that
    station's. Every work carries the page's outlet."""
    result = parse_list(text)
    assert result.heading["outlet"] == outlet
    assert {work_values(result, w)["outlet"] for w in result.works} == {outlet}


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        ("本次评选的作品为2022年发表的作品。", 2022),
        ("参评范围:2022年1月1日至2022年12月31日。", 2022),
        ("参评范围:2021年1月1日至2022年12月31日。", None),  # two years: none
    ],
)
def test_the_works_year_or_a_whole_years_period_is_the_lists_year(lead: str, year: object) -> None:
    heading = parse_list(
        "某某奖获奖名单\n" + lead + "\n《甲篇》 作者:张三 一等奖\n《乙篇》 作者:李四 二等奖\n"
    ).heading
    assert heading.get("year") == year


def _fields(text: str, *keys: str) -> list[dict[str, object]]:
    return [{k: w[k] for k in ("title", *keys) if k in w} for w in _read(text)]


def test_a_tail_gives_its_date_and_reads_past_a_prize_after_it():
    """`（某某日报 2021年3月5日）`, `某某日报 2021年3月5日 张三 李四`, `刊发于…`: the date is
    `published`; `赵六 某某电视台 二等奖`: the item's prize does not hide its people."""
    text = (
        "某某新闻奖获奖作品\n一等奖\n《春风吹进山村》(某某日报 2021年3月5日)\n"
        "《城市夜色》 某某电视台 2021-04-06 赵六 钱七\n"
        "《乡村振兴路》（作者:张三、李四；刊发于2022年5月1日某某晚报）\n"
    )
    assert _fields(text, "outlet", "published", "authors") == [
        {"title": "春风吹进山村", "outlet": "某某日报", "published": "2021年3月5日"},
        {
            "title": "城市夜色",
            "outlet": "某某电视台",
            "published": "2021-04-06",
            "authors": ["赵六", "钱七"],
        },
        {
            "title": "乡村振兴路",
            "outlet": "某某晚报",
            "published": "2022年5月1日",
            "authors": ["张三", "李四"],
        },
    ]
    text = (
        "某某新闻奖获奖作品\n《春风吹进山村》 张三 李四 某某日报 一等奖\n"
        "《城市夜色》 赵六 某某电视台 二等奖\n"
    )
    assert _fields(text, "outlet", "authors", "prize")[1] == {
        "title": "城市夜色",
        "outlet": "某某电视台",
        "authors": ["赵六"],
        "prize": "二等奖",
    }


def test_people_by_what_they_did_in_a_tail():
    """`张三 摄`, `赵六摄`, `甲采写、某某日报选送` (a paper that 选送 its work is its outlet),
    `某某电视台 记者 赵六 编辑 钱七` (role words a space apart, mid-tail), `编者：` (editors)."""
    text = (
        "某某新闻奖获奖作品\n三等奖\n《春风吹进山村》 张三 摄 某某晚报\n"
        "《城市夜色》 赵六摄 某某日报\n"
        "《乡村振兴路》 钱七、孙八采写，某某电视台选送\n"
        "《山那边》 某某广播电台 记者 周九 编辑 吴十\n"
        "《河边》（作者：郑一 编者：王二）\n"
    )
    assert _fields(text, "outlet", "authors", "editors") == [
        {"title": "春风吹进山村", "outlet": "某某晚报", "authors": ["张三"]},
        {"title": "城市夜色", "outlet": "某某日报", "authors": ["赵六"]},
        {"title": "乡村振兴路", "outlet": "某某电视台", "authors": ["钱七", "孙八"]},
        {"title": "山那边", "outlet": "某某广播电台", "authors": ["周九"], "editors": ["吴十"]},
        {"title": "河边", "authors": ["郑一"], "editors": ["王二"]},
    ]


def test_trailing_names_with_a_count_and_spaced_records_in_prose():
    """`标题 张三等5人 某某日报`: the named one; `消息类：《甲》 某某日报 张三 李四`: the
    words after a title that are each an outlet or names are its record."""
    text = (
        "某某新闻奖获奖作品\n三等奖\n1. 春风吹进山村 张三等5人 某某日报\n"
        "2. 城市夜色 赵六 某某电视台\n"
    )
    assert _fields(text, "outlet", "authors")[0] == {
        "title": "春风吹进山村",
        "outlet": "某某日报",
        "authors": ["张三"],
    }
    text = (
        "某某新闻奖获奖作品\n一等奖\n消息类：《春风吹进山村》 某某日报 张三 李四\n"
        "通讯类：《城市夜色》 某某电视台 赵六\n"
    )
    assert _fields(text, "outlet", "authors", "category") == [
        {
            "title": "春风吹进山村",
            "outlet": "某某日报",
            "authors": ["张三", "李四"],
            "category": "消息类",
        },
        {"title": "城市夜色", "outlet": "某某电视台", "authors": ["赵六"], "category": "通讯类"},
    ]


def test_prose_people_by_what_they_did_and_names_in_a_bracket():
    """`甲编辑的版面《`: 甲 an editor; `乙摄影的《`: an author; `某某电视台《…》（甲、乙）`:
    the bracket's names; a sentence before a unit is no part of it."""
    text = (
        "第十届某某新闻奖揭晓。赵六编辑的版面《城市夜色》获二等奖，钱七摄影的《春风》获三等奖。"
        "某某电视台《乡村振兴路》（孙八、周九）获二等奖。"
    )
    assert _fields(text, "outlet", "authors", "editors") == [
        {"title": "城市夜色", "editors": ["赵六"]},
        {"title": "春风", "authors": ["钱七"]},
        {"title": "乡村振兴路", "outlet": "某某电视台", "authors": ["孙八", "周九"]},
    ]


def test_prose_prizes_in_order_and_who_sent_each_work():
    """`由甲采写、某某扶贫办选送的《A》和乙采写、某站选送的《B》分别荣获文字类二、三等奖`: the
    prizes in order, the kind for both, each sender its recommender; `分别荣获图片类三等奖和
    优秀奖` after more works than prizes: the kind, no prize."""
    text = (
        "其中,由杨晓舟采写、吕梁市扶贫办选送的《道德银行》和胡效珍采写、山西省水文总站选送的"
        "《山那边的乡村》分别荣获文字类二、三等奖。由肖继旺拍摄、方山县扶贫办选送的《干群一家亲》;"
        "张志雄拍摄、襄汾县农商行选送的《葡萄产业》;李继旺拍摄、万荣县扶贫办选送的《手艺》"
        "分别荣获图片类三等奖和优秀奖。"
    )
    works = _fields(text, "authors", "recommender", "category", "prize")
    assert works[:2] == [
        {
            "title": "道德银行",
            "authors": ["杨晓舟"],
            "recommender": "吕梁市扶贫办",
            "category": "文字类",
            "prize": "二等奖",
        },
        {
            "title": "山那边的乡村",
            "authors": ["胡效珍"],
            "recommender": "山西省水文总站",
            "category": "文字类",
            "prize": "三等奖",
        },
    ]
    assert works[-1] == {
        "title": "手艺",
        "authors": ["李继旺"],
        "recommender": "万荣县扶贫办",
        "category": "图片类",
    }


def test_prose_kind_after_the_title_padded_or_with_a_photo_count():
    """`获战斗 灾害 类的组照一等奖` → 战斗灾害类; `获经济科技类单幅一等奖` → 经济科技类;
    `获新聞評論類二等獎` keeps its 評."""
    text = (
        "其中南方日报卢慧明的《海地活着》获战斗 灾害 类的组照一等奖,南方日报符超军的《小火车》"
        "获经济科技类单幅一等奖。刊登于某报的《困難壓不垮》獲新聞評論類二等獎。"
    )
    assert [w.get("category") for w in _read(text)] == ["战斗灾害类", "经济科技类", "新聞評論類"]


def test_prose_a_paper_in_quotes_before_the_work_it_printed():
    """`刊登于《中國經濟導報》的《…》獲…`: that paper is the work's outlet."""
    text = (
        "刊登于《中國經濟導報》的《壓不垮》獲新聞評論類二等獎,"
        "刊登于《中國改革報》的《轉身》獲三等獎。"
    )
    assert [w.get("outlet") for w in _read(text)] == ["中國經濟導報", "中國改革報"]


def test_a_prize_ending_a_work_line_is_that_works_own():
    """`《甲》 某某日报 张三 二等奖`: the prize after a line's work is the work's own, not a
    heading over the next line; a prize heading on a line of its own still heads the lines."""
    text = (
        "某某新闻奖获奖名单\n"
        "《春天的田野》 某某日报 张三 李四 二等奖\n"
        "《秋天的河》 某某晚报 王五 三等奖\n"
        "一等奖\n"
        "《冬天的山》 某某电视台 赵六\n"
    )
    prizes = [(w["title"], w.get("prize")) for w in _read(text)]
    assert prizes == [("春天的田野", "二等奖"), ("秋天的河", "三等奖"), ("冬天的山", "一等奖")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "1.《春天来了》（消息） 某某日报 张三，李四",
            {"category": "消息", "outlet": "某某日报", "authors": ["张三", "李四"]},
        ),
        ("1.《春天来了》 张三、李四 等", {"authors": ["张三", "李四"]}),
        ("1.《春天来了》 王五 等3人", {"authors": ["王五"]}),
        ("1.《春天来了》 张三 李四 消息", {"authors": ["张三", "李四"], "category": "消息"}),
        ("1.《春天來了》——某某日報", {"outlet": "某某日報"}),
        ("1.《春天来了》 李四 摄", {"authors": ["李四"]}),
        (
            "1.《春天来了》 張三，李四 某某電視台",
            {"authors": ["張三", "李四"], "outlet": "某某電視台"},
        ),
    ],
)
def test_words_after_a_title_by_what_each_word_is(line: str, expected: dict) -> None:
    """After a `《title》` every word is read for what it is (a genre, an outlet, names with
    `等`/`等N人`/`摄` after them), in any order and with any name separator."""
    text = f"某某新闻奖获奖名单\n一等奖\n{line}\n2.《夏天来了》（通讯） 某某晚报 王五\n"
    work = parse_list(text).works[0]
    assert work == {"title": work["title"], "prize": "一等奖", **expected}


def test_a_line_of_names_under_a_title_line_is_that_works():
    """`《甲》(散文)` then `张三 (某某小学 教师)`: the names line is the work's people (where
    they are from is not mapped); names over their titles are not the work above's."""
    text = (
        "某某征文获奖名单\n二等奖\n《春天来了》(散文)\n张三 (某某小学 教师)\n"
        "《夏天来了》(詩歌)\n李四(东莞)\n《秋天来了》\n王五（某某日报）\n"
    )
    works = [(w["title"], w.get("authors"), w.get("outlet")) for w in _read(text)]
    assert works == [
        ("春天来了", ["张三"], None),
        ("夏天来了", ["李四"], None),
        ("秋天来了", ["王五"], "某某日报"),
    ]
    first = _read(
        "某某征文获奖名单\n二等奖\n张三 (某某小学)\n《春天来了》\n李四 (东莞)\n《夏天来了》\n"
    )
    assert all(w.get("authors") != ["李四"] or w["title"] != "春天来了" for w in first)


def test_name_cells_drop_what_follows_names_and_read_a_bracketed_role():
    """A table's names cell: `等`, `等3人`, `摄` after the names are none; `张三（编辑：李四）`
    gives the editor; `集体（甲、乙）` is the collective credit."""
    text = (
        "序号 | 作品标题 | 作者 | 刊播单位 | 体裁 | 等次\n"
        "1 | 春天来了 | 张三，李四 等 | 某某日报 | 消息 | 一等奖\n"
        "2 | 夏天来了 | 王五 等3人 | 某某晚报 | 通讯 | 二等奖\n"
        "3 | 秋天来了 | 张三（編輯：李四） | 某某日报 | 消息 | 二等奖\n"
        "4 | 冬天来了 | 王五 摄 | 某某晚报 | 摄影 | 三等奖\n"
        "5 | 又一春 | 集体（赵六、钱七） | 某某晚报 | 通讯 | 三等奖\n"
    )
    people = [(w.get("authors"), w.get("editors")) for w in parse_list(text).works]
    assert people == [
        (["张三", "李四"], None),
        (["王五"], None),
        (["张三"], ["李四"]),
        (["王五"], None),
        (["集体"], None),
    ]


def test_words_after_an_unquoted_title_each_for_what_it_is():
    """`标题 某某日报 张三，李四`, `标题 张三 李四 消息 某某日报`: the outlet, every name, the
    genre (not a person)."""
    works = parse_list(
        "一等奖\n1.春天来了 某某日报 张三，李四\n2.夏天来了 王五 赵六 通讯 某某晚报\n"
    ).works
    assert works == [
        {"title": "春天来了", "outlet": "某某日报", "authors": ["张三", "李四"], "prize": "一等奖"},
        {
            "title": "夏天来了",
            "outlet": "某某晚报",
            "authors": ["王五", "赵六"],
            "category": "通讯",
            "prize": "一等奖",
        },
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1.《春天来了》（张三 李四 消息）", {"authors": ["张三", "李四"], "category": "消息"}),
        (
            "1.《春天来了》（某某日报 张三，李四）",
            {"outlet": "某某日报", "authors": ["张三", "李四"]},
        ),
        (
            "1.《春天来了》（消息，某某日报张三、李四）",
            {"category": "消息", "outlet": "某某日报", "authors": ["张三", "李四"]},
        ),
        ("1.《春天来了》 北京新聞廣播", {"outlet": "北京新聞廣播"}),
        ("1.《春天来了》 总台央广中国之声", {"outlet": "总台央广中国之声"}),
        ("1.《春天来了》（某某学院等 张三、李四）", {"authors": ["张三", "李四"]}),
        ("1.大众网网络专题《春天来了》", {"outlet": "大众网", "category": "网络专题"}),
        (
            "1.某某日报评论《春天来了》 张三",
            {"outlet": "某某日报", "category": "评论", "authors": ["张三"]},
        ),
        ("1.新媒体报道《春天来了》 张三", {"category": "新媒体报道", "authors": ["张三"]}),
        ("1.张三、李四：《春天来了》", {"authors": ["张三", "李四"]}),
        ("1.某某日报：《春天来了》（张三）", {"outlet": "某某日报", "authors": ["张三"]}),
    ],
)
def test_a_works_own_words_in_brackets_before_its_title_or_glued(line: str, expected: dict) -> None:
    """Bracketed words read word by word as the words after a title are; a unit glued to its
    person (`某某日报张三`) or to a genre (`大众网网络专题`, `某某日报评论`) split; a channel named
    `X新闻广播`/`X之声` is an outlet; a school before names is not mapped; a colon may end
    the people or the outlet written before a title."""
    text = f"某某新闻奖获奖名单\n一等奖\n{line}\n2.《夏天来了》（通讯） 某某晚报 王五\n"
    work = parse_list(text).works[0]
    assert work == {"title": "春天来了", "prize": "一等奖", **expected}


@pytest.mark.parametrize(
    "kind", ["报纸副刊", "页面设计", "新闻业务研究", "散文诗", "微电影", "书法"]
)
def test_more_genre_words_are_a_works_category(kind: str) -> None:
    """Genre words of papers, pages, studies and the arts, before a title or in brackets."""
    works = parse_list(f"一等奖\n1.{kind}《春天来了》 张三\n2.《夏天来了》（{kind}） 李四\n").works
    assert [w.get("category") for w in works] == [kind, kind]


def test_a_mediums_works_heading_is_the_category_whole():
    """`電視新聞作品`, `广播作品` over a run of items: the category as the heading writes it,
    作品 kept; a genre's works (`消息作品`) give the genre."""
    text = (
        "某某奖获奖名单\n電視新聞作品\n1.《春天來了》 某某電視台\n2.《夏天來了》 某某衛視\n"
        "广播作品\n3.《秋天来了》 某某广播电台\n消息作品\n4.《冬天来了》 某某日报 张三\n"
    )
    assert [w.get("category") for w in parse_list(text).works] == [
        "電視新聞作品",
        "電視新聞作品",
        "广播作品",
        "消息",
    ]


def test_an_awards_named_honour_is_the_category_and_a_division_stays_in_the_prize():
    """`最佳新闻评论奖`, `精锐奖` given to a work are its category, no prize; `地区组首奖` is
    the prize whole; `消息类一等奖` is both."""
    table = parse_list(
        "序号 | 作品标题 | 作者 | 刊播单位 | 奖项\n"
        "1 | 春天来了 | 张三 | 某某日报 | 最佳新闻评论奖\n"
        "2 | 夏天来了 | 李四 | 某某电视台 | 精锐奖\n"
        "3 | 秋天来了 | 王五 | 某某晚报 | 地区组首奖\n"
        "4 | 冬天来了 | 赵六 | 某某晚报 | 消息类一等奖\n"
    ).works
    assert [(w.get("category"), w.get("prize")) for w in table] == [
        ("最佳新闻评论奖", None),
        ("精锐奖", None),
        (None, "地区组首奖"),
        ("消息类", "一等奖"),
    ]


def test_a_names_cell_with_its_unit_a_space_apart_or_glued():
    """A names cell `某某日报 张三、李四`: the unit is the outlet, not a person; units listed
    among the names (`保健部、张三、某某中心`) and a unit alone (`人民日报海外版`) stay the
    credit; a `作者及单位` cell `某某晚报王五` is the unit and its person."""
    works = parse_list(
        "序号 | 作品标题 | 作者 | 刊播单位 | 等次\n"
        "1 | 春天来了 | 某某日报 张三、李四 | 某某日报 | 一等奖\n"
        "2 | 夏天来了 | 保健部、张三、某某医学中心 | 某某医院 | 二等奖\n"
        "3 | 秋天来了 | 人民日报海外版 | 人民日报 | 二等奖\n"
    ).works
    assert [(w["authors"], w["outlet"]) for w in works] == [
        (["张三", "李四"], "某某日报"),
        (["保健部", "张三", "某某医学中心"], "某某医院"),
        (["人民日报海外版"], "人民日报"),
    ]
    unit = parse_list(
        "序号 | 作品标题 | 作者及单位 | 等次\n1 | 春天来了 | 某某晚报王五 | 一等奖\n"
        "2 | 夏天来了 | 张三（某某日报） | 二等奖\n"
    ).works
    assert [(w["authors"], w["outlet"]) for w in unit] == [
        (["王五"], "某某晚报"),
        (["张三"], "某某日报"),
    ]


def test_names_joined_by_he_or_followed_by_deng_in_any_shape():
    """`甲、乙和丙`, `甲、乙等`: the names, in a names line under a title, after an unquoted
    title, before `的《…》` with their unit, and glued to their unit."""
    lines = _read(
        "某某新闻奖入围名单\n一等奖\n春天来了\n王若桐和萧子维 (SS001)\n秋天来了\n张三、李四\n"
    )
    assert [w.get("authors") for w in lines] == [["王若桐", "萧子维"], ["张三", "李四"]]
    unquoted = parse_list("一等奖\n1.留住清风 侯钦松、孙秀荣和祁懂来\n2.甲流 童文霞\n").works
    assert unquoted[0]["authors"] == ["侯钦松", "孙秀荣", "祁懂来"]
    made = _read(
        "某某新闻奖揭晓。其中某某日报社王尚锋、吕丽霞等的文字消息《春天来了》获一等奖，"
        "某某县融媒体中心姜枝朝和王希西的广播消息《夏天来了》获二等奖。"
    )
    assert [(w.get("outlet"), w.get("authors")) for w in made] == [
        ("某某日报社", ["王尚锋", "吕丽霞"]),
        ("某某县融媒体中心", ["姜枝朝", "王希西"]),
    ]


def test_more_role_words_and_where_a_work_came_out():
    """`供稿`, `撰文` name authors, `美编` editors; `刊发于某某日报` and `某某晚报刊发` name the
    paper without the words round it."""
    works = parse_list(
        "一等奖\n1.《春天来了》 供稿：张三 刊发于某某日报\n"
        "2.《夏天来了》 撰文：王五 美编：赵六 某某晚报刊发\n"
    ).works
    assert [(w.get("authors"), w.get("editors"), w.get("outlet")) for w in works] == [
        (["张三"], None, "某某日报"),
        (["王五"], ["赵六"], "某某晚报"),
    ]


def test_names_written_together_split_where_each_begins_with_a_surname():
    """`作者:冯海赵亮`, `作者:董昕申毅敏`: the persons a reader sees (one way to split only);
    a unit, a genre or a four-character name that splits no one way stays whole."""
    works = _read(
        "本报选送的作品《春天来了》获金奖(作者:董昕申毅敏);《夏天来了》获银奖(作者:冯海赵亮);"
        "《秋天来了》获铜奖(作者:欧阳修文)。"
    )
    assert [w.get("authors") for w in works] == [
        ["董昕", "申毅敏"],
        ["冯海", "赵亮"],
        ["欧阳修文"],
    ]


def test_labelled_words_after_a_genre_bracket_a_papers_credits_and_units_that_submit():
    """`《甲》（通訊）　作者：張三　李四　單位：某某日報` (full-width spaces); `文／張三 圖／李四`
    (the text's and the picture's credits); `（某某日报提报）`, `（某某局申报）`: who sent it in."""
    works = parse_list(
        "一等獎\n1.《春天來了》（通訊）　作者：張三　李四　單位：某某日報\n"
        "2.《夏天來了》 文／王五 圖／趙六\n3.《秋天來了》（某某日報提報）\n"
        "4.《冬天來了》（某某局申報）\n"
    ).works
    assert [(w.get("authors"), w.get("outlet"), w.get("recommender")) for w in works] == [
        (["張三", "李四"], "某某日報", None),
        (["王五", "趙六"], None, None),
        (None, None, "某某日報"),
        (None, None, "某某局"),
    ]


@pytest.mark.parametrize(
    "tail",
    ["某某日报 张三，李四", "张三，李四 某某日报", "某某日报，张三，李四", "某某日报：张三，李四"],
)
def test_a_tails_names_over_several_parts_beside_their_unit(tail: str) -> None:
    """A comma between names parts a tail no less than one between fields: every name beside
    the unit is the work's, not only the first."""
    from award_archive.authoring.importer.list_parts import tail_fields

    said = tail_fields(tail)
    assert (said.get("outlet"), said.get("authors")) == ("某某日报", ["张三", "李四"])


def test_a_records_closing_line_with_the_day_first_or_a_page_after():
    """`某某日报 2019年3月5日 第3版`, `2019年4月5日 某某晚报`: the outlet and the day, the page
    not mapped; `作者：张三（某某日报） 李四（某某晚报）`: the names, the first one's outlet."""
    works = parse_list(
        "一等奖\n春天来了\n作者：张三、李四\n某某日报 2019年3月5日 第3版\n"
        "夏天来了\n作者：王五\n2019年4月5日 某某晚报\n"
        "秋天来了\n作者：赵六（某某日报） 钱七（某某晚报）\n"
    ).works
    assert [(w.get("authors"), w.get("outlet"), w.get("published")) for w in works] == [
        (["张三", "李四"], "某某日报", "2019年3月5日"),
        (["王五"], "某某晚报", "2019年4月5日"),
        (["赵六", "钱七"], "某某日报", None),
    ]


def test_brackets_not_mapped_after_a_title_or_its_names():
    """`（外一首）`, `（指导教师：王五）`, `（作者单位：某某中学）`, `（援鄂医务人员，某某医院）`:
    none is a name or an outlet; the names beside them are the authors."""
    works = parse_list(
        "一等奖\n1.《春天来了》（外一首） 张三\n2.《夏天来了》 李四（指导教师：王五）\n"
        "3.《秋天来了》（散文） 赵六（作者单位：某某中学）\n"
        "4.《冬天来了》 钱七（援鄂医务人员，某某医院）\n"
    ).works
    assert [(w.get("authors"), w.get("outlet")) for w in works] == [
        (["张三"], None),
        (["李四"], None),
        (["赵六"], None),
        (["钱七"], None),
    ]


def test_an_unquoted_title_ends_at_a_genre_or_outlet_bracket_before_the_works_words():
    """`春天来了（消息）张三、李四 某某日报`: the title ends at the bracket; the words after it
    are the work's people and outlet."""
    works = parse_list(
        "一等奖\n1.春天来了（消息）张三、李四 某某日报\n2.夏天来了（某某晚报） 王五\n"
    ).works
    assert [(w["title"], w.get("category"), w.get("authors"), w.get("outlet")) for w in works] == [
        ("春天来了", "消息", ["张三", "李四"], "某某日报"),
        ("夏天来了", None, ["王五"], "某某晚报"),
    ]


def test_a_papers_reporter_after_a_title_gives_the_paper_and_the_people():
    """`某某日报记者张三、李四`, `（某某晚报首席记者王五）`: the paper is the outlet."""
    works = parse_list(
        "一等奖\n1.《春天来了》 某某日报记者张三、李四\n2.《夏天来了》（某某晚报首席记者王五）\n"
    ).works
    assert [(w.get("outlet"), w.get("authors")) for w in works] == [
        ("某某日报", ["张三", "李四"]),
        ("某某晚报", ["王五"]),
    ]


def test_a_unit_and_its_people_before_a_title():
    """`益阳日报社汤革新《…》`, `某某晚报 李四、王五《…》`: the unit is the outlet, the names
    after it the authors."""
    works = parse_list(
        "一等奖\n1.益阳日报社汤革新《春天来了》\n2.某某晚报 李四、王五《夏天来了》\n"
    ).works
    assert [(w.get("outlet"), w.get("authors")) for w in works] == [
        ("益阳日报社", ["汤革新"]),
        ("某某晚报", ["李四", "王五"]),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "1.《春天来了》 张三 某某日报 【一等奖】\n2.《夏天来了》 李四 某某晚报 【二等奖】\n",
        "1.《春天来了》 一等奖 张三 某某日报\n2.《夏天来了》 二等奖 李四 某某晚报\n",
    ],
)
def test_a_prize_inside_a_work_line_is_that_works_own(lines: str) -> None:
    """`【一等奖】` ending a work's line, or `一等奖` amid its words: the work's own prize, not
    a heading over the next line; the words round it still give its people and outlet."""
    works = parse_list("某某新闻奖获奖名单\n" + lines).works
    assert [(w.get("prize"), w.get("authors"), w.get("outlet")) for w in works] == [
        ("一等奖", ["张三"], "某某日报"),
        ("二等奖", ["李四"], "某某晚报"),
    ]


def test_a_name_joined_by_a_middle_dot_is_one_person():
    """`买买提·艾力`, `阿依古丽·吐尔逊`: names longer than four characters, each one person."""
    works = parse_list(
        "一等奖\n1.《春天来了》 某某日报 买买提·艾力、阿依古丽·吐尔逊\n"
        "2.《夏天来了》 某某晚报 李四\n"
    ).works
    assert works[0]["authors"] == ["买买提·艾力", "阿依古丽·吐尔逊"]


def test_spaced_words_after_a_title_in_prose_take_a_genre_and_drop_deng():
    """`消息类：《甲》 某某日报 张三 李四 消息`-like words after a title: the genre word is the
    category, no person; `张三、李四 等`: the names without the 等."""
    from award_archive.authoring.importer.list_parts import record_words

    assert record_words("某某日报 张三 李四 消息") == {
        "authors": ["张三", "李四"],
        "outlet": "某某日报",
        "category": "消息",
    }
    assert record_words("张三、李四 等") == {"authors": ["张三", "李四"]}
    assert record_words("一文") == {}


def test_a_names_line_under_a_title_with_its_unit_after_a_slash():
    """`黃良傑、郭芳綺/自由時報` under a title: the people, and their paper as the outlet."""
    works = parse_list(
        "平面媒體類 新聞採訪報導獎(共2件)\n\n鐵道怪客又犯案\n\n黃良傑、郭芳綺/自由時報\n\n"
        "離島水泥化系列報導\n\n劉力仁、王孟倫/自由時報\n"
    ).works
    assert [(w.get("authors"), w.get("outlet")) for w in works] == [
        (["黃良傑", "郭芳綺"], "自由時報"),
        (["劉力仁", "王孟倫"], "自由時報"),
    ]


def test_a_tables_cells_with_a_genre_beside_the_title_or_the_prize():
    """`一等奖（消息）`, `《春天来了》（消息）`, `消息：春天来了` in their cells: the genre is the
    category; a class column (`类别`: `消息类`) is read as a table, not as names."""
    works = parse_list(
        "序号 | 作品标题 | 作者 | 单位 | 等次\n"
        "1 | 春天来了 | 张三 | 某某日报 | 一等奖（消息）\n"
        "2 | 《夏天来了》（通讯） | 李四 | 某某晚报 | 二等奖\n"
        "3 | 评论：秋天来了 | 王五 | 某某晚报 | 三等奖\n"
    ).works
    assert [(w["title"], w.get("category"), w.get("prize")) for w in works] == [
        ("春天来了", "消息", "一等奖"),
        ("夏天来了", "通讯", "二等奖"),
        ("秋天来了", "评论", "三等奖"),
    ]
    classes = parse_list(
        "序号 | 作品标题 | 作者 | 单位 | 类别\n1 | 春天来了 | 张三 | 某某日报 | 消息类\n"
        "2 | 夏天来了 | 李四 | 某某晚报 | 通讯类\n"
    )
    assert classes.shape == "table"
    assert [w.get("category") for w in classes.works] == ["消息类", "通讯类"]


def test_a_names_value_ending_with_its_unit_after_a_comma():
    """`作者：张三，某某日报`, `作者：李四、王五，某某晚报`: the unit at the end of the persons'
    names is the outlet (units listed among units stay credits, as the table test shows)."""
    works = parse_list(
        "一等奖\n春天来了\n作者：张三，某某日报\n夏天来了\n作者：李四、王五，某某晚报\n"
    ).works
    assert [(w.get("authors"), w.get("outlet")) for w in works] == [
        (["张三"], "某某日报"),
        (["李四", "王五"], "某某晚报"),
    ]


def test_words_after_a_title_that_name_no_one():
    """`《甲》 一文`, `《甲》之一`: no person (a name alone after a title still is one)."""
    works = parse_list(
        "一等奖\n1.《春天来了》 一文\n2.《夏天来了》 之一\n3.《秋天来了》 张三\n"
    ).works
    assert [w.get("authors") for w in works] == [None, None, ["张三"]]


def test_bare_grades_head_records_but_not_inside_an_award_name():
    # A literature award's ranks: `二獎`/`三奖`, bare `佳作`/`優等` heading a record.
    text = (
        "第9屆某某文學獎得獎名單\n【散文獎】\n首獎 王大明〈海邊〉\n二獎 陳小華〈山上〉\n"
        "三奖 林一二〈城外〉\n佳作 張嘉祥〈河邊〉\n優等 李四〈田野〉\n"
    )
    works = {w["title"]: w.get("prize") for w in parse_list(text).works}
    assert works == {"海邊": "首獎", "山上": "二獎", "城外": "三奖", "河邊": "佳作", "田野": "優等"}
    # inside an award's name a grade word is no prize
    assert not re.search(PRIZE, "新闻佳作评选") and not re.search(PRIZE, "优选好书")
    assert re.fullmatch(PRIZE, "優異") and not re.search(PRIZE, "十二奖")


def test_genre_headings_over_their_own_ranks_carry_no_prize_into_the_next_genre():
    text = (
        "第3屆某某文學獎得獎名單\n【新詩獎】\n首獎 吳浩瑋〈回家〉\n佳作 洪倪 AKA 洪媽倪〈麵包〉\n"
        "【小品文獎】\n曹 瑋〈移監〉\n林皓淳〈母親〉\n"
    )
    works = {w["title"]: w for w in _numbered(ReadingCopy(text).text)}  # (the numbered reader)
    assert works["面包"]["authors"] == ["洪倪"] and works["面包"]["prize"] == "佳作"
    assert works["移监"]["authors"] == ["曹玮"] and works["移监"]["category"] == "小品文奖"
    assert "prize" not in works["移监"] and "prize" not in works["母亲"]
    # a prize over its genres keeps running over them
    text = "一等奖\n消息类\n1.《甲》 张三\n通讯类\n2.《乙》 李四\n二等奖\n消息类\n3.《丙》 王五\n"
    assert [w.get("prize") for w in parse_list(text).works] == ["一等奖", "一等奖", "二等奖"]


def test_a_book_list_credits_its_writers_publisher_and_recommender():
    text = (
        "2015年全国优秀科普作品名单\n"
        "《神奇科学》(2册),赵致真、王俊主编,北京少年儿童出版社,北京市推荐。 e[%g'}D:-\n"
        "j12khp?\n"
        "《星际穿越》,[美]基普·索恩著,苟利军、王岚、李然等译,浙江人民出版社,中国科学院推荐。\n"
        "《少儿百科》,美国国家地理学会编,陈曦译,安徽少年儿童出版社,安徽省推荐。\n"
    )
    works = {w["title"]: work_values(r, w) for r in [parse_list(text)] for w in r.works}
    assert works["神奇科学"]["authors"] == ["赵致真", "王俊"]
    assert works["神奇科学"]["outlet"] == "北京少年儿童出版社"
    assert works["神奇科学"]["recommender"] == "北京市"
    assert works["星际穿越"]["authors"] == ["基普·索恩"]  # (translators not mapped)
    assert works["少儿百科"]["authors"] == ["美国国家地理学会"]
    assert works["少儿百科"]["recommender"] == "安徽省"
    # a paper's 主编 with no publisher stays its editor
    assert book_credits(",张三主编,某某日报") == {}


def test_a_job_or_origin_before_a_name_is_no_part_of_it():
    assert split_list_names("宣传部部长何晓晴") == ["何晓晴"]
    assert split_list_names("学生记者陈蕾、卢凯宜") == ["陈蕾", "卢凯宜"]
    assert person_alone("山东烟台市人林德锦") == "林德锦"
    assert person_alone("鄂州立永广告有限公司") == "鄂州立永广告有限公司"  # (a unit stays)
    assert split_list_names("张学生") == ["张学生"]  # (no name would be left)
    text = (
        "近日,评选结果揭晓,山东烟台市人林德锦选送的《让文明常伴左右》获平面类一等奖,"
        "某某公司选送的《乙》获一等奖。"
    )
    works = {w["title"]: w for w in parse_list(text).works}
    assert works["让文明常伴左右"].get("recommender") == "林德锦"


def test_a_grade_is_never_a_persons_name():
    assert split_list_names("佳作") == ["佳作"]  # (split only; the names a value begins with:)
    assert lists_leading_names("佳作 张嘉祥") == [] and lists_leading_names("冠军") == []
    assert lists_leading_names("张嘉祥 优等") == ["张嘉祥"]


def test_a_unit_counting_its_won_works_is_one_rule_for_the_heading_and_the_prose():
    from award_archive.authoring.importer.list_parts import WORKS_COUNTED, is_outlet

    def units(text: str) -> list[str]:
        return [m.group(1) for m in WORKS_COUNTED.finditer(text) if is_outlet(m.group(1))]

    assert units("在评选中，江城晚报共有6篇作品获奖") == ["江城晚报"]
    assert units("，《江城日报》共29件作品获奖，其中") == ["《江城日报》"]
    assert units("，西江广电创制播出的5部作品获优秀作品奖") == ["西江广电"]
    # a reporter's works are no unit's count (`记者…的` is no phrase after the unit)
    assert units("，某某社记者采写的两篇作品分获一等奖") == []


def test_a_record_s_author_with_where_they_are_from_in_brackets():
    # `作者:甲(某省)`: the province is where the author is from (not mapped); a bracket the
    # page cut off (`作者:乙(`) says nothing
    text = "获奖名单\n一等奖\n《山路》\n作者:邱明远(江西省)\n二等奖\n《归途》\n作者:吕青(上海市)\n"
    text += "《灯火》\n作者:符安("
    works = parse_list(text).works
    assert [(w["title"], w["authors"]) for w in works] == [
        ("山路", ["邱明远"]),
        ("归途", ["吕青"]),
        ("灯火", ["符安"]),
    ]


def test_names_only_reads_a_value_of_names_and_nothing_else():
    assert names_only("周一、吴二") == ["周一", "吴二"]
    assert names_only("周一 某某晚报") == []
    assert names_only("远方的小河") == []
