"""Importing nomination forms (参评作品推荐表) from .txt/.md and .docx into entries."""

from award_archive.authoring.importer.core import Options, Outcome, import_files, import_form

__all__ = ["Options", "Outcome", "import_files", "import_form"]
