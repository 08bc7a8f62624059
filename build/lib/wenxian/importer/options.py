"""Options of the importer: which normalisations run, and what the user supplies.

Every normalisation can be switched off, so that a user who disagrees with one
rule on one text is never stuck with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ImportOptions:
    """How :func:`wenxian.importer.read_article` treats a raw text."""

    punctuation: bool = True  # half-width , : ; ? ! ( ) → full-width in CJK context
    spaces: bool = True  # remove extraction spaces inside CJK text
    dehyphenate: bool = True  # "re-" + "form" → "reform" at line ends
    strip_page_marks: bool = True  # running headers/footers, bare page numbers
    max_bytes: int = MAX_BYTES
    title: str | None = None  # overrides a title found in the text
    title_is_working: bool = False
    authors: tuple[str, ...] = field(default_factory=tuple)  # override found authors
