"""``wenxian refs format``: print a .bib file as GB/T 7714 reference lines.

One line per entry, ``key<TAB>text``: file order for the numeric system,
the standard's order for author-year.
"""

from __future__ import annotations

import argparse
import sys

from wenxian.gbt7714 import EDITIONS, SYSTEMS, format_bibliography
from wenxian.bibfile import read_bib
from wenxian.errors import WenxianError

EPILOG = """\
examples:
  wenxian refs format refs.bib
  wenxian refs format --edition 2015 refs.bib
  wenxian refs format --system author-year refs.bib | cut -f2
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "format",
        help="print refs.bib as GB/T 7714 reference lines (key TAB text)",
        description="Format every entry of a .bib file by GB/T 7714 and print one line per "
        "entry: the key, a tab, the reference text (without the [n] label).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("bib", metavar="FILE.bib", help="the BibTeX/biblatex file")
    parser.add_argument("--edition", choices=EDITIONS, default="2025",
                        help="edition of GB/T 7714 (default: %(default)s)")
    parser.add_argument("--system", choices=SYSTEMS, default="numeric",
                        help="numeric (顺序编码制, file order) or author-year "
                        "(著者-出版年制, sorted); default: %(default)s")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Every entry that can be read is printed; a repeated key or a syntax error
    is reported on stderr (the rest is printed) and the exit status is 1."""
    repeated: list[WenxianError] = []
    bib = read_bib(args.bib, repeated=repeated)
    lines = format_bibliography(bib, edition=args.edition, system=args.system)
    out = sys.stdout
    for key, text in lines:
        out.write(f"{key}\t{text}\n")
    for err in repeated:
        note = ("\n  (the first entry with this key was printed)" if "repeated" in err.message
                else "\n  (every entry was read and printed)" if "UTF-8" in err.message
                else "\n  (the rest of the file was printed)")
        sys.stderr.write(err.format().replace(": error: ", ": warning: ", 1) + note + "\n")
    return 1 if repeated else 0
