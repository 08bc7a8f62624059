"""A bug of wenxian's reaches the user as a message and exit code 70, never a bare traceback: the
traceback goes to a file the message names (session 13: a PDF whose ragged column no right edge was
shared by a fifth of its lines raised ValueError out of `wenxian import` as a traceback)."""

from __future__ import annotations

import re

import pytest

from wenxian import cli


def _failing_command(args) -> int:
    raise ValueError("max() arg is an empty sequence")


@pytest.fixture
def broken_new(monkeypatch):
    real = cli.make_parser

    def make_parser():
        parser = real()
        for action in parser._subparsers._group_actions:
            action.choices["new"].set_defaults(func=_failing_command)
        return parser

    monkeypatch.setattr(cli, "make_parser", make_parser)


def test_a_bug_is_a_message_and_exit_70_with_its_traceback_in_a_file(broken_new, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.delenv("WENXIAN_DEBUG", raising=False)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert cli.main(["new", str(tmp_path / "project")]) == cli.EXIT_INTERNAL == 70
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "wenxian new: internal error (ValueError: max() arg is an empty sequence)" in err
    assert "hint:" in err
    path = re.search(r"its details are in (\S+)", err).group(1)
    saved = open(path, encoding="utf-8").read()
    assert saved.startswith("wenxian ") and "Traceback" in saved and "_failing_command" in saved


def test_wenxian_debug_lets_the_traceback_through(broken_new, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("WENXIAN_DEBUG", "1")
    with pytest.raises(ValueError):
        cli.main(["new", str(tmp_path / "project")])
