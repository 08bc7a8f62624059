"""The PDF reader: an article's PDF → :class:`wenxian.model.Article`.

A second reader beside the text importer (:mod:`wenxian.importer`), as pandoc
has one reader per input format: it builds the same model, so the MyST writer
and everything after it are unchanged. What the layout says, this reader
decides (:mod:`~wenxian.pdfreader.lines`, :mod:`~wenxian.pdfreader.zones`,
:mod:`~wenxian.pdfreader.blocks`); the front matter and the reference list
are handed, as clean text in reading order, to the text importer, which knows
their labels and fields — the title and authors are taken from the type of
the first page (the largest type; the line under it).

Superscript marks are read from their size and raised baseline: ``[3]`` and
``[3]11`` (work 3, page 11) and bare numbers are citations, ``①`` and marks
matching a footnote of the page are footnotes; a number printed on the
baseline after an inline ``文献[3]`` is text, never a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.importer import ImportOptions, read_text
from wenxian.importer.chars import HAN_RE, PLACEHOLDER, ends_sentence
from wenxian.importer.authoryear import MARK as AUTHOR_YEAR_MARK
from wenxian.importer.authoryear import (dated_names, extract_author_year, names_in_list, note_inlines,
                                         with_defined_names)
from wenxian.importer.citations import DASH, cited_numbers, extract_citations, raised_mark, unlist_beyond
from wenxian.importer.cover import cover_fields
from wenxian.importer.joining import compounds_in, join_lines
from wenxian.importer.markers import marker_kind
from wenxian.importer.normalize import normalize
from wenxian.model import (
    Article,
    Caption,
    Citation,
    CiteItem,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    Metadata,
    Note,
    Paragraph,
    Text,
)
from wenxian.pdfreader.accounting import unplaced
from wenxian.pdfreader.blocks import PdfBlock, body_blocks
from wenxian.pdfreader.document import OCR_HINT, PdfDocument
from wenxian.pdfreader.lines import PdfLine, Run, page_lines
from wenxian.pdfreader.zones import CAPTION_NOTE, Zoned, numbered_note, raised_numbers, raised_pieces, zone_lines

ENTRY_SKIP = 2  # a bare entry number ("12.") may skip this many entries (one run into another)
MIN_TEXT_CHARS = 40  # a PDF with fewer characters in all is taken for a scan without a text layer
_SUP_MARK = "\ue003"  # a superscript mark while a paragraph is joined (the importer's own marks: U+E000, U+E001)
_NO_PAGE = "\u200b"  # keeps a number printed on the baseline after "]" from being read as a page
_BARE = re.compile(r"^\d{1,3}(?:\s*[,，、\-–—]\s*\d{1,3})*$")
# Circled numbers mark footnotes: ①…⑳ and the dingbat forms some fonts map them to (➀, ❶, ➊).
_CIRCLED = "".join(chr(c) for r in ((0x2460, 0x2473), (0x2776, 0x2793)) for c in range(r[0], r[1] + 1))
# What an exponent follows: a unit in lower case or a one-letter symbol ("km", "m", "x", "R"),
# Greek ones too ("μm", the statistics' "χ²", "σ²", "η²"), a digit, a closing parenthesis. An
# acronym ("GDP", "NDVI") may carry a citation.
_EXPONENT_BASE = re.compile(
    r"(?:(?<![A-Za-z\u0391-\u03a9\u03b1-\u03c9\u00b5])"
    r"(?:[a-z\u03b1-\u03c9\u00b5]{1,3}|[A-Z\u0391-\u03a9])|[0-9)）])$"
)
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789+-()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾")
_TWIN = re.compile(r"^\s*(?:Fig\.?|Figure|Table)\s*\d")
_FOOTNOTE_START = re.compile(rf"^\s*([{_CIRCLED}]|\*+|\d{{1,2}})\s*")


@dataclass
class PdfImport:
    """What the reader made of a PDF, and what it could not decide."""

    article: Article
    explanation: list[str] = field(default_factory=list)  # "line: p.N zone text ← why", in reading order


def read_pdf(path: Path, *, options: ImportOptions | None = None, explain: bool = False) -> PdfImport:
    """Read an article's PDF (pages one at a time) into the article model."""
    options = options or ImportOptions()
    path = Path(path)
    with PdfDocument(path) as document:
        pages = {}
        lines: list[PdfLine] = []
        rotated = 0
        unreadable: list[int] = []
        for page in document.pages():
            if page.unreadable:
                unreadable.append(page.number)
                continue
            for line in page_lines(page):
                line.compact()
                lines.append(line)
            rotated += page.rotated
            page.glyphs = []  # the lines hold what is needed; the page keeps its size and drawings
            pages[page.number] = page
        count = len(document)
    if sum(line.count for line in lines) < MIN_TEXT_CHARS:
        raise WenxianError(
            f"the PDF has no text layer ({count} page{'s' if count != 1 else ''} of images: a scan?)",
            file=path,
            hint=OCR_HINT,
        )
    for number, line in enumerate(lines, 1):
        line.number = number
    # A platform's cover page (CNKI's 网络首发 page) before the article: not the article.
    cover = cover_fields([line.text for line in lines if line.page == lines[0].page]) if lines else None
    if cover is not None and any(line.page != lines[0].page for line in lines):
        lines = [line for line in lines if line.page != lines[0].page]
    zoned, layout = zone_lines(pages, lines)
    result = PdfImport(Article(Metadata(), []))
    if unreadable:
        result.article.notes.append(Note(1, f"page{'s' if len(unreadable) > 1 else ''} "
                                            f"{', '.join(map(str, unreadable))} could not be read and "
                                            "{} left out".format("are" if len(unreadable) > 1 else "is"),
                                         "check those pages in a PDF viewer; repair the file (qpdf IN.pdf OUT.pdf) "
                                         "and import it again, or add their text by hand"))
    if rotated:
        result.article.notes.append(Note(1, f"{rotated} rotated characters left out (a watermark along the margin, "
                                            "or a turned table)", "check the PDF if a turned table or page held text you need"))
    _Builder(path, options, zoned, layout, result).build()
    # Nothing printed is lost without a word: a line handed on but not in the article is reported.
    for item, missing in unplaced(zoned, result.article):
        result.article.notes.append(Note(
            item.line.number, f"text on page {item.line.page} not placed in the article ({item.zone}): {item.line.text}",
            "add it by hand where it belongs; `wenxian import --explain` shows what each line was taken for"))
    for key, value in (cover or {}).items():
        result.article.meta.journal.setdefault(key, value)
    if explain:
        result.explanation = [
            f"{z.line.number}: p.{z.line.page} {z.zone:<10} {z.line.text}" + (f"  ← {z.why}" if z.why else "")
            for z in zoned
        ]
    return result


