"""Regenerate the import corpus: articles × journal layouts × PDF text extractors.

Each article (``articles/*.yaml``, plus the first sections of the bundled
article) is typeset with XeLaTeX in every layout of ``LAYOUTS`` — one or two
columns, running headers alternating between odd and even pages, page
numbers, a first-page footnote with 收稿日期/基金项目/作者简介, the abstract
label variants — and the PDF's text is extracted with pdftotext,
pdftotext -layout, pdftotext -raw, pdfminer.six, pypdfium2, PyMuPDF, pypdf and pdfplumber (its
default text and its ``layout=True`` one). Beside each text the gold
structure, generated from the same source, goes to ``<layout>.gold.json``.

The texts and gold are committed (``data/``), so that scoring
(``score.py``, ``make import-score``) needs no TeX; this script needs
xelatex, the Noto CJK fonts, poppler-utils and the ``corpus`` extra
(``pip install -e '.[corpus]'``: pdfminer.six, and pypdf and pdfplumber at the versions the
committed texts were made with), and PyMuPDF installed by hand (``pip install pymupdf``:
it is AGPL, so it is no dependency of the package, its tests or any extra; only this
script imports it, to write the committed ``.pymupdf.txt`` texts)::

    python benchmarks/importcorpus/generate.py

Every article is also printed from HTML + CSS by Chromium (``htmlpdf.py``: ``html-onecol``,
``html-twocol``), read by pdftotext only; ``--html`` prints those alone. The dev articles are
also written as a word processor's document and exported by LibreOffice (``wordpdf.py``:
``word-onecol``, ``word-twocol``), read by five extractors (PyMuPDF apart); ``--word`` writes those
alone (``--word --only NAME`` for one article, a held-out one only so), and a full run makes them
again where they were.

``--layout NAME`` typesets that layout alone, into the articles' folders as they are
(how ``twocol-narrow`` was added in round 11f). ``--extract NAME`` only extracts one extractor's texts again from the committed PDFs
(no typesetting, nothing else rewritten): how an extractor is added to the corpus.
``--extract pymupdf4llm`` (PyMuPDF's Markdown, AGPL, installed by hand as PyMuPDF is) writes the
dev articles' XeLaTeX layouts only, or those of the articles named with ``--only``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = HERE / "data"

# The page layouts of Chinese journals the corpus imitates. ``labels``: how
# the abstract and key-word labels and the reference list's title are
# printed; ``english``: where the English block stands; ``caption_gap``: what stands
# between a figure's or table's number and its title (a space unless given; the
# full-width space sets them apart, and pdftotext then often prints them apart).
LAYOUTS: dict[str, dict] = {
    "onecol-bracket": {
        "columns": 1,
        "paper": (150, 210),
        "size": "10pt",
        "abstract": "[摘　要]",
        "keywords": "[关键词]",
        "references": "[参考文献]",
        "english": "front",
        "footer_number": False,
        "caption_gap": "　",
    },
    "twocol-spaced": {
        "columns": 2,
        "paper": (184, 220),
        "size": "11pt",
        "abstract": "摘　要：",
        "keywords": "关 键 词：",
        "references": "参 考 文 献",
        "english": "front",
        "footer_number": True,
    },
    "twocol-lenticular": {
        "columns": 2,
        "paper": (184, 220),
        "size": "11pt",
        "abstract": "【摘要】",
        "keywords": "【关键词】",
        "references": "参考文献：",
        "english": "end",
        "footer_number": False,
    },
    "onecol-colon": {
        "columns": 1,
        "paper": (150, 210),
        "size": "10pt",
        "abstract": "摘要：",
        "keywords": "关键词：",
        "references": "参考文献",
        "english": "end",
        "footer_number": True,
    },
    # Round 11f: a narrow gutter (6 mm, as many journals set 5–8 mm) and the line spacing
    # ctex sets for Chinese (\linespread{1.3}). Plain pdftotext often cannot see the two
    # columns then and prints their lines alternately; -layout mixes them.
    "twocol-narrow": {
        "columns": 2,
        "paper": (184, 250),
        "size": "10pt",
        "columnsep": "6mm",
        "linespread": "1.3",
        "abstract": "摘要：",
        "keywords": "关键词：",
        "references": "参考文献：",
        "english": "front",
        "footer_number": True,
    },
}
# pdftotext-raw: poppler's content-stream order (``-raw``), a common option; it keeps the
# order the typesetter drew the text in, not the page's reading order.
# pymupdf: PyMuPDF's plain ``page.get_text()``, each page followed by a form feed, as its
# documentation ("The Basics": extract text from a PDF) writes a document's text to a file.
# pypdf, pdfplumber, pdfplumber-layout (round 17e): two of the most used Python libraries, as
# their users save a document's text — each page's ``extract_text()`` (pypdf's default "plain"
# mode; pdfplumber's default, and its ``layout=True``, which its own command line,
# ``pdfplumber --format text``, prints) followed by one newline: no form feed, no blank line between
# pages. Every committed PDF is read by them (XeLaTeX, Chromium and LibreOffice layouts).
PYTHON_EXTRACTORS = ("pypdf", "pdfplumber", "pdfplumber-layout")
EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdftotext-raw", "pdfminer", "pypdfium2", "pymupdf") + PYTHON_EXTRACTORS
# The HTML layouts (htmlpdf.py, printed by Chromium) are read by pdftotext only (and, since round
# 17e, pypdf and pdfplumber), and by the PDF reader: a second producer, kept small.
HTML_EXTRACTORS = ("pdftotext",) + PYTHON_EXTRACTORS
# The word-processor layouts (wordpdf.py, exported by LibreOffice): every extractor but PyMuPDF.
WORD_EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdftotext-raw", "pdfminer", "pypdfium2") + PYTHON_EXTRACTORS
# pymupdf4llm: PyMuPDF's Markdown (``pymupdf4llm.to_markdown(path)``, default options: its layout
# analysis, "#" headings guessed from font size, ``**bold**``, ``<sup>`` marks, tables as ``| … |``
# rows, a picture's text between HTML comments, running heads and footnotes kept), as users bring
# a Markdown-saving extractor's output (round 15f). Extracted for the dev articles' XeLaTeX layouts
# only (``--extract pymupdf4llm``); a held-out article's are the lead's to make, named with ``--only``.
MARKDOWN_EXTRACTORS = ("pymupdf4llm",)
BUNDLED_SECTIONS = 2  # level-1 sections of the bundled article typeset in the corpus

_TEX_SPECIAL = re.compile(r"([\\{}$&#%_^~])")
_CITE = re.compile(r"\{cite:p\}`([^`]*)`")


def tex(text: str) -> str:
    """``text`` as literal LaTeX."""
    out = _TEX_SPECIAL.sub(lambda m: {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}.get(m[1], "\\" + m[1]), text)
    return out.replace("[", "{[}").replace("]", "{]}").replace("∈", "$\\in$")


# A citation mark as ``tex`` prints it ("[2-4]" → "{[}2-4{]}"); a bracket holding 0 or a
# space ("[0, 1]" in a formula) is none. A range written as two marks ("[12]-[14]", since round
# 14a) is one mark, raised whole.
_TEX_CITE = re.compile(r"\{\[\}([1-9]\d*(?:[-–,][1-9]\d*)*)\{\]\}(?:[-–]\{\[\}[1-9]\d*\{\]\})?")
_EXPONENT = {"²": "2", "³": "3"}
# A circled number (a footnote's mark ①, a list's ①…；②…；, since round 14a) is set in FreeSerif:
# xeCJK leaves it to the Latin font, which has none (printed as nothing, extracted as U+FFFD).
_CIRCLED = re.compile("[\u2460-\u2473]")
# A Greek letter (a formula's ρ, λ, μ, since round 15a) likewise: Latin Modern has none. Set in
# FreeSerif's italic, as a formula's variables are printed.
_GREEK = re.compile("[\u0391-\u03a9\u03b1-\u03c9]")
# A comparison sign or a Roman numeral (a clinical article's "≥65岁", "Ⅰ期", since session 11)
# likewise: Latin Modern has none (printed nothing, extracted as U+FFFD). Set upright in FreeSerif.
# Since session 15, the prime and double prime of a coordinate's minutes and seconds ("34°15′N") and an ion's
# raised charge signs ("NO₃⁻", "NH₄⁺") too.
_SYMBOL = re.compile("[\u2160-\u216b\u2264\u2265\u2032\u2033\u207a\u207b]")


# A variable's subscript written with Unicode's subscript characters ("lnCᵢₜ", "α₁", since session 12):
# printed lowered where the article asks (``subscripts: lowered``), as its base letters and digits;
# the gold keeps the source's characters, which the scorer's NFKC reads as those letters ("lnCit").
_SUBSCRIPT = re.compile("[\u2080-\u2089\u2090-\u209c\u1d62-\u1d65\u2c7c]+")


def subscript_text(chars: str) -> str:
    """A run of subscript characters as their base letters and digits ("ᵢₜ" → "it")."""
    return unicodedata.normalize("NFKC", chars)


def body_tex(text: str, article: dict) -> str:
    """Body text (a paragraph, a run-in item, a table cell) as LaTeX, in the article's style:
    ``citations: superscript`` raises the citation marks, as GB/T 7714's numeric system
    prints them ("研究^[1]"), and ``exponents: raised`` prints a unit's ² and ³ as raised
    digits ("m^3"), as journals typeset them, and ``subscripts: lowered`` (session 12) a variable's
    Unicode subscripts ("DIFᵢₜ") as lowered letters; the gold keeps the source's text. Articles
    that ask for none are printed as before."""
    out = _CIRCLED.sub(lambda m: f"{{\\fontspec{{FreeSerif}}{m[0]}}}", tex(text))
    out = _GREEK.sub(lambda m: f"{{\\fontspec{{FreeSerif}}\\itshape {m[0]}}}", out)
    out = _SYMBOL.sub(lambda m: f"{{\\fontspec{{FreeSerif}}{m[0]}}}", out)
    if article.get("citations") == "superscript":
        out = _TEX_CITE.sub(lambda m: f"\\textsuperscript{{{m[0]}}}", out)
    if article.get("exponents") == "raised":
        out = re.sub("[²³]", lambda m: f"\\textsuperscript{{{_EXPONENT[m[0]]}}}", out)
    if article.get("subscripts") == "lowered":
        out = _SUBSCRIPT.sub(lambda m: f"\\textsubscript{{{subscript_text(m[0])}}}", out)
    return out


_URL = re.compile(r"https?://\S+")


def reference_tex(entry: str) -> str:
    """A reference list entry as LaTeX; a URL in it ([EB/OL]) may break after a ``/`` or ``.``
    as journals break it at a line's end (TeX would not break it at all and run it out of the
    column); an entry without a URL prints as before."""
    out = tex(entry)
    if _URL.search(entry):
        out = _URL.sub(lambda m: re.sub(r"([/.])(?=.)", r"\1\\allowbreak{}", m[0]), out)
    return out


_DISPLAY_NUMBER = re.compile(r"\s*([（(]\d+[）)])$")


def note_mark(block: dict) -> str:
    """The circled number a paragraph's ``footnote:`` hangs on: ①, or the paragraph's ``note_mark:``
    (since session 11: ②, ③ … for the second and third notes of an article whose notes
    are numbered through, as humanities journals number them)."""
    return block.get("note_mark", "①")


def display_parts(text: str) -> tuple[str, str]:
    """A displayed formula (a paragraph with ``display: true``, since round 15a) and its number
    ("（1）" at its end, printed flush right; "" if it has none). The gold keeps the line as written."""
    match = _DISPLAY_NUMBER.search(text)
    return (text[: match.start()], match[1]) if match else (text, "")


# -- articles ------------------------------------------------------------


def load_articles() -> list[dict]:
    articles = []
    for path in sorted((HERE / "articles").glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        spec["name"] = path.stem
        articles.append(spec)
    articles.append(bundled_spec())
    return articles


def _bib_keys() -> list[str]:
    return re.findall(r"^@\w+\{([^,]+),", (ROOT / "refs.bib").read_text(encoding="utf-8"), re.MULTILINE)


def bundled_spec() -> dict:
    """The bundled article's first sections (source/article.md), citations as [n]."""
    keys = _bib_keys()
    text = (ROOT / "source" / "article.md").read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    meta = yaml.safe_load(head)

    def cite(match: re.Match[str]) -> str:
        marks = []
        for ref in match[1].split(","):
            key, _, page = ref.partition("{")
            marks.append((keys.index(key) + 1, page.rstrip("}")))
        numbers = ",".join(str(n) for n, _ in marks)
        return f"[{numbers}]{marks[-1][1]}"

    blocks: list[dict] = []
    sections = 0
    for part in body.strip().split("\n\n"):
        part = part.strip()
        if part.startswith("("):
            part = part.split("\n", 1)[1]
        if part.startswith("## 参考文献") or part.startswith("```"):
            break
        if part.startswith("#"):
            level = len(part) - len(part.lstrip("#")) - 1
            if level == 1:
                sections += 1
                if sections > BUNDLED_SECTIONS:
                    break
            blocks.append({"h": level, "text": part.lstrip("#").strip()})
        else:
            blocks.append({"p": _CITE.sub(cite, part).replace("\\", "")})
    return {
        "name": "bundled",
        "split": "dev",
        # The bundled article's raw text names no authors: the two names and
        # the journal data below are made up for the typesetting (see README).
        "title": meta["title"],
        "authors": [{"name": "林一鸣", "affiliations": [1]}, {"name": "许可", "affiliations": [1]}],
        "affiliations": ["示例大学 马克思主义学院，成都 610000"],
        "journal": {
            "name": "示例社会科学",
            "year": "2024",
            "volume": "40",
            "issue": "6",
            "pages": "1-10",
            "clc": "F124",
            "document_code": "A",
            "article_id": "1000-0000(2024)06-0001-10",
            "received": "2024-08-01",
            "funding": "示例基金项目（24AAA000）",
            "author_bio": "林一鸣（1980—），男，四川成都人，教授，博士，研究方向为马克思主义理论。",
        },
        "abstract": meta["abstract"],
        "keywords": ["新质生产力", "全面深化改革", "生产关系"],
        "english": {
            "title": "Promoting New Quality Productive Forces through Comprehensively Deepening Reform",
            "authors": ["LIN Yiming", "XU Ke"],
            "abstract": meta["english"]["abstract"],
            "keywords": ["new quality productive forces", "deepening reform"],
        },
        "body": blocks,
        "references": [f"{key}." for key in keys],
    }


