"""A platform's cover page before the article: CNKI's 网络首发 (online-first) page.

CNKI puts a page of its own before an article it publishes online ahead of print:
"网络首发论文", then 题目, 作者, 收稿日期, 网络首发日期 and 引用格式 (each a label and its
value, on one line or two), then two fixed paragraphs (``网络首发：在编辑部工作流程中…``,
``出版确认：纸质期刊编辑部通过…``). None of it is the article, which starts on the next page
with its own title, authors and journal header; read as text, the cover's title made the
article's title look like a running head, and its paragraphs became the body's first one.

The cover is told by its heading, three of its labels or its date with its closing words near the
text's start (an article's first page may print a 网络首发日期 too, never these together), and
ends at the first page break, or — where the extractor kept none — after the fixed
paragraph's last words. Its online-first date is kept as a journal field (``online``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wenxian.importer.lines import Line

MAX_COVER_LINES = 60  # the cover is one page
_HEADING = re.compile(r"^网\s*络\s*首\s*发\s*论\s*文$")
_LABELS = ("题目", "作者", "收稿日期", "网络首发日期", "引用格式", "网络首发地址", "DOI")
# A label, maybe letter-spaced by justification ("引 用 格 式："), and its value.
_LABEL = re.compile(r"^(" + "|".join(r"\s*".join(label) for label in _LABELS) + r")\s*[:：]\s*(.*)$")
DATE_LOOKAHEAD = 5  # lines after its label where a value the extractor moved may stand
# The fixed paragraph closing the cover ends so ("…刊发论文的录用定稿、排版定稿、整期汇编定稿。").
_CLOSING = re.compile(r"整期汇编定稿[。.]\s*$")
_DATE = re.compile(r"\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}")


@dataclass
class Cover:
    lines: int = 0  # how many lines at the text's start are the cover (0: there is none)
    fields: dict[str, str] = field(default_factory=dict)  # journal fields it gives ("online")


def cover_fields(texts: list[str]) -> dict[str, str] | None:
    """The journal fields of a cover page given as its lines' texts; None when they are no cover."""
    labelled = {re.sub(r"\s+", "", m.group(1)): (k, m.group(2).strip())
                for k, text in enumerate(texts) if (m := _LABEL.match(text.strip()))}
    # Its heading at the top, or its labels, or its closing words: an article's own first page
    # may print a 网络首发日期 among its dates, never these together.
    cover_labels = {"题目", "作者", "网络首发日期", "引用格式"} & labelled.keys()
    if not (any(_HEADING.match(text.strip()) for text in texts[:5]) or len(cover_labels) >= 3
            or ("网络首发日期" in labelled and any(_CLOSING.search(text) for text in texts))):
        return None
    fields: dict[str, str] = {}
    if "网络首发日期" in labelled:
        # Its value on its line, or — laid out in a table — on one of the lines after it.
        k, value = labelled["网络首发日期"]
        date = _DATE.search(value) or next(
            (d for text in texts[k + 1:k + 1 + DATE_LOOKAHEAD] if (d := _DATE.search(text))), None)
        if date is not None:
            fields["online"] = re.sub(r"\s+", "", date.group(0))
    return fields


def find_cover(lines: list[Line]) -> Cover:
    """The cover page at the start of ``lines``, if there is one."""
    head = lines[:MAX_COVER_LINES]
    if cover_fields([line.text for line in head]) is None:
        return Cover()
    # The cover's closing words or the first page break, whichever comes first: a text copied
    # without its form feeds may still have a later page's.
    ends = [k + 1 for k, line in enumerate(head) if _CLOSING.search(line.text)][:1]
    ends += [k for k in range(1, len(head)) if head[k].page != head[0].page][:1]
    end = min(ends, default=None)
    if end is None:
        return Cover()  # no page break and no closing words: where the article starts is unknown
    return Cover(end, cover_fields([line.text for line in head[:end]]) or {})
