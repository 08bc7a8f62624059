"""Front matter: abstract, keywords, English block, journal fields, title and authors.

Works on the blocks :mod:`wenxian.importer.layout` found; a block opened by a
label ("[摘　 要]", "摘要：", "【关键词】", "Abstract:", "Key words:",
"收稿日期：" …) is a field. Several journal fields may share a line
("中图分类号：D61  文献标志码：A"). Title and authors are taken from the text
only when they stand, unlabelled, before the abstract; the English title and
authors only when Latin lines stand right before "Abstract:". Nothing is
ever made up: a field the text lacks stays empty.
"""

from __future__ import annotations

import re

from wenxian.importer.chars import HAN_RE
from wenxian.importer.joining import join_lines
from wenxian.importer.layout import Chunk
from wenxian.importer.lines import Line
from wenxian.importer.markers import JOURNAL, journal_key, strip_marker
from wenxian.importer.normalize import normalize
from wenxian.importer.options import ImportOptions
from wenxian.model import Metadata

_CN_KEYWORD_SEP = re.compile(r"\s*[;；,，、]\s*")
_EN_KEYWORD_SEP = re.compile(r"\s*[;；,，]\s*")
_NAME_SEP = re.compile(r"\s*[,，、;；]\s*|\s{2,}")
_NAME_MARKS = re.compile(r"[\d*＊∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_TRAILING = re.compile(r"[\s;；,，。.]+$")
_FIELD_END = re.compile(r"[\s;；,，]+$")
# Journal fields whose values are codes, not prose.
CODE_FIELDS = frozenset({"clc", "document_code", "article_id", "doi"})
MAX_TITLE_WIDTH = 60


class FrontMatter:
    """Collects fields from front-matter blocks into a :class:`Metadata`."""

    def __init__(self, options: ImportOptions, compounds: frozenset[str]) -> None:
        self.options = options
        self.compounds = compounds
        self.meta = Metadata()

    def _text(self, chunk: Chunk, *, first: str | None = None) -> str:
        texts = [line.text for line in chunk.lines]
        if first is not None:
            texts[0] = first
        texts = [t for t in texts if t]
        return join_lines(texts, dehyphenate=self.options.dehyphenate, compounds=self.compounds).text

    def _cn(self, text: str) -> str:
        return normalize(text, punctuation=self.options.punctuation, spaces=self.options.spaces).strip()

    def add(self, chunk: Chunk) -> None:
        """Take one labelled block (``chunk.kind`` is a marker kind)."""
        kind = chunk.kind
        text = self._text(chunk, first=strip_marker(kind, chunk.lines[0].text))
        if kind == "abstract":
            self.meta.abstract = self._cn(text) or None
        elif kind == "keywords":
            self.meta.keywords = _split(self._cn(text), _CN_KEYWORD_SEP)
        elif kind == "en_abstract":
            self.meta.en_abstract = " ".join(text.split()) or None
        elif kind == "en_keywords":
            self.meta.en_keywords = _split(" ".join(text.split()), _EN_KEYWORD_SEP)
        elif kind == "journal":
            self._journal(text)

    def _journal(self, text: str) -> None:
        matches = list(JOURNAL.finditer(text))
        for k, match in enumerate(matches):
            end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
            key = journal_key(match.group(1))
            value = _FIELD_END.sub("", text[match.end() : end]).strip()
            if key not in CODE_FIELDS:
                value = self._cn(value)
            if value:
                self.meta.journal[key] = value

    def title_and_authors(self, chunks: list[Chunk]) -> list[Chunk]:
        """Unlabelled lines before the abstract: the title, then a line of author
        names. Returns what is left (affiliations …) as blocks of text."""
        lines = [line for chunk in chunks for line in chunk.lines]
        at = next((i for i, line in enumerate(lines) if i and _names(line.text)), None)
        head = lines[:at] if at is not None else lines
        if not _title_like(head):
            return chunks
        self.meta.title = self._cn(self._text(Chunk("text", head)))
        if at is None:
            return []
        self.meta.authors = _names(lines[at].text)
        rest = lines[at + 1 :]
        return [Chunk("text", rest)] if rest else []

    def english_head(self, chunks: list[Chunk]) -> list[Chunk]:
        """Latin blocks right before "Abstract:": English title, then authors."""
        lines = [line for chunk in chunks for line in chunk.lines]
        if not lines or any(HAN_RE.search(line.text) for line in lines):
            return chunks
        self.meta.en_title = " ".join(lines[0].text.split())
        if len(lines) > 1:
            parts = (_NAME_MARKS.sub("", p).strip() for p in _NAME_SEP.split(lines[1].text))
            self.meta.en_authors = [name for name in parts if name]
        rest = lines[2:]  # affiliations …: kept as text, never dropped
        return [Chunk("text", rest)] if rest else []

    def apply_options(self) -> Metadata:
        options = self.options
        if options.title is not None:
            self.meta.title = options.title
        if options.title_is_working and self.meta.title:
            self.meta.title_is_working = True
        if options.authors:
            self.meta.authors = list(options.authors)
        return self.meta


def _split(text: str, sep: re.Pattern[str]) -> list[str]:
    return [part for part in (p.strip() for p in sep.split(_TRAILING.sub("", text))) if part]


def _title_like(lines: list[Line]) -> bool:
    text = "".join(line.text for line in lines)
    return 0 < len(lines) <= 3 and len(text) <= MAX_TITLE_WIDTH and not re.search(r"[。！？；]", text)


def _names(text: str) -> list[str]:
    """Author names, if ``text`` is a line of short CJK names."""
    text = _NAME_MARKS.sub("", text).strip()
    parts = [p for p in _NAME_SEP.split(text) if p]
    if len(parts) == 1 and " " in text:  # "张三 李四": names set apart by spaces
        parts = text.split()
    if not parts or len(parts) > 12:
        return []
    if all(HAN_RE.fullmatch(c) for p in parts for c in p.replace("·", "").replace(" ", "")) and all(
        len(p.replace(" ", "")) <= 6 for p in parts
    ):
        return [p.replace(" ", "") for p in parts]
    return []
