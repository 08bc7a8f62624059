"""Cutting a pasted reference list into one joined line per reference.

A reference starts at a label ("[3]", "［3］", "3.") when the list has labels;
otherwise at a blank line when there are blank lines, otherwise each line is
one reference. Wrapped lines are joined with :func:`join_wrapped`. A heading
such as "参考文献" (or in Traditional script, "參考文獻") before the first reference is skipped.
"""

from __future__ import annotations

import re

from wenxian.namekeys import simplified_text
from wenxian.refparse.text import join_wrapped

# Headings a pasted list may start with; they are not references.
HEADINGS = frozenset({"参考文献", "主要参考文献", "本文参考文献", "参考文献：", "References", "REFERENCES",
                      "Bibliography", "参考資料", "文献"})
LABEL_START = re.compile(r"^\s*(?:\[\s*(\d+)\s*\]|［\s*(\d+)\s*］|【\s*(\d+)\s*】|(\d+)\s*[.．、](?!\d))")


def split_reference_list(text_or_lines: str | list[str]) -> list[tuple[int | None, str, int]]:
    """``(number, joined text without label, first line)`` for each reference.

    ``first line`` is 1-based in the given text. Blank lines never belong to a
    reference.
    """
    lines = (
        text_or_lines.splitlines() if isinstance(text_or_lines, str) else list(text_or_lines)
    )
    labelled = any(LABEL_START.match(line) for line in lines)
    groups: list[tuple[int | None, list[str], int]] = []
    current: tuple[int | None, list[str], int] | None = None
    for index, line in enumerate(lines, start=1):
        if not line.strip():
            if not labelled:
                current = None
            continue
        if not groups and (line.strip() in HEADINGS or simplified_text(line.strip()) in HEADINGS):  # 參考文獻
            continue
        m = LABEL_START.match(line) if labelled else None
        if m:
            number = int(next(g for g in m.groups() if g))
            current = (number, [line[m.end() :]], index)
            groups.append(current)
        elif current is None or (not labelled and not _has_blank_lines(lines)):
            current = (None, [line], index)
            groups.append(current)
        else:
            current[1].append(line)
    return [(number, join_wrapped(parts), first) for number, parts, first in groups]


def _has_blank_lines(lines: list[str]) -> bool:
    inner = [bool(line.strip()) for line in lines]
    while inner and not inner[0]:
        inner.pop(0)
    while inner and not inner[-1]:
        inner.pop()
    return not all(inner)
