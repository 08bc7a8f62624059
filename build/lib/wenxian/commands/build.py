"""``wenxian build [site|pdf]``: build the project's static sites and PDF handouts (Simplified and Traditional)."""

from __future__ import annotations

import argparse

from wenxian.build import DEFAULT_VARIANTS, SITE_VARIANTS, build_outputs, makes_pdfs
from wenxian.project import find_project

EPILOG = """\
examples:
  wenxian build                      # _build/site/zh-Hans/, zh-Hant/, index.html and pdf/
  wenxian build pdf                  # only the PDFs: _build/site/pdf/<article>.zh-Hans.pdf, .zh-Hant.pdf
  wenxian build site                 # only the sites
  wenxian build --strict             # fail on any warning (for CI)
  wenxian build --variant zh-Hans    # only the Simplified site
  wenxian build --variant zh-Hans --variant zh-Hant --variant zh-HK
  wenxian build --project ~/journal-issue-3
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "build",
        help="build the static sites and PDF handouts from source/ and refs.bib",
        description="Run Sphinx on the project and write one static site per script to "
        "_build/site/<variant>/, with a landing page _build/site/index.html, and one PDF per "
        "article and script to _build/site/pdf/ (XeLaTeX; when the project has conf/latex/).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "what",
        nargs="?",
        choices=["all", "site", "pdf"],
        default="all",
        help="what to build: the sites, the PDFs, or both (default: all; PDFs when the project has conf/latex/)",
    )
    parser.add_argument("--project", metavar="DIR", help="the project folder (default: found from here)")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--fresh", action="store_true", help="re-read every source instead of only changed ones")
    parser.add_argument("-j", "--jobs", default="1", metavar="N", help="Sphinx worker processes per site (a number or 'auto')")
    parser.add_argument(
        "--variant",
        action="append",
        choices=list(SITE_VARIANTS),
        metavar="TAG",
        help=f"a site to build, repeatable: {', '.join(SITE_VARIANTS)} (default: {' '.join(DEFAULT_VARIANTS)})",
    )
    parser.add_argument("--sequential", action="store_true", help="build the sites and PDFs one after the other")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    project = find_project(args.project)
    variants = tuple(dict.fromkeys(args.variant)) if args.variant else DEFAULT_VARIANTS
    sites = args.what in {"all", "site"}
    pdfs = args.what == "pdf" or (args.what == "all" and makes_pdfs(project))
    outputs = build_outputs(
        project,
        variants,
        sites=sites,
        pdfs=pdfs,
        strict=args.strict,
        fresh=args.fresh,
        jobs=args.jobs,
        parallel=not args.sequential,
    )
    for result in outputs.sites:
        print(f"{result.variant}: {result.index}")
    if sites:
        print(f"landing page: {project.site / 'index.html'}")
    for pdf_result in outputs.pdfs:
        for pdf in pdf_result.pdfs:
            print(f"{pdf_result.variant} PDF: {pdf}")
    return 0
