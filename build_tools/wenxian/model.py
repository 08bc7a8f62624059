"""The article model: what a reader produces and a writer consumes.

Readers (``wenxian.importer``) build an :class:`Article`; writers
(``wenxian.myst_writer``) only read it. Nothing in here knows about raw text
artifacts or about MyST syntax.

Citations keep the numbers the source used (``[3]11`` is work 3, page "11");
mapping numbers to BibTeX keys is the writer's business, with the ordered key
list it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Text:
    """A run of plain text inside a paragraph or heading."""

    text: str


@dataclass(frozen=True)
class CiteItem:
    """One cited work: its number in the source's list and an optional page."""

    number: int
    page: str | None = None


@dataclass(frozen=True)
class Citation:
    """A citation mark such as ``[3]11``, ``[1,2]`` or ``[4-6]``.

    ``items`` are in the order the source gives them (ranges expanded);
    ``raw`` is the mark as it stood in the source and ``line`` its 1-based
    line number in the raw file, for error messages.
    """

    items: tuple[CiteItem, ...]
    raw: str
    line: int


@dataclass(frozen=True)
class FootnoteRef:
    """A footnote mark in the text; ``label`` names an entry of :attr:`Article.footnotes`."""

    label: str


@dataclass(frozen=True)
class Math:
    """An inline formula in TeX, as a Markdown-saving extractor gave it (``$p_i \\in [0, 1]$``)."""

    tex: str


@dataclass(frozen=True)
class NamedWork:
    """A work cited by author and year: ``("张三",)``, others (等/et al.), ``"2015a"``."""

    names: tuple[str, ...]
    others: bool
    year: str


@dataclass(frozen=True)
class NamedCitation:
    """An author-year citation: ``（张三等，2015；Lee，2020）`` or, textual, ``Smith et al. (2011)``.

    ``raw`` is the citation as it stood in the source (for a textual one, the
    names too) and ``line`` its 1-based line in the raw file.
    """

    works: tuple[NamedWork, ...]
    textual: bool
    raw: str
    line: int
    pages: tuple[str, ...] = ()  # the page cited of each work ("" for none); () when none has one
    pre: str = ""  # a word before the first work: "参见", "see also"
    # Only the year in parentheses, the name earlier in the sentence ("张德胜较早讨论了…，该研究（2014）"):
    # written back as the year alone ({cite:year}) inside the parentheses as printed.
    year_only: bool = False
    # 等 after the last work ("（林毅夫，1994；蔡昉，2000 等）": and other works), written after the citation
    post: str = ""
    # A word before each work ("（梁晨，2019；另见周雪梅，2003）": "", "另见"; the first's is ``pre``), () when none
    pres: tuple[str, ...] = ()
    # A work cited without parentheses of its own after a word pointing to it, inside an aside
    # ("（关于东亚家庭的比较，参见 Raymo et al.，2015）"): written back with no parentheses ({cite:alp}).
    bare: bool = False
    # The names' Chinese transliteration before a parenthesis that gives the original names and the year
    # ("奈达（Nida，1964：159）": "奈达"): written back as printed, before the parenthetical citation ({cite:p}).
    lead: str = ""


Inline = Text | Citation | NamedCitation | FootnoteRef | Math


@dataclass
class Paragraph:
    inlines: list[Inline]
    line: int  # first source line
    # A run-in lead ("1. 色彩适配不足：") printed in bold; ``inlines`` hold the rest.
    lead: str | None = None

    def plain_text(self) -> str:
        return (self.lead or "") + "".join(
            i.text if isinstance(i, Text) else i.raw if isinstance(i, (Citation, NamedCitation))
            else i.tex if isinstance(i, Math) else ""
            for i in self.inlines
        )

    def named_citations(self) -> list[NamedCitation]:
        return [i for i in self.inlines if isinstance(i, NamedCitation)]


@dataclass
class Heading:
    """A section heading: level 1 "一、…", 2 "（一）…", 3 "1. …"/"1.1 …", 4 "（1）…"."""

    level: int
    text: str
    label: str  # ASCII, unique in the article, usable as a MyST target
    line: int


@dataclass
class Caption:
    """Where a figure or a table stood: its caption (a figure itself is not reproduced; a table
    is, when its cells are known)."""

    kind: str  # "figure" or "table"
    text: str
    line: int
    page: int | None = None  # page of the source PDF
    note: str | None = None  # 注：…, 资料来源：… printed under it
    # A table's rows of cells, when the text gave them as cells (a Markdown-saving extractor's
    # HTML or "| … |" rows); the first row is its head. Empty: the table is not reproduced.
    rows: tuple[tuple[str, ...], ...] = ()
    # The note with its author-year citations ("注：变量定义参照刘海川等（2018）"); empty: the note alone.
    note_inlines: list[Inline] = field(default_factory=list)

    def named_citations(self) -> list[NamedCitation]:
        return [i for i in self.note_inlines if isinstance(i, NamedCitation)]


