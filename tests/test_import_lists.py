"""Winner lists: one metadata-only entry per listed work; the list shapes seen in real lists;
a later import fills the same entry (title + outlet), --force and --dry-run; the site says
the work's text is not in the archive yet."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cli_helpers import Run, awards_import, empty_archive

from award_archive.authoring.importer.lists import parse_list, split_list_names, work_values
from award_archive.checking.read import read_entry_file
from award_archive.checking.validate import Rules, validate_entry
from conftest import REPO, make_archive, run_build

sys.path.insert(0, str(REPO / "benchmarks"))
import list_score  # noqa: E402

REAL = Path(__file__).parent / "golden" / "real"
REAL_FORM = Path(__file__).parent / "golden" / "import" / "real-pipe-table.txt"
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
    assert works >= 130
    # Goal 85% of works and of fields (issue 13); the guard sits just under today's level on
    # the whole tuning set (the second batch of real lists brought it down).
    assert found / works >= 0.65 and right / fields >= 0.55, totals


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
    assert first == {
        "stage": "获奖",
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
        "甲篇": ("消息", None, "一等奖"),
        "乙篇": ("消息", None, "一等奖"),
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
