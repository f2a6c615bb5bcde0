"""The list reader's general rules: the same list written another way a real page could
have (script, title quotes, numbering, name separators, role words without a colon) reads
as the same works (benchmarks/list_variants.py measures this on the real tuning lists)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from award_archive.authoring.importer.list_marks import outermost_quotes, with_title_marks
from award_archive.authoring.importer.lists import parse_list
from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import list_variants  # noqa: E402

_NUMBERED = (
    "第5届某某新闻奖获奖名单\n一等奖\n"
    "1.《河边的树》(作者:张三、李四,推荐单位:某某日报)\n"
    "2.《山里的人》(作者:王五,推荐单位:某某电视台)\n"
)
_EXPECTED = [
    ("河边的树", ["张三", "李四"], "某某日报", "一等奖"),
    ("山里的人", ["王五"], "某某电视台", "一等奖"),
]


def _read(text: str) -> list[tuple[str, list[str], str, str]]:
    works = parse_list(text).works
    return [(w["title"], w["authors"], w["recommender"], w["prize"]) for w in works]


def test_a_traditional_list_reads_as_the_simplified_one_in_its_own_script():
    works = parse_list(
        "第5屆某某新聞獎獲獎名單\n一等獎\n"
        "1.《河邊的樹》(記者:張三、李四,推薦單位:某某日報)\n"
        "2.《山裡的人》(記者:王五,推薦單位:某某電視臺)\n"
    ).works
    assert [(w["title"], w["authors"], w["recommender"], w["prize"]) for w in works] == [
        ("河邊的樹", ["張三", "李四"], "某某日報", "一等獎"),
        ("山裡的人", ["王五"], "某某電視臺", "一等獎"),
    ]


@pytest.mark.parametrize(("opening", "closing"), [("「", "」"), ("“", "”"), ("『", "』")])
def test_titles_in_any_quotes_read_as_titles_in_book_marks(opening: str, closing: str):
    text = _NUMBERED.replace("《", opening).replace("》", closing)
    assert _read(text) == _EXPECTED


def test_a_quoted_award_is_no_title_and_inner_quotes_stay_in_the_title():
    text = (
        "“某某杯”征文大赛获奖名单\n一等奖\n"
        "1.「警惕“专家观点”成为“利益俘虏”」(作者:张三)\n"
        '2.「“一号提案"上演参政“重头戏"」(作者:李四)\n'
    )
    marked = with_title_marks(text)
    assert "“某某杯”征文大赛" in marked  # the award keeps its quotes
    assert [w["title"] for w in parse_list(text).works] == [
        "警惕“专家观点”成为“利益俘虏”",
        '“一号提案"上演参政“重头戏"',  # a quote opened inside and never closed is text
    ]


def test_the_outermost_quotes_of_any_pair_nest():
    text = "《“老记重书《观刈麦》日记”系列报道》和「甲「乙」丙」"
    assert [(q, text[a:b]) for q, a, b in outermost_quotes(text)] == [
        ("《", "《“老记重书《观刈麦》日记”系列报道》"),
        ("「", "「甲「乙」丙」"),
    ]


@pytest.mark.parametrize("marks", [("(1)", "(2)"), ("一、", "二、"), ("①", "②"), ("1、", "2、")])
def test_an_items_number_however_written(marks: tuple[str, str]):
    text = _NUMBERED.replace("1.", marks[0]).replace("2.", marks[1])
    assert _read(text) == _EXPECTED


def test_a_numbered_heading_stays_a_heading_whatever_the_items_numbers():
    works = parse_list(
        "某某新闻奖获奖名单\n一、通讯类\n(1)《河边》(作者:张三)\n二、消息类\n(1)《山里》(作者:李四)\n"
    ).works
    assert [(w["title"], w["category"], w["authors"]) for w in works] == [
        ("河边", "通讯类", ["张三"]),
        ("山里", "消息类", ["李四"]),
    ]


def test_names_between_spaces_on_their_own_line_and_after_a_title():
    blocks = parse_list(
        "短片报导学生组入围名单(共2部)\n改装行动医疗车\n王若桐 萧子维 (SS001)\n公车司机劳动安全\n"
        "李欣庭 戴慧怡 黄敬宣 (SS009)\n"
    ).works
    assert [w["authors"] for w in blocks] == [["王若桐", "萧子维"], ["李欣庭", "戴慧怡", "黄敬宣"]]
    numbered = parse_list("某某新闻奖\n一等奖\n1、留住清风济苍生 侯钦松 孙秀荣 林华\n").works
    assert [(w["title"], w["authors"]) for w in numbered] == [
        ("留住清风济苍生", ["侯钦松", "孙秀荣", "林华"])
    ]


@pytest.mark.parametrize("sep", ["、", "，", " "])
def test_a_units_people_before_its_work_between_any_separator(sep: str):
    works = parse_list(
        "2023年度某某新闻奖揭晓。其中某某日报社王尚锋" + sep + "吕丽霞的文字消息《甲篇》获一等奖，"
        "某某广播电视台李彦奇" + sep + "阮龙雏" + sep + "赵潇创作的系列报道《乙篇》获二等奖。"
    ).works
    assert [(w["title"], w["outlet"], w["authors"]) for w in works] == [
        ("甲篇", "某某日报社", ["王尚锋", "吕丽霞"]),
        ("乙篇", "某某广播电视台", ["李彦奇", "阮龙雏", "赵潇"]),
    ]


def test_a_roles_names_run_over_commas_up_to_the_next_role():
    [work] = parse_list(
        "第3届某某新闻奖揭晓\n通讯《甲篇》,作者:张三,李四,编辑:王五,获一等奖。"
    ).works
    assert (work["authors"], work["editors"]) == (["张三", "李四"], ["王五"])


def test_a_role_word_a_space_before_its_names_in_a_tail():
    text = _NUMBERED.replace("作者:", "作者 ")
    assert _read(text) == _EXPECTED


def test_the_variants_benchmark_scores_every_variant_beside_the_original(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    (tmp_path / "a.txt").write_text("# source: x\n" + _NUMBERED, encoding="utf-8")
    (tmp_path / "a.yml").write_text(
        "award: 某某新闻奖\nedition: 5\nworks:\n"
        "- {title: 河边的树, authors: [张三, 李四], recommender: 某某日报, prize: 一等奖}\n"
        "- {title: 山里的人, authors: [王五], recommender: 某某电视台, prize: 一等奖}\n",
        encoding="utf-8",
    )
    assert list_variants.main(["list_variants", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "简→繁" in out and "《》→「」" in out and "编号一、" in out
    assert "variants    all      works 100.0%  fields 100.0%" in out


def test_the_media_a_sentence_begins_with_is_the_outlet_of_the_works_it_names():
    works = parse_list(
        "第23屆某某新聞獎今天公布入圍作品名單,某某電視台有2項入圍,攝影記者張三以「河邊」入圍"
        "單張新聞攝影獎、「山裡」則入圍新聞敘事創新獎。"
    ).works
    assert [(w["title"], w["category"], w["outlet"]) for w in works] == [
        ("河邊", "單張新聞攝影獎", "某某電視台"),
        ("山裡", "新聞敘事創新獎", "某某電視台"),
    ]


@pytest.mark.parametrize("heading", ["{}:", "【{}】", "{}作品：", "{}(2件)"])
def test_a_prize_heading_however_set_apart(heading: str):
    lines = [heading.format("一等奖"), "《河边》", "《山里》", heading.format("二等奖"), "《城外》"]
    works = parse_list("某某征文大赛结果公布\n" + "\n".join(lines) + "\n").works
    assert [(w["title"], w["prize"]) for w in works] == [
        ("河边", "一等奖"),
        ("山里", "一等奖"),
        ("城外", "二等奖"),
    ]


def test_a_works_labelled_tail_without_brackets_over_semicolons():
    works = parse_list(
        "2019年度某某新闻奖揭晓。本报作品《甲篇》 作者:张三、李四;编辑:王五 获评一等奖;"
        "作品《乙篇》 作者:赵六,编辑:钱七、孙八 获中国城市党报消息二等奖。"
    ).works
    assert [(w["title"], w["authors"], w["editors"], w["prize"]) for w in works] == [
        ("甲篇", ["张三", "李四"], ["王五"], "一等奖"),
        ("乙篇", ["赵六"], ["钱七", "孙八"], "二等奖"),
    ]


def test_an_unquoted_numbered_title_ends_at_its_bracket_before_the_items_semicolon():
    works = parse_list(
        "某某征文活动获奖名单\n优秀作品\n1.江城足球场生存尴尬待解(某某广播电台   艾轶、邓吉);\n"
        "2.热爱足球的少年(某某电视台 周汉平、余国华);\n"
    ).works
    assert [(w["title"], w["outlet"], w["authors"]) for w in works] == [
        ("江城足球场生存尴尬待解", "某某广播电台", ["艾轶", "邓吉"]),
        ("热爱足球的少年", "某某电视台", ["周汉平", "余国华"]),
    ]


def test_a_records_people_and_unit_in_either_order():
    works = parse_list(
        "某某好新闻评选结果\n一等奖(2篇)\n河边的树\n作者及刊播单位 某某电视台 余志坚 吉 潇\n"
        "山里的人\n作者及刊播单位 《时代主人》 潘辛菱\n"
    ).works
    assert [(w["title"], w["outlet"], w["authors"]) for w in works] == [
        ("河边的树", "某某电视台", ["余志坚", "吉潇"]),
        ("山里的人", "《时代主人》", ["潘辛菱"]),
    ]


_TABLE = (
    "某某征文大赛获奖名单\n| 序号 | 作品名称 | 作者 | 等次 |\n| 1 | 河边的树 | 张三 | 一等奖 |\n"
    "| 2 | 山里的人 | 王五 | 二等奖 |\n| 3 | 城外 | 李四 | 二等奖 |\n"
)


@pytest.mark.parametrize("bars", [True, False])
def test_a_table_copied_out_one_cell_a_line_reads_as_its_rows(bars: bool):
    text = list_variants._pipes_to_cells(bars)(_TABLE)
    assert ("\n|\n" in text) is bars
    works = parse_list(text).works
    assert [(w["title"], w["authors"], w["prize"]) for w in works] == [
        ("河边的树", ["张三"], "一等奖"),
        ("山里的人", ["王五"], "二等奖"),
        ("城外", ["李四"], "二等奖"),
    ]


def test_titles_in_single_angle_quotes_read_as_titles_in_book_marks():
    assert _read(_NUMBERED.replace("《", "〈").replace("》", "〉")) == _EXPECTED
    _, expected = list_variants.VARIANTS["《》→〈〉"]("", {"works": [{"title": "《甲》乙"}]})
    assert expected == {"works": [{"title": "〈甲〉乙"}]}


def test_single_angle_quotes_are_the_titles_beside_as_many_papers_in_book_marks():
    text = "甲〈河边〉（刊于《某某日报》）、乙〈山里〉（刊于《某某晚报》）"
    assert (
        with_title_marks(text) == "甲《河边》（刊于〔某某日报〕）、乙《山里》（刊于〔某某晚报〕）"
    )
    assert (
        with_title_marks("《某某日报》刊发的〈河边〉") == "《某某日报》刊发的〈河边〉"
    )  # one: no mark


@pytest.mark.parametrize("bullet", ["★", "●", "◆", "■", "•"])
@pytest.mark.parametrize("joiner", ["\n", " "])
def test_bulleted_items_quoted_or_not_read_as_numbered_ones(bullet: str, joiner: str):
    lines = ["某某奖获奖名单", "一等奖", f"{bullet}《河边的树》 张三 某某日报"]
    lines += [f"{bullet}《山里的人》 李四 某某电视台", "二等奖", f"{bullet}城外 赵六 某某晚报"]
    works = parse_list(joiner.join(lines)).works
    assert [(w["title"], w["authors"], w["outlet"], w["prize"]) for w in works] == [
        ("河边的树", ["张三"], "某某日报", "一等奖"),
        ("山里的人", ["李四"], "某某电视台", "一等奖"),
        ("城外", ["赵六"], "某某晚报", "二等奖"),
    ]
