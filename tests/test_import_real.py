"""Real forms from public pages (tests/golden/real/, see its README): the importer must get
most of their fields right, and each kind of debris they carry is cleaned the same way."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from import_support import imported_values as _import

from award_archive.authoring.importer import labels as lb
from award_archive.authoring.importer.rows import Row
from award_archive.authoring.importer.tokenizer import clean, split_one_line

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
import import_score  # noqa: E402

TUNING = REPO / "tests" / "golden" / "real" / "tuning" / "forms"
# The goal is 90% (issue 13); the guard sits just under what the importer reaches on the
# whole tuning set now, so a change that loses fields fails.
# 99.7% over 48 forms (2026-12-03, session 9: batch 10's tuning half joined; `?` before
# figures, durations, a names line whose 作者 label was lost, a title as the form quotes it)
THRESHOLD = 99.5


def test_tuning_forms_score_above_the_threshold():
    scores = import_score.score_dir(TUNING)
    assert len(scores) >= 48  # more real forms are added as they are found
    total = import_score.total_percent(scores)
    report = "\n".join(f"{s.name}: {s.misses}" for s in scores if s.misses)
    assert total >= THRESHOLD, f"{total:.1f}% of fields right\n{report}"


def test_score_counts_an_extra_field_as_a_miss(tmp_path: Path):
    form = tmp_path / "f.txt"
    form.write_text(
        "作品标题 | 题 |\n作者 | 张三 |\n刊播单位 | 某报 |\n体裁 | 消息 |\n", encoding="utf-8"
    )
    (tmp_path / "f.yml").write_text("title: 题\nauthors: [张三]\noutlet: 某报\n", encoding="utf-8")
    [score] = import_score.score_dir(tmp_path)
    assert (score.right, score.total, score.score) == (3, 3, 2)  # category 消息 is not in the yml


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("作品標(biāo)題", "作品標題"),
        (
            "作品字?jǐn)?shù) (時(shí)長(zhǎng))",
            "作品字數 (時長)",
        ),  # the lost 數, read from its gloss
        ("野生黃羊為啥喜愛結伴“中國游”?", "野生黃羊為啥喜愛結伴“中國游”?"),  # a real question
        ("清理得如何?湿地", "清理得如何?湿地"),
        ("要聞???1?", "要聞 1"),
        ("二是特色鮮明。?圍繞政治", "二是特色鮮明。圍繞政治"),
        ("2873字?、?0:10:28", "2873字、0:10:28"),  # no space after 、 before a figure
        ("2022-09-12到?2022-10-11", "2022-09-12到2022-10-11"),  # nor inside a range
        ("系列制作,?3-4分鐘", "系列制作,3-4分鐘"),
        ("雙傳學(xué)?/font>", "雙傳學"),
        ("作為新華日報(b", "作為新華日報"),
        ("<script>x</script>", "<script>x</script>"),  # whole tags are text, escaped later
        ("有哪些可供借鉴的经验?贫困地区", "有哪些可供借鉴的经验?贫困地区"),  # a question word
        ("《如何设计高中地理课?》", "《如何设计高中地理课?》"),  # a title's own question
        ("消失的影響力? 淺談學生媒體", "消失的影響力? 淺談學生媒體"),  # the line's only ?
        ("(Over?)等五期节目", "(Over?)等五期节目"),
        ("建設與環?!巴小", "建設與環?!巴小"),
        ("當?shù)貛头", "當?shù)貛头"),  # lost with its gloss's bracket: kept as written
    ],
)
def test_clean(raw: str, cleaned: str):
    assert clean(raw).strip() == cleaned


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("作??者", "authors"),
        ("字數/時長", "length"),
        ("發布平臺", "platform"),
        ("採編過程", "process"),
        ("采編過程", "process"),
        ("作品题目", "title"),
        ("播发日期", "published"),
        ("作者工作单位", None),
    ],
)
def test_label_variants(label: str, key: str | None):
    hit = lb.whole_label(clean(label))
    assert hit is not None and hit.key == key


@pytest.mark.parametrize(
    ("fragment", "key"),
    [
        ("︵ 采作 編品 過簡 程介 ︶", "process"),
        ("采 作", "process"),
        ("社", "effect"),
        ("初 推", "review"),
        ("全傳 媒播 體實 效", None),
    ],
)
def test_vertical_fragments(fragment: str, key: str | None):
    hit = lb.fragment_label(clean(fragment))
    assert hit is not None and hit.key == key


def test_a_name_is_not_a_fragment():
    assert lb.fragment_label("颜 兵") is None


def test_one_line_form_is_split_at_its_labels():
    line = (
        "作品標題 野生黃羊 體裁 融合報道 作者 (主創人員) 李霞、張慧玲 編輯 集體 "
        "原創單位 內蒙古日報社 作品網址 作品簡介 文字"
    )
    row = split_one_line(Row([line], False, 1))
    assert row.cells == [
        "作品標題",
        "野生黃羊",
        "體裁",
        "融合報道",
        "作者 (主創人員)",
        "李霞、張慧玲",
        "編輯",
        "集體",
        "原創單位",
        "內蒙古日報社",
        "作品網址",
        "作品簡介",
        "文字",
    ]


def test_a_sentence_is_not_split():
    row = Row(
        [
            "记者 在现场 采访了 作者 和 编辑 以及 刊播单位 的负责人，他们都说这是一篇好作品，"
            "值得推荐给大家看看。"
        ],
        False,
        1,
    )
    assert split_one_line(row) is row


def test_empty_row_label_is_not_glued_to_the_previous_value(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题 | 《春天的故事》 |\n作者 | 张三 |\n刊播单位 | 某报 |\n刊播单位 | 某报 |\n"
        "社会效果 | 转载很多。 |\n传播数据 | |\n全媒体传播实效 | |\n",
    )
    assert values["title"] == "春天的故事"  # 《》 around the whole title dropped
    assert values["effect"] == "转载很多。"
    assert values["outlet"] == "某报"  # 原创单位 and 刊播单位 giving the same outlet: once


def test_column_form_without_heading(tmp_path: Path):
    values = _import(
        tmp_path,
        "欄目名稱\n新華時論\n創辦時間\n2006-10-10\n刊播周期\n每周3-4篇\n主創人員\n集體\n"
        "作品簡介 (采編過程)\n“新華時論”是言論專欄,每年刊發評論近200篇。\n",
    )
    assert values["title"] == "新華時論"
    assert values["category"] == "新聞專欄"
    assert values["authors"] == ["集體"]
    assert values["process"].startswith("“新華時論”")


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("2019年3月5日18時13分", "2019年3月5日"),  # a time of day in traditional script
        ("2019-03-05 19時30秒", "2019-03-05"),
        ("2019年 3月5日", "2019年3月5日"),  # a stray space inside the date
        ("2018年06月08日20點整", "2018年06月08日"),  # on the hour
        ("2018年6月8日 晚上八点半", "2018年6月8日"),  # a time of day in words
    ],
)
def test_a_date_loses_its_time_and_stray_spaces(tmp_path: Path, written: str, date: str):
    values = _import(tmp_path, f"作品标题 | 河边 |\n作者 | 张三 |\n刊播日期 | {written} |\n")
    assert values["published"] == date


def test_the_heading_names_the_category_between_award_and_form(tmp_path: Path):
    values = _import(
        tmp_path,
        "中国新闻奖报纸副刊参评作品推荐表\n作品标题 | 河边 |\n体裁 | 散文 |\n作者 | 张三 |\n",
    )
    assert (values["award"], values["category"], values["genre"]) == (
        "中国新闻奖",
        "报纸副刊",
        "散文",
    )
    plain = _import(tmp_path, "中国新闻奖参评作品推荐表\n作品标题 | 河边 |\n体裁 | 消息 |\n")
    assert plain["category"] == "消息" and "genre" not in plain  # no category in the heading


def test_a_vertical_label_with_a_space_after_every_character():
    hit = lb.fragment_label("︵ 採 作 編 品 過 簡 程 介 ︶")  # 采编过程 beside 作品简介
    assert hit is not None and hit.key == "process"
    assert lb.fragment_label("颜 兵 阳 华 程 良 华 韦") is None  # names, not a label
