"""The importer's pipeline: raw bytes → :class:`wenxian.model.Article`.

decode → lines → page marks → block order → blocks (layout) → front matter, headings,
reference list, paragraphs (line joining, citations, normalisation). Each
step is its own module; this one only strings them together.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, is_dataclass, replace
from pathlib import Path

from wenxian.importer.authoryear import (MARK, dated_names, extract_author_year, names_in_list, note_inlines,
                                         with_defined_names)
from wenxian.importer.blockorder import restore_block_order
from wenxian.importer.captions import NOTE, caption_kind
from wenxian.importer.chars import HAN_RE, PLACEHOLDER, ends_sentence, formula_lines
from wenxian.importer.cover import find_cover
from wenxian.importer.footnotes import CIRCLED, Pairing, notes_at_foot, numbered_notes, pair, place_notes, split_notes
from wenxian.importer.markdown import formula_as_text, MATH_MARK, MATH_REF, math_index
from wenxian.importer.citations import extract_citations, unlist_beyond
from wenxian.importer.decode import decode_bytes
from wenxian.importer.evidence import Decision
from wenxian.importer.frontmatter import FrontMatter
from wenxian.importer.joining import Joined, compounds_in, join_lines
from wenxian.importer.layout import Chunk, break_across, segment
from wenxian.importer.lines import Line, Lines, split_lines
from wenxian.importer.markers import CN_KINDS, EN_KINDS, join_split_labels
from wenxian.importer.normalize import normalize
from wenxian.importer.options import ImportOptions
from wenxian.importer.pagemarks import page_footnotes, remove_page_marks
from wenxian.importer.references import ENTRY_START, entry_doi, read_reference_zone
from wenxian.model import (
    Article,
    Block,
    Caption,
    Footnote,
    FootnoteRef,
    Formula,
    Heading,
    Inline,
    Math,
    Note,
    Paragraph,
    Text,
)
from wenxian.refparse.listcut import continues_entry, opens_author_year_entry

_MARKS = re.compile(f"[{MARK}{PLACEHOLDER}]")
MAX_HEAD_LINES = 16  # lines before the abstract that may be journal lines, title, authors, affiliations
MAX_EN_HEAD = 8  # Latin lines before "Abstract:" that may be the English title, authors, affiliations
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# A year or a number alone on a line (a range too: "2021—2023"), no full stop after it.
_BARE_NUMBER = re.compile(r"^\s*\d{1,4}(?:\s*[-–—~]\s*\d{1,4})?\s*$")
_LATIN_OPEN_END = re.compile(r"[A-Za-z]\s*$")


def _title_tail_number(line: Line, above: Line | None) -> bool:
    """``line`` is a number alone, right under a Latin line that stops on a word (no full stop,
    comma or colon): the wrapped end of an English title ("… in Chengzhou from 2021 to" / "2023";
    session 15), not a reference's last line ("377-392.") nor a page number under a reference."""
    return above is not None and _BARE_NUMBER.match(line.text) is not None and not HAN_RE.search(above.text) \
        and _LATIN_OPEN_END.search(above.text) is not None


def _last_line(chunks: list[Chunk], k: int) -> Line | None:
    return chunks[k].lines[-1] if 0 <= k < len(chunks) and chunks[k].lines else None


def _title_tail_chunk(chunks: list[Chunk], k: int) -> bool:
    """A block of one line that is an English title's wrapped last number (:func:`_title_tail_number`),
    taken for a table's cells (a number alone on its line)."""
    return chunks[k].kind == "cells" and len(chunks[k].lines) == 1 and _title_tail_number(chunks[k].lines[0], _last_line(chunks, k - 1))


def read_article(
    data: bytes,
    *,
    file: str | Path | None = None,
    options: ImportOptions | None = None,
    explain: list[Decision] | None = None,
) -> Article:
    """Read a raw PDF-extracted text (bytes in any supported encoding).

    Every weighed decision (paragraph breaks, page furniture) is appended to
    ``explain`` when it is given.
    """
    options = options or ImportOptions()
    text = decode_bytes(data, file=file, max_bytes=options.max_bytes)
    return read_text(text, file=file, options=options, explain=explain)


