"""``wenxian refs``: work with refs.bib and GB/T 7714 reference lines.

Each action is a module ``wenxian.commands.refs_<action>`` with
``register(subparsers)``, like the top-level commands.
"""

from __future__ import annotations

import argparse
import importlib

ACTIONS = ("format", "add", "list", "fmt")

EPILOG = """\
examples:
  wenxian refs format refs.bib
  wenxian refs format --edition 2015 --system author-year refs.bib
  wenxian refs add "[1] 习近平. 发展新质生产力是推动高质量发展的内在要求和重要着力点[J]. 求是, 2024(11): 4-8."
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "refs",
        help="format, list and add references (refs.bib)",
        description="Work with the project's refs.bib and GB/T 7714 reference lines.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="refs_action", metavar="ACTION")
    for name in ACTIONS:
        importlib.import_module(f"wenxian.commands.refs_{name}").register(actions)
    parser.set_defaults(func=lambda args: parser.print_help() or 2)
