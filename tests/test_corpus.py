"""The benchmark corpus is a valid archive that looks like a real one."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from award_archive.checking.archive import load_archive
from award_archive.contract.model import DEFAULT_CATEGORIES

REPO = Path(__file__).resolve().parent.parent


def corpus_module():
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    return importlib.import_module("benchmarks.corpus")


def test_generated_corpus_validates_cleanly_and_varies(tmp_path: Path):
    corpus = corpus_module()
    paths = corpus.generate_corpus(200, tmp_path, seed=3)
    assert len(paths) == 200 and all(p.parent == tmp_path / "entries" for p in paths)
    archive = load_archive(tmp_path)
    assert archive.problems == []
    assert len(archive.entries) == 200
    assert {e.category for e in archive.entries} == set(DEFAULT_CATEGORIES)
    assert len({e.award for e in archive.entries}) >= 4
    assert len(archive.groups("outlet")) >= 60
    assert {e.length.kind for e in archive.entries if e.length} == {"characters", "seconds"}
    assert any(e.published.start.issue for e in archive.entries)
    assert any(e.published.end for e in archive.entries)
    assert max(len(e.authors) for e in archive.entries) >= 5
    lengths = [len(e.body) for e in archive.entries]
    assert min(lengths) >= 500 and max(lengths) <= 8000 + 200
    paragraphs = [p for e in archive.entries for p in e.body.split("\n\n") if not p.startswith("#")]
    assert len(set(paragraphs)) == len(paragraphs)  # no paragraph repeated


def test_same_seed_same_files_other_seed_other_files(tmp_path: Path):
    corpus = corpus_module()
    first = corpus.generate_corpus(20, tmp_path / "a", seed=1)
    again = corpus.generate_corpus(20, tmp_path / "b", seed=1)
    other = corpus.generate_corpus(20, tmp_path / "c", seed=2)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]
