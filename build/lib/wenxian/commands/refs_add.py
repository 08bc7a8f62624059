"""``wenxian refs add``: append references to refs.bib.

From GB/T 7714 lines (``wenxian refs add "[1] 习近平. …[J]. 求是, 2024(11): 4-8."``),
which are parsed and given readable keys de-duplicated against the file, or
from a BibTeX file (``--bibtex FILE``), whose keys must be new. The old file
is kept byte for byte; new entries are appended; the keys added are printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pybtex.database import Entry

from wenxian.bibfile import append_entries, read_bib, same_work
from wenxian.errors import WenxianError
from wenxian.project import find_project
from wenxian.model import ReferenceEntry
from wenxian.refparse import entries_from_reference_list, split_reference_list

DESCRIPTION = (
    "Append references to refs.bib: GB/T 7714 lines, parsed and given readable keys "
    "(de-duplicated against the file), or the entries of a BibTeX file (--bibtex), "
    "whose keys must be new. The file's old text is kept byte for byte."
)

EPILOG = """\
examples:
  wenxian refs add "习近平. 发展新质生产力是推动高质量发展的内在要求和重要着力点[J]. 求是, 2024(11): 4-8."
  wenxian refs add --bib refs.bib "[1] 马克思, 恩格斯. 马克思恩格斯文集: 第1卷[M]. 北京: 人民出版社, 2009: 533."
  wenxian refs add --bibtex new-entries.bib
"""


def register(actions: argparse._SubParsersAction) -> None:
    parser = actions.add_parser(
        "add",
        help="append GB/T 7714 lines or BibTeX entries to refs.bib",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("lines", nargs="*", metavar="LINE",
                        help="a GB/T 7714 reference line (a list, with [n] labels, is split)")
    parser.add_argument("--bibtex", type=Path, metavar="FILE",
                        help="append the entries of this BibTeX file instead")
    parser.add_argument("--bib", type=Path, metavar="PATH",
                        help="the .bib file to append to (default: the project's refs.bib)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if bool(args.lines) == bool(args.bibtex):
        raise WenxianError(
            "give either GB/T 7714 lines or --bibtex FILE",
            hint='wenxian refs add "作者. 题名[M]. 北京: 出版社, 2024." or '
            "wenxian refs add --bibtex new.bib",
        )
    bib = args.bib if args.bib is not None else find_project().bib
    existing = read_bib(bib, missing_ok=True).entries
    if args.bibtex:
        entries = list(read_bib(args.bibtex).entries.items())
    else:
        entries = _entries_from_lines(args.lines, {k.lower() for k in existing})
    for key, entry in entries:
        twin = same_work(entry, existing)
        if twin is not None:
            print(f"{bib}: warning: {key} has the title and year of {twin}, "
                  "already in the file; added anyway", file=sys.stderr)
    for key in append_entries(bib, entries):
        print(key)
    return 0


def _entries_from_lines(lines: list[str], taken: set[str]) -> list[tuple[str, Entry]]:
    """Keyed entries for the references in ``lines`` (each may hold a list)."""
    out: list[tuple[str, Entry]] = []
    for argument, text in enumerate(lines, start=1):
        refs = [ReferenceEntry(number, reference, line)
                for number, reference, line in split_reference_list(text)]
        try:
            parsed = entries_from_reference_list(refs, existing_keys=taken)
        except WenxianError as err:
            err.file = f"<argument {argument}>"
            raise
        taken |= {key.lower() for key, _ in parsed}
        out += parsed
    if not out:
        raise WenxianError("no reference in the given lines")
    return out
