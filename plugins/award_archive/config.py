"""The archive's settings as the command line needs them, read from mkdocs.yml.

The MkDocs plugin gets the same settings from MkDocs itself; this reader exists so the
command-line tool checks entries against the very lists the site build uses, without
importing MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from award_archive.checking.archive_file import read_archive_file
from award_archive.checking.validate import Rules
from award_archive.contract.archive_model import ARCHIVE_FILE
from award_archive.contract.i18n import _

PLUGIN_NAME = "award-archive"
CONFIG_FILE = "mkdocs.yml"


class ConfigError(ValueError):
    """mkdocs.yml cannot be read or the plugin's settings have the wrong shape."""


@dataclass(frozen=True)
class ArchiveConfig:
    entries_dir: str = "entries"
    rules: Rules = Rules()
    archive_file: str = ARCHIVE_FILE  # archive.yml, relative to the folder of mkdocs.yml


class _TolerantLoader(yaml.SafeLoader):
    """MkDocs configs may carry tags such as !!python/name:material.extensions.emoji.twemoji
    or !ENV; their values do not matter here, so every unknown tag reads as plain data."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("", _any_tag)


def _plugin_settings(plugins: Any) -> dict[str, Any] | None:
    """The award-archive entry of `plugins:`, which MkDocs allows as a list or a mapping."""
    items: list[Any] = list(plugins.items()) if isinstance(plugins, dict) else plugins or []
    for item in items:
        if isinstance(item, tuple):
            name, settings = item
        elif isinstance(item, dict) and len(item) == 1:
            name, settings = next(iter(item.items()))
        else:
            name, settings = item, {}
        if name == PLUGIN_NAME:
            return settings or {}
    return None


def _strings(settings: dict[str, Any], key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = settings.get(key)
    if value is None:
        return default
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            _("{file}: plugins → {plugin} → {key} must be a list of names").format(
                file=CONFIG_FILE, plugin=PLUGIN_NAME, key=key
            )
        )
    return tuple(value)


def read_config(root: Path) -> ArchiveConfig:
    """Settings from root/mkdocs.yml (defaults when there is no such file or no plugin
    entry), each award's own categories and prizes from archive.yml added to the rules."""
    config = _read_mkdocs_yml(root)
    model = read_archive_file(root, config.archive_file).model
    return replace(config, rules=config.rules.with_model(model))


def _read_mkdocs_yml(root: Path) -> ArchiveConfig:
    path = root / CONFIG_FILE
    if not path.is_file():
        return ArchiveConfig()
    try:
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_TolerantLoader)  # noqa: S506 - safe loader subclass
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as e:
        raise ConfigError(
            _("{path}: cannot be read: {reason}").format(path=path, reason=e)
        ) from None
    if not isinstance(data, dict):
        raise ConfigError(
            _("{path}: is not a MkDocs configuration (expected 'key: value' lines)").format(
                path=path
            )
        )
    settings = _plugin_settings(data.get("plugins"))
    if settings is None:
        return ArchiveConfig()
    if not isinstance(settings, dict):
        raise ConfigError(
            _("{file}: the settings of {plugin} must be 'key: value' lines").format(
                file=CONFIG_FILE, plugin=PLUGIN_NAME
            )
        )
    defaults = Rules()
    entries_dir = settings.get("entries_dir", "entries")
    if not isinstance(entries_dir, str) or not entries_dir.strip():
        raise ConfigError(
            _("{file}: plugins → {plugin} → entries_dir must be a folder name").format(
                file=CONFIG_FILE, plugin=PLUGIN_NAME
            )
        )
    rules = Rules(
        _strings(settings, "categories", defaults.categories),
        _strings(settings, "prizes", defaults.prizes),
    )
    archive_file = settings.get("archive_file", ARCHIVE_FILE)
    if not isinstance(archive_file, str) or not archive_file.strip():
        raise ConfigError(
            _("{file}: plugins → {plugin} → archive_file must be a file name").format(
                file=CONFIG_FILE, plugin=PLUGIN_NAME
            )
        )
    return ArchiveConfig(entries_dir, rules, archive_file)