# -- typesetting ----------------------------------------------------------


def _year_line(j: dict) -> str:
    return f"{j['year']}年{j['issue']}月　第{j['volume']}卷 第{j['issue']}期"


def odd_head(spec: dict) -> str:
    """The odd pages' running header: every author and the title before its subtitle, or the
    article's ``running_head:`` (journals shorten a long one: "张三，等：短题名")."""
    if spec.get("running_head"):
        return spec["running_head"]
    return f"{'，'.join(a['name'] for a in spec['authors'])}：{spec['title'].split('——')[0]}"


def author_name(name: str, spec: dict) -> str:
    """An author's name as printed: ``pad_names: true`` (since round 16a) pads a two-character
    name to three cells with a full-width space ("王　伟"), as many journals print it; the gold
    keeps the name ("王伟"). Other articles print as before."""
    return f"{name[0]}　{name[1]}" if spec.get("pad_names") and len(name) == 2 else name


def abstract_label(spec: dict, layout: dict) -> str:
    """The abstract's label: the layout's, or the article's ``abstract_label:`` (since round 16a,
    e.g. "内容提要：", as some journals label it) in every layout."""
    return spec.get("abstract_label") or layout["abstract"]


def keyword_label(spec: dict, layout: dict) -> str:
    """The key words' label: the layout's, or the article's ``keyword_label:`` (since round 17a,
    e.g. "关键字：" or "主题词：", as some journals label them) in every layout."""
    return spec.get("keyword_label") or layout["keywords"]


