"""The `award-archive` plugin's options in mkdocs.yml (`plugins: - award-archive: …`)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from award_archive.contract.archive_model import ARCHIVE_FILE
from award_archive.contract.model import DEFAULT_CATEGORIES, DEFAULT_PRIZES


class AwardArchiveConfig(Config):
    entries_dir = c.Type(str, default="entries")
    """The folder of entry files, relative to the folder of mkdocs.yml."""

    categories = c.ListOfItems(c.Type(str), default=list(DEFAULT_CATEGORIES))
    """The allowed 参评项目, in the order the site lists them."""

    prizes = c.ListOfItems(c.Type(str), default=list(DEFAULT_PRIZES))
    """The allowed 获奖等级, highest first: the order the site lists and sorts them."""

    archive_file = c.Type(str, default=ARCHIVE_FILE)
    """The archive's own model (awards, outlets, people, recommenders), relative to the
    folder of mkdocs.yml; optional: without the file every name stands for itself."""

    include_examples = c.Type(bool, default=True)
    """false: entries marked `example: true` are validated but not published."""

    search = c.Type(bool, default=True)
    """false: no search index (fast previews, benchmarks); the search page says so."""
