"""``wenxian check``: report what is wrong in the project before readers see it.

Errors (exit 1): a cited key with no entry, a BibTeX syntax error, a repeated
key, an unknown entry type, a date that is not a date, a MyST syntax problem
(wenxian build refuses to start on all but the first). Warnings (exit 0, or 1 with ``--strict``): entries
nobody cites, entries lacking fields GB/T 7714 requires, entries whose review
field says they need checking, citation numbers left as plain text.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from wenxian.check import Severity, check_project
from wenxian.check.report import as_json, counts, human
from wenxian.gbt7714 import EDITIONS
from wenxian.project import find_project

EPILOG = """\
examples:
  wenxian check
  wenxian check --strict              # warnings fail too
  wenxian check --format json > check.json
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check",
        help="report errors and warnings in refs.bib and the articles",
        description=__doc__.split("\n\n", 1)[1].strip(),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text (grouped by file) or json (for CI); default: %(default)s")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--edition", choices=EDITIONS,
                        help="GB/T 7714 edition for required fields (default: conf.py's)")
    parser.add_argument("--project", type=Path, metavar="DIR",
                        help="the project folder (default: the one containing this folder)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    findings = check_project(find_project(args.project), edition=args.edition)
    if args.strict:
        findings = [replace(f, severity=Severity.ERROR) for f in findings]
    sys.stdout.write(as_json(findings) if args.format == "json" else human(findings))
    errors, _ = counts(findings)
    return 1 if errors else 0