def keyword_text(spec: dict) -> str:
    """The key words as printed: joined by "；", or by the article's ``keyword_sep:`` (since
    round 16a, e.g. a full-width space, as some journals set them apart)."""
    return spec.get("keyword_sep", "；").join(spec["keywords"])


def first_page_notes(j: dict) -> list[str]:
    """The first page's footnote, a line each: 收稿日期 (and 修回日期 on its line where the journal
    data give one, ``revised:``, since round 14a), 基金项目, 作者简介, and 通信作者 where the
    journal data give one (``corresponding:``)."""
    received = f"收稿日期：{j['received']}" + (f"；修回日期：{j['revised']}" if j.get("revised") else "")
    notes = [received, f"基金项目：{j['funding']}", f"作者简介：{j['author_bio']}"]
    if j.get("corresponding"):
        notes.append(f"通信作者：{j['corresponding']}")
    return notes


def caption_lines(kind: str, number: int, spec: dict, gap: str = " ") -> list[str]:
    """The caption as printed: "表 1 …" and its English twin "Table 1 …"."""
    lines = [f"{'表' if kind == 'table' else '图'} {number}{gap}{spec['caption']}"]
    if spec.get("english"):
        lines.append(f"{'Table' if kind == 'table' else 'Fig.'} {number}{gap}{spec['english']}")
    return lines


