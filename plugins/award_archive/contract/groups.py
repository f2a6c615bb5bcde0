"""The kinds of group the site has a page for: one line per kind.

A group is every entry sharing one value of a field (one category, one outlet, one
author…). The archive groups entries by this table, the site builds an overview page and
one page per value from it, entry pages link each value, the table's data file carries
each kind's names and slugs, and the slug registry has one section per kind. Adding a
kind is adding a line here.
"""

from __future__ import annotations

from dataclasses import dataclass

from award_archive.contract.model import FIELDS_BY_KEY, Entry


@dataclass(frozen=True)
class GroupKind:
    key: str  # the kind's name in templates, in the table data and in link()
    field: str  # the Entry attribute whose values are grouped
    many: bool  # the attribute holds a list of names (authors), else one name or ""
    folder: str  # URL folder (`<folder>/<slug>/`, `<folder>/`) and slug registry section
    title: str  # the overview page's title (and its nav entry)
    # The Rules attribute listing the configured order ("categories"); empty: the
    # overview is in pinyin order with an A–Z index.
    configured: str = ""

    @property
    def label(self) -> str:
        """The field's label in the one label table (model.FIELDS): table columns."""
        return FIELDS_BY_KEY[self.field].label

    @property
    def pinyin(self) -> bool:
        return not self.configured

    def values(self, e: Entry) -> list[str]:
        """The names this entry is grouped under (empty values are not a group)."""
        value = getattr(e, self.field)
        names = value if self.many else [value]
        return [n for n in names if n]


GROUP_KINDS: tuple[GroupKind, ...] = (
    GroupKind("category", "category", False, "categories", "参评项目", configured="categories"),
    GroupKind("outlet", "outlet", False, "outlets", "刊播单位"),
    GroupKind("author", "authors", True, "authors", "作者"),
    GroupKind("recommender", "recommender", False, "recommenders", "推荐单位"),
    GroupKind("prize", "prize", False, "prizes", "获奖等级", configured="prizes"),
)
KIND: dict[str, GroupKind] = {k.key: k for k in GROUP_KINDS}
# Awards have no group page (their editions do) but their slugs are recorded too.
AWARDS_SECTION = "awards"
# Front-matter key -> slug registry section, for every name that gets a URL.
SECTION_OF_FIELD: dict[str, str] = {k.field: k.folder for k in GROUP_KINDS} | {
    "award": AWARDS_SECTION
}
