"""Running the engine in tests: `build` in this process through MkDocs' own API and
`serve` in a thread of it (the default: no interpreter start, MkDocs, Material, pypinyin
and OpenCC imported once per session), or the real CLI in a subprocess (the smoke tests,
and tests that vary what only a new process shows: the hash seed, the CLI's own behaviour).

Both give the same exit code and log text: the CLI's `LEVEL    -  message` lines, and
`Aborted with …` / `Error: …` / a traceback as the CLI prints them; both write the same
site, byte for byte."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import jinja2

BIN = Path(sys.executable).parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # MkDocs 1.6.x: its notice about 2.0

# The engine the build tests drive: mkdocs, or ProperDocs (its maintained fork) in the venv
# `make test-properdocs` makes, where mkdocs is not installed.
ENGINE = (
    "mkdocs" if (BIN / "mkdocs").exists() or not (BIN / "properdocs").exists() else "properdocs"
)
if ENGINE == "properdocs":
    import properdocs.replacement  # noqa: F401  (`import mkdocs` in tests and plugin: ProperDocs)

# MkDocs logs under "mkdocs"; ProperDocs under "properdocs".
ENGINE_LOGGERS = ("mkdocs", "properdocs")
LOG_FORMAT = "%(levelname)-8s-  %(message)s"  # the CLI's, when its output is not a terminal

# Python's own warning filters at start-up (no -W), which the CLI's process runs under; the
# tests' `filterwarnings = error` must not turn a library's warning into a failed build.
STARTUP_FILTERS = (
    ("default", DeprecationWarning, "__main__"),
    ("ignore", DeprecationWarning, ""),
    ("ignore", PendingDeprecationWarning, ""),
    ("ignore", ImportWarning, ""),
    ("ignore", ResourceWarning, ""),
)

# The CLI flags the API build understands, as load_config options; others run the CLI.
API_FLAGS = {"--strict": ("strict", True), "-s": ("strict", True), "--no-strict": ("strict", False)}


def api_options(extra: Sequence[str]) -> dict[str, object] | None:
    """load_config's options for `extra` CLI flags; None when only the CLI knows one."""
    options: dict[str, object] = {}
    for flag in extra:
        if flag not in API_FLAGS:
            return None
        key, value = API_FLAGS[flag]
        options[key] = value
    return options


