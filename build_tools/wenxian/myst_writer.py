"""Article model → MyST Markdown for Sphinx (myst-parser + sphinxcontrib-bibtex).

The shape is fixed so that the same article always gives the same bytes:
YAML front matter (fields without a value are left out), then one block per
paragraph or heading separated by blank lines, each heading preceded by a
target ``(<slug>-sec-1-2)=``, and — when anything is cited — a
``## 参考文献`` section with the bibliography directive. Citation number n
becomes ``{cite:p}`keys[n-1]```, with a page ``{cite:p}`key{11}```.
Everything taken from the raw text is escaped, so it is never read as
Markdown, MyST roles, HTML or math.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from wenxian.errors import WenxianError
from wenxian.model import (
    JOURNAL_FIELDS,
    JOURNAL_HEAD_FIELDS,
    Article,
    Caption,
    Formula,
    Math,
    Citation,
    Footnote,
    FootnoteRef,
    Heading,
    Metadata,
    NamedCitation,
    NamedWork,
    Paragraph,
    Text,
)

REFERENCES_TITLE = "参考文献"
BIBLIOGRAPHY = "```{bibliography}\n:filter: docname in docnames\n```"

_ANYWHERE = re.compile(r"([\\`*_\[\]{}<>$|~&#])")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_LINE_START = re.compile(r"^([-+=%:(!]|\d+(?=[.)]))")


def _backslashed(match: re.Match[str]) -> str:
    return "\\" + match.group(1)


def escape(text: str, *, line_start: bool = True) -> str:
    """``text`` as literal Markdown: specials backslash-escaped.

    ``line_start``: the text opens a line, where "#", "-", "1." … are markup too.
    """
    # (a function, not the template r"\\\1": Python 3.11 sets a template up in Python on every
    # call, which cost more than the search itself on a text's 2 000 runs of words)
    text = _ANYWHERE.sub(_backslashed, text)
    match = _LINE_START.match(text) if line_start else None
    if match:
        if match.group(1)[0].isdigit():
            end = match.end()
            return text[:end] + "\\" + text[end:]
        return "\\" + text
    return text


_TRAILING_PUNCT = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20!-/:-@]+$")


def strong(text: str, *, line_start: bool = True) -> str:
    """Bold text; its closing punctuation stays outside the ``**``, where CommonMark
    can close the emphasis before a CJK character ("**色彩适配不足**：多数")."""
    text = text.strip()
    match = _TRAILING_PUNCT.search(text)
    core, tail = (text[: match.start()], match.group()) if match and match.start() else (text, "")
    return f"**{escape(core, line_start=line_start)}**{escape(tail, line_start=False)}"


def unescape(text: str) -> str:
    """The text :func:`escape` was given (a backslash before ASCII punctuation dropped)."""
    return _ESCAPED.sub(r"\1", text)


def front_matter(meta: Metadata) -> dict[str, Any]:
    """The YAML front matter as an ordered mapping, empty fields left out."""
    data: dict[str, Any] = {}
    if meta.title:
        # myst-parser reads the title as Markdown ("# <title>", myst_title_to_header):
        # escaped like any text, so that markup in it stays text.
        data["title"] = escape(meta.title, line_start=False)
        if meta.title_is_working:
            data["title_status"] = "working"
    if meta.authors:
        links = meta.author_affiliations
        if meta.affiliations and len(links) == len(meta.authors) and any(links):
            # docs FRONTMATTER: a mapping where the affiliations are known.
            data["authors"] = [
                {"name": name, "affiliations": list(marks)} if marks else name
                for name, marks in zip(meta.authors, links)
            ]
        else:
            data["authors"] = list(meta.authors)
    if meta.affiliations:
        data["affiliations"] = list(meta.affiliations)
    if meta.abstract:
        data["abstract"] = meta.abstract
    if meta.keywords:
        data["keywords"] = list(meta.keywords)
    english: dict[str, Any] = {}
    for key, value in (
        ("title", meta.en_title),
        ("authors", list(meta.en_authors)),
        ("affiliations", list(meta.en_affiliations)),
        ("abstract", meta.en_abstract),
        ("keywords", list(meta.en_keywords)),
    ):
        if value:
            english[key] = value
    if english:
        data["english"] = english
    journal = {key: meta.journal[key] for key in JOURNAL_FIELDS if meta.journal.get(key)}
    journal.update({key: meta.journal[key] for key in JOURNAL_HEAD_FIELDS if meta.journal.get(key)})
    if journal:
        data["journal"] = journal
    if meta.source:
        data["source"] = meta.source
    return data


class _Writer:
    def __init__(self, keys: list[str], slug: str, raw_file: str | Path | None, bib_name: str,
                 named: dict[NamedWork, str] | None = None) -> None:
        self.keys = keys
        self.named = named or {}
        self.slug = slug
        self.raw_file = raw_file
        self.bib_name = bib_name
        self.cited: set[str] = set()  # the keys the text's citations link to

    def citation(self, cite: Citation) -> str:
        refs = []
        for item in cite.items:
            if not 1 <= item.number <= len(self.keys):
                raise WenxianError(
                    f"citation {cite.raw} has no entry in {self.bib_name} "
                    f"(it has {len(self.keys)} entries)",
                    file=self.raw_file,
                    line=cite.line,
                    hint=f"add entry {item.number} to {self.bib_name}, in the order the article numbers them",
                )
            key = self.keys[item.number - 1]
            self.cited.add(key)
            refs.append(f"{key}{{{item.page}}}" if item.page else key)
        return "{cite:p}`" + ",".join(refs) + "`"

    def named_citation(self, cite: NamedCitation, line_start: bool) -> str:
        """``{cite:t}``/``{cite:p}`` when every work is linked, else the text as it stood."""
        keys = [self.named.get(work) for work in cite.works]
        if not all(keys):
            return escape(cite.raw, line_start=line_start)
        self.cited.update(keys)
        pages = cite.pages or ("",) * len(keys)
        targets: dict[str, str] = {}
        words = cite.pres or ("",) * len(keys)  # a word before a later work ("；另见…")
        for key, page, word in zip(keys, pages, words):
            if key not in targets:
                targets[key] = (f"{{{word}}}" if word else "") + (f"{key}{{{page}}}" if page else key)
        if cite.year_only:  # "该研究（2014）": the name stands earlier in the sentence
            return f"{cite.raw[0]}{{cite:year}}`{','.join(keys)}`{cite.raw[-1]}"
        if cite.pre:
            first = next(iter(targets))
            targets[first] = f"{{{cite.pre}}}{targets[first]}"
        if cite.bare:  # "（…，参见 Raymo et al.，2015）": inside an aside's parentheses, none of its own
            return "{cite:alp}`" + ",".join(targets.values()) + "`"
        if cite.lead:  # "奈达（Nida，1964：159）": the transliteration as printed, the parenthesis the original's
            return escape(cite.lead, line_start=line_start) + "{cite:p}`" + ",".join(targets.values()) + "`"
        return (("{cite:t}`" if cite.textual else "{cite:p}`") + ",".join(targets.values()) + "`"
                + escape(cite.post, line_start=False))

    def paragraph(self, para: Paragraph) -> str:
        out: list[str] = []
        if para.lead:  # a run-in numbered lead, in bold
            out.append(strong(para.lead))
        for position, inline in enumerate(para.inlines):
            if isinstance(inline, Text):
                out.append(escape(inline.text, line_start=position == 0 and not para.lead))
            elif isinstance(inline, FootnoteRef):
                out.append(f"[^{inline.label}]")
            elif isinstance(inline, Math):
                out.append(math_role(inline.tex))
            elif isinstance(inline, NamedCitation):
                out.append(self.named_citation(inline, position == 0 and not para.lead))
            else:
                out.append(self.citation(inline))
        return "".join(out)

    def caption(self, caption: Caption) -> str:
        """A placeholder where a figure or table stood, with its caption; a table whose cells
        are known is written as a table."""
        note = self.caption_note(caption)
        if caption.rows:
            return table(caption, note)
        what = "图" if caption.kind == "figure" else "表"
        where = f"见原文第 {caption.page} 页" if caption.page else "见原文"
        return (
            f"```{{admonition}} {escape(caption.text, line_start=False)}\n"
            f":class: wenxian-omitted wenxian-{caption.kind}\n\n"
            f"此处{what}未收录，{where}。\n"
            + (f"\n{note}\n" if note else "")
            + "```"
        )

    @staticmethod
    def formula(formula: Formula) -> str:
        """A display formula: MyST's math directive, the TeX as it was (a fence longer than any
        run of backticks in it)."""
        fence = "`" * max(3, max((len(run) for run in re.findall(r"`+", formula.tex)), default=0) + 1)
        return f"{fence}{{math}}\n{formula.tex}\n{fence}"

    def caption_note(self, caption: Caption) -> str:
        """The note under a table or figure, its author-year citations linked."""
        if caption.note_inlines:
            return self.paragraph(Paragraph(caption.note_inlines, caption.line))
        return escape(caption.note) if caption.note else ""

    def footnote(self, note: Footnote) -> str:
        if note.inlines:  # with its author-year citations
            return f"[^{note.label}]: {self.paragraph(Paragraph(note.inlines, note.line))}"
        return f"[^{note.label}]: {escape(note.text, line_start=False)}"

    def heading(self, heading: Heading) -> str:
        return f"({self.slug}-{heading.label})=\n{'#' * (heading.level + 1)} {escape(heading.text, line_start=False)}"


def table(caption: Caption, note: str | None = None) -> str:
    """A table as MyST's list-table: its caption as the title, its first row as the head, each
    cell literal text (an empty cell an empty item), the note printed under it after it."""
    head = ":header-rows: 1\n" if len(caption.rows) > 1 else ""
    items = []
    for row in caption.rows:
        cells = [escape(cell, line_start=False).replace("\n", " ") for cell in row]
        items.append("* " + "\n  ".join(f"- {cell}".rstrip() for cell in cells))
    title = escape(caption.text, line_start=False)
    out = (f"```{{list-table}} {title}".rstrip() + f"\n{head}:class: wenxian-table\n\n"
           + "\n".join(items) + "\n```")
    if note is None:
        note = escape(caption.note) if caption.note else ""
    return out + (f"\n\n{note}" if note else "")


def math_role(tex: str) -> str:
    """An inline formula as MyST's math role; the role's backticks are longer than any run in
    the TeX (spaced when the TeX starts or ends with one)."""
    runs = [len(r) for r in re.findall(r"`+", tex)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if tex.startswith("`") or tex.endswith("`") else ""
    return f"{{math}}{fence}{pad}{tex}{pad}{fence}"


def write_myst(
    article: Article,
    keys: list[str],
    *,
    slug: str,
    raw_file: str | Path | None = None,
    bib_name: str = "refs.bib",
    named: dict[NamedWork, str] | None = None,
    listed: list[str] | None = None,
    uncited: list[str] | None = None,
) -> str:
    """The article as MyST. ``keys[n-1]`` is the BibTeX key of citation number n.

    ``named`` maps the works of author-year citations to their keys; a citation
    with a work it lacks is written as the text it was. ``listed``: the keys of the
    article's own reference list — those the text never cites are named in the
    bibliography directive, so the page prints the whole list as the article did; they are
    appended to ``uncited`` when it is given.
    """
    writer = _Writer(keys, slug, raw_file, bib_name, named)
    parts: list[str] = []
    meta = front_matter(article.meta)
    if meta:
        dumped = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10**9)
        parts.append(f"---\n{dumped}---")
    for block in article.blocks:
        if isinstance(block, Heading):
            parts.append(writer.heading(block))
        elif isinstance(block, Caption):
            parts.append(writer.caption(block))
        elif isinstance(block, Formula):
            parts.append(writer.formula(block))
        else:
            parts.append(writer.paragraph(block))
    parts.extend(writer.footnote(note) for note in article.footnotes)
    linked = bool(named) and any(named.get(w) for w in _named_works(article))
    nowhere = list(dict.fromkeys(k for k in listed or [] if k not in writer.cited))
    if uncited is not None:
        uncited.extend(nowhere)
    if article.citations() or linked or nowhere:
        parts.append(f"({slug}-references)=\n## {REFERENCES_TITLE}")
        parts.append(BIBLIOGRAPHY if not nowhere else BIBLIOGRAPHY[:-3] + "\n".join(nowhere) + "\n```")
    return "\n\n".join(parts) + "\n"


def _named_works(article: Article) -> list[NamedWork]:
    return [w for cite in article.named_citations() for w in cite.works]
