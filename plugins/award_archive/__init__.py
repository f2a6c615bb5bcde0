"""Award archive: Chinese news-award entries (参评作品推荐表) as a static site."""

from .archive import Archive, load_archive
from .model import FIELDS, Entry
from .problems import Problem, Severity
from .validate import Rules

__all__ = ["FIELDS", "Archive", "Entry", "Problem", "Rules", "Severity", "load_archive"]