def _tikz_bars(figure: dict) -> str:
    """A bar chart drawn in TikZ: axes with their labels, a bar, its value and its name per item."""
    bars = figure["bars"]
    top = max(float(v) for _, v in bars)
    step = 5.6 / (len(bars) + 1)
    out = [f"\\begin{{tikzpicture}}[x={step:.3f}cm,y={2.6 / top:.4f}cm,font=\\footnotesize]"]
    out.append(f"\\draw (0,0) -- ({len(bars) + 1},0);")
    out.append(f"\\node[below=12pt] at ({(len(bars) + 1) / 2:.2f},0) {{{tex(figure['axes'][0])}}};")
    out.append(f"\\draw (0,0) -- (0,{top * 1.2:.2f}) node[above]{{{tex(figure['axes'][1])}}};")
    for k, (name, value) in enumerate(bars, 1):
        out.append(f"\\fill[gray!45] ({k - 0.3:.2f},0) rectangle ({k + 0.3:.2f},{float(value):.2f});")
        out.append(f"\\node[above] at ({k},{float(value):.2f}) {{{tex(str(value))}}};")
        out.append(f"\\node[below] at ({k},0) {{{tex(str(name))}}};")
    out.append("\\end{tikzpicture}")
    return "\n".join(out)


def float_box(kind: str, number: int, spec: dict, layout: dict, article: dict | None = None) -> str:
    """A table (caption above, rows, note below) or a figure (a drawing, caption below), centred."""
    caption = "\\\\".join(f"{{\\small\\bfseries {tex(line)}}}" for line in caption_lines(kind, number, spec, layout.get("caption_gap", " ")))
    note = f"\\\\[0.5ex]{{\\footnotesize {tex(spec['note'])}}}" if spec.get("note") else ""
    if kind == "table":
        rows = spec["rows"]
        cells = " \\\\\n".join(" & ".join(body_tex(str(c), article or {}) for c in row) for row in rows)
        head, _, rest = cells.partition(" \\\\\n")
        inner = (f"{caption}\\\\[0.5ex]{{\\footnotesize\\setlength{{\\tabcolsep}}{{3pt}}\\begin{{adjustbox}}{{max width=\\linewidth}}\\begin{{tabular}}{{l{'c' * (len(rows[0]) - 1)}}}\\hline\n"
                 f"{head} \\\\\\hline\n{rest} \\\\\\hline\n\\end{{tabular}}\\end{{adjustbox}}}}{note}")
    else:
        inner = f"{_tikz_bars(spec)}\\\\[0.5ex]{caption}{note}"
    return f"\\vspace{{1.5ex}}\\centerline{{\\begin{{minipage}}{{\\linewidth}}\\centering {inner}\\end{{minipage}}}}\\vspace{{1.5ex}}"


