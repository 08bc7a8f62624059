"""Numeric citation marks: "[n]", "[n]page", "[n]p-p", "[n-m]", "[n,m,k]".

Full-width brackets and commas and stray spaces inside the mark are accepted.
Digits attached directly after "]" are the cited page ("[3]11。", "[3]6 来");
after a space they are text ("[11] 必须"). A page after a mark citing several
works belongs to the last of them.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.importer.chars import PLACEHOLDER
from wenxian.model import Citation, CiteItem

_DASH = r"[-–—~～－]"
_ITEM = rf"\d{{1,4}}(?:\s*{_DASH}\s*\d{{1,4}})?"
CITATION = re.compile(rf"[\[［]\s*({_ITEM}(?:\s*[,，、]\s*{_ITEM})*)\s*[\]］](\d+(?:[-–—]\d+)?)?")
_SPLIT = re.compile(r"\s*[,，、]\s*")
_RANGE = re.compile(rf"(\d+)\s*{_DASH}\s*(\d+)")
MAX_RANGE = 100


def _numbers(body: str, raw: str, line: int, file: str | Path | None) -> list[int]:
    numbers: list[int] = []
    for part in _SPLIT.split(body.strip()):
        span = _RANGE.fullmatch(part)
        if not span:
            numbers.append(int(part))
            continue
        first, last = int(span.group(1)), int(span.group(2))
        if not first <= last <= first + MAX_RANGE:
            raise WenxianError(
                f"citation {raw} has a range that runs backwards or is too long",
                file=file,
                line=line,
                hint="write ranges low to high, e.g. [4-6]",
            )
        numbers.extend(range(first, last + 1))
    if 0 in numbers:
        raise WenxianError(f"citation {raw} cites number 0", file=file, line=line, hint="numbers start at 1")
    return numbers


def extract_citations(
    text: str, line_starts: list[int], line_numbers: list[int], *, file: str | Path | None = None
) -> tuple[str, list[Citation]]:
    """``text`` with every citation replaced by a placeholder, and the citations."""
    if PLACEHOLDER in text:
        at = bisect.bisect_right(line_starts, text.index(PLACEHOLDER)) - 1
        raise WenxianError(
            "the text contains the private-use character U+E000, which the importer reserves",
            file=file,
            line=line_numbers[at],
            hint="remove that character from the raw text",
        )
    found: list[Citation] = []

    def replace(match: re.Match[str]) -> str:
        line = line_numbers[bisect.bisect_right(line_starts, match.start()) - 1]
        raw = match.group(0)
        numbers = _numbers(match.group(1), raw, line, file)
        page = match.group(2)
        items = tuple(
            CiteItem(n, page if page and k == len(numbers) - 1 else None) for k, n in enumerate(numbers)
        )
        found.append(Citation(items, raw, line))
        return PLACEHOLDER

    return CITATION.sub(replace, text), found
