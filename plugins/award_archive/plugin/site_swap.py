"""Build into a temporary folder beside the site, then swap it into place.

A build that fails half-way leaves the previous site exactly as it was; readers of the
site folder see the old site or the new one, never a mix, and never no site at all: on
Linux the two folders trade places in one atomic step (renameat2 with RENAME_EXCHANGE);
elsewhere, or where the file system cannot, two renames leave a moment without it.

A site folder that is a mount point cannot be renamed (EBUSY): the build goes into a
hidden folder inside it, and the entries inside trade places one by one (index.html is
never missing either).

A build killed half-way (SIGINT, SIGTERM, a power cut) leaves its temporary folder; each
build holds a lock on its own (flock), and the next build removes every such folder of
the site that no running build holds. Their names carry the pid: `.site.building-<pid>-…`.

Knows nothing of MkDocs.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
import tempfile
from pathlib import Path

from award_archive.contract.i18n import N_, _, about, os_reason

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no locks, stale folders stay
    fcntl = None  # type: ignore[assignment]

_locks: dict[Path, int] = {}  # temporary folder -> the open descriptor holding its lock


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _prefixes(final: Path) -> tuple[str, str]:
    return f".{final.name}.building-", f".{final.name}.old-"


def is_mount(path: Path) -> bool:
    """A mount point, bind mounts of a folder of the same file system included (which
    os.path.ismount misses)."""
    if os.path.ismount(path):
        return True
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as f:
            points = {_unescaped(line.split()[4]) for line in f if len(line.split()) > 4}
    except OSError:
        return False
    return str(path) in points


def _unescaped(text: str) -> str:
    # mountinfo writes space, tab, newline and backslash as \040, \011, \012, \134
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(code, char)
    return text


def _lock(folder: Path) -> None:
    if fcntl is None:  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    _locks[folder] = fd


def _unlock(folder: Path) -> None:
    fd = _locks.pop(folder, None)
    if fd is not None:
        os.close(fd)


def _in_use(folder: Path) -> bool:
    """Whether a running build holds `folder` (an unlockable folder is in use)."""
    if fcntl is None:  # pragma: no cover - without locks nothing is known to be stale
        return True
    if folder in _locks:
        return True
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing releases the lock at once
    return False


def remove_stale(final: Path) -> list[Path]:
    """Remove the temporary folders of `final` that killed builds left (beside it, and
    inside it when it is a mount point); the ones a running build holds stay."""
    removed = []
    for where in (final.parent, final):
        try:
            names = sorted(os.listdir(where))
        except OSError:
            continue
        for name in names:
            path = where / name
            if not name.startswith(_prefixes(final)) or path.is_symlink() or not path.is_dir():
                continue
            if not _in_use(path):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    return removed


def start(final: Path) -> Path:
    """A new empty folder next to `final` (same file system, so a rename can move it);
    inside `final` when it is a mount point."""
    final.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(final)
    where = final if final.is_dir() and is_mount(final) else final.parent
    temp = Path(tempfile.mkdtemp(prefix=f"{_prefixes(final)[0]}{os.getpid()}-", dir=where))
    temp.chmod(0o777 & ~_umask())  # mkdtemp makes it private; a site folder is not
    _lock(temp)
    return temp


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _libc_renameat2():
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # glibc older than 2.28, or no libc to load
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_renameat2 = _libc_renameat2()


def exchange(a: Path, b: Path) -> bool:
    """Swap `a` and `b` in one atomic step; False where the system or the file system
    cannot (then nothing happened). Other failures raise OSError."""
    if _renameat2 is None:
        return False
    if _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def finish(temp: Path, final: Path) -> None:
    """Put the built `temp` where `final` is; the old site is removed after."""
    try:
        if temp.parent == final:
            _swap_contents(temp, final)
        elif not os.path.lexists(final):
            os.rename(temp, final)
        elif not exchange(temp, final):
            _two_renames(temp, final)
    except OSError as exc:
        if exc.errno not in (errno.EBUSY, errno.EXDEV) or temp.parent == final:
            raise
        _swap_contents(temp, final)  # a mount point that is_mount did not see
    discard(temp)  # now holds the previous site (or nothing)


def _two_renames(temp: Path, final: Path) -> None:
    old = Path(tempfile.mkdtemp(prefix=f"{_prefixes(final)[1]}{os.getpid()}-", dir=final.parent))
    old.rmdir()  # only the unique name was wanted
    os.rename(final, old)
    try:
        os.rename(temp, final)
    except OSError:
        os.rename(old, final)  # put the previous site back
        raise
    shutil.rmtree(old, ignore_errors=True)


def _swap_contents(temp: Path, final: Path) -> None:
    """Make `final`'s entries those of `temp`, one entry at a time; the replaced ones end
    up in `temp`. Folders of other builds in progress inside `final` stay."""
    new = set(os.listdir(temp))
    held = Path(tempfile.mkdtemp(prefix=".replaced-", dir=temp))  # removed with temp
    for name in sorted(new):
        src, dst = temp / name, final / name
        if not os.path.lexists(dst):
            _move(src, dst)
        elif not _same_device(src, dst) or not exchange(src, dst):
            _move(dst, held / name)
            _move(src, dst)
    for name in sorted(os.listdir(final)):
        path = final / name
        if name in new or path == temp or (name.startswith(_prefixes(final)) and _in_use(path)):
            continue
        _move(path, held / name)


def _same_device(a: Path, b: Path) -> bool:
    try:
        return os.lstat(a).st_dev == os.lstat(b).st_dev
    except OSError:
        return False


def _move(src: Path, dst: Path) -> None:
    try:
        os.rename(src, dst)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        shutil.move(src, dst)  # another file system: copy, then remove


def discard(temp: Path) -> None:
    _unlock(temp)
    shutil.rmtree(temp, ignore_errors=True)


# -- One line for the errors of writing a site ------------------------------------------

_PERMISSIONS = N_(
    "check the folder's owner and permissions, "
    "or build into another folder (mkdocs build -d FOLDER)"
)
_ADVICE = {
    errno.ENOSPC: N_("free space and build again"),
    errno.EDQUOT: N_("free space (or raise the quota) and build again"),
    errno.EROFS: N_("build into a writable folder (mkdocs build -d FOLDER) or mount it read-write"),
    errno.EACCES: _PERMISSIONS,
    errno.EPERM: _PERMISSIONS,
    errno.EBUSY: N_("a program holds the folder: close it and build again"),
}
# Errors that come from the storage, whichever file they name.
_STORAGE = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)


def explain(exc: BaseException, final: Path, temp: Path | None, shown: str) -> str | None:
    """`site/: cannot write: no space left on device (ENOSPC); free space and build again`
    for an error writing the site (`shown` is how to name `final`), None for others."""
    if not isinstance(exc, OSError) or exc.errno not in _ADVICE:
        return None
    name = errno.errorcode.get(exc.errno, str(exc.errno))
    reason = _("{error} ({code}); {advice}").format(
        error=os_reason(exc), code=name, advice=_(_ADVICE[exc.errno])
    )
    shown = shown.rstrip("/") + "/"
    names = [Path(n).resolve() for n in (exc.filename2, exc.filename) if isinstance(n, str)]
    for target in names:  # a copy names its source first: look for the site's side
        for folder in (temp, final):
            if folder is not None and target.is_relative_to(folder):
                rel = target.relative_to(folder).as_posix()
                return about(f"{shown}{'' if rel == '.' else rel}", _cannot_write(reason))
        if target == final.parent or (
            target.parent == final.parent and target.name.startswith(_prefixes(final))
        ):
            beside = _("cannot write beside it in {folder}").format(folder=final.parent)
            return about(shown, about(beside, reason))
    if exc.errno in _STORAGE:  # the build writes nothing but the site
        return about(shown, _cannot_write(reason))
    return None


def _cannot_write(reason: str) -> str:
    return about(_("cannot write"), reason)