def latex(spec: dict, layout: dict) -> str:
    j = spec["journal"]
    first_page = int(j["pages"].split("-")[0])
    head = tex(odd_head(spec))
    even_head = f"{j['name']}　{_year_line(j)}"
    foot = r"\fancyfoot[C]{· \thepage\ ·}" if layout["footer_number"] else ""
    spread = f"\\linespread{{{layout['linespread']}}}\n" if "linespread" in layout else ""
    head_number = "" if layout["footer_number"] else r"\fancyhead[LE,RO]{\thepage}"
    author_line = "，".join(
        f"{author_name(a['name'], spec)}\\textsuperscript{{{','.join(str(n) for n in a['affiliations'])}}}" for a in spec["authors"]
    )
    affiliations = "；".join(f"{k}. {tex(a)}" for k, a in enumerate(spec["affiliations"], 1))
    footnote = "\\\\".join(tex(str(line)) for line in first_page_notes(j))
    codes = f"中图分类号：{j['clc']}　　文献标志码：{j['document_code']}　　文章编号：{tex(j['article_id'])}"
    en = spec["english"]
    english = (
        f"\\begin{{center}}{{\\large\\bfseries {tex(en['title'])}}}\\\\[1ex]"
        f"{tex(', '.join(en['authors']))}\\end{{center}}\n"
        f"{{\\small\\noindent\\textbf{{Abstract:}} {tex(en['abstract'])}\\par\n"
        f"\\noindent\\textbf{{Key words:}} {tex('; '.join(en['keywords']))}\\par}}\n"
    )
    front = [
        "\\begin{center}",
        f"{{\\Large\\sffamily {tex(spec['title'])}}}\\\\[2ex]",
        f"{{\\kaishu {author_line}}}\\\\[1ex]",
        f"{{\\small （{affiliations}）}}",
        "\\end{center}",
        f"{{\\small\\noindent\\textbf{{{tex(abstract_label(spec, layout))}}}{tex(spec['abstract'])}\\par",
        f"\\noindent\\textbf{{{tex(keyword_label(spec, layout))}}}{tex(keyword_text(spec))}\\par",
        f"\\noindent {codes}\\par",
        f"\\noindent DOI：{tex(j['doi'])}\\par}}" if "doi" in j else "}",
        "\\vspace{1ex}",
    ]
    if layout["english"] == "front":
        if spec.get("english_first"):  # before the Chinese abstract, under the Chinese title block
            at = front.index("\\end{center}") + 1
            front[at:at] = [english, "\\vspace{1ex}"]
        else:
            front.append(english)
    body = []
    numbers = {"table": 0, "figure": 0, "formula": 0}
    for block in spec["body"]:
        if "table" in block or "figure" in block:
            kind = "table" if "table" in block else "figure"
            numbers[kind] += 1
            box = float_box(kind, numbers[kind], block[kind], layout, spec)
            if "inside" in block[kind]:  # floated into the paragraph before it, after the given words
                if block[kind].get("span"):
                    sys.exit(f"{spec['name']}: a {kind} set inside a paragraph cannot span both columns")
                before, words, after = body[-1].rpartition(body_tex(block[kind]["inside"], spec))
                body[-1] = before + words + f"\\vadjust{{{box}}}" + after
            elif layout["columns"] == 1:  # a float, at the top of a page as journals set it
                body.append(f"\\begin{{{kind}}}[tp]{box}\\end{{{kind}}}")
            elif block[kind].get("span"):  # across both columns, at the top of a page
                body.append(f"\\begin{{{kind}*}}[tp]{box}\\end{{{kind}*}}")
            else:  # in the column, between two paragraphs
                body.append(f"\\par{box}")
        elif "h" in block:
            size = "\\large" if block["h"] == 1 else "\\normalsize"
            body.append(f"\\par\\vspace{{1ex}}\\noindent{{{size}\\sffamily {tex(block['text'])}}}\\par\\vspace{{0.5ex}}")
        elif "item" in block:
            body.append(f"\\textbf{{{tex(block['item']['lead'])}}}{body_tex(block['item']['text'], spec)}\\par")
        elif "formula" in block:  # displayed, centred, its number at the right margin
            numbers["formula"] += 1
            body.append(f"\\par\\vspace{{0.5ex}}\\noindent\\hspace*{{\\fill}}{tex(block['formula'])}\\hspace*{{\\fill}}"
                        f"\\llap{{({numbers['formula']})}}\\par\\vspace{{0.5ex}}")
        elif "verse" in block:  # a stanza of a poem: its lines one under another, centred, in kaishu
            lines = "\\\\\n".join(body_tex(line, spec) for line in block["verse"])
            body.append(f"\\par\\vspace{{0.5ex}}{{\\centering\\kaishu {lines}\\par}}\\vspace{{0.5ex}}")
        elif block.get("display"):  # a displayed formula: centred, its number flush right
            formula, number = display_parts(block["p"])
            body.append(f"\\par\\vspace{{0.5ex}}\\noindent\\hspace*{{\\fill}}{body_tex(formula, spec)}\\hspace*{{\\fill}}{tex(number)}\\par\\vspace{{0.5ex}}")
        else:
            text = body_tex(block["p"], spec)
            if "footnote" in block:  # a note at the page's foot, its mark (①, or ``note_mark:``) where the text has it
                circled = note_mark(block)
                if circled not in text:
                    sys.exit(f"{spec['name']}: a paragraph with a footnote has no {circled} to hang it on")
                # the mark in FreeSerif (Latin Modern has none; xeCJK leaves it to the Latin font), as
                # body_tex sets it
                mark = f"{{\\fontspec{{FreeSerif}}{circled}}}"
                note = f"{{\\renewcommand{{\\thefootnote}}{{{mark}}}\\footnote{{{tex(block['footnote'])}}}}}"
                text = text.replace(mark, note, 1)
            if block.get("quote"):  # a block quotation: indented on both sides, smaller, no first-line indent
                body.append(f"\\begin{{quote}}{{\\kaishu\\small {text}\\par}}\\end{{quote}}")
            else:
                body.append(("\\noindent " if block.get("on") else "") + text + "\\par")  # on: going on after a formula
    refs = "\n".join(f"\\noindent[{k}] {reference_tex(r)}\\par" for k, r in enumerate(spec["references"], 1))
    body.append(f"\\vspace{{1ex}}\\noindent{{\\sffamily {tex(layout['references'])}}}\\par{{\\small\n{refs}}}")
    if layout["english"] == "end":
        body.append(english)
    body_text = "\n\n".join(body)
    if layout["columns"] == 2:
        body_text = f"\\begin{{multicols}}{{2}}\n{body_text}\n\\end{{multicols}}"
    return f"""\\documentclass[twoside,{layout['size']}]{{article}}
\\usepackage[paperwidth={layout['paper'][0]}mm,paperheight={layout['paper'][1]}mm,margin=18mm,headsep=5mm]{{geometry}}
\\usepackage{{xeCJK,fancyhdr,multicol,tikz,adjustbox}}
\\setCJKmainfont{{Noto Serif CJK SC}}
\\setCJKsansfont{{Noto Sans CJK SC}}
\\setCJKfamilyfont{{kai}}{{Noto Serif CJK SC}}
\\newcommand{{\\kaishu}}{{\\CJKfamily{{kai}}}}
\\setlength{{\\parindent}}{{2em}}
\\setlength{{\\columnsep}}{{{layout.get('columnsep', '8mm')}}}
{spread}\\setcounter{{page}}{{{first_page}}}
\\pagestyle{{fancy}}\\fancyhf{{}}
\\renewcommand{{\\headrulewidth}}{{0.4pt}}
\\fancyhead[CO]{{\\small {head}}}
\\fancyhead[CE]{{\\small {even_head}}}
{head_number}
{foot}
\\fancypagestyle{{first}}{{\\fancyhf{{}}\\fancyhead[L]{{\\small {tex(j['name'])}}}\\fancyhead[R]{{\\small {_year_line(j)}}}{foot}}}
\\begin{{document}}
\\thispagestyle{{first}}
{{\\let\\thefootnote\\relax\\footnotetext{{\\small {footnote}}}}}
{chr(10).join(front)}
{body_text}
\\end{{document}}
"""


