"""URLs that keep their meaning (issue 10, items 6-9 and 13): published slugs recorded in
schema/published-slugs.yml, look-alike names on one page, reserved ids, the scaffold
hint, latin words in slugs, and the cost of many authors. Real builds and real commands."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import yaml
from cli_helpers import awards
from golden_support import golden_form
from hypothesis import given
from hypothesis import strategies as st

from award_archive.authoring.ids import new_entry_id
from award_archive.checking.validate import MAX_NAMES
from award_archive.contract.names import normalise_name
from award_archive.contract.slugs import REGISTRY_FILE, SlugRegistry, slugify
from conftest import REPO, run_build
from conftest import make_archive as _make_archive

REAL_FORM = golden_form("real-pipe-table")
# These tests read pages, not the search index: built without Pagefind, they run faster.
NO_SEARCH = (
    (REPO / "mkdocs.yml")
    .read_text(encoding="utf-8")
    .replace("      entries_dir: entries\n", "      entries_dir: entries\n      search: false\n")
)
assert "search: false" in NO_SEARCH


def make_archive(tmp: Path, entries: dict[str, str] | None = None, **kw) -> Path:
    return _make_archive(tmp, entries, mkdocs_yml=NO_SEARCH, **kw)


def entry(
    title: str,
    authors: list[str],
    outlet: str = "自贡日报",
    published: str = "2022.6.2",
    entry_id: str = "",
) -> str:
    head = f"id: {entry_id}\n" if entry_id else ""
    authors_yaml = yaml.safe_dump(authors, allow_unicode=True, default_flow_style=True).strip()
    outlet_yaml = yaml.safe_dump(outlet, allow_unicode=True).strip().removesuffix("...").strip()
    return (
        f"---\n{head}title: {title}\naward: 四川宣传关心下一代新闻佳作\n"
        "edition: 9\ncategory: 消息\n"
        f"authors: {authors_yaml}\n"
        f"outlet: {outlet_yaml}\n"
        f"published: {published}\n---\n\n正文。\n"
    )


def registry(root: Path) -> dict:
    return yaml.safe_load((root / REGISTRY_FILE).read_text(encoding="utf-8"))


def h1(html: str) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


def built(root: Path):
    result = run_build(root)
    assert result.returncode == 0, result.log
    return result


# -- item 7: a published URL never changes meaning ------------------------------------
def test_a_homophone_arriving_later_never_takes_a_published_url(tmp_path: Path):
    root = make_archive(tmp_path, {"a.md": entry("张伟的报道", ["张伟"])}, copy_entries=False)
    site = built(root)
    assert h1(site.page("authors/zhang-wei/")) == "张伟"
    assert registry(root)["authors"] == {"张伟": "zhang-wei"}
    # 仉伟 sorts before 张伟 and the work is older: it still gets a new slug.
    (root / "entries" / "b.md").write_text(
        entry("仉伟的报道", ["仉伟"], published="2001.1.1"), encoding="utf-8"
    )
    site = built(root)
    assert h1(site.page("authors/zhang-wei/")) == "张伟"
    new_slug = registry(root)["authors"]["仉伟"]
    assert new_slug.startswith("zhang-wei-") and h1(site.page(f"authors/{new_slug}/")) == "仉伟"
    assert 'href="../../authors/zhang-wei/"' in site.page("entries/a/")
    # Nothing new: the file is not written again.
    before = (root / REGISTRY_FILE).stat().st_mtime_ns
    built(root)
    assert (root / REGISTRY_FILE).stat().st_mtime_ns == before


def test_a_name_that_disappears_keeps_its_slug_reserved(tmp_path: Path):
    root = make_archive(tmp_path, {"a.md": entry("张伟的报道", ["张伟"])}, copy_entries=False)
    built(root)
    (root / "entries" / "a.md").unlink()
    (root / "entries" / "c.md").write_text(entry("章伟的报道", ["章伟"]), encoding="utf-8")
    site = built(root)
    assert not (site.site / "authors" / "zhang-wei").exists()
    recorded = registry(root)["authors"]
    assert recorded["张伟"] == "zhang-wei" and recorded["章伟"].startswith("zhang-wei-")
    assert h1(site.page(f"authors/{recorded['章伟']}/")) == "章伟"


def test_a_recorded_slug_is_kept_even_when_the_rules_would_now_give_another(tmp_path: Path):
    """Item 13: letters stay one word in new slugs (CCTV-13 → cctv-13), but a name
    recorded with the old letter-by-letter slug keeps it."""
    root = make_archive(
        tmp_path,
        {
            "a.md": entry("一", ["张伟"], outlet="CCTV"),
            "b.md": entry("二", ["张伟"], outlet="CCTV-13"),
            "c.md": entry("三", ["张伟"], outlet="5G新闻"),
        },
        copy_entries=False,
    )
    (root / "schema").mkdir()
    (root / REGISTRY_FILE).write_text("outlets:\n  CCTV: c-c-t-v\n", encoding="utf-8")
    site = built(root)
    outlets = registry(root)["outlets"]
    assert outlets == {"CCTV": "c-c-t-v", "CCTV-13": "cctv-13", "5G新闻": "5g-xin-wen"}
    assert h1(site.page("outlets/c-c-t-v/")) == "CCTV"
    assert h1(site.page("outlets/cctv-13/")) == "CCTV-13"


def test_slugify_keeps_runs_of_letters_and_digits_together():
    assert slugify("CCTV") == "cctv"
    assert slugify("CCTV-13") == "cctv-13"
    assert slugify("5G") == "5g"
    assert slugify("CCTV新闻频道") == "cctv-xin-wen-pin-dao"
    assert slugify("《关爱明天》杂志") == "guan-ai-ming-tian-za-zhi"


# Polyphonic characters and words (重庆, 银行, 长大), letters, digits and marks: where a long
# name is cut before pinyin, a word across the cut would read differently.
_SLUG_PIECES = [
    "重庆",
    "银行",
    "长大",
    "重",
    "行",
    "长",
    "乐",
    "CCTV",
    "5G",
    "-",
    "《",
    "》",
    "、",
    " ",
    "…",
    "A",
]


@given(st.lists(st.sampled_from(_SLUG_PIECES), min_size=150, max_size=700))
def test_a_long_name_gets_the_slug_its_whole_text_gives(pieces: list[str]):
    """slugify reads only a long name's head: the slug must be the one the whole text gives."""
    from pypinyin import Style, lazy_pinyin

    name = "".join(pieces)
    whole = lazy_pinyin(name, style=Style.NORMAL, errors=lambda chars: [chars])
    expected = re.sub(r"[^a-z0-9]+", "-", "-".join(whole).lower()).strip("-")[:60].rstrip("-")
    assert slugify(name) == expected