def cli_build(root: Path, site: Path, extra: Sequence[str]) -> tuple[int, str]:
    """The real `mkdocs build` in a subprocess, as a user runs it: (exit code, output)."""
    proc = subprocess.run(
        [str(BIN / ENGINE), "build", "-f", str(root / "mkdocs.yml"), "-d", str(site), *extra],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return proc.returncode, proc.stdout + proc.stderr


def api_build(root: Path, site: Path, options: dict[str, object]) -> tuple[int, str]:
    """What `mkdocs build -f root/mkdocs.yml -d site` does (the CLI's build_command), in this
    process: (exit code, the CLI's stdout + stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with isolated_build(root, err), shared_theme_work():
        code = _build(root, site, options, out, err)
    return code, out.getvalue() + err.getvalue()


def _build(
    root: Path, site: Path, options: dict[str, object], out: io.StringIO, err: io.StringIO
) -> int:
    import click
    from mkdocs import config, exceptions
    from mkdocs.commands import build

    try:
        cfg = config.load_config(
            config_file=str(root / "mkdocs.yml"), site_dir=str(site), **options
        )
        cfg.plugins.on_startup(command="build", dirty=False)
        try:
            build.build(cfg, dirty=False)
        finally:
            cfg.plugins.on_shutdown()
    except exceptions.Abort as e:  # click prints it on stdout, after a blank line
        out.write("\n" + e.format_message() + "\n")
        return e.exit_code
    except click.ClickException as e:
        err.write(f"Error: {e.format_message()}\n")
        return e.exit_code
    except Exception:  # the CLI's process would end with the traceback
        err.write(traceback.format_exc())
        return 1
    return 0


_RUNNING: list[Path] = []


@contextlib.contextmanager
def isolated_build(root: Path, stream: io.StringIO) -> Iterator[None]:
    """Run a build as if in a new process, and put back what it changes in this one: the
    engine's loggers (the CLI's handler and level, captured into `stream`), the plugin
    instances MkDocs keeps between builds, the working folder, os.environ (the plugin sets
    SOURCE_DATE_EPOCH only when unset), the messages' language, the warning filters."""
    from mkdocs import __main__ as cli
    from mkdocs.commands import build
    from mkdocs.utils import DuplicateFilter

    from award_archive.contract import i18n

    # One at a time: a build inside an in-process serve would take its loggers and plugin.
    assert not _RUNNING, "an in-process build inside another (or a serve): pass cli=True"
    _RUNNING.append(root)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    loggers = [logging.getLogger(name) for name in ENGINE_LOGGERS]
    saved = [(lg, lg.level, lg.propagate, lg.handlers[:]) for lg in loggers]
    filters = build.log.filters[:]
    cwd, environ, language = os.getcwd(), dict(os.environ), i18n.language()
    forget_plugins()
    for lg in loggers:
        lg.setLevel(logging.INFO)
        lg.propagate = False
        lg.handlers = [handler]
    build.log.addFilter(DuplicateFilter())  # the CLI's _enable_warnings
    os.chdir(root)
    try:
        with warnings.catch_warnings():
            warnings.resetwarnings()
            for action, category, module in reversed(STARTUP_FILTERS):
                warnings.filterwarnings(action, category=category, module=module)
            warnings.simplefilter("module", DeprecationWarning)
            warnings.showwarning = cli._showwarning
            yield
    finally:
        os.chdir(cwd)
        _restore_environ(environ)
        i18n.set_language(language)
        build.log.filters[:] = filters
        for lg, level, propagate, handlers in saved:
            lg.setLevel(level)
            lg.propagate = propagate
            lg.handlers = handlers
        forget_plugins()
        _RUNNING.clear()


def forget_plugins() -> None:
    """MkDocs keeps the instance of a plugin that has on_startup (ours) between builds in one
    process, for `serve`: each build of a test starts with a new one, as in a new process."""
    from mkdocs.config.defaults import MkDocsConfig

    dict(MkDocsConfig._schema)["plugins"].plugin_cache.clear()


def _restore_environ(saved: dict[str, str]) -> None:
    for key in set(os.environ) - set(saved):
        del os.environ[key]
    for key, value in saved.items():
        if os.environ.get(key) != value:
            os.environ[key] = value


# The `serve` flags the API serve understands, as serve() options; others run the CLI.
SERVE_FLAGS = {"--no-livereload": ("livereload", False), "--livereload": ("livereload", True)}


def serve_options(extra: Sequence[str]) -> dict[str, object] | None:
    options: dict[str, object] = {}
    for flag in extra:
        if flag not in SERVE_FLAGS:
            return None
        key, value = SERVE_FLAGS[flag]
        options[key] = value
    return options


@contextlib.contextmanager
def api_serve(
    root: Path, port: int, options: dict[str, object], log: Path | None
) -> Iterator[None]:
    """What `mkdocs serve -f root/mkdocs.yml -a 127.0.0.1:PORT` does, in a thread of this
    process, its log written to `log`; stopped on exit as Ctrl-C stops the CLI's."""
    from mkdocs.commands import serve

    servers: list[serve.LiveReloadServer] = []

    class Recorded(serve.LiveReloadServer):  # the server serve() makes, to stop it
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            servers.append(self)

    def run() -> None:
        try:
            serve.serve(config_file=yml, dev_addr=f"127.0.0.1:{port}", **options)
        except Exception:  # the CLI's process would end with it
            stream.write(traceback.format_exc())

    yml = str(root / "mkdocs.yml")
    stream = log.open("w", encoding="utf-8") if log else io.StringIO()
    thread = threading.Thread(target=run, name=f"mkdocs serve {port}", daemon=True)
    made = serve.LiveReloadServer
    try:
        with isolated_build(root, stream), shared_theme_work():
            serve.LiveReloadServer = Recorded  # type: ignore[misc]
            thread.start()
            try:
                yield
            finally:
                _stop(servers, thread)
                serve.LiveReloadServer = made  # type: ignore[misc]
    finally:
        stream.close()


