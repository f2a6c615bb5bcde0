"""Award archive: Chinese news-award entries (参评作品推荐表) as a static site."""

from award_archive.checking.archive import Archive, load_archive
from award_archive.checking.problems import Problem, Severity
from award_archive.checking.validate import Rules
from award_archive.contract.model import FIELDS, Entry

__all__ = ["FIELDS", "Archive", "Entry", "Problem", "Rules", "Severity", "load_archive"]
