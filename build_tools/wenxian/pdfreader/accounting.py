"""No printed text is lost without a word: every line's text is in the article, or its drop is said.

The reader leaves lines out on purpose — running heads and page numbers (``margin``), the
text inside a figure or table (``figure``) — each with its reason (``wenxian import
--explain``). Every other line was handed on (to a paragraph, a heading, a caption, a
front-matter field, a reference, a footnote) and must be found in the article. A line
that is not — a decision gone wrong on a PDF unlike those the reader was measured on —
is *reported* (a note: page, line, its text), never dropped in silence.

A line is found when each of its words (a run of Chinese characters, of Latin letters or
of digits, compared after NFKC with the punctuation and spaces left out) stands in the
article's text; a field's label (摘要：, 收稿日期：, 参考文献) and the words framing the
numbers of a journal's issue line (年, 月, 第, 卷, 期) are the reader's to take away, and a raised mark (an author's affiliation number, a citation kept as a link) is left out
of the comparison.
"""

from __future__ import annotations

import re
import unicodedata

from wenxian.importer import markers
from wenxian.model import (
    Article,
    Caption,
    Citation,
    Heading,
    NamedCitation,
    Paragraph,
    Text,
)
from wenxian.pdfreader.zones import Zoned

DROPPED = ("margin", "figure")  # zones left out on purpose, each line with its reason
_WORD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z]+|[0-9]+")
# Words that only frame a number in a journal's issue line ("2023 年 3 月　第 8 卷第 3 期"):
# the year, volume and issue are kept as fields, the words around them are the format's.
_FRAMING = re.compile(r"^[年月日第卷期号]+$")
_LABELS = (markers.ABSTRACT, markers.KEYWORDS, markers.EN_ABSTRACT, markers.EN_KEYWORDS, markers.REFERENCES)


def _plain(text: str) -> str:
    return "".join(_WORD.findall(unicodedata.normalize("NFKC", text)))


def article_text(article: Article) -> str:
    """Everything the article holds, as one string of words (see the module's docstring)."""
    meta = article.meta
    parts: list[str] = [meta.title or "", meta.abstract or "", meta.en_title or "", meta.en_abstract or ""]
    parts += meta.authors + meta.affiliations + meta.keywords + meta.en_authors + meta.en_affiliations + meta.en_keywords
    parts += [str(v) for v in meta.journal.values()]
    for block in article.blocks:
        if isinstance(block, Heading):
            parts.append(block.text)
        elif isinstance(block, Caption):
            parts += [block.text, block.note or ""] + [" ".join(row) for row in block.rows]
        elif isinstance(block, Paragraph):
            inline = [block.lead or ""]
            for item in block.inlines:
                if isinstance(item, Text):
                    inline.append(item.text)
                elif isinstance(item, (Citation, NamedCitation)):
                    inline.append(item.raw)
            parts.append("".join(inline))
        else:
            parts.append(str(getattr(block, "text", "") or getattr(block, "tex", "")))
    parts += [r.text + (r.translation or "") for r in article.references]
    parts += [f.text for f in article.footnotes]
    parts += [n.message for n in article.notes]
    parts += [text for _, text in article.after_references + article.asides_in_references]
    return "\n".join(_plain(p) for p in parts)


def _words(item: Zoned) -> list[str]:
    """The line's words, its field label and its raised marks left out."""
    text = "".join(" " if run.superscript else run.text for run in item.line.runs())
    for label in _LABELS:
        text = label.sub("", text.strip(), count=1)
    text = markers.JOURNAL.sub(" ", text)
    return _WORD.findall(unicodedata.normalize("NFKC", text))


def unplaced(zoned: list[Zoned], article: Article) -> list[tuple[Zoned, list[str]]]:
    """The lines handed on whose words are not in the article, with the words missing."""
    held = article_text(article)
    out = []
    for item in zoned:
        if item.zone in DROPPED:
            continue
        missing = [word for word in _words(item) if word not in held and not _FRAMING.match(word)]
        if missing:
            out.append((item, missing))
    return out
