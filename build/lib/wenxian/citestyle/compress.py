"""Compression of runs of consecutive citation numbers: ``1,3,4,6,7,8`` → ``1,3-4,6-8``.

Works on the labels the bibliography style gave the cited works; labels that
are not plain numbers are never part of a run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """Positions ``first``..``last`` (inclusive) of a list of labels shown as one item."""

    first: int
    last: int

    @property
    def is_range(self) -> bool:
        return self.last > self.first


def _number(label: str) -> int | None:
    return int(label) if label.isascii() and label.isdigit() else None


def compress_runs(labels: Sequence[str], min_run: int = 2) -> list[Run]:
    """Group ``labels`` (in the order given) into runs of ascending consecutive numbers.

    A run of at least ``min_run`` labels becomes one :class:`Run` spanning it;
    any other label is a run of its own. ``min_run`` of 0 or 1 behaves as 2
    (a single number is never a range).
    """
    runs: list[Run] = []
    start = 0
    for i in range(1, len(labels) + 1):
        previous = _number(labels[i - 1])
        current = _number(labels[i]) if i < len(labels) else None
        if previous is not None and current == previous + 1:
            continue
        length = i - start
        if length >= max(min_run, 2):
            runs.append(Run(start, i - 1))
        else:
            runs.extend(Run(j, j) for j in range(start, i))
        start = i
    return runs
