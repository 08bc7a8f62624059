"""The ``wenxian`` command line.

Each subcommand lives in :mod:`wenxian.commands` as a module with
``register(subparsers)``, which adds its parser and sets ``func`` to a
callable ``(args) -> int``. This module only wires them together and turns a
:class:`~wenxian.errors.WenxianError` into a message and an exit code — and any other exception
(a bug) into a short message and exit code 70, its traceback saved to a file rather than shown
(``WENXIAN_DEBUG=1`` lets it through).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import traceback

from wenxian import __version__
from wenxian.errors import WenxianError

# A bug's exit code (sysexits' EX_SOFTWARE), apart from the WenxianErrors' own.
EXIT_INTERNAL = 70

# Order here is the order in ``wenxian --help``.
COMMANDS = ("new", "import_", "build", "refs", "check", "serve")

EPILOG = """\
examples:
  wenxian import source/raw/article.txt --bib refs.bib
  wenxian build
  wenxian refs format refs.bib

Run 'wenxian COMMAND --help' for the options of one command.
"""


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wenxian",
        description=(
            "Compile Chinese academic articles from PDF-extracted text into "
            "annotated MyST Markdown, a cross-referenced site and PDF handouts, "
            "with GB/T 7714 references."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"wenxian {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"wenxian.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except WenxianError as err:
        print(err.format(), file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # a bug of wenxian's: a message, not a traceback, on the user's screen
        if os.environ.get("WENXIAN_DEBUG"):
            raise
        fd, path = tempfile.mkstemp(prefix="wenxian-error-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(f"wenxian {__version__}: {' '.join(sys.argv[1:] if argv is None else argv)}\n\n")
            out.write(traceback.format_exc())
        print(f"wenxian {args.command}: internal error ({type(err).__name__}: {err})\n"
              f"  this is a bug in wenxian, not a fault of the input; its details are in {path}\n"
              "  hint: please report it with that file and the input that caused it "
              "(WENXIAN_DEBUG=1 shows the traceback here)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
