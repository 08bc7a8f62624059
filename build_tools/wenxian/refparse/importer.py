"""Keyed BibTeX entries for an article's own reference list (参考文献)."""

from __future__ import annotations

from collections.abc import Iterable

from pybtex.database import Entry

from wenxian.bibkeys import make_key
from wenxian.errors import WenxianError
from wenxian.model import ReferenceEntry
from wenxian.refparse.parser import parse_reference


def entries_from_reference_list(
    refs: list[ReferenceEntry], existing_keys: Iterable[str] = ()
) -> list[tuple[str, Entry]]:
    """``(key, entry)`` for each reference, in order, keys unique.

    Keys are de-duplicated against ``existing_keys`` and against each other.
    A line that cannot be read raises :class:`WenxianError` carrying the
    reference's source line.
    """
    taken = {key.lower() for key in existing_keys}
    out: list[tuple[str, Entry]] = []
    for ref in refs:
        try:
            entry = parse_reference(ref.text)
        except WenxianError as err:
            label = f"[{ref.number}] " if ref.number is not None else ""
            raise WenxianError(
                f"reference {label}cannot be read: {err.message}",
                line=ref.line,
                column=err.column,
                hint=err.hint,
            ) from err
        key = make_key(entry, taken)
        taken.add(key.lower())
        out.append((key, entry))
    return out