def test_a_hundred_thousand_character_name_keeps_its_head_slug():
    assert slugify("四川日报" + "长" * 100_000) == slugify("四川日报" + "长" * 60)
    assert slugify("》" * 100_000) == slugify("》" * 100_000)  # no letter at all: the digest
    assert slugify("》" * 100_000 + "四川").startswith("si-chuan")  # letters past the head


def test_the_registry_file_is_sorted_and_stable(tmp_path: Path):
    reg = SlugRegistry(tmp_path / "r.yml")
    reg.assign("outlets", ["自贡日报", "四川日报"])
    reg.assign("authors", ["张伟", "李娜", "index"])
    assert reg.save()
    text = (tmp_path / "r.yml").read_text(encoding="utf-8")
    index = "index-" + hashlib.sha1(b"index").hexdigest()[:6]
    assert text.endswith(
        f"authors:\n  index: {index}\n  张伟: zhang-wei\n  李娜: li-na\n"
        "outlets:\n  四川日报: si-chuan-ri-bao\n  自贡日报: zi-gong-ri-bao\n"
    )
    again = SlugRegistry.load(tmp_path / "r.yml")
    assert again.sections == reg.sections
    again.assign("authors", ["李娜"])
    assert not again.save() and again.text() == text


def test_a_name_called_index_never_takes_an_overview_page(tmp_path: Path):
    root = make_archive(
        tmp_path, {"a.md": entry("一", ["Index"], outlet="INDEX")}, copy_entries=False
    )
    site = built(root)
    assert h1(site.page("authors/")) == "作者"
    slug = registry(root)["authors"]["Index"]
    assert slug.startswith("index-") and h1(site.page(f"authors/{slug}/")) == "Index"


@pytest.mark.parametrize(
    "text, says",
    [
        ("authors:\n  张伟: zhang-wei\n  仉伟: zhang-wei\n", "的网址名都是 zhang-wei"),
        ("authors:\n  张伟: zhang-wei\n  张伟: zhang-wei-2\n", "被记录了两次"),
        (
            "authors:\n<<<<<<< HEAD\n  张伟: zhang-wei\n=======\n  仉伟: zhang-wei\n>>>>>>> b\n",
            "冲突标记",
        ),
        ("people:\n  张伟: zhang-wei\n", "“people”不是页面的种类"),
        ("authors:\n  张伟: Zhang Wei\n", "不是名称和网址名"),
    ],
)
def test_a_broken_registry_is_a_located_error(tmp_path: Path, text: str, says: str):
    root = make_archive(tmp_path, {"a.md": entry("一", ["张伟"])}, copy_entries=False)
    (root / "schema").mkdir()
    (root / REGISTRY_FILE).write_text(text, encoding="utf-8")
    check = awards("--root", str(root), "validate", cwd=root)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    [line] = [s for s in check.stdout.splitlines() if s.startswith(REGISTRY_FILE)]
    assert re.match(rf"{REGISTRY_FILE}:\d+: ", line) and says in line, line
    result = run_build(root)
    assert result.returncode == 1 and says in result.log and "Traceback" not in result.log
    assert (root / REGISTRY_FILE).read_text(encoding="utf-8") == text  # left for a person


