"""``wenxian refs fmt``: rewrite refs.bib in the canonical layout, or check it is.

The layout is :func:`wenxian.bibfmt.write_bib`'s. Nothing is lost: comments,
``@string``, ``@preamble``, unknown types and fields are kept; the rewritten
text is parsed again and compared with the original before it is saved.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from wenxian.bibfmt import parse_bib, read_bib_document, write_bib
from wenxian.errors import WenxianError
from wenxian.fsutil import atomic_write_text
from wenxian.project import find_project

EPILOG = """\
examples:
  wenxian refs fmt                 # rewrite the project's refs.bib
  wenxian refs fmt --check         # exit 1 if refs.bib is not in the canonical layout (CI)
  wenxian refs fmt --diff other.bib
"""


def register(actions: argparse._SubParsersAction) -> None:
    parser = actions.add_parser(
        "fmt",
        help="rewrite refs.bib in one canonical layout (--check for CI)",
        description="Rewrite .bib files in one canonical layout: lower-case types and field "
        "names, fields in a fixed order, values in braces, aligned names, one blank line "
        "between entries. Comments, @string, @preamble and unknown fields are kept.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE.bib",
                        help="the files (default: the project's refs.bib)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a file is not canonical")
    parser.add_argument("--diff", action="store_true",
                        help="change nothing; print what would change")
    parser.set_defaults(func=run)


def canonical(path: Path) -> tuple[str, str]:
    """The file's text and its canonical text (checked to say the same)."""
    doc = read_bib_document(path)
    old = path.read_bytes().decode("utf-8")
    new = write_bib(doc)
    if parse_bib(new, path).data() != doc.data():  # pragma: no cover - a writer bug
        raise WenxianError("the canonical layout would change the file's data; "
                           "nothing was written", file=path,
                           hint="report this file to the wenxian maintainers")
    return old, new


def run(args: argparse.Namespace) -> int:
    files = args.files or [find_project().bib]
    status = 0
    for path in files:
        old, new = canonical(path)
        if old == new:
            if not (args.check or args.diff):
                print(f"{path}: already canonical")
            continue
        if args.check:
            print(f"{path}: not in the canonical layout (run: wenxian refs fmt {path})")
            status = 1
        elif args.diff:
            sys.stdout.writelines(difflib.unified_diff(
                old.splitlines(True), new.splitlines(True), f"{path}", f"{path} (canonical)"))
            status = 1
        else:
            atomic_write_text(path, new, overwrite=True)
            print(f"{path}: rewritten")
    return status