def leaks(spec: dict, layout: dict) -> list[str]:
    """Text that must not reach the body: running headers and footnote lines (the first page's,
    and a paragraph's ``footnote:``, printed at the foot of its page; its mark ① stays in the
    paragraph, as printed)."""
    j = spec["journal"]
    return [odd_head(spec), f"{j['name']}　{_year_line(j)}"] + first_page_notes(j) + [
        b["footnote"] for b in spec["body"] if "footnote" in b]  # a paragraph's note at a page's foot


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def cell_leaks(spec: dict) -> list[str]:
    """A table's cells and a figure's labels and numbers: not to be found in the body. A
    cell printed in the article's own text too (a number the text quotes) cannot be told
    from it, and is left out; so is a single character."""
    prose = _plain("".join(b.get("p", "") + b.get("text", "") + "".join(b.get("verse", [])) + "".join(b.get("item", {}).values()) for b in spec["body"]))
    out: list[str] = []
    for block in spec["body"]:
        if "table" in block:
            texts = [str(c) for row in block["table"]["rows"] for c in row]
        elif "figure" in block:
            figure = block["figure"]
            texts = list(figure["axes"]) + [str(x) for bar in figure["bars"] for x in bar]
        else:
            continue
        out += [t for t in texts if len(_plain(t)) > 1 and _plain(t) not in prose and t not in out]
    return out


def gold(spec: dict, layout_name: str, layout: dict) -> dict:
    blocks = []
    numbers = {"table": 0, "figure": 0, "formula": 0}
    for block in spec["body"]:
        if "table" in block or "figure" in block:
            kind = "table" if "table" in block else "figure"
            numbers[kind] += 1
            caption = {"caption": kind, "text": " ".join(caption_lines(kind, numbers[kind], block[kind], layout.get("caption_gap", " ")))}
            if block[kind].get("note"):
                caption["note"] = block[kind]["note"]
            blocks.append(caption)  # where it stands in the source: a float may be printed elsewhere
        elif "h" in block:
            blocks.append({"heading": block["h"], "text": block["text"]})
        elif "item" in block:
            blocks.append({"paragraph": block["item"]["lead"] + block["item"]["text"], "lead": block["item"]["lead"]})
        elif "formula" in block:  # a block of its own, with its number as printed
            numbers["formula"] += 1
            blocks.append({"paragraph": f"{block['formula']} ({numbers['formula']})", "formula": numbers["formula"]})
        elif block.get("quote"):  # a block quotation: a paragraph of its own, as written
            blocks.append({"paragraph": block["p"], "quote": True})
        elif "verse" in block:  # a stanza: one paragraph, its printed lines run together as written
            blocks.append({"paragraph": "".join(block["verse"]), "verse": True})
        else:
            blocks.append({"paragraph": block["p"]})
    j = spec["journal"]
    return {
        "article": spec["name"],
        "layout": layout_name,
        "title": spec["title"],
        "authors": [a["name"] for a in spec["authors"]],
        "author_affiliations": [a["affiliations"] for a in spec["authors"]],
        "affiliations": spec["affiliations"],
        "journal": {k: str(v) for k, v in j.items()},
        "abstract": spec["abstract"],
        "keywords": spec["keywords"],
        "english": spec["english"],
        "blocks": blocks,
        "references": len(spec["references"]),
        "leaks": leaks(spec, layout) + cell_leaks(spec),
        "cells": cell_leaks(spec),  # the leaks above that are a table's cells or a figure's labels
    }