@dataclass
class Formula:
    """A display formula, in TeX, as a Markdown-saving extractor gave it (``$$ … $$``)."""

    tex: str
    line: int


@dataclass
class Footnote:
    label: str
    text: str
    line: int
    # The text with its author-year citations ("……口径与刘建华（2017）一致"); empty: the text alone.
    inlines: list[Inline] = field(default_factory=list)

    def named_citations(self) -> list[NamedCitation]:
        return [i for i in self.inlines if isinstance(i, NamedCitation)]


Block = Paragraph | Heading | Caption | Formula


@dataclass
class ReferenceEntry:
    """One entry of the source's own reference list (参考文献), as text.

    ``translation`` is the English version a Chinese journal prints after the
    entry, when there is one.
    """

    number: int | None
    text: str
    line: int
    translation: str | None = None
    review: str | None = None  # what the list's cutting could not decide (wenxian.refparse.listcut)


@dataclass
class Metadata:
    """Front matter. Every field is optional: missing data is left out."""

    title: str | None = None
    title_is_working: bool = False  # an editor's working title, not the journal's
    authors: list[str] = field(default_factory=list)
    # For each author, the 1-based numbers of their affiliations (as printed);
    # empty when the text links none.
    author_affiliations: list[list[int]] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    abstract: str | None = None
    keywords: list[str] = field(default_factory=list)
    en_title: str | None = None
    en_authors: list[str] = field(default_factory=list)
    en_affiliations: list[str] = field(default_factory=list)
    en_abstract: str | None = None
    en_keywords: list[str] = field(default_factory=list)
    # 收稿日期, 基金项目, 作者简介, 中图分类号, 文献标志码, 文章编号, DOI …,
    # keyed by the ASCII names in ``JOURNAL_FIELDS``.
    journal: dict[str, str] = field(default_factory=dict)
    source: str | None = None  # the raw file, relative to the project's source/


# Journal fields the importer recognises: ASCII key → the labels it accepts.
# The first label of each is the one pages print; the Traditional forms are those of
# journals printed in Taiwan or Hong Kong.
JOURNAL_FIELDS: dict[str, tuple[str, ...]] = {
    "received": ("收稿日期",),
    "revised": ("修回日期",),
    "funding": ("基金项目", "基金項目"),
    "author_bio": ("作者简介", "作者簡介"),
    "corresponding": ("通信作者", "通讯作者", "通訊作者"),
    "clc": ("中图分类号", "中圖分類號"),
    "document_code": ("文献标志码", "文献标识码", "文獻標誌碼", "文獻標識碼"),
    "article_id": ("文章编号", "文章編號"),
    "doi": ("DOI",),
    "online": ("网络首发日期", "網絡首發日期"),
}
# Journal data read from the first page's header lines (not labelled fields).
JOURNAL_HEAD_FIELDS = ("name", "year", "volume", "issue", "pages")


@dataclass(frozen=True)
class Note:
    """Something the reader could not decide and left as it was: reported, never fatal."""

    line: int
    message: str
    hint: str


@dataclass
class Article:
    meta: Metadata
    blocks: list[Block]
    references: list[ReferenceEntry] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    # Lines after the reference list that are not references (a biography without its label,
    # an English title before its abstract): left out of the article, reported by the importer.
    after_references: list[tuple[int, str]] = field(default_factory=list)
    # Lines inside a numbered list that are no entry and no part of one (a note under an entry,
    # a sub-heading, a running head): left out of the list, reported by the importer.
    asides_in_references: list[tuple[int, str]] = field(default_factory=list)

    def named_citations(self) -> list[NamedCitation]:
        """The author-year citations of the paragraphs and of the notes under tables and figures, then
        those of the footnotes."""
        return [c for holder in [*(b for b in self.blocks if isinstance(b, (Paragraph, Caption))), *self.footnotes]
                for c in holder.named_citations()]

    def citations(self) -> list[Citation]:
        """All citations in reading order (headings carry none)."""
        return [
            inline
            for block in self.blocks
            if isinstance(block, Paragraph)
            for inline in block.inlines
            if isinstance(inline, Citation)
        ]

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]