NEW = [
    "--award",
    "四川宣传关心下一代新闻佳作",
    "--edition",
    "9",
    "--category",
    "消息",
    "--outlet",
    "自贡日报",
    "--published",
    "2022.6.2",
]


def test_awards_new_records_the_archive_names_first_then_its_own(tmp_path: Path):
    """No registry yet (an archive from before): `awards new` records 张伟 before 仉伟."""
    root = make_archive(tmp_path, {"a.md": entry("张伟的报道", ["张伟"])}, copy_entries=False)
    result = awards("new", *NEW, "--title", "仉伟的报道", "--authors", "仉伟", cwd=root)
    assert result.returncode == 0, result.stderr
    recorded = registry(root)["authors"]
    assert recorded["张伟"] == "zhang-wei" and recorded["仉伟"].startswith("zhang-wei-")
    site = built(root)
    assert h1(site.page("authors/zhang-wei/")) == "张伟"
    assert registry(root)["authors"] == recorded


def test_awards_import_records_slugs(tmp_path: Path):
    root = make_archive(tmp_path, {"a.md": entry("李怡霏的报道", ["李怡霏"])}, copy_entries=False)
    form = tmp_path / "form.txt"
    form.write_text(
        REAL_FORM.read_text(encoding="utf-8").replace("| 李怡霏 |", "| 李宜菲 |"), encoding="utf-8"
    )
    result = awards("--root", str(root), "import", str(form), cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    recorded = registry(root)
    assert recorded["authors"]["李怡霏"] == "li-yi-fei"
    assert recorded["authors"]["李宜菲"].startswith("li-yi-fei-")
    assert recorded["outlets"]["《关爱明天》杂志"] == "guan-ai-ming-tian-za-zhi"
    site = built(root)
    assert h1(site.page("authors/li-yi-fei/")) == "李怡霏"


# -- item 7: look-alike names share one page ------------------------------------------
LOOK_ALIKES = [
    ("authors", "张伟", "张\u200d伟"),  # zero-width joiner
    ("authors", "金伟", "\u2fa6伟"),  # Kangxi radical gold
    ("authors", "LiLei", "ＬｉＬｅｉ"),  # full-width
    ("outlets", "自贡日报", "自贡日报\u200b"),  # trailing zero-width space
]


@pytest.mark.parametrize("kind, plain, look_alike", LOOK_ALIKES)
def test_look_alike_names_share_one_page(tmp_path: Path, kind: str, plain: str, look_alike: str):
    assert normalise_name(look_alike) == plain
    if kind == "authors":
        entries = {"a.md": entry("一", [plain]), "b.md": entry("二", [look_alike])}
    else:
        entries = {
            "a.md": entry("一", ["张伟"], outlet=plain),
            "b.md": entry("二", ["张伟"], outlet=look_alike),
        }
    root = make_archive(tmp_path, entries, copy_entries=False)
    site = built(root)
    pages = sorted(p.parent.name for p in (site.site / kind).glob("*/index.html"))
    assert pages == [slugify(plain)] if kind == "authors" else [slugify(plain)], pages
    group = site.page(f"{kind}/{slugify(plain)}/")
    assert h1(group) == plain and "共 2 件作品" in group
    assert list(registry(root)[kind]) == [plain]
    link = f'href="../../{kind}/{slugify(plain)}/"'
    assert link in site.page("entries/a/") and link in site.page("entries/b/")


# -- item 8: reserved ids --------------------------------------------------------------
def test_id_index_is_refused_by_awards_new_and_never_generated(tmp_path: Path):
    root = make_archive(tmp_path, copy_entries=False)
    refused = awards("new", *NEW, "--title", "索引", "--authors", "张伟", "--id", "index", cwd=root)
    assert refused.returncode == 2 and "“index” 是保留字" in refused.stderr
    assert not list((root / "entries").iterdir())
    made = awards("new", *NEW, "--title", "Index", "--authors", "张伟", cwd=root)
    assert made.returncode == 0, made.stderr
    assert (root / "entries" / "index-2.md").is_file()
    assert new_entry_id("INDEX", set()) == "index-2"
    site = built(root)
    assert "Index" in h1(site.page("entries/index-2/"))


def test_id_index_is_refused_by_awards_import(tmp_path: Path):
    root = make_archive(tmp_path, copy_entries=False)
    result = awards("--root", str(root), "import", str(REAL_FORM), "--id", "index", cwd=root)
    assert result.returncode == 1 and "--id “index” 是保留字" in result.stdout
    assert not (root / "entries" / "index.md").exists()


# -- item 9: the scaffold's hint stays off the site ------------------------------------
def test_the_hint_awards_new_writes_is_not_on_the_page(tmp_path: Path):
    root = make_archive(tmp_path, copy_entries=False)
    made = awards(
        "new", *NEW, "--title", "脚手架条目", "--authors", "张伟", "--id", "scaffolded", cwd=root
    )
    assert made.returncode == 0, made.stderr
    text = (root / "entries" / "scaffolded.md").read_text(encoding="utf-8")
    assert "不会出现在网站上" in text  # the contributor still sees it
    # Entries scaffolded before keep working too, and the body around the hint is kept.
    shutil.copy(root / "entries" / "scaffolded.md", root / "entries" / "edited.md")
    edited = root / "entries" / "edited.md"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("id: scaffolded", "id: edited")
        + "\n第一段正文。\n",
        encoding="utf-8",
    )
    site = built(root)
    for page in ("entries/scaffolded/", "entries/edited/"):
        html = site.page(page)
        assert "不会出现在网站上" not in html and "在此粘贴" not in html and "&lt;!--" not in html
    assert "第一段正文。" in site.page("entries/edited/")


