"""``wenxian new DIR``: start a project (configuration, start page, refs.bib) in a new folder."""

from __future__ import annotations

import argparse

from wenxian.scaffold import EDITIONS, NEXT_STEPS, SYSTEMS, create_project

EPILOG = """\
examples:
  wenxian new my-journal
  wenxian new my-journal --title "经济研究论文选"
  wenxian new . --fill              # add the missing project files to this folder
  wenxian new econ-papers --citations author-year   # （张三，2015） instead of [1]
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "new",
        help="start a new project in a folder",
        description="Write a new wenxian project into DIR: conf/conf.py (GB/T 7714-2025, "
        "Simplified and Traditional sites, every setting commented), conf/phrases.tsv, the PDF "
        "handouts' LaTeX style, source/index.md, source/raw/, an empty refs.bib, .gitignore and "
        "a README. A folder that is not empty is refused unless --fill; no file is ever replaced.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("dir", metavar="DIR", help="the project folder (created if missing)")
    parser.add_argument("--title", help="the journal's or collection's name (default: the folder's name)")
    parser.add_argument(
        "--fill", action="store_true",
        help="write into a folder that is not empty, adding only the files it lacks",
    )
    parser.add_argument(
        "--citations", choices=SYSTEMS, default="numeric",
        help="how the articles cite: numeric ([1], the default) or author-year (（张三，2015）); "
        "the GB/T 7714 citation system conf/conf.py sets",
    )
    parser.add_argument(
        "--edition", choices=EDITIONS, default="2025",
        help="the edition of GB/T 7714 the references follow (default: 2025)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    result = create_project(args.dir, title=args.title, fill=args.fill,
                            edition=args.edition, system=args.citations)
    for path in result.written:
        print(f"wrote {result.root / path}")
    for path in result.kept:
        print(f"kept  {result.root / path} (exists)")
    print(f"\nNext, in {result.root}:")
    for step in NEXT_STEPS:
        print(f"  {step}")
    return 0