def read_text(
    text: str,
    *,
    file: str | Path | None = None,
    options: ImportOptions | None = None,
    explain: list[Decision] | None = None,
) -> Article:
    """Read already decoded text (``\\n`` line ends)."""
    with collector_paused():
        return _Reader(file, options or ImportOptions(), explain).read(text)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a text is read, and left as it was found
    after it. Reading a text builds a record per line (``Line``) and lists of them, pass by pass, kept
    to the article's end: the collector's passes, set off every few hundred objects made, walked those
    again and again and found nothing to free (a tenth of the 1 MB bench's CPU time, session 13).
    Memory is freed as ever when its last reference goes; objects in cycles, if any, at the
    collector's next pass."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_CID = re.compile(r"\(cid:\d+\)")
_CIRCLED = re.compile(f"[{CIRCLED}]")
MAX_LINES_NAMED = 8


def _on_lines(lines: list[int]) -> str:
    """"on line 3" or "on lines 3, 8, …": where a note's cases stand, the first MAX_LINES_NAMED named."""
    shown = ", ".join(map(str, lines[:MAX_LINES_NAMED])) + (", …" if len(lines) > MAX_LINES_NAMED else "")
    return f"on line{'s' if len(lines) != 1 else ''} {shown}"


class _Reader:
    def __init__(self, file: str | Path | None, options: ImportOptions, explain: list[Decision] | None = None) -> None:
        self.file = file
        self.options = options
        self.compounds: frozenset[str] = frozenset()
        self.section = [0, 0, 0, 0]
        self.notes: list[Note] = []
        self.explain: list[Decision] | None = explain
        self.known_names: frozenset[str] = frozenset()
        self.dated_names: frozenset[tuple[str, str]] = frozenset()
        self.math: list[str] = []  # the TeX of a Markdown text's inline formulas, by their marks
        self.pairing = Pairing()  # the notes at the pages' feet, by their marks

    def read(self, text: str) -> Article:
        if "(cid:" in text:
            text = self._unmapped_glyphs(text)
        doc = split_lines(text)
        if doc.radicals:
            self._radicals_read(doc.radicals, doc.radical_lines)
        self.math = doc.math
        tables = doc.tables
        cover = find_cover(doc.lines)
        if cover.lines:  # a platform's cover page (CNKI's 网络首发 page): not the article
            if self.explain is not None:
                first, last = doc.lines[0].number, doc.lines[cover.lines - 1].number
                self.explain.append(Decision(f"cover page left out (lines {first}-{last})", first, 1.0,
                                             {"cover": 1.0}, {"cover": 1.0}))
            doc = Lines(doc.lines[cover.lines:], doc.blank_is_filler, doc.blank_trust, doc.math)
        furniture: list[Line] = []
        if self.options.strip_page_marks:
            doc, furniture = remove_page_marks(doc, self.explain)
            doc, footnotes = page_footnotes(doc)
            for mark, note in footnotes:
                self.notes.append(Note(
                    mark.number, f"a page footnote {mark.text.strip()} taken out of the body: "
                                 + (note.text if note is not None else "its text not found (mark alone on its line)"),
                    f"put it back where {mark.text.strip()} stands in the text ([^1] and a '[^1]: text' line in the MyST)"))
        doc, foot_notes = notes_at_foot(numbered_notes(doc, furniture), furniture)
        doc = restore_block_order(doc, self.explain)
        doc = join_split_labels(doc)
        self.compounds = compounds_in(line.text for line in doc.lines)
        chunks = _abstract_run_on(segment(doc, self.explain))
        front = FrontMatter(self.options, self.compounds)
        chunks = _rejoin_across_footnotes(place_notes(split_notes(self._front_head(chunks, front, furniture)), foot_notes),
                                          self.explain)
        blocks: list[Block] = []
        reference_lines: list = []  # the whole list is cut at once: an entry may span chunks
        in_references = False
        for chunk in chunks:
            if chunk.kind == "cells":
                continue  # a table's cells or a figure's labels, printed away from its caption
            if chunk.kind == "references":
                in_references = True
            elif chunk.kind in CN_KINDS or chunk.kind in EN_KINDS:
                # Fields right under the list's heading, before any entry, are the first page's
                # footnote (收稿日期, 基金项目 …: the heading ended the page): the list goes on after
                # them. Fields after entries (作者简介 …) end it.
                in_references = in_references and chunk.kind == "journal" and not reference_lines
                front.add(chunk)
            elif in_references:
                reference_lines.extend(chunk.lines)
            elif chunk.kind == "heading":
                blocks.append(self._heading(chunk))
            elif chunk.kind == "caption":
                blocks.append(chunk)  # read below, once the list's names are known (its note may cite)
            elif chunk.kind == "formula":
                blocks.append(Formula(chunk.lines[0].text, chunk.lines[0].number))
            elif chunk.kind == "footnote":
                blocks.append(chunk)  # a note at the page's foot: paired with its mark below
            else:
                blocks.append(chunk)  # read below, once the list's names are known
        references, after, asides = read_reference_zone(reference_lines)
        # the names the list opens entries with, and the short names the text defines for them
        # ("中华全国工商业联合会（以下简称全国工商联）": "全国工商联（2021）" is a citation too)
        body = "\n".join(line.text for b in blocks if isinstance(b, Chunk) for line in b.lines)
        self.known_names = with_defined_names(names_in_list(r.text for r in references), body)
        self.dated_names = dated_names(r.text for r in references)
        blocks, footnotes = self._footnotes(blocks)
        blocks = [(self._caption(b) if b.kind == "caption" else self._paragraph(b)) if isinstance(b, Chunk) else b
                  for b in blocks]
        blocks = _with_tables(blocks, [(line, self._cells(rows)) for line, rows in tables])
        if self.math:  # formulas outside paragraphs are given back as the TeX they were
            references = [replace(r, text=self._unhide(r.text), translation=self._unhide(r.translation))
                          for r in references]
        meta = self._unhide_all(front.apply_options())
        for key, value in cover.fields.items():
            meta.journal.setdefault(key, value)
        article = Article(meta, blocks, references, notes=self.notes, footnotes=footnotes,
                          after_references=after, asides_in_references=asides)
        unlist_beyond(article)
        return article

    def _footnotes(self, blocks: list) -> tuple[list, list[Footnote]]:
        """The notes at the pages' feet paired with the text's marks (:mod:`.footnotes`): paired,
        a note leaves the body for the article's footnotes; unpaired, it stays a paragraph."""
        notes = [b for b in blocks if isinstance(b, Chunk) and b.kind == "footnote"]
        if not notes:
            return blocks, []
        self.pairing, labelled = pair([b for b in blocks if isinstance(b, Chunk) and b.kind == "text"], notes)
        for mark, line, in_text, in_notes in self.pairing.unpaired:
            self.notes.append(Note(line, f"the text has {in_text} mark{'s' if in_text != 1 else ''} {mark} and "
                                         f"{in_notes} note{'s' if in_notes != 1 else ''} {mark}: those notes are kept as "
                                         "paragraphs, the marks as text",
                                   f"check the {mark} marks and notes in the raw text (a list counted {mark} beside "
                                   "footnotes?)"))
        chunks = {id(chunk): label for label, chunk in labelled}
        footnotes = [self._footnote(label, chunk) for label, chunk in labelled]
        kept = [Chunk("text", b.lines) if isinstance(b, Chunk) and b.kind == "footnote" else b
                for b in blocks if not (isinstance(b, Chunk) and id(b) in chunks)]
        return kept, footnotes

    def _footnote(self, label: str, chunk: Chunk) -> Footnote:
        """A note at a page's foot, its author-year citations found as a paragraph's are
        ("① …口径与刘建华（2017）和 Chen et al.（2020）一致")."""
        text = self._norm(self._joined(Chunk("text", chunk.lines)).text[1:]).strip()
        line = chunk.lines[0].number
        return Footnote(label, text, line, note_inlines(text, line, self.known_names, self.dated_names))

    def _footnote_ref(self, mark: re.Match[str]) -> FootnoteRef | None:
        """The reference a circled mark stands for, when a note is paired with it."""
        label = self.pairing.take(mark.group(0), mark.string, mark.start())
        return FootnoteRef(label) if label else None

    def _unmapped_glyphs(self, text: str) -> str:
        """pdfminer writes a glyph its font maps to no character as "(cid:1234)": each becomes
        U+FFFD (the reader sees where one is missing, the citation and paragraph rules no digits
        or parentheses), reported once with the lines where they stand."""
        lines = [k for k, line in enumerate(text.split("\n"), 1) if _CID.search(line)]
        if not lines:
            return text  # "(cid:" without its number: text
        count = len(_CID.findall(text))
        self.notes.append(Note(
            lines[0], f"{count} character{'s' if count != 1 else ''} the extractor could not map to text "
                      f"(\"(cid:…)\") shown as \ufffd, {_on_lines(lines)}",
            "the PDF's fonts have no Unicode map for them: another extractor may still read them (pdftotext, "
            "or wenxian import FILE.pdf); else type them from the page where \ufffd stands"))
        return _CID.sub("\ufffd", text)

    def _radicals_read(self, count: int, lines: list[int]) -> None:
        """Report once the CJK radicals read as ideographs (:mod:`.glyphs`): the text is right
        now, but the user may want to know the extractor gave them."""
        self.notes.append(Note(
            lines[0], f"{count} CJK radical{'s' if count != 1 else ''} (such as ⽉ or ⻔) read as the "
                      f"ideograph{'s' if count != 1 else ''} they stand for (月, 门), {_on_lines(lines)}",
            "the PDF's font maps those ideographs to radicals (Chromium's and word processors' PDFs do) and the "
            "extractor kept them: nothing to do, unless the article really prints a radical there"))

    def _front_head(self, chunks: list[Chunk], front: FrontMatter, furniture: list[Line]) -> list[Chunk]:
        """Take title/authors/affiliations before the abstract and the English head before "Abstract:"."""
        first = next((k for k, c in enumerate(chunks) if (c.kind in CN_KINDS and c.kind != "journal") or c.kind == "en_abstract"), None)
        if first is not None and 0 < first and all(c.kind in ("text", "heading", "journal") for c in chunks[:first]):
            # A journal field printed above the title ("DOI：…", "文章编号：…") is a field like
            # the others; the unlabelled lines around it are the head.
            fields = [c for c in chunks[:first] if c.kind == "journal"]
            head = [line for c in chunks[:first] if c.kind != "journal" for line in c.lines]
            if head and len(head) <= MAX_HEAD_LINES:
                top = chunks[first].lines[0].number
                rest = front.first_page_head(head, [line for line in furniture if line.number < top])
                chunks = fields + ([Chunk("text", rest)] if rest else []) + chunks[first:]
        en = next((k for k, c in enumerate(chunks) if c.kind == "en_abstract"), None)
        if en:
            # Latin lines right before "Abstract:", maybe the tail of a block.
            lines: list[Line] = []
            k = en - 1
            while k >= 0 and (chunks[k].kind in ("text", "heading", "references") or _title_tail_chunk(chunks, k)):
                chunk_lines = chunks[k].lines
                cut = len(chunk_lines)
                while (
                    cut > 0
                    and not HAN_RE.search(chunk_lines[cut - 1].text)
                    and not ENTRY_START.match(chunk_lines[cut - 1].text)
                    and not opens_author_year_entry(chunk_lines[cut - 1].text)  # an unlabelled list's last entry
                    # no letter: no line of a title or of names ("77-82.": a reference's end), but for
                    # a title's wrapped last word that is a year ("… from 2021 to" / "2023")
                    and (_LATIN_LETTER.search(chunk_lines[cut - 1].text) or _title_tail_number(
                        chunk_lines[cut - 1], chunk_lines[cut - 2] if cut > 1 else _last_line(chunks, k - 1)))
                    and len(lines) + len(chunk_lines) - cut < MAX_EN_HEAD
                ):
                    cut -= 1
                while 0 < cut < len(chunk_lines) and (top := _entry_top(chunk_lines, cut)) is not None and continues_entry(
                        chunk_lines[cut].text, " ".join(line.text for line in chunk_lines[top:cut])):
                    cut += 1  # the last entry's tail ("46(8): 92-99."), not the English title's first line
                lines = chunk_lines[cut:] + lines
                if cut > 0 or chunks[k].kind == "references":
                    break
                k -= 1
            if lines:
                before = chunks[: max(k, 0)]
                if k >= 0 and cut > 0:
                    before = chunks[:k] + [Chunk(chunks[k].kind, chunks[k].lines[:cut], chunks[k].level, chunks[k].lead)]
                elif k >= 0:
                    before = chunks[: k + 1]
                chunks = before + front.english_head([Chunk("text", lines)]) + chunks[en:]
        return chunks

    def _unhide(self, text, plain: bool = False):
        """``text`` with each inline formula's mark given back as ``$TeX$``; with ``plain``, as
        the text it printed where that is plain (:func:`formula_as_text`)."""
        if not text or MATH_MARK not in text:
            return text

        def back(m: re.Match[str]) -> str:
            tex = self.math[math_index(m)]
            return (formula_as_text(tex) if plain else None) or f"${tex}$"

        return MATH_REF.sub(back, text)

    def _unhide_all(self, value):
        """A front-matter value (dataclass, list, dict, str) with its formulas given back: as the
        text they printed where that is plain (a front-matter field is text, no formula is
        typeset there: "P < 0 . 0 5" → "P<0.05"), else as ``$TeX$``."""
        if not self.math:
            return value
        if isinstance(value, str):
            return self._unhide(value, plain=True)
        if isinstance(value, list):
            return [self._unhide_all(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self._unhide_all(v) for v in value)
        if isinstance(value, dict):
            return {k: self._unhide_all(v) for k, v in value.items()}
        if is_dataclass(value) and not isinstance(value, type):
            return replace(value, **{f.name: self._unhide_all(getattr(value, f.name)) for f in fields(value)
                                     if f.init})
        return value


    def _joined(self, chunk: Chunk) -> Joined:
        return join_lines(
            [line.text for line in chunk.lines], dehyphenate=self.options.dehyphenate, compounds=self.compounds
        )

    def _norm(self, text: str) -> str:
        return normalize(text, punctuation=self.options.punctuation, spaces=self.options.spaces)

    def _heading(self, chunk: Chunk) -> Heading:
        level = chunk.level
        self.section[level - 1] += 1
        for deeper in range(level, 4):
            self.section[deeper] = 0
        label = "sec-" + "-".join(str(n) for n in self.section[:level])
        return Heading(level, self._unhide(self._norm(self._joined(chunk).text).strip()), label, chunk.lines[0].number)

    def _caption(self, chunk: Chunk) -> Caption:
        """Where a figure or table stood: its caption (with its English twin) and its note."""
        split = next((k for k, line in enumerate(chunk.lines) if k and NOTE.match(line.text)), len(chunk.lines))
        text = ""
        for line in chunk.lines[:split]:
            part = self._norm(line.text).strip()
            # A Chinese title wrapped mid-word ("…的监" + "测和…") runs on without a space.
            glued = text and _WRAPS_HAN.search(text[-1]) and _WRAPS_HAN.match(part)
            text += part if not text or glued else " " + part
        note = self._norm(self._joined(Chunk("text", chunk.lines[split:])).text).strip() if split < len(chunk.lines) else None
        first = chunk.lines[0].text
        # Its number may stand on a line of its own ("表1", then its title).
        kind = caption_kind(first) or (len(chunk.lines) > 1 and caption_kind(f"{first} {chunk.lines[1].text}")) or "figure"
        note = self._unhide(note) or None
        cited: list[Inline] = []
        if note:
            # a note citing works ("注：变量定义参照刘海川等（2018）；数据来源：国家统计局（2021）"), read
            # as a paragraph is: the citations in the text as given, the words between normalised
            raw = self._joined(Chunk("text", chunk.lines[split:])).text.strip()
            cited = [Text(self._unhide(self._norm(i.text))) if isinstance(i, Text) else i
                     for i in note_inlines(raw, chunk.lines[split].number, self.known_names, self.dated_names)]
        return Caption(kind, self._unhide(text), chunk.lines[0].number, None, note, note_inlines=cited)

    def _cells(self, rows: list[list[str]]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(self._unhide(self._norm(cell)).strip() for cell in row) for row in rows)

    def _paragraph(self, chunk: Chunk) -> Paragraph:
        lead = None
        if chunk.lead and chunk.lines[0].text.startswith(chunk.lead):
            first = chunk.lines[0]
            lead = self._norm(chunk.lead).strip()
            chunk = Chunk(chunk.kind, [Line(first.number, first.text[len(chunk.lead) :].lstrip() or " ", first.indent, first.gap_after, first.width, first.page)] + chunk.lines[1:])
        joined = self._joined(chunk)
        numbers = [line.number for line in chunk.lines]
        text, named = extract_author_year(joined.text, joined.starts, numbers, self.known_names, self.dated_names)
        body, numeric = extract_citations(text, joined.starts, numbers, file=self.file, notes=self.notes)
        # Both kinds in reading order: MARK stands for an author-year one, PLACEHOLDER for a number.
        order = [named.pop(0) if c == MARK else numeric.pop(0) for c in _MARKS.findall(body)] if named else numeric
        parts = self._norm(body.replace(MARK, PLACEHOLDER)).strip().split(PLACEHOLDER)
        inlines: list[Inline] = []
        for k, part in enumerate(parts):
            if part:
                inlines.append(Text(part))
            if k < len(order):
                inlines.append(order[k])
        if self.math:  # a formula's mark becomes the formula
            inlines, lead = _split_text(inlines, MATH_REF, lambda m: Math(self.math[math_index(m)])), self._unhide(lead)
        if self.pairing.labels:  # a paired note's mark becomes its reference; another stays text
            inlines = _split_text(inlines, _CIRCLED, self._footnote_ref)
        return Paragraph(inlines, chunk.lines[0].number, lead)



def _entry_top(lines: list[Line], end: int) -> int | None:
    """The index of the line opening the reference entry that ``lines[end - 1]`` belongs to (None:
    no entry's label above it, the lines are no list's)."""
    return next((k for k in range(end - 1, -1, -1) if ENTRY_START.match(lines[k].text)), None)


def _split_text(inlines: list[Inline], pattern: re.Pattern[str], make) -> list[Inline]:
    """Text runs split where ``pattern`` matches: each match becomes ``make(match)``, or stays
    text where that gives None."""
    out: list[Inline] = []
    for inline in inlines:
        if not isinstance(inline, Text) or not pattern.search(inline.text):
            out.append(inline)
            continue
        pos = 0
        for m in pattern.finditer(inline.text):
            made = make(m)
            if made is None:
                continue
            if m.start() > pos:
                out.append(Text(inline.text[pos:m.start()]))
            out.append(made)
            pos = m.end()
        if pos < len(inline.text):
            out.append(Text(inline.text[pos:]))
    return out


def _breaks_across(before: Chunk, after: Chunk, between: list[Chunk], explain: list[Decision] | None,
                   around: tuple[list[Line], list[Line]] = ([], [])) -> bool:
    """Whether a paragraph ends at the sentence end before a figure or footnote (see
    ``layout.break_across``; ``between``: the chunks standing between; ``around``: the text
    lines before and after the two parts, in the blocks beside them, to measure the column on
    where a part is short): only where the part after holds two lines or more (one line after, a
    paragraph's rest or a paragraph of one line, says nothing by its width). A part before of one line
    is measured as a paragraph's first line, short by its indent (session 13: "从支出结构看，…（表 2）。"
    right under a heading, a table, then the paragraph going on; a part of one line was a
    paragraph's end whatever followed)."""
    if len(after.lines) < 2:
        return True
    decision = break_across(before.lines, after.lines, inside=_anchored(before, between), around=around)
    if explain is not None:
        explain.append(decision)
    return decision.yes


def _displayed_formula(chunk: Chunk) -> bool:
    """Whether ``chunk`` is a displayed formula with its number, a block of its own (``chars.formula_lines``):
    across a figure standing between, no paragraph's rest after it, nor the rest of a lead-in ending on
    a colon before it (session 13: "…可按下式计算：", a figure, "Nₜ = 0.9φ(…) (3)", then "式中，…": the
    formula and its lead-in were one paragraph). A lead-in without a colon is left as before: on
    pdfplumber's texts, whose lines of two columns interleave, a formula taken from the paragraph it
    stood in made more wrong pieces of it, not fewer."""
    return bool(chunk.lines) and formula_lines([line.text for line in chunk.lines], 0) == len(chunk.lines)


_FLOAT_LABEL = re.compile(r"^\s*([图表])\s*(\d+)")


def _anchored(before: Chunk, between: list[Chunk]) -> bool:
    """Whether a figure or table standing between was set in the text's flow where its anchor
    stands: the sentence right before it cites it ("…的认同比例见表2。", "…参与为主（图 1）。"), as a
    word processor and a browser place it. A float the typesetting moved to a page's or column's
    top or foot follows text that does not cite it there (session 12)."""
    tail = "".join(line.text for line in before.lines[-2:]).replace(" ", "")[-24:]
    for chunk in between:
        if chunk.kind == "caption" and chunk.lines:
            m = _FLOAT_LABEL.match(chunk.lines[0].text)
            if m is not None and re.search(f"{m.group(1)}{m.group(2)}(?!\\d)", tail):
                return True
    return False


def _around(before: list[Chunk], after: list[Chunk], count: int = 6) -> tuple[list[Line], list[Line]]:
    """The last ``count`` lines of the text blocks in ``before`` and the first ``count`` of those in
    ``after`` (a column's lines beside a short part of a paragraph)."""
    lines_before: list[Line] = []
    for chunk in reversed(before):
        if len(lines_before) >= count:
            break
        if chunk.kind == "text":
            lines_before[:0] = chunk.lines[-count:]
    lines_after: list[Line] = []
    for chunk in after:
        if len(lines_after) >= count:
            break
        if chunk.kind == "text":
            lines_after += chunk.lines[:count]
    return lines_before[-count:], lines_after[:count]


_WRAPS_HAN = re.compile(r"[\u4e00-\u9fff（“]")  # a Han character, or a bracket or quote opening before one


def _abstract_run_on(chunks: list[Chunk]) -> list[Chunk]:
    """The abstract with the unlabelled text that stands between it and its key words, on its page:
    nothing else stands there, so a paragraph break read inside the abstract (after "…结果表明：",
    the next line counted short for its Latin letters and figures; session 15, qirongjiao-lizi)
    cut it, and its rest went into the body before the article began."""
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        chunk = chunks[k]
        end = k + 1
        while end < len(chunks) and chunks[end].kind == "text" and chunks[end].lines:
            end += 1
        if chunk.kind == "abstract" and chunk.lines and end > k + 1 and end < len(chunks) \
                and chunks[end].kind == "keywords" \
                and all(line.page == chunk.lines[-1].page for c in chunks[k + 1 : end] for line in c.lines):
            out.append(Chunk(chunk.kind, chunk.lines + [line for c in chunks[k + 1 : end] for line in c.lines],
                             chunk.level, chunk.lead))
            k = end
            continue
        out.append(chunk)
        k += 1
    return out


def _rejoin_across_footnotes(chunks: list[Chunk], explain: list[Decision] | None = None) -> list[Chunk]:
    """A paragraph that a page's footnote (收稿日期, 作者简介 …) or a figure interrupted
    mid-sentence — or at a sentence's end, where the lines either side say it runs on (a
    full line, then a full line without indent) — runs on after it: the two parts are one
    paragraph, the footnote goes to the front matter, the figure's caption after the
    paragraph."""
    out: list[Chunk] = []
    in_list = False
    for j, chunk in enumerate(chunks):
        in_list = chunk.kind == "references" or (in_list and chunk.kind not in ("abstract", "keywords", *EN_KINDS))
        if in_list and chunk.kind == "journal":
            after = [line.text for c in chunks[j + 1 : j + 3] for line in c.lines]
            glued = out[-1].lines[-1] if out and out[-1].kind in ("text", "references") else None
            block = (glued.text if glued is not None and not glued.gap_after and len(chunk.lines) == 1
                     and chunk.lines[0].gap_after else None)
            if entry_doi(chunk.lines[-1].text, after, block) \
                    or entry_doi(chunk.lines[0].text, [line.text for line in chunk.lines[1:]] + after):
                chunk = Chunk("text", chunk.lines)  # an entry's DOI on a line (a page) of its own: the list goes on
        k = len(out) - 1
        while k >= 0 and out[k].kind in ("journal", "caption", "cells", "footnote"):
            k -= 1
        if (
            chunk.kind == "text"
            and chunk.lead is None
            and 0 <= k < len(out) - 1
            and out[k].kind == "text"
            and not (_displayed_formula(chunk) and out[k].lines[-1].text.rstrip().endswith(("：", ":")))
            and not _displayed_formula(out[k])
            and (not ends_sentence(out[k].lines[-1].text)
                 or not _breaks_across(out[k], chunk, out[k + 1 :], explain, _around(out[:k], chunks[j + 1 :])))
        ):
            out[k] = Chunk("text", out[k].lines + chunk.lines, lead=out[k].lead)
            continue
        if (
            chunk.kind == "text"
            and 0 <= k < len(out) - 1
            and out[k].kind == "en_abstract"
            and not ends_sentence(out[k].lines[-1].text)
            and not any(HAN_RE.search(line.text) for line in chunk.lines)
        ):
            # The English abstract the first page's footnote cut mid-sentence ("…length of stay, the"
            # / 收稿日期：… / "Harris hip score and …" on the next page): Latin text runs it on.
            out[k] = Chunk("en_abstract", out[k].lines + chunk.lines)
            continue
        out.append(chunk)
    return out


def _with_tables(blocks: list, tables: list[tuple[int, tuple[tuple[str, ...], ...]]]) -> list:
    """``blocks`` with each table's cells given to its caption: the table caption just before
    it (Chinese journals print it above), else the one just after; a table with no caption
    beside it stands alone, where it was."""
    for line, rows in tables:
        at = next((k for k, block in enumerate(blocks) if block.line > line), len(blocks))
        for k in (at - 1, at):
            block = blocks[k] if 0 <= k < len(blocks) else None
            if isinstance(block, Caption) and block.kind == "table" and not block.rows:
                blocks[k] = replace(block, rows=rows)
                break
        else:
            blocks.insert(at, Caption("table", "", line, rows=rows))
    return blocks
