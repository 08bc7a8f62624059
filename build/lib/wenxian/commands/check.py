"""``wenxian check``: report what is wrong in the project before readers see it.

Errors (exit 1): a cited key with no entry, a BibTeX syntax error, a repeated
key, an unknown entry type, a date that is not a date, a MyST syntax problem
(wenxian build refuses to start on all but the first). Warnings (exit 0, or 1 with ``--strict``): entries
nobody cites, entries lacking fields GB/T 7714 requires, entries whose review
field says they need checking, citation numbers left as plain text.

With --script VARIANT (e.g. zh-Hant): the proofreading list of that script
instead — every place where a character with several Traditional forms was
decided by a default rather than a phrase, with its sentence in both scripts
and the fix (a {variant} role, or a line for conf/phrases.tsv); and every
phrase of conf/phrases.tsv that would be read across two words (an error).
Exit 0, or 1 with --strict when the list is not empty.
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
  wenxian check --script zh-Hant      # the proofreading list of the Traditional site
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
    parser.add_argument("--script", metavar="VARIANT",
                        help="list the places of VARIANT (e.g. zh-Hant) decided by a default, for proofreading")
    parser.add_argument("--project", type=Path, metavar="DIR",
                        help="the project folder (default: the one containing this folder)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.script:
        return run_proofread(args)
    findings = check_project(find_project(args.project), edition=args.edition)
    if args.strict:
        findings = [replace(f, severity=Severity.ERROR) for f in findings]
    sys.stdout.write(as_json(findings) if args.format == "json" else human(findings))
    errors, _ = counts(findings)
    return 1 if errors else 0


def run_proofread(args: argparse.Namespace) -> int:
    import json

    from wenxian.script.collateral import collateral_damage
    from wenxian.script.proofread import project_converter, proofread_project

    project = find_project(args.project)
    places = proofread_project(project.source, project.conf, args.script, root=project.root)
    damages = collateral_damage(project_converter(project.conf, args.script))
    if args.format == "json":
        out = {"places": [p.as_dict() for p in places], "phrase_table": [str(d) for d in damages]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        for damage in damages:
            sys.stdout.write(f"conf/phrases.tsv: {damage}\n  hint: make the phrase longer, or remove it\n\n")
        for place in places:
            sys.stdout.write(f"{place}\n\n")
        chars = "、".join(sorted({p.char for p in places}))
        sys.stdout.write(
            f"{len(places)} place(s) in {args.script} decided by a default, a lone-word or a context rule"
            + (f" ({chars}); each is right unless the sentence says otherwise.\n" if places else ".\n")
        )
    if damages:
        return 1  # a phrase that reads across words is an error in the table
    return 1 if args.strict and places else 0