# -- extraction -----------------------------------------------------------


def _pymupdf():
    """PyMuPDF, imported here only: it is AGPL, never a dependency of the package or its tests;
    it is installed by hand to write the committed ``.pymupdf.txt`` texts."""
    try:
        import pymupdf
    except ImportError:
        sys.exit("PyMuPDF is missing: `pip install pymupdf` in your own environment (AGPL: only this script "
                 "uses it, to write the committed .pymupdf.txt texts; the package never imports it)")
    return pymupdf


def _pymupdf4llm():
    """PyMuPDF's Markdown writer, imported here only (AGPL, as PyMuPDF: never a dependency)."""
    try:
        import pymupdf4llm
    except ImportError:
        sys.exit("pymupdf4llm is missing: `pip install pymupdf pymupdf4llm` in your own environment (AGPL: only this "
                 "script uses it, to write the committed .pymupdf4llm.txt texts; the package never imports it)")
    return pymupdf4llm


def extract(pdf: Path, extractor: str) -> str:
    if extractor.startswith("pdftotext"):
        mode = extractor.removeprefix("pdftotext").removeprefix("-")  # "", "layout" or "raw"
        args = ["pdftotext", "-enc", "UTF-8"] + ([f"-{mode}"] if mode else [])
        return subprocess.run(args + [str(pdf), "-"], check=True, capture_output=True).stdout.decode("utf-8")
    if extractor == "pdfminer":
        from pdfminer.high_level import extract_text

        return extract_text(str(pdf))
    if extractor == "pymupdf4llm":
        return _pymupdf4llm().to_markdown(str(pdf))
    if extractor == "pymupdf":
        pymupdf = _pymupdf()
        with pymupdf.open(str(pdf)) as document:
            return "".join(page.get_text() + "\f" for page in document)
    if extractor == "pypdf":
        from pypdf import PdfReader

        return "".join(page.extract_text() + "\n" for page in PdfReader(str(pdf)).pages)
    if extractor.startswith("pdfplumber"):
        import pdfplumber

        layout = extractor == "pdfplumber-layout"
        with pdfplumber.open(str(pdf)) as document:
            return "".join((page.extract_text(layout=layout) or "") + "\n" for page in document.pages)
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    pages = [document[k].get_textpage().get_text_range() for k in range(len(document))]
    return "\n".join(pages).replace("\r\n", "\n")


def build(spec: dict, layout_name: str, layout: dict, work: Path) -> Path:
    stem = f"{spec['name']}-{layout_name}"
    (work / f"{stem}.tex").write_text(latex(spec, layout), encoding="utf-8")
    for _ in range(2):
        done = subprocess.run(
            ["xelatex", "-interaction=nonstopmode", "-halt-on-error", f"{stem}.tex"],
            cwd=work,
            capture_output=True,
            env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "FORCE_SOURCE_DATE": "1"},  # the same PDF bytes every time (FORCE_: the creator line's date too)
        )
        if done.returncode:
            sys.exit(f"xelatex failed on {stem}:\n{done.stdout.decode('utf-8', 'replace')[-2000:]}")
    return work / f"{stem}.pdf"