class _Builder:
    def __init__(self, path: Path, options: ImportOptions, zoned: list[Zoned], layout, result: PdfImport) -> None:
        self.path = path
        self.options = options
        self.zoned = zoned
        self.layout = layout
        self.result = result
        self.compounds = compounds_in(z.line.text for z in zoned)
        self.footnote_labels: dict[tuple[int, str], str] = {}  # (page, mark) → label in the article
        self.footnote_refs: set[str] = set()  # the labels a mark of the text points to so far
        self.reference_count = 0

    def _norm(self, text: str) -> str:
        return normalize(text, punctuation=self.options.punctuation, spaces=self.options.spaces).strip()

    # -- the parts handed to the text importer -------------------------------------------------
    def _zone_text(self, zone: str) -> list[list[PdfLine]]:
        """The zone's lines grouped into blocks: a new block at a field label, a gap or a change of type."""
        groups: list[list[PdfLine]] = []
        previous: PdfLine | None = None
        for item in self.zoned:
            if item.zone != zone:
                continue
            line = item.line
            moved = line.page != previous.page or line.column != previous.column if previous else True
            new = previous is None or marker_kind(line.text) is not None \
                or abs(line.size - previous.size) > 0.3 or line.bold != previous.bold \
                or (moved and ends_sentence(previous.text)) \
                or (line.page != previous.page and marker_kind(groups[-1][0].text) == "journal") \
                or (not moved and line.top - previous.bottom > self.layout.leading)
            if new:
                groups.append([line])
            else:
                groups[-1].append(line)
            previous = line
        return groups

    def _join(self, lines: list[PdfLine], *, keep_superscripts: bool = False) -> str:
        texts = []
        for line in lines:
            texts.append("".join(r.text for r in line.runs() if keep_superscripts or not r.superscript).strip())
        return join_lines([t for t in texts if t], dehyphenate=self.options.dehyphenate, compounds=self.compounds).text

    def front(self) -> Metadata:
        """The text importer reads the head and tail as clean text; the title comes from its type."""
        head = self._zone_text("head")
        title_lines = self._title(head)
        parts = [self._join(group, keep_superscripts=True) for group in head]
        tail = [self._join(group) for group in self._zone_text("tail")]
        # One block a line, each opened by a full-width indent: the text importer's surest block mark.
        text = "".join(f"\u3000\u3000{part}\n" for part in parts + tail)
        meta = read_text(text, file=self.path, options=self.options).meta
        if title_lines and not self.options.title:
            # A mark after the title points to a note about it (基金项目, 暂定标题): not part of it.
            meta.title = re.sub(r"\s*[*†‡]+$", "", self._norm(self._join(title_lines)))
            below = self._author_line(head, title_lines)
            if below is not None and not meta.authors and not self.options.authors:
                meta.authors = _names(self._join([below]))
        return meta

    def _title(self, head: list[list[PdfLine]]) -> list[PdfLine]:
        """The first page's largest type, if it stands out from the body text: the title (maybe wrapped)."""
        lines = [line for group in head for line in group if HAN_RE.search(line.text)]
        if not lines:
            return []
        biggest = max(line.size for line in lines)
        if biggest < self.layout.body_size * 1.15:
            return []
        for group in head:
            if group[0].size == biggest and HAN_RE.search(group[0].text):
                return group
        return []

    def _author_line(self, head: list[list[PdfLine]], title: list[PdfLine]) -> PdfLine | None:
        flat = [line for group in head for line in group]
        at = flat.index(title[-1]) + 1
        if at < len(flat):
            line = flat[at]
            if marker_kind(line.text) is None and HAN_RE.search(line.text) and len(line.text) <= 60:
                return line
        return None

    def references(self) -> list:
        """The reference list read by the text importer: one entry per line where its entries are
        numbered ([1], 1.); an unnumbered list (author-year) line by line as printed, for the
        list reader to find where each entry starts (a name and a year, after a finished entry)."""
        printed: list[tuple[int, str]] = []
        for item in self.zoned:
            if item.zone != "references" or marker_kind(item.line.text) == "references":
                continue
            text = self._join([item.line], keep_superscripts=True)
            if text:
                printed.append((item.line.number, text))
        if not printed:
            return []
        numbered = sum(1 for _, text in printed if _ENTRY_START.match(text)) >= min(2, len(printed))
        entries: list[tuple[int, str]] = []
        for number, text in printed:
            if numbered and entries and not _starts_entry(text, len(entries) + 1):
                entries[-1] = (entries[-1][0], join_lines([entries[-1][1], text], dehyphenate=self.options.dehyphenate,
                                                          compounds=self.compounds).text)
            else:
                entries.append((number, text))
        article = read_text("参考文献\n" + "\n".join(text for _, text in entries) + "\n", file=self.path, options=self.options)
        for ref in article.references:
            ref.line = entries[ref.line - 2][0] if 2 <= ref.line <= len(entries) + 1 else entries[0][0]
        return article.references

    # -- the body ----------------------------------------------------------------------------
    def build(self) -> None:
        article = self.result.article
        article.references = self.references()
        self.reference_count = len(article.references)
        body = "\n".join(item.line.text for item in self.zoned if item.zone == "body")
        self.known_names = with_defined_names(names_in_list(r.text for r in article.references), body)
        self.dated_names = dated_names(r.text for r in article.references)
        self._footnotes()
        for note in article.footnotes:  # their author-year citations, as the text's
            note.inlines = note_inlines(note.text, note.line, self.known_names, self.dated_names)
        article.meta = self.front()
        section = [0, 0, 0, 0]
        for block in body_blocks(self.zoned, self.layout):
            if block.kind == "heading":
                level = max(1, min(4, block.level))
                section[level - 1] += 1
                for deeper in range(level, 4):
                    section[deeper] = 0
                label = "sec-" + "-".join(str(n) for n in section[:level])
                article.blocks.append(Heading(level, self._norm(self._join(block.lines)), label, block.lines[0].number))
            elif block.kind == "caption":
                split = next((k for k, line in enumerate(block.lines) if k and CAPTION_NOTE.match(line.text)), len(block.lines))
                # The English twin ("Table 1 …", "Fig. 1 …") is set apart from the Chinese title by a space.
                twin = next((k for k, line in enumerate(block.lines[:split]) if k and _TWIN.match(line.text)), split)
                text = " ".join(part for part in (self._norm(self._join(block.lines[:twin])),
                                                  self._norm(self._join(block.lines[twin:split]))) if part)
                note = self._norm(self._join(block.lines[split:])) or None
                kind = "table" if re.match(r"^(?:表|附表|续表|Table)", text) else "figure"
                article.blocks.append(Caption(kind, text, block.lines[0].number, block.lines[0].page, note))
            else:
                paragraph = self._paragraph(block)
                if paragraph.inlines:
                    article.blocks.append(paragraph)
        self._unplaced_footnotes()
        unlist_beyond(article)

    def _unplaced_footnotes(self) -> None:
        """A footnote no mark of the text points to (one on the title, say) has no place in the
        article: it is reported with its text, for the editor to place or drop."""
        article = self.result.article
        placed = {i.label for b in article.blocks if isinstance(b, Paragraph) for i in b.inlines if isinstance(i, FootnoteRef)}
        for note in [n for n in article.footnotes if n.label not in placed]:
            article.footnotes.remove(note)
            article.notes.append(Note(
                note.line, f"a footnote with no mark in the text (on the title or a heading?): {note.text}",
                "put it where it belongs ([^label] and a '[^label]: text' line in the MyST), "
                "or into the front matter, or leave it out"))

    def _footnotes(self) -> None:
        """Page footnotes (not the first page's journal fields): label each by its mark and page."""
        notes = self.result.article.footnotes
        current: tuple[int, str] | None = None
        raised = raised_numbers(self.zoned)
        for item in self.zoned:
            if item.zone != "footnote":
                continue
            text = self._join([item.line], keep_superscripts=True)
            match = _FOOTNOTE_START.match(text)
            if match and (match.group(1) in _CIRCLED or match.group(1).startswith("*") or item.line.runs()[0].superscript
                          or numbered_note(item, raised) == match.group(1)):
                label = f"fn{len(notes) + 1}"
                current = (item.line.page, match.group(1))
                self.footnote_labels[current] = label
                notes.append(_note(label, text[match.end():], item.line.number))
            elif notes and current is not None and current[0] == item.line.page:
                notes[-1] = _note(notes[-1].label, join_lines([notes[-1].text, text]).text, notes[-1].line)
            else:
                label = f"fn{len(notes) + 1}"
                current = (item.line.page, "")
                notes.append(_note(label, text, item.line.number))
                self.result.article.notes.append(Note(
                    item.line.number, f"a footnote without a mark on page {item.line.page}: {text[:30]}…",
                    f"link it to its place in the text by hand ([^{label}] in the MyST)"))

    def _paragraph(self, block: PdfBlock) -> Paragraph:
        marks: list[Inline] = []
        texts: list[str] = []
        lead = ""
        for k, (line, runs) in enumerate(zip(block.lines, _marks_rejoined(block.lines))):
            parts: list[str] = []
            if k == 0 and block.lead_in and block.lead_lines == 2:
                lead = "".join(r.text for r in runs).strip()  # the lead-in wrapped: its first line is all of it
                runs = []
            elif k < block.lead_lines and block.lead_in:
                lead += runs[0].text.strip()
                runs = runs[1:]
            for run in runs:
                if run.superscript:
                    for piece in raised_pieces(run.text.strip()):  # a note's mark and a citation's in one run: each
                        before = "".join(parts) or (texts[-1] if texts else "")
                        mark = self._superscript(piece, line, before)
                        if isinstance(mark, str):
                            parts.append(mark)
                        else:
                            parts.append(_SUP_MARK)
                            marks.append(mark)
                else:
                    parts.append(re.sub(r"([\]］])(?=\s*\d)", "\\1" + _NO_PAGE, run.text))
            texts.append("".join(parts).strip())
        numbers = [line.number for line in block.lines]
        kept = [(t, n) for t, n in zip(texts, numbers) if t]
        joined = join_lines([t for t, _ in kept], dehyphenate=self.options.dehyphenate, compounds=self.compounds)
        # Author-year citations first ("（张伟等，2019）", "Card et al.（2010）"), linked to the list's
        # entries by their names, then the numbered ones, each in reading order.
        text, named = extract_author_year(joined.text, joined.starts, [n for _, n in kept], self.known_names,
                                          self.dated_names)
        body, inline = extract_citations(text, joined.starts, [n for _, n in kept], file=self.path)
        ordered: list[Inline] = []
        inline_iter, marks_iter, named_iter = iter(inline), iter(marks), iter(named)
        for char in body:
            if char == PLACEHOLDER:
                ordered.append(next(inline_iter))
            elif char == _SUP_MARK:
                ordered.append(next(marks_iter))
            elif char == AUTHOR_YEAR_MARK:
                ordered.append(next(named_iter))
        body = body.replace(_SUP_MARK, PLACEHOLDER).replace(AUTHOR_YEAR_MARK, PLACEHOLDER).replace(_NO_PAGE, "")
        pieces = normalize(body, punctuation=self.options.punctuation, spaces=self.options.spaces).strip().split(PLACEHOLDER)
        inlines: list[Inline] = []
        for k, piece in enumerate(pieces):
            if piece:
                inlines.append(Text(piece))
            if k < len(ordered):
                inlines.append(ordered[k])
        return Paragraph(inlines, block.lines[0].number, lead=self._norm(lead) if lead else None)

    def _superscript(self, text: str, line: PdfLine, before: str = "") -> Inline | str:
        """A superscript run: a citation, a footnote mark, or text (x², 10⁶, km²).

        A bare number right after a unit (one to three lower-case letters) or a one-letter
        symbol, or after a digit or a closing parenthesis, is an exponent ("1.35 万 km²", "10⁶", "(a+b)²"), not
        a citation; ``before`` is the text the run follows."""
        if text in _CIRCLED or text.startswith("*") or (line.page, text) in self.footnote_labels:
            label = self.footnote_labels.get((line.page, text))
            if label is None and (line.page - 1, text) in self.footnote_labels:
                # The note set at the foot of the page before (its paragraph began there): taken
                # while no mark of that page points to it.
                label = self.footnote_labels[(line.page - 1, text)]
                label = None if label in self.footnote_refs else label
            if label:
                self.footnote_refs.add(label)
                return FootnoteRef(label)
        marks = raised_mark(text)
        if marks is not None and marks[0]:
            items = marks[0]
            if all(1 <= item.number <= max(self.reference_count, 1) for item in items) or not self.reference_count:
                return Citation(items, text, line.number)
        exponent = _BARE.match(text) is not None and _EXPONENT_BASE.search(before) is not None
        if exponent:
            return text.translate(_SUPERSCRIPT_DIGITS)
        if _BARE.match(text) and self.reference_count:
            numbers = cited_numbers(text)[0]
            if numbers and all(1 <= n <= self.reference_count for n in numbers):
                return Citation(tuple(CiteItem(n) for n in numbers), f"[{text}]", line.number)
        if text.strip():
            self.result.article.notes.append(Note(
                line.number, f"superscript {text!r} on page {line.page} kept as text: not a citation or footnote mark",
                "if it is a citation, write it as {cite:p}`key` in the MyST"))
        return text.translate(_SUPERSCRIPT_DIGITS)


