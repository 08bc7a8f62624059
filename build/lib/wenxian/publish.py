"""Publish a build without ever losing the previous one: a lock, a staging copy, a swap.

A build of the sites and PDFs writes into ``_build/site.staging/``, a copy of
the published ``_build/site/`` (file times kept, so Sphinx still rebuilds only
what changed; the doctrees stay in ``_build/doctrees/``). Only when the whole
build succeeded is the copy swapped in, by two renames: ``site`` →
``site.previous``, ``site.staging`` → ``site``. A build that fails, or is
killed at any moment (even by SIGKILL), leaves ``_build/site/`` as it was; the
next build repairs what it left (:func:`recover`).

Since the doctrees may then be ahead of the published site (Sphinx read the
changed sources but the pages it wrote were thrown away), a marker file
``_build/.unpublished`` stays until a build is published, and the build after
an unpublished one re-reads everything.

One build per project at a time: ``_build/.build.lock`` (an ``flock``, freed
by the kernel when its holder dies). A second build says that it waits, waits
for it a bounded time (``WENXIAN_BUILD_WAIT`` seconds, default 60), then
refuses with a clear message.

For tests, a build can be stopped at a named point (:func:`pause_point`), so
that a test kills it at exactly that point rather than after a guessed delay.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.project import Project

LOCK_NAME = ".build.lock"
STAGING_NAME = "site.staging"
PREVIOUS_NAME = "site.previous"
UNPUBLISHED_NAME = ".unpublished"
WAIT_VARIABLE = "WENXIAN_BUILD_WAIT"
DEFAULT_WAIT = 60.0
POLL = 0.2

# Test hook: a build reaching the point named by PAUSE_VARIABLE writes the file
# named by PAUSE_MARKER_VARIABLE and sleeps (at most PAUSE_SECONDS, then goes on),
# so that a test can kill it there. The points, in the order a build reaches them:
PAUSE_VARIABLE = "WENXIAN_PAUSE_AT"
PAUSE_MARKER_VARIABLE = "WENXIAN_PAUSE_MARKER"
PAUSE_SECONDS = 600.0
PAUSE_POINTS = (
    "staged",       # the staging copy is made, nothing built into it yet
    "mid-write",    # one variant's pages are written into the staging copy, the build goes on
    "before-swap",  # every output is built, the site not yet swapped
    "mid-swap",     # between the swap's two renames: no _build/site/ at all
)


@dataclass(frozen=True)
class StagedProject(Project):
    """The project as a build sees it: its site is the staging copy."""

    staging: Path = Path()

    @property
    def site(self) -> Path:
        return self.staging


def staging_dir(project: Project) -> Path:
    return project.build / STAGING_NAME


def previous_dir(project: Project) -> Path:
    return project.build / PREVIOUS_NAME


def lock_wait() -> float:
    """Seconds a build waits for another one: ``WENXIAN_BUILD_WAIT``, or the default."""
    value = os.environ.get(WAIT_VARIABLE, "")
    try:
        return max(0.0, float(value)) if value.strip() else DEFAULT_WAIT
    except ValueError:
        raise WenxianError(
            f"{WAIT_VARIABLE} is not a number of seconds: {value!r}",
            hint=f"set it to a number, e.g. {WAIT_VARIABLE}=30, or unset it (default {DEFAULT_WAIT:g})",
        ) from None


def pause_point(name: str) -> None:
    """Stop here if a test asked to (``WENXIAN_PAUSE_AT=name``); otherwise do nothing.

    The marker file is written once per build (the first process that gets
    there, a worker included), then this process sleeps until it is killed.
    """
    if os.environ.get(PAUSE_VARIABLE) != name:
        return
    marker = os.environ.get(PAUSE_MARKER_VARIABLE)
    if marker:
        with contextlib.suppress(FileExistsError):
            with open(marker, "x", encoding="utf-8") as out:
                out.write(f"{name} {os.getpid()}\n")
    time.sleep(PAUSE_SECONDS)


def _os_error(err: OSError, path: Path, doing: str) -> WenxianError:
    hint = "free some disk space and build again" if err.errno == errno.ENOSPC else (
        "make _build/ writable (or remove it) and build again")
    return WenxianError(f"could not {doing}: {err.strerror or err}", file=path, hint=hint)


@contextlib.contextmanager
def build_lock(project: Project, wait: float | None = None) -> Iterator[Path]:
    """Hold the project's build lock; wait at most ``wait`` seconds for it, then refuse."""
    wait = lock_wait() if wait is None else wait
    path = project.build / LOCK_NAME
    try:
        project.build.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise _os_error(err, path, "create the build lock") from err
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told and wait > 0:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
                    print(f"{path}: note: another build of this project is running (process {holder}); "
                          f"waiting for it, at most {wait:g} s", file=sys.stderr, flush=True)
                    told = True
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
                    raise WenxianError(
                        f"another build of this project is running (process {holder}); "
                        f"waited {wait:g} s for it",
                        file=path,
                        hint=f"let it finish and build again, or stop it; {WAIT_VARIABLE}=SECONDS "
                        "sets how long a build waits",
                    ) from None
                time.sleep(POLL)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield path
    finally:
        os.close(fd)  # frees the lock (the kernel frees it too if this process dies)


def recover(project: Project) -> bool:
    """Repair what an interrupted build left; whether the last build went unpublished.

    Held under :func:`build_lock`. A swap cut between its two renames left
    ``site.previous`` and no ``site``: the previous site is put back.
    """
    site, previous, staging = project.site, previous_dir(project), staging_dir(project)
    if previous.exists() and not site.exists():
        os.replace(previous, site)
    shutil.rmtree(previous, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)
    return (project.build / UNPUBLISHED_NAME).exists()


def begin(project: Project) -> StagedProject:
    """Copy the published site to the staging folder (file times kept); mark the build unpublished."""
    staging = staging_dir(project)
    try:
        (project.build / UNPUBLISHED_NAME).write_text("a build started and was not published yet\n", encoding="utf-8")
        if project.site.is_dir():
            shutil.copytree(project.site, staging, symlinks=True)
        else:
            staging.mkdir(parents=True)
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise _os_error(err, staging, "prepare the build folder") from err
    return StagedProject(project.root, staging)


def publish(project: Project) -> None:
    """Swap the finished staging folder in as the site; drop the old one."""
    site, previous, staging = project.site, previous_dir(project), staging_dir(project)
    try:
        if site.exists():
            os.replace(site, previous)
            pause_point("mid-swap")
        os.replace(staging, site)
        (project.build / UNPUBLISHED_NAME).unlink(missing_ok=True)
    except OSError as err:
        raise _os_error(err, site, "publish the built site") from err
    shutil.rmtree(previous, ignore_errors=True)


def discard(project: Project) -> None:
    """Throw the staging folder away (a failed build); the site stays as published."""
    shutil.rmtree(staging_dir(project), ignore_errors=True)


def published_path(project: Project, path: Path) -> Path:
    """Where a file built at ``path`` in the staging folder is once published."""
    try:
        return project.site / Path(path).relative_to(staging_dir(project))
    except ValueError:
        return Path(path)


@contextlib.contextmanager
def staged_build(project: Project, wait: float | None = None) -> Iterator[tuple[StagedProject, bool]]:
    """Lock, recover, stage; yield the staged project and whether to re-read everything; publish on success."""
    with build_lock(project, wait):
        stale = recover(project)
        staged = begin(project)
        pause_point("staged")
        try:
            yield staged, stale
        except BaseException:
            discard(project)
            raise
        pause_point("before-swap")
        publish(project)