# -- item 6: many authors ---------------------------------------------------------------
def test_an_entry_listing_more_names_than_any_form_is_refused_quickly(tmp_path: Path):
    names = [f"作者{i}" for i in range(10_000)]
    root = make_archive(tmp_path, {"many.md": entry("一", names)}, copy_entries=False)
    start = time.monotonic()
    result = run_build(root)
    assert time.monotonic() - start < 60
    assert result.returncode == 1, result.log
    assert (
        "entries/many.md:6: authors（作者（主创人员））：列了 10000 个名字；上限为 200"
        in result.log
    )
    assert "Traceback" not in result.log


def test_an_entry_at_the_limit_builds(tmp_path: Path):
    names = [f"作者{i}" for i in range(MAX_NAMES)]
    root = make_archive(tmp_path, {"many.md": entry("一", names)}, copy_entries=False)
    start = time.monotonic()
    site = built(root)
    assert time.monotonic() - start < 120
    assert len(list((site.site / "authors").glob("*/index.html"))) == MAX_NAMES
    size = sum(p.stat().st_size for p in site.site.rglob("*.html"))
    assert size < 30_000_000, size


def test_two_branches_recording_names_merge_by_line(tmp_path: Path):
    """Two pull requests that each add a name: git merges the registry without conflict
    (schema/.gitattributes), and the result reads back with both names."""
    repo = tmp_path / "repo"
    (repo / "schema").mkdir(parents=True)
    shutil.copy(REPO / "schema" / ".gitattributes", repo / "schema" / ".gitattributes")

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", *args],
            check=True,
            capture_output=True,
        )

    def record(names: list[str]) -> None:
        reg = SlugRegistry.load(repo / REGISTRY_FILE)
        reg.assign("authors", names)
        reg.save()

    git("init", "-q", "-b", "main")
    record(["张伟", "李娜"])
    git("add", "-A")
    git("commit", "-qm", "base")
    git("checkout", "-qb", "one")
    record(["王芳"])
    git("commit", "-qam", "one")
    git("checkout", "-q", "main")
    record(["王五"])
    git("commit", "-qam", "two")
    git("merge", "-q", "--no-edit", "one")
    merged = SlugRegistry.load(repo / REGISTRY_FILE).sections["authors"]
    assert merged == {"张伟": "zhang-wei", "李娜": "li-na", "王芳": "wang-fang", "王五": "wang-wu"}


def test_awards_new_in_a_fresh_archive_records_its_names(tmp_path: Path):
    root = tmp_path / "fresh"
    root.mkdir()
    (root / "mkdocs.yml").write_text(NO_SEARCH, encoding="utf-8")
    made = awards("new", *NEW, "--title", "第一件", "--authors", "张伟", cwd=root)
    assert made.returncode == 0, made.stderr
    assert registry(root)["authors"] == {"张伟": "zhang-wei"}