def _marks_rejoined(lines: list[PdfLine]) -> list[list[Run]]:
    """Each line's runs, a raised mark broken over two lines ("[2-" at a line's end, "3]" at the
    next one's start: a browser breaks after a hyphen) put back together on the first."""
    out = [_dash_joined(list(line.runs())) for line in lines]
    for this, after in zip(out, out[1:]):
        if this and after and this[-1].superscript and after[0].superscript and not re.search(r"[\]］]\s*$", this[-1].text):
            first = after.pop(0)
            this[-1] = Run(this[-1].text.rstrip() + first.text.strip(), this[-1].size, this[-1].bold, True)
    return out


def _dash_joined(runs: list[Run]) -> list[Run]:
    """Two raised marks with a dash on the baseline between them ("[12]", "-", "[14]": a word
    processor raises the marks alone) as one raised mark, "[12]-[14]", a citation of the range."""
    out: list[Run] = []
    for run in runs:
        if (len(out) >= 2 and run.superscript and run.text.lstrip()[:1] in "[［" and out[-2].superscript
                and re.fullmatch(rf"\s*{DASH}\s*", out[-1].text) and re.search(r"[\]］]\s*$", out[-2].text)):
            out[-2:] = [Run(out[-2].text.rstrip() + "-" + run.text.strip(), out[-2].size, out[-2].bold, True)]
        else:
            out.append(run)
    return out


def _note(label: str, text: str, line: int) -> Footnote:
    return Footnote(label, normalize(text.strip()), line)


_ENTRY_START = re.compile(r"^\s*(?:[\[［【]\s*\d{1,3}\s*[\]］】]|\d{1,3}\s*[.．、)）](?!\d))")


def _starts_entry(text: str, expected: int) -> bool:
    """Whether a line of the list opens an entry: a bracketed number ("[12]"), or a bare one
    ("12.") that is the entry due next, or one of the few after it (an entry missed) — a wrapped entry's second line may open with the end
    of its page range ("315. DOI: …" under "…, 2018, 7(3): 301-"), which is no entry."""
    match = _ENTRY_START.match(text)
    if match is None:
        return False
    number = re.search(r"\d+", match.group(0))
    return match.group(0).lstrip()[0] in "[［【" or expected <= int(number.group(0)) <= expected + ENTRY_SKIP


def _names(text: str) -> list[str]:
    """Author names from the line under the title (superscript markers already dropped)."""
    text = re.sub(r"[\d*]+", " ", text)
    names = [n.strip() for n in re.split(r"[，,、；;\s]+", text) if n.strip()]
    if not names or any(len(n) > 20 for n in names):
        return []
    return names
