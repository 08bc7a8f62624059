"""The PDF reader: an article's PDF → :class:`wenxian.model.Article` (see :mod:`.reader`)."""

from __future__ import annotations

from wenxian.pdfreader.reader import PdfImport, read_pdf

__all__ = ["PdfImport", "read_pdf"]