def extract_again(extractor: str, only: list[str] | None) -> int:
    """Write ``<layout>.<extractor>.txt`` beside every committed ``<layout>.pdf`` (of the
    articles in ``only``, if given); the PDFs, the gold and the other texts are left as they are.
    A Markdown-saving extractor (``MARKDOWN_EXTRACTORS``) reads the XeLaTeX layouts of the dev
    articles only, or of the articles in ``only`` (a held-out one only when named)."""
    if shutil.which("pdftotext") is None:
        sys.exit("pdftotext is missing: scripts/debian-deps.sh pdf installs it")
    markdown = extractor in MARKDOWN_EXTRACTORS
    for pdf in sorted(DATA.glob("*/*/*.pdf")):
        if only and pdf.parent.name not in only or (pdf.name.startswith("html-") and extractor not in HTML_EXTRACTORS):
            continue
        if pdf.name.startswith("word-") and extractor not in WORD_EXTRACTORS:
            continue
        if markdown and (pdf.stem not in LAYOUTS or not only and pdf.parent.parent.name != "dev"):
            continue
        pdf.with_name(f"{pdf.stem}.{extractor}.txt").write_text(extract(pdf, extractor), encoding="utf-8")
        print(f"{pdf.parent.relative_to(HERE)}/{pdf.stem}: {extractor}")
    return 0


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", metavar="NAME", action="append", help="regenerate only this article (repeatable; 'bundled' for the bundled one)")
    parser.add_argument("--extract", metavar="EXTRACTOR", choices=EXTRACTORS + MARKDOWN_EXTRACTORS,
                        help="only extract this extractor's texts again from the committed PDFs (no typesetting)")
    parser.add_argument("--html", action="store_true",
                        help="only print the HTML layouts (htmlpdf.HTML_LAYOUTS) with Chromium; the XeLaTeX outputs are left as they are")
    parser.add_argument("--word", action="store_true",
                        help="only write the word-processor layouts (wordpdf.WORD_LAYOUTS) with LibreOffice, for the dev "
                             "articles (the held-out ones are the lead's to generate: name them with --only); "
                             "every other file is left as it is")
    parser.add_argument("--layout", metavar="LAYOUT", action="append", choices=list(LAYOUTS),
                        help="typeset only this layout (repeatable), into the articles' folders as they are: "
                             "how a layout is added to the corpus (the other layouts' files are left alone)")
    args = parser.parse_args(argv)
    if args.extract:
        return extract_again(args.extract, args.only)
    if args.html:
        return build_html_layouts(args.only)
    if args.word:
        return build_word_layouts(args.only)
    for tool in ("xelatex", "pdftotext"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: scripts/debian-deps.sh pdf installs it")
    _pymupdf()  # before any folder is emptied: every extractor's texts are written again
    if any(DATA.glob(f"*/*/*.{MARKDOWN_EXTRACTORS[0]}.txt")):
        _pymupdf4llm()  # its texts are made again where they were
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for spec in load_articles():
            if args.only and spec["name"] not in args.only:
                continue
            folder = DATA / spec["split"] / spec["name"]
            # The word-processor layouts are made again where they were (``--word`` adds them).
            word = folder.is_dir() and any(folder.glob("word-*.gold.json"))
            # A Markdown-saving extractor's texts too (``--extract pymupdf4llm`` adds them).
            markdown = [e for e in MARKDOWN_EXTRACTORS if folder.is_dir() and any(folder.glob(f"*.{e}.txt"))]
            if folder.exists() and not args.layout:
                shutil.rmtree(folder)
            folder.mkdir(parents=True, exist_ok=True)
            for name, layout in LAYOUTS.items():
                if args.layout and name not in args.layout:
                    continue
                pdf = build(spec, name, layout, work)
                shutil.copy(pdf, folder / f"{name}.pdf")  # scored through the PDF reader too
                for extractor in EXTRACTORS + tuple(markdown):
                    text = extract(pdf, extractor)
                    (folder / f"{name}.{extractor}.txt").write_text(text, encoding="utf-8")
                (folder / f"{name}.gold.json").write_text(
                    json.dumps(gold(spec, name, layout), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
                print(f"{folder.relative_to(HERE)}/{name}: {len(EXTRACTORS)} texts")
            if not args.layout:  # --layout NAME leaves the other layouts, the HTML ones too, alone
                _html_layouts(spec, folder, work)
                if word:
                    _word_layouts(spec, folder, work)
    return 0


def _html_layouts(spec: dict, folder: Path, work: Path) -> None:
    """The article printed from HTML by Chromium (``htmlpdf``): its PDF, its pdftotext text (the
    only extractor run on it) and its gold beside the XeLaTeX layouts'."""
    from htmlpdf import HTML_LAYOUTS, build_html

    for name, layout in HTML_LAYOUTS.items():
        pdf = build_html(spec, name, layout, work)
        shutil.copy(pdf, folder / f"{name}.pdf")
        for extractor in HTML_EXTRACTORS:
            (folder / f"{name}.{extractor}.txt").write_text(extract(pdf, extractor), encoding="utf-8")
        (folder / f"{name}.gold.json").write_text(
            json.dumps(gold(spec, name, layout), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{folder.relative_to(HERE)}/{name}: {len(HTML_EXTRACTORS)} text (Chromium)")


def build_html_layouts(only: list[str] | None) -> int:
    """``--html``: the HTML layouts of every article (or those in ``only``), nothing else rewritten."""
    for tool in ("chromium", "pdftotext", "qpdf"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: scripts/debian-deps.sh installs it")
    with tempfile.TemporaryDirectory() as tmp:
        for spec in load_articles():
            if only and spec["name"] not in only:
                continue
            folder = DATA / spec["split"] / spec["name"]
            folder.mkdir(parents=True, exist_ok=True)
            _html_layouts(spec, folder, Path(tmp))
    return 0


def build_word_layouts(only: list[str] | None) -> int:
    """``--word``: the word-processor layouts (``wordpdf``: a flat ODT exported to PDF by LibreOffice)
    of the dev articles, or of those in ``only`` (a held-out article only when named); its PDF, the
    texts of ``wordpdf.WORD_EXTRACTORS`` and its gold beside the other layouts', nothing else rewritten."""
    for tool in ("soffice", "pdftotext", "qpdf"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: scripts/debian-deps.sh wordprocessor installs it")
    with tempfile.TemporaryDirectory() as tmp:
        for spec in load_articles():
            if only and spec["name"] not in only or not only and spec["split"] != "dev":
                continue
            folder = DATA / spec["split"] / spec["name"]
            folder.mkdir(parents=True, exist_ok=True)
            _word_layouts(spec, folder, Path(tmp))
    return 0


def _word_layouts(spec: dict, folder: Path, work: Path) -> None:
    """The article written as a word processor's document and exported by LibreOffice (``wordpdf``):
    its PDF, its texts and its gold beside the other layouts'."""
    from wordpdf import WORD_LAYOUTS, build_word

    for name, layout in WORD_LAYOUTS.items():
        pdf = build_word(spec, name, layout, work)
        shutil.copy(pdf, folder / f"{name}.pdf")
        for extractor in WORD_EXTRACTORS:
            (folder / f"{name}.{extractor}.txt").write_text(extract(pdf, extractor), encoding="utf-8")
        (folder / f"{name}.gold.json").write_text(
            json.dumps(gold(spec, name, layout), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{folder.relative_to(HERE)}/{name}: {len(WORD_EXTRACTORS)} texts (LibreOffice)")


if __name__ == "__main__":
    sys.exit(main())
