"""File writing that never leaves a half-written or clobbered file."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from wenxian.errors import WenxianError

# How to fix the usual reasons a write fails, by errno.
WRITE_HINTS = {
    errno.ENOSPC: "the disk is full: free some space and run the command again (the old file is untouched)",
    errno.EDQUOT: "the disk quota is used up: free some space and run the command again",
    errno.EACCES: "the folder is not writable: change its permissions, or write somewhere else",
    errno.EPERM: "the folder is not writable: change its permissions, or write somewhere else",
    errno.EROFS: "the file system is read-only: write somewhere else",
}


def atomic_write_text(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically.

    Refuses to replace an existing file unless ``overwrite`` is true. The text
    goes to a temporary file in the same folder first and is renamed into
    place, so a crash or a full disk leaves the old file untouched.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise WenxianError(
            "refusing to overwrite an existing file",
            file=path,
            hint="pass --force to replace it, or choose another output path",
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise _write_error(path, err) from err
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise _write_error(path, err) from err


def _write_error(path: Path, err: OSError) -> WenxianError:
    return WenxianError(
        f"could not write the file: {err.strerror or err}",
        file=path,
        hint=WRITE_HINTS.get(err.errno or 0, "check that the folder exists and is writable"),
    )
