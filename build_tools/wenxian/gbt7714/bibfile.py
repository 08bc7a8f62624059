"""Read a .bib file for formatting, turning pybtex's errors into WenxianError.

A syntax error names the file and line pybtex stopped at; a repeated key
names the line of its second entry.
"""

from __future__ import annotations

import re
from pathlib import Path

from pybtex.database import BibliographyData, BibliographyDataError
from pybtex.database.input.bibtex import Parser
from pybtex.scanner import PybtexSyntaxError

from wenxian.errors import WenxianError

__all__ = ["load_bib"]

_REPEATED = re.compile(r"repeated bibliograp?h?y entry: (.+)$")


def _line_of_second(text: str, key: str) -> int | None:
    pattern = re.compile(r"@\w+\s*[{(]\s*" + re.escape(key) + r"\s*,", re.IGNORECASE)
    matches = list(pattern.finditer(text))
    if len(matches) < 2:
        return None
    return text.count("\n", 0, matches[1].start()) + 1


def _entry_start(text: str, lineno: int | None) -> int | None:
    """The line of the last "@type{" at or before ``lineno``."""
    if lineno is None:
        return None
    lines = text.splitlines()[:lineno]
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].lstrip().startswith("@"):
            return index + 1
    return None


def load_bib(path: str | Path) -> BibliographyData:
    """Parse ``path`` (UTF-8 BibTeX/biblatex) or raise :class:`WenxianError`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WenxianError("no such file", file=path,
                           hint="give the path of a .bib file, e.g. refs.bib") from None
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        raise WenxianError("the file is not UTF-8 text", file=path, line=line,
                           hint="save the .bib file as UTF-8") from None
    try:
        return Parser().parse_string(text)
    except PybtexSyntaxError as err:
        start = _entry_start(text, err.lineno)
        where = f"the entry that starts on line {start}" if start else "the entry before this line"
        raise WenxianError(
            f"BibTeX syntax error: {err.args[0] if err.args else err}", file=path,
            line=err.lineno,
            hint=f"check the braces and commas of {where} "
                 "(every field is name = {value}, fields are separated by commas)",
        ) from None
    except BibliographyDataError as err:
        message = str(err)
        match = _REPEATED.search(message)
        line = _line_of_second(text, match.group(1).strip()) if match else None
        raise WenxianError(f"BibTeX error: {message}", file=path, line=line,
                           hint="every entry needs its own key; rename or remove "
                                "the repeated entry") from None
