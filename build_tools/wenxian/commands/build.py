"""``wenxian build``: build the project's static site."""

from __future__ import annotations

import argparse

from wenxian.build import SITE_VARIANTS, build_site
from wenxian.project import find_project

EPILOG = """\
examples:
  wenxian build                 # build the site into _build/site/
  wenxian build --strict        # fail on any warning (for CI)
  wenxian build --project ~/journal-issue-3
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "build",
        help="build the static site from source/ and refs.bib",
        description="Run Sphinx on the project and write the static site to _build/site/.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--project", metavar="DIR", help="the project folder (default: found from here)")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--fresh", action="store_true", help="re-read every source instead of only changed ones")
    parser.add_argument("-j", "--jobs", default="1", metavar="N", help="Sphinx worker processes (a number or 'auto')")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    project = find_project(args.project)
    for variant in SITE_VARIANTS:
        result = build_site(project, variant, strict=args.strict, fresh=args.fresh, jobs=args.jobs)
        print(f"{variant}: {result.index}")
    return 0
