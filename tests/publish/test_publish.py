"""Never lose a published site: staging and swap, a killed or failed build, the lock.

Each test builds a small project (the ``articles-index`` test root laid out as
a wenxian project) with the real ``wenxian build site`` path, then breaks a
build in one way and checks that ``_build/site/`` is byte for byte what the
last good build published, and that the next build repairs what was left.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.script.sites import project_from_root
from wenxian.errors import WenxianError
from wenxian.project import Project
from wenxian.publish import (
    LOCK_NAME,
    PAUSE_MARKER_VARIABLE,
    PAUSE_VARIABLE,
    PREVIOUS_NAME,
    STAGING_NAME,
    UNPUBLISHED_NAME,
    build_lock,
    recover,
)

WENXIAN = Path(sys.executable).parent / "wenxian"


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under ``root`` (relative path → SHA-256 of its bytes)."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def build(project: Project, *extra: str, wait: str = "60") -> subprocess.CompletedProcess:
    env = {**os.environ, "WENXIAN_BUILD_WAIT": wait}
    return subprocess.run(
        [str(WENXIAN), "build", "site", "--project", str(project.root), *extra],
        capture_output=True, text=True, env=env, timeout=300,
    )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    later = time.time() + 2  # newer than anything built before, whatever the clock's grain
    os.utime(path, (later, later))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = project_from_root("articles-index", tmp_path_factory.mktemp("publish") / "project")
    done = build(project)
    assert done.returncode == 0, done.stderr
    return project


@pytest.fixture
def built(template: Project, tmp_path: Path) -> Project:
    """A copy of the built project (file times kept: its next build is incremental)."""
    shutil.copytree(template.root, tmp_path / "project", symlinks=True)
    return Project(tmp_path / "project")


def assert_clean(project: Project) -> None:
    assert not (project.build / STAGING_NAME).exists()
    assert not (project.build / PREVIOUS_NAME).exists()


def test_a_build_publishes_the_whole_site_and_leaves_no_staging(built: Project) -> None:
    assert (built.site / "zh-Hans" / "alpha.html").is_file()
    assert (built.site / "zh-Hant" / "alpha.html").is_file()
    assert (built.site / "index.html").is_file()
    assert not (built.build / UNPUBLISHED_NAME).exists()
    assert_clean(built)


def test_an_unchanged_rebuild_rewrites_no_page(built: Project) -> None:
    assert build(built).returncode == 0  # in this folder (Sphinx's doctrees name their folder)
    page = built.site / "zh-Hans" / "alpha.html"
    before = page.stat().st_mtime_ns
    done = build(built)
    assert done.returncode == 0, done.stderr
    assert page.stat().st_mtime_ns == before  # incremental: the staging copy kept file times


def test_a_failed_build_leaves_the_site_intact_and_the_next_one_rereads_all(built: Project) -> None:
    before = tree_digest(built.site)
    # An entry edit (seen by alpha and beta through refs.bib only) plus a page
    # that fails the strict build: Sphinx reads the new entry into its
    # doctrees, but the pages it wrote must not be published.
    edit(built.conf / "refs.bib", "一篇论文", "一篇改过题目的论文")
    edit(built.source / "notes.md", "\n", "\n\n{cite:p}`no-such-key`\n")
    failed = build(built, "--strict")
    assert failed.returncode == 1, failed.stderr
    assert "Traceback" not in failed.stderr and "no-such-key" in failed.stderr
    assert tree_digest(built.site) == before
    assert_clean(built)
    assert (built.build / UNPUBLISHED_NAME).exists()

    edit(built.source / "notes.md", "\n\n{cite:p}`no-such-key`\n", "\n")
    done = build(built, "--strict")
    assert done.returncode == 0, done.stderr
    assert "一篇改过题目的论文" in (built.site / "zh-Hans" / "alpha.html").read_text(encoding="utf-8")
    assert "一篇改過題目的論文" in (built.site / "zh-Hant" / "beta.html").read_text(encoding="utf-8")
    assert not (built.build / UNPUBLISHED_NAME).exists()
    assert_clean(built)


def kill_at(project: Project, point: str, tmp_path: Path) -> None:
    """Start ``wenxian build site``, let it reach ``point`` (:func:`wenxian.publish.pause_point`), SIGKILL it there."""
    marker, log = tmp_path / "paused", tmp_path / "build.log"
    env = {**os.environ, PAUSE_VARIABLE: point, PAUSE_MARKER_VARIABLE: str(marker)}
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [str(WENXIAN), "build", "site", "--project", str(project.root)],
            stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )
    # Waits for an event, not for a time: the marker appears when the build is
    # at the point, whatever the machine's speed (the bound only stops a hang).
    deadline = time.monotonic() + 600
    while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if not marker.exists():
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail(f"the build never reached {point!r}: exit {process.wait(30)}\n{log.read_text()}")
    os.killpg(process.pid, signal.SIGKILL)  # the build and its worker processes
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL


NEW_TEXT = {"zh-Hans": "甲说（新写的一句）", "zh-Hant": "甲說（新寫的一句）"}


def staged_pages_with_the_edit(project: Project) -> list[str]:
    """The variants whose alpha.html in the staging copy already shows the edit."""
    staged = project.build / STAGING_NAME
    return [variant for variant, text in NEW_TEXT.items()
            if (staged / variant / "alpha.html").is_file()
            and text in (staged / variant / "alpha.html").read_text(encoding="utf-8")]


@pytest.mark.parametrize("point", ["staged", "mid-write", "before-swap"])
def test_a_build_killed_halfway_leaves_the_site_intact(built: Project, tmp_path: Path, point: str) -> None:
    before = tree_digest(built.site)
    edit(built.source / "alpha.md", "甲说", NEW_TEXT["zh-Hans"])
    kill_at(built, point, tmp_path)
    # Where the build was when it died: at that point, not before or after it.
    assert (built.build / STAGING_NAME).is_dir()
    written = staged_pages_with_the_edit(built)
    # staged: none yet; mid-write: one variant at least (the other may be writing); before-swap: both.
    assert len(written) in {"staged": {0}, "mid-write": {1, 2}, "before-swap": {2}}[point], written
    assert tree_digest(built.site) == before

    done = build(built)
    assert done.returncode == 0, done.stderr
    assert NEW_TEXT["zh-Hans"] in (built.site / "zh-Hans" / "alpha.html").read_text(encoding="utf-8")
    assert_clean(built)


def test_a_build_killed_between_the_swaps_renames_is_put_back(built: Project, tmp_path: Path) -> None:
    before = tree_digest(built.site)
    edit(built.source / "alpha.md", "甲说", NEW_TEXT["zh-Hans"])
    kill_at(built, "mid-swap", tmp_path)
    assert not built.site.exists()  # killed right after the first rename
    assert tree_digest(built.build / PREVIOUS_NAME) == before
    assert recover(built) is True  # what the next build does first
    assert tree_digest(built.site) == before
    assert_clean(built)

    done = build(built)
    assert done.returncode == 0, done.stderr
    assert NEW_TEXT["zh-Hans"] in (built.site / "zh-Hans" / "alpha.html").read_text(encoding="utf-8")
    assert_clean(built)


def test_a_second_build_waits_a_bounded_time_then_refuses(built: Project) -> None:
    before = tree_digest(built.site)
    with build_lock(built, wait=0):
        started = time.monotonic()
        refused = build(built, wait="0.5")
        waited = time.monotonic() - started
    assert refused.returncode == 2
    assert f"{built.build / LOCK_NAME}: error: another build of this project is running (process {os.getpid()})" in refused.stderr
    assert "hint:" in refused.stderr and "WENXIAN_BUILD_WAIT" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert waited >= 0.5
    assert tree_digest(built.site) == before


def test_a_second_build_says_it_waits_and_runs_once_the_first_is_done(built: Project) -> None:
    with build_lock(built, wait=0):
        second = subprocess.Popen(
            [str(WENXIAN), "build", "site", "--project", str(built.root)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "WENXIAN_BUILD_WAIT": "600"},
        )
        # The lock is released once the second build says it is waiting for it:
        # an event, not a guessed delay.
        told = ""
        for line in second.stderr:
            told += line
            if "waiting for it" in line:
                break
        assert f"{built.build / LOCK_NAME}: note: another build of this project is running (process {os.getpid()}); " \
               "waiting for it, at most 600 s" in told, told
        assert second.poll() is None
    rest = second.stderr.read()
    assert second.wait(timeout=300) == 0, told + rest
    assert "Traceback" not in told + rest
    assert (built.site / "zh-Hans" / "alpha.html").is_file()


def test_the_lock_of_a_killed_build_is_free(built: Project) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from wenxian.project import Project; from wenxian.publish import build_lock\n"
         "with build_lock(Project(__import__('pathlib').Path(sys.argv[1])), wait=0):\n"
         "    print('held', flush=True); time.sleep(60)",
         str(built.root)],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(WenxianError, match="another build of this project is running"):
        with build_lock(built, wait=0):
            pass
    holder.kill()
    holder.wait(10)
    with build_lock(built, wait=1):
        pass


def test_a_wait_that_is_not_a_number_is_refused(built: Project, monkeypatch) -> None:
    monkeypatch.setenv("WENXIAN_BUILD_WAIT", "soon")
    with pytest.raises(WenxianError, match="WENXIAN_BUILD_WAIT is not a number") as caught:
        with build_lock(built):
            pass
    assert "hint" not in caught.value.message and caught.value.hint
