"""The importer: raw PDF-extracted text of a Chinese article → :class:`wenxian.model.Article`.

``read_article(data, file=..., options=ImportOptions(...))`` runs the whole
pipeline; the steps live in the sibling modules, one purpose each.
"""

from __future__ import annotations

from wenxian.importer.options import ImportOptions
from wenxian.importer.reader import read_article, read_text

__all__ = ["ImportOptions", "read_article", "read_text"]
