"""Turn a BibTeX field value (a little LaTeX) into runs of text.

A *run* is a piece of text with two marks: ``protected`` (it stood in braces,
so case changes leave it alone) and ``em`` (``{\\em …}``, ``\\emph{…}``,
``\\textit{…}``). Runs are what the GB/T rules work on (sentence case,
punctuation); :func:`to_rich` turns them into pybtex rich text for any backend.

Only what reference data needs is interpreted: braces, the escaped specials
``\\& \\% \\$ \\# \\_``, ``\\quad`` (U+2003), ``\\relax``, ``~`` (a space), math
``$\\times$``, emphasis, and accents through :mod:`latexcodec`. TeX ligatures
(``--``, ``---``, quotes) are kept as written, as the standard's expected
lines keep them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

import latexcodec  # noqa: F401  (registers the "ulatex" codec)
from pybtex.richtext import Protected, String, Tag, Text

__all__ = ["Run", "parse", "plain", "to_rich"]


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of field text with its marks."""

    text: str
    protected: bool = False
    em: bool = False


_SIMPLE = {
    r"\&": "&",
    r"\%": "%",
    r"\$": "$",
    r"\#": "#",
    r"\_": "_",
    r"\quad": "\u2003",
    r"\qquad": "\u2003\u2003",
    r"\relax": "",
    r"\times": "×",
    r"\textendash": "–",
    r"\textemdash": "—",
    r"\,": "\u2009",
    "~": " ",
}
_EM_SWITCH = re.compile(r"\\(?:em|itshape|it)\b\s*")
_EM_COMMAND = re.compile(r"\\(?:emph|textit)\s*$")
_SIMPLE_RE = re.compile(r"\\(?:quad|qquad|relax|times|textendash|textemdash)\b\s?|\\[&%$#_,]|~")
_MATH_RE = re.compile(r"\$([^$]*)\$")
_TOKEN = re.compile(r"\\[A-Za-z]+\s*|\\.|[{}]|[^\\{}]+")


def _decode(text: str) -> str:
    """Replace simple commands, then let latexcodec decode accents."""
    text = _MATH_RE.sub(lambda m: m.group(1), text)
    text = _SIMPLE_RE.sub(lambda m: _SIMPLE[m.group(0).rstrip()], text)
    if "\\" in text:
        try:
            text = codecs.decode(text, "ulatex")
        except ValueError:
            pass
    return text


@lru_cache(maxsize=8192)
def parse(value: str) -> tuple[Run, ...]:
    """Parse one field value into runs (cached: the same value parses once)."""
    runs: list[Run] = []
    # Stack of (protected, em) for open groups; depth 0 is the field itself.
    stack: list[tuple[bool, bool]] = [(False, False)]
    pending_em_group = False
    buf: list[str] = []

    def flush() -> None:
        if buf:
            protected, em = stack[-1]
            text = _decode("".join(buf))
            if text:
                runs.append(Run(text, protected, em))
            buf.clear()

    for token in _TOKEN.findall(value):
        if token == "{":
            flush()
            protected, em = stack[-1]
            if pending_em_group:
                stack.append((protected, True))
                pending_em_group = False
            else:
                stack.append((True, em))
        elif token == "}":
            flush()
            if len(stack) > 1:
                stack.pop()
        elif _EM_SWITCH.fullmatch(token):
            flush()
            protected, _ = stack[-1]
            stack[-1] = (protected, True)
        elif _EM_COMMAND.fullmatch(token):
            flush()
            pending_em_group = True
        else:
            buf.append(token)
    flush()
    return tuple(_merge(runs))


def _merge(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].protected, merged[-1].em) == (run.protected, run.em):
            merged[-1] = Run(merged[-1].text + run.text, run.protected, run.em)
        else:
            merged.append(run)
    return merged


def plain(runs: tuple[Run, ...] | list[Run]) -> str:
    """The runs as one plain string."""
    return "".join(run.text for run in runs)


def to_rich(runs: tuple[Run, ...] | list[Run]) -> Text:
    """The runs as pybtex rich text (emphasis as ``Tag("em")``)."""
    parts = []
    for run in runs:
        node = Protected(run.text) if run.protected else String(run.text)
        parts.append(Tag("em", node) if run.em else node)
    return Text(*parts)
