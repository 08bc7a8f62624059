"""``wenxian refs list``: an article's reference list as the site will render it.

Numeric system: the entries the article cites, numbered from [1] in its order
of first citation. Author-year: those entries in the standard's order. Each
line is followed by the entry's key and its review status, so an editor sees
which numbers still need checking.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pybtex.database import BibliographyData

from wenxian.bibfile import read_bib
from wenxian.check.articles import article_files, scan_article
from wenxian.check.rules import STATUS_FIELD
from wenxian.check.settings import style_settings
from wenxian.errors import WenxianError
from wenxian.gbt7714 import EDITIONS, SYSTEMS, format_bibliography
from wenxian.project import find_project

EPILOG = """\
examples:
  wenxian refs list                       # every article of the project
  wenxian refs list source/article.md
  wenxian refs list --edition 2025 source/article.md
"""


def register(actions: argparse._SubParsersAction) -> None:
    parser = actions.add_parser(
        "list",
        help="an article's numbered reference list, with keys and review status",
        description=__doc__.split("\n\n", 1)[1].strip(),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("articles", nargs="*", type=Path, metavar="ARTICLE",
                        help="MyST files (default: every article under source/)")
    parser.add_argument("--edition", choices=EDITIONS, help="default: conf.py's")
    parser.add_argument("--system", choices=SYSTEMS, help="default: conf.py's")
    parser.set_defaults(func=run)


def article_list(path: Path, bib: BibliographyData, edition: str, system: str) -> list[str]:
    """The lines ``refs list`` prints for one article."""
    scan = scan_article(path)
    keys = scan.keys_in_order()
    missing = [k for k in keys if k not in bib.entries]
    if missing:
        first = next(c for c in scan.citations if c.key == missing[0])
        raise WenxianError(f"citation key {missing[0]!r} has no entry in refs.bib", file=path,
                           line=first.line, column=first.column,
                           hint="run wenxian check for every problem, then add the entry")
    cited = BibliographyData(entries={k: bib.entries[k] for k in keys})
    lines = []
    for number, (key, text) in enumerate(format_bibliography(cited, edition=edition,
                                                             system=system), 1):
        status = bib.entries[key].fields.get(STATUS_FIELD, "").strip() or "-"
        label = f"[{number}] " if system == "numeric" else ""
        lines.append(f"{label}{text}")
        lines.append(f"    {key} — {status}")
    return lines


def run(args: argparse.Namespace) -> int:
    project = find_project()
    settings = style_settings(project)
    edition = args.edition or settings.edition
    system = args.system or settings.system
    bib = read_bib(project.bib)
    paths = args.articles or [p for p in article_files(project.source)
                              if scan_article(p).citations]
    for index, path in enumerate(paths):
        if not path.is_file():
            raise WenxianError("no such article", file=path,
                               hint="give a MyST file under source/, e.g. source/article.md")
        if len(paths) > 1:
            if index:
                print()
            print(f"{_shown(path, project.root)}")
        for line in article_list(path, bib, edition, system):
            print(line)
    return 0


def _shown(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
