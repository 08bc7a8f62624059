"""User-facing errors.

Every problem a user can cause (bad input, a missing file, an unknown key) is
raised as :class:`WenxianError`. The command line prints it as
``file:line:column: error: what`` followed by ``hint: how to fix`` and exits
non-zero; it never shows a traceback for one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class WenxianError(Exception):
    """A problem with the user's input, reported without a traceback."""

    message: str
    file: str | Path | None = None
    line: int | None = None
    column: int | None = None
    hint: str | None = None
    exit_code: int = 2

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def location(self) -> str:
        if self.file is None:
            return ""
        parts = [str(self.file)]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def format(self) -> str:
        loc = self.location()
        head = f"{loc}: error: {self.message}" if loc else f"error: {self.message}"
        if self.hint:
            return f"{head}\n  hint: {self.hint}"
        return head

    def __str__(self) -> str:  # pragma: no cover - exercised through format()
        return self.format()
