"""The importer's pipeline: raw bytes → :class:`wenxian.model.Article`.

decode → lines → page marks → blocks (layout) → front matter, headings,
reference list, paragraphs (line joining, citations, normalisation). Each
step is its own module; this one only strings them together.
"""

from __future__ import annotations

import re
from pathlib import Path

from wenxian.importer.chars import HAN_RE, PLACEHOLDER
from wenxian.importer.authoryear import MARK, extract_author_year, names_in_list
from wenxian.importer.citations import extract_citations
from wenxian.importer.decode import decode_bytes
from wenxian.importer.frontmatter import FrontMatter
from wenxian.importer.joining import Joined, compounds_in, join_lines
from wenxian.importer.layout import Chunk, segment
from wenxian.importer.lines import split_lines
from wenxian.importer.markers import CN_KINDS, EN_KINDS, join_split_labels
from wenxian.importer.normalize import normalize
from wenxian.importer.options import ImportOptions
from wenxian.importer.pagemarks import remove_page_marks
from wenxian.importer.references import read_reference_zone
from wenxian.model import Article, Block, Heading, Inline, Paragraph, ReferenceEntry, Text

_MARKS = re.compile(f"[{MARK}{PLACEHOLDER}]")
MAX_TITLE_POSITION = 3  # blocks before the abstract that may be title and authors
MAX_EN_HEAD = 3  # Latin blocks before "Abstract:" that may be the English title and authors


def read_article(data: bytes, *, file: str | Path | None = None, options: ImportOptions | None = None) -> Article:
    """Read a raw PDF-extracted text (bytes in any supported encoding)."""
    options = options or ImportOptions()
    text = decode_bytes(data, file=file, max_bytes=options.max_bytes)
    return read_text(text, file=file, options=options)


def read_text(text: str, *, file: str | Path | None = None, options: ImportOptions | None = None) -> Article:
    """Read already decoded text (``\\n`` line ends)."""
    return _Reader(file, options or ImportOptions()).read(text)


class _Reader:
    def __init__(self, file: str | Path | None, options: ImportOptions) -> None:
        self.file = file
        self.options = options
        self.compounds: frozenset[str] = frozenset()
        self.section = [0, 0, 0]
        self.known_names: frozenset[str] = frozenset()

    def read(self, text: str) -> Article:
        doc = split_lines(text)
        if self.options.strip_page_marks:
            doc, _ = remove_page_marks(doc)
        doc = join_split_labels(doc)
        self.compounds = compounds_in(line.text for line in doc.lines)
        chunks = segment(doc)
        front = FrontMatter(self.options, self.compounds)
        chunks = self._front_head(chunks, front)
        blocks: list[Block] = []
        reference_lines: list = []  # the whole list is cut at once: an entry may span chunks
        in_references = False
        for chunk in chunks:
            if chunk.kind == "references":
                in_references = True
            elif chunk.kind in CN_KINDS or chunk.kind in EN_KINDS:
                in_references = False
                front.add(chunk)
            elif in_references:
                reference_lines.extend(chunk.lines)
            elif chunk.kind == "heading":
                blocks.append(self._heading(chunk))
            else:
                blocks.append(chunk)  # read below, once the list's names are known
        references, after = read_reference_zone(reference_lines)
        self.known_names = names_in_list(r.text for r in references)
        blocks = [self._paragraph(b) if isinstance(b, Chunk) else b for b in blocks]
        return Article(front.apply_options(), blocks, references, after)

    def _front_head(self, chunks: list[Chunk], front: FrontMatter) -> list[Chunk]:
        """Take title/authors before the abstract and the English head before "Abstract:"."""
        first = next((k for k, c in enumerate(chunks) if c.kind in CN_KINDS), None)
        if first is not None and 0 < first <= MAX_TITLE_POSITION and all(
            c.kind == "text" for c in chunks[:first]
        ):
            chunks = front.title_and_authors(chunks[:first]) + chunks[first:]
        en = next((k for k, c in enumerate(chunks) if c.kind == "en_abstract"), None)
        if en:
            start = en
            while start > 0 and en - start < MAX_EN_HEAD and chunks[start - 1].kind == "text" and not any(
                HAN_RE.search(line.text) for line in chunks[start - 1].lines
            ):
                start -= 1
            if start < en:
                chunks = chunks[:start] + front.english_head(chunks[start:en]) + chunks[en:]
        return chunks

    def _joined(self, chunk: Chunk) -> Joined:
        return join_lines(
            [line.text for line in chunk.lines], dehyphenate=self.options.dehyphenate, compounds=self.compounds
        )

    def _norm(self, text: str) -> str:
        return normalize(text, punctuation=self.options.punctuation, spaces=self.options.spaces)

    def _heading(self, chunk: Chunk) -> Heading:
        level = chunk.level
        self.section[level - 1] += 1
        for deeper in range(level, 3):
            self.section[deeper] = 0
        label = "sec-" + "-".join(str(n) for n in self.section[:level])
        return Heading(level, self._norm(self._joined(chunk).text).strip(), label, chunk.lines[0].number)

    def _paragraph(self, chunk: Chunk) -> Paragraph:
        joined = self._joined(chunk)
        numbers = [line.number for line in chunk.lines]
        text, named = extract_author_year(joined.text, joined.starts, numbers, self.known_names)
        body, numeric = extract_citations(text, joined.starts, numbers, file=self.file)
        # Both kinds in reading order: MARK stands for an author-year one, PLACEHOLDER for a number.
        order = [named.pop(0) if c == MARK else numeric.pop(0) for c in _MARKS.findall(body)] if named else numeric
        parts = self._norm(body.replace(MARK, PLACEHOLDER)).strip().split(PLACEHOLDER)
        inlines: list[Inline] = []
        for k, part in enumerate(parts):
            if part:
                inlines.append(Text(part))
            if k < len(order):
                inlines.append(order[k])
        return Paragraph(inlines, chunk.lines[0].number)

