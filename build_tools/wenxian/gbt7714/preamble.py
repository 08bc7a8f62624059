"""Macros a .bib file defines for itself in its ``@preamble``.

BibTeX copies ``@preamble`` into the document, so a file may define the names
its entries use (Nelson Beebe's bibliographies: ``\\def \\SceX {Sc\\kern-.035em
\\lower.5ex\\hbox{E}\\kern-.125em X}``, used as ``{\\SceX}``). TeX would
typeset them; the styles print what they expand to. Only macros without
arguments are read (``\\def\\name{…}``, ``\\newcommand{\\name}{…}``,
``\\providecommand\\name{…}``); anything else in the preamble is ignored.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wenxian.gbt7714.latex import known_command, parse, plain

__all__ = ["definitions", "expand", "macros_of"]

_HEAD = re.compile(r"\\(?:def\s*\\([A-Za-z]+)\s*(?=\{)"
                   r"|(?:re)?newcommand\*?\s*\{?\s*\\([A-Za-z]+)\s*\}?\s*(?=\{)"
                   r"|providecommand\*?\s*\{?\s*\\([A-Za-z]+)\s*\}?\s*(?=\{))")

_COMMAND = re.compile(r"\\([A-Za-z]+)")


def _group(text: str, start: int) -> tuple[str, int] | None:
    """The braced group at ``start`` without its braces, and the index after it."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "\\":
            continue
        if text[i] == "{" and (i == 0 or text[i - 1] != "\\"):
            depth += 1
        elif text[i] == "}" and text[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[start + 1:i], i + 1
    return None


@lru_cache(maxsize=64)
def definitions(preamble: str) -> tuple[tuple[str, str], ...]:
    """``((name, body), …)`` of the argument-free macros ``preamble`` defines that
    the styles should expand: not a name the decoder already prints (``\\MF`` is
    METAFONT whatever texnames.sty does to typeset it), and not one whose body uses a
    command the decoder does not know (``\\ooalign``, ``\\mathhexbox``): its name is
    kept, which says more than the remains of its body."""
    found: dict[str, str] = {}
    for match in _HEAD.finditer(preamble or ""):
        name = next(g for g in match.groups() if g)
        group = _group(preamble, match.end())
        if group is None or known_command(name):
            continue
        body = group[0].strip()
        if all(known_command(used) for used in _COMMAND.findall(body)) \
                and "\\" not in plain(parse(body)):
            found[name] = body
    return tuple(found.items())


@lru_cache(maxsize=8192)
def expand(value: str, macros: tuple[tuple[str, str], ...]) -> str:
    """``value`` with each use of a defined macro replaced by its body, in braces
    (so it keeps its case): ``{\\SceX}`` → ``{{Sc\\kern-.035em …X}}``."""
    if not macros or "\\" not in value:
        return value
    for name, body in macros:
        value = re.sub(rf"\\{name}(?![A-Za-z])(?:\{{\}})?", lambda _m, b=body: "{" + b + "}", value)
    return value


def macros_of(bib) -> tuple[tuple[str, str], ...]:
    """The macros the @preamble of a pybtex ``BibliographyData`` defines."""
    preamble = getattr(bib, "preamble", "") or ""
    return definitions(preamble if isinstance(preamble, str) else "".join(preamble))