def _stop(servers: list[Any], thread: threading.Thread) -> None:
    deadline = time.monotonic() + 60
    while not servers and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    if servers:
        servers[0].shutdown()
    thread.join(timeout=60)
    assert not thread.is_alive(), "mkdocs serve did not stop"


# What every build of a session does again with the same installed files: compiling the
# theme's Jinja templates (a cache keyed by each template's source, as Jinja's own
# bytecode caches are) and listing the installed theme folders (Material's: ~14,500 files).
# Folders of a test's own archive (a custom_dir) are listed afresh on every build.
INSTALLED = (Path(sys.prefix).resolve(), Path(__file__).resolve().parent.parent / "plugins")
_LISTED: dict[tuple[str, bool], list[str]] = {}


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates in memory; Jinja resets a bucket whose template's source changed."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


_BYTECODE = MemoryBytecodeCache()
_list_templates = jinja2.FileSystemLoader.list_templates


def _listed(loader: jinja2.FileSystemLoader) -> list[str]:
    """FileSystemLoader.list_templates, each installed folder walked once per session."""
    found: set[str] = set()
    for path in loader.searchpath:
        one = jinja2.FileSystemLoader([path], followlinks=loader.followlinks)
        if not _installed(path):
            found.update(_list_templates(one))
            continue
        key = (path, loader.followlinks)
        if key not in _LISTED:
            _LISTED[key] = _list_templates(one)
        found.update(_LISTED[key])
    return sorted(found)


def _installed(path: str) -> bool:
    return any(Path(path).resolve().is_relative_to(p) for p in INSTALLED)


# The theme's static files, as MkDocs picks them from the listing (~14,500 names matched
# against its patterns): once per installed theme and set of patterns.
_THEME_FILES: dict[tuple[object, ...], list[str]] = {}


def _theme_files_once(add: Any) -> Any:
    """Files.add_files_from_theme, its env.list_templates(filter_func=…) answered from
    _THEME_FILES when every theme folder is installed (a test's custom_dir is listed anew)."""
    from mkdocs import utils

    def add_from_theme(self: Any, env: jinja2.Environment, config: Any) -> None:
        dirs = tuple(config.theme.dirs)
        if not all(_installed(d) for d in dirs):
            return add(self, env, config)
        key = (dirs, tuple(config.theme.static_templates), tuple(utils.markdown_extensions))
        list_templates = env.list_templates

        def listed(*args: Any, **kwargs: Any) -> list[str]:
            if key not in _THEME_FILES:
                _THEME_FILES[key] = list_templates(*args, **kwargs)
            return list(_THEME_FILES[key])

        env.list_templates = listed  # type: ignore[method-assign]
        try:
            return add(self, env, config)
        finally:
            del env.list_templates

    return add_from_theme


@contextlib.contextmanager
def shared_theme_work() -> Iterator[None]:
    from mkdocs.structure.files import Files
    from mkdocs.theme import Theme

    get_env = Theme.get_env
    add_files_from_theme = Files.add_files_from_theme

    def cached_env(self: Theme) -> jinja2.Environment:
        env = get_env(self)
        env.bytecode_cache = _BYTECODE
        return env

    Theme.get_env = cached_env  # type: ignore[method-assign]
    jinja2.FileSystemLoader.list_templates = _listed  # type: ignore[method-assign]
    Files.add_files_from_theme = _theme_files_once(add_files_from_theme)  # type: ignore[method-assign]
    try:
        yield
    finally:
        Files.add_files_from_theme = add_files_from_theme  # type: ignore[method-assign]
        Theme.get_env = get_env  # type: ignore[method-assign]
        jinja2.FileSystemLoader.list_templates = _list_templates  # type: ignore[method-assign]
