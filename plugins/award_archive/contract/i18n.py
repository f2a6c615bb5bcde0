"""The language of every message a contributor reads, and its gettext catalogues.

Messages are written in English in the code, wrapped in `_()` (or `ngettext()`), and
translated from `locale/<lang>/LC_MESSAGES/awards.po`; another language is one more .po,
not code. `make install` and `make locale` compile each .po to its .mo (`main` below
); when a .mo is missing or older than its .po (a fresh clone), the .po is compiled
in memory with Babel, so the messages are never English by accident.

The language is chosen once per run: `--lang en|zh` (before or after the command name),
else `AWARDS_LANG`, else the archive's `theme.language` in mkdocs.yml, else Chinese.
"""

from __future__ import annotations

import errno
import gettext
import io
import re
import sys
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

import yaml

DOMAIN = "awards"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
SOURCE = "en"  # the language the messages are written in: no catalogue
DEFAULT = "zh"
LANGUAGES = ("en", "zh")
ENV = "AWARDS_LANG"

_current = DEFAULT
MessageId = str | tuple[str, str]  # a message, or the singular and plural of an ngettext


def language() -> str:
    return _current


def set_language(lang: str) -> None:
    global _current
    _current = normalise(lang) or DEFAULT


def normalise(lang: object) -> str | None:
    """`zh-Hans`, `zh_CN`, `ZH` -> `zh`; `en-GB` -> `en`; None for a language we have no text in."""
    if not isinstance(lang, str):
        return None
    base = lang.strip().replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


def po_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def compile_po(po: Path) -> bytes:
    """The .mo of one .po, compiled with Babel (fuzzy entries left out, as msgfmt does)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        catalog = read_po(f, domain=DOMAIN)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


@cache
def translations(lang: str) -> gettext.NullTranslations:
    return load(lang)


def load(lang: str, locale_dir: Path = LOCALE_DIR) -> gettext.NullTranslations:
    """The compiled .mo when it is there and not older than its .po, else the .po compiled
    in memory; none (the English source) for English or a language without a .po."""
    if lang == SOURCE:
        return gettext.NullTranslations()
    po = po_path(lang, locale_dir)
    mo = po.with_suffix(".mo")
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as f:
            return gettext.GNUTranslations(f)
    if po.is_file():
        return gettext.GNUTranslations(io.BytesIO(compile_po(po)))
    return gettext.NullTranslations()


def _(message: str) -> str:
    """`message` in the current language."""
    return translations(_current).gettext(message)


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is defined; `_()` translates it where used."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current).ngettext(singular, plural, n)


def described(key: str, label: str) -> str:
    """`category (参评项目)` in English, `category（参评项目）` in Chinese."""
    return _("{key} ({label})").format(key=key, label=label) if label else key


def about(what: str, message: str) -> str:
    """`category (参评项目): …` in English, `category（参评项目）：…` in Chinese."""
    return _("{what}: {message}").format(what=what, message=message) if what else message


def quoted(text: str) -> str:
    """`'消 息'` in English, `“消 息”` in Chinese: a value the contributor wrote."""
    return _("'{text}'").format(text=text)


# Choosing the language -------------------------------------------------------------------


# An OSError's reason in the catalogue (os.strerror speaks English only).
OS_ERRORS = {
    errno.ENOENT: N_("no such file or folder"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.EISDIR: N_("it is a folder"),
    errno.EEXIST: N_("it exists already"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.ELOOP: N_("too many levels of links"),
    errno.EIO: N_("input/output error"),
    errno.ENOSPC: N_("no space left on device"),
    errno.EDQUOT: N_("disk quota exceeded"),
    errno.EROFS: N_("read-only file system"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"),
    errno.EBUSY: N_("device or resource busy"),
    errno.EXDEV: N_("the target is on another device"),
    errno.EMFILE: N_("too many open files"),
    errno.ENOMEM: N_("out of memory"),
    errno.ETXTBSY: N_("the file is in use"),
    errno.EFBIG: N_("the file is too large"),
    errno.EINVAL: N_("invalid argument (often a character the file system refuses)"),
    errno.ENOTEMPTY: N_("the folder is not empty"),
}


def os_reason(error: BaseException) -> str:
    """Why a file operation failed, in the reader's language where the catalogue knows it."""
    code = getattr(error, "errno", None)
    if code in OS_ERRORS:
        return _(OS_ERRORS[code])
    words = getattr(error, "strerror", None) or str(error) or type(error).__name__
    if isinstance(code, int) and code in errno.errorcode:  # the system's words, framed
        return _("system error {name}: {words}").format(name=errno.errorcode[code], words=words)
    return words


