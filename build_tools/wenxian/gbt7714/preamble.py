"""Macros a .bib file defines for itself in its ``@preamble``.

BibTeX copies ``@preamble`` into the document, so a file may define the names
its entries use (Nelson Beebe's bibliographies: ``\\def \\SceX {Sc\\kern-.035em
\\lower.5ex\\hbox{E}\\kern-.125em X}``, used as ``{\\SceX}``; ``\\ifx \\undefined
\\acro \\def\\acro#1{{\\sc #1}} \\fi``). TeX would typeset them; the styles print what
they expand to. Macros are read from ``\\def\\name#1…{…}``, ``\\newcommand{\\name}[n]{…}``
and ``\\providecommand``; anything else in the preamble is ignored. A macro whose body
uses a command the decoder does not know (``\\smash``, ``\\ooalign``) prints its name,
which says more than the remains of its body and is not LaTeX (``\\XYMTeX`` → XYMTeX).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wenxian.gbt7714.latex import known_command, parse, plain

__all__ = ["definitions", "expand", "macros_of"]

_HEAD = re.compile(r"\\(?:def\s*\\([A-Za-z]+)\s*((?:#\d\s*)*)(?=\{)"
                   r"|(?:(?:re)?new|provide)command\*?\s*\{?\s*\\([A-Za-z]+)\s*\}?\s*"
                   r"(?:\[(\d)\]\s*)?(?=\{))")

_COMMAND = re.compile(r"\\([A-Za-z]+)")


def braced_group(text: str, start: int) -> tuple[str, int] | None:
    """The braced group at ``start`` without its braces, and the index after it (None: never
    closed); an escaped brace (``\\{``) is text."""
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
def definitions(preamble: str) -> tuple[tuple[str, int, str], ...]:
    """``((name, arguments, body), …)`` of the macros ``preamble`` defines that the
    styles should expand: not a name the decoder already prints (``\\MF`` is METAFONT
    whatever texnames.sty does to typeset it). A body that uses a command neither the
    decoder nor an earlier definition knows (``\\ooalign``, ``\\smash``) is replaced by
    the macro's name."""
    found: dict[str, tuple[int, str]] = {}
    for match in _HEAD.finditer(preamble or ""):
        name = match.group(1) or match.group(3)
        count = len(re.findall(r"#\d", match.group(2) or "")) if match.group(1) \
            else int(match.group(4) or 0)
        group = braced_group(preamble, match.end())
        if group is None or known_command(name):
            continue
        body = group[0].strip()
        earlier = tuple((n, c, b) for n, (c, b) in found.items())
        if all(known_command(used) or used in found for used in _COMMAND.findall(body)) \
                and not _COMMAND.search(plain(parse(_expand(body, earlier)))):
            found[name] = (count, body)
        else:
            found[name] = (count, "".join(f"#{n}" for n in range(1, count + 1)) or name)
    return tuple((name, count, body) for name, (count, body) in found.items())


def _arguments(value: str, start: int, count: int) -> tuple[list[str], int]:
    """``count`` arguments from ``start`` (a braced group or one character each)."""
    args, i = [], start
    while len(args) < count:
        while i < len(value) and value[i] in " \t\n":
            i += 1
        if i >= len(value):
            break
        if value[i] == "{":
            group = braced_group(value, i)
            if group is None:
                break
            args.append(group[0])
            i = group[1]
        else:
            args.append(value[i])
            i += 1
    return args, i


def _expand(value: str, macros: tuple[tuple[str, int, str], ...]) -> str:
    for _ in range(3):  # a body may use a macro defined before it
        before = value
        for name, count, body in macros:
            if f"\\{name}" not in value:
                continue
            out, pos = [], 0
            for match in re.finditer(rf"\\{name}(?![A-Za-z])\s*(?:\{{\}})?", value):
                if match.start() < pos:
                    continue
                args, end = _arguments(value, match.end(), count)
                text = body
                for n, arg in enumerate(args, 1):
                    text = text.replace(f"#{n}", arg)
                out += [value[pos:match.start()], "{", re.sub(r"#\d", "", text), "}"]
                pos = end if count else match.end()
            value = "".join(out) + value[pos:]
        if value == before:
            break
    return value


@lru_cache(maxsize=8192)
def expand(value: str, macros: tuple[tuple[str, int, str], ...]) -> str:
    """``value`` with each use of a defined macro replaced by its body (its arguments
    put in), in braces so it keeps its case: ``{\\SceX}`` → ``{{Sc\\kern-.035em …X}}``,
    ``\\acro{DVI}`` → ``{{\\sc DVI}}``."""
    if not macros or "\\" not in value:
        return value
    return _expand(value, macros)


def macros_of(bib) -> tuple[tuple[str, str], ...]:
    """The macros the @preamble of a pybtex ``BibliographyData`` defines."""
    preamble = getattr(bib, "preamble", "") or ""
    return definitions(preamble if isinstance(preamble, str) else "".join(preamble))