def _option(argv: Sequence[str], name: str) -> str | None:
    """The value of `--name X` or `--name=X` anywhere in argv (before `--`)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(name + "="):
            return arg[len(name) + 1 :]
    return None


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml may hold `!!python/name:` and `!ENV` tags: read them as nothing."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def theme_language(config_file: Path) -> str | None:
    """`theme.language` of mkdocs.yml, normalised; None when absent or unreadable."""
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader)  # noqa: S506
    except (OSError, UnicodeError, yaml.YAMLError):
        return None
    theme = data.get("theme") if isinstance(data, dict) else None
    return normalise(theme.get("language")) if isinstance(theme, dict) else None


def choose(argv: Sequence[str], environ: Mapping[str, str], default_root: Path = Path(".")) -> str:
    """--lang, else AWARDS_LANG, else mkdocs.yml's theme.language, else Chinese."""
    for given in (_option(argv, "--lang"), environ.get(ENV)):
        lang = normalise(given)
        if lang:
            return lang
    root = _option(argv, "--root")
    config = (Path(root) if root else default_root) / "mkdocs.yml"
    return theme_language(config) or DEFAULT


def compile_all(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Write every .po's .mo next to it (what `make install` runs); the .mo files written."""
    written = []
    for po in sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo = po.with_suffix(".mo")
        mo.write_bytes(compile_po(po))
        written.append(mo)
    return written


def extract(package: Path = LOCALE_DIR.parent) -> dict[MessageId, set[str]]:
    """Every message the code marks (`_`, `N_`, `ngettext`), with Babel's format flags."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog()
    for filename, line, message, _comments, _context in extract_from_dir(
        str(package), method_map=[("**.py", "python")]
    ):
        catalog.add(message, locations=[(filename, line)])
    return {_id(m.id): set(m.flags) for m in catalog if m.id}


# Header lines that would change at every update: left out, so the .po changes only with
# its messages.
_VOLATILE = re.compile(
    r'^"(POT-Creation-Date|PO-Revision-Date|Report-Msgid-Bugs-To|Last-Translator|Language-Team):'
    r'[^\n]*\\n"\n',
    re.M,
)


def update(lang: str, locale_dir: Path = LOCALE_DIR) -> list[MessageId]:
    """Bring the .po of `lang` in line with the code: new messages added untranslated,
    messages gone removed, translations kept. Returns the messages still untranslated."""
    from babel.messages.pofile import read_po, write_po

    po = po_path(lang, locale_dir)
    with po.open("rb") as f:
        catalog = read_po(f, domain=DOMAIN)
    wanted = extract(locale_dir.parent)
    for message in list(catalog):
        if message.id and message.id not in wanted:
            catalog.delete(message.id)
    for msgid, flags in wanted.items():
        if msgid not in catalog:
            catalog.add(msgid, ("",) if isinstance(msgid, tuple) else "", flags=flags)
    out = io.BytesIO()
    write_po(out, catalog, width=0, sort_output=True, no_location=True)
    po.write_text(_VOLATILE.sub("", out.getvalue().decode("utf-8")), encoding="utf-8")
    return [_id(m.id) for m in catalog if m.id and not all(_strings(m.string))]


def _id(msgid: str | tuple[str, ...] | list[str]) -> MessageId:
    return msgid if isinstance(msgid, str) else (msgid[0], msgid[1])


def _strings(string: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    if string is None:
        return ("",)
    return (string,) if isinstance(string, str) else tuple(string)


def main(argv: Sequence[str] | None = None) -> int:
    """`compile` (make install, make locale) or `update` (make messages)."""
    command = list(sys.argv[1:] if argv is None else argv)
    if command == ["compile"]:
        for path in compile_all():
            print(f"compiled {path}")
        return 0
    if command == ["update"]:
        for po in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
            lang = po.parent.parent.name
            for msgid in update(lang):
                print(f"{lang}: to translate: {msgid!r}")
        return 0
    print("usage: python -c 'from award_archive.contract.i18n import main; main()' compile|update")
    return 2
