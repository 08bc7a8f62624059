"""A third producer for the import corpus: the article as a word processor's document,
exported to PDF by LibreOffice Writer.

Most Chinese journals' articles are made in Word (or WPS), not in LaTeX: their PDFs are a word
processor's. Here the same article YAML is written as a flat OpenDocument text (``.fodt``, one
XML file) the way such a document is built — A4, Noto Serif CJK (宋体's stand-in) at 10.5 pt
(五号), headings in Noto Sans CJK bold (黑体's), a header over a rule whose text alternates
between odd and even pages (the page style's right and left headers: ``<style:header>`` and
``<style:header-left>``), a first page of its own (journal name and year line), the page number in
the footer starting at the article's first page, the first page's note (收稿日期, 基金项目,
作者简介) as a real footnote of the title with no mark, a paragraph's ``footnote:`` as a real
footnote (numbered ``1`` as Word numbers them in ``word-onecol``; marked ``①`` in
``word-twocol``), a run-in item's lead in bold, tables with a border round every cell, the bar
chart as an SVG picture (its labels are text), and two columns as a section with two columns
after the front matter (a table across both columns ends the section and opens another, as a
section break does in Word). ``word-twocol`` raises every citation mark as a superscript;
``word-onecol`` raises them where the article asks (``citations: superscript``).

The PDF is LibreOffice's (``soffice --headless --convert-to pdf``; its producer line says
LibreOffice), its dates pinned and its document id made from its content by qpdf, as
``htmlpdf.py`` does, so that the same YAML gives the same bytes. LibreOffice is no dependency of
the project: the PDFs and texts are committed; making them again is a developer's step
(``scripts/debian-deps.sh wordprocessor`` installs it). The gold is made from the same YAML by
:func:`generate.gold`.
"""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

WORD_LAYOUTS: dict[str, dict] = {
    "word-onecol": {
        "columns": 1,
        "abstract": "摘　要：",
        "keywords": "关键词：",
        "references": "参考文献：",
        "english": "end",
        "note_mark": "number",  # Word's default: 1, 2, … raised
        "first_note": "footnote",  # the title's footnote, marked *
        "superscript": False,  # as the article asks
    },
    "word-twocol": {
        "columns": 2,
        "abstract": "[摘　要]",
        "keywords": "[关键词]",
        "references": "参考文献",
        "english": "front",
        "note_mark": "circled",  # ①
        "first_note": "footer",  # in the first page's footer, over a rule, above the page number
        "superscript": True,
    },
}
# Its PDFs are read by generate.WORD_EXTRACTORS (PyMuPDF apart) and by the PDF reader.

SERIF, SANS = "Noto Serif CJK SC", "Noto Sans CJK SC"
_NS = " ".join(f'xmlns:{k}="urn:oasis:names:tc:opendocument:xmlns:{v}"' for k, v in {
    "office": "office:1.0", "style": "style:1.0", "text": "text:1.0", "table": "table:1.0",
    "draw": "drawing:1.0", "fo": "xsl-fo-compatible:1.0", "svg": "svg-compatible:1.0"}.items())
_NS += ' xmlns:xlink="http://www.w3.org/1999/xlink"'
_CITE = re.compile(r"\[([1-9]\d*(?:[-–,][1-9]\d*)*)\]")


def _font(name: str, size: str, bold: bool = False) -> str:
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return (f'<style:text-properties style:font-name="{name}" style:font-name-asian="{name}" fo:font-size="{size}" '
            f'style:font-size-asian="{size}" fo:language="en" fo:country="US" style:language-asian="zh" '
            f'style:country-asian="CN"{weight}/>')


def _pstyle(name: str, size: str, align: str = "justify", indent: str = "0pt", bold: bool = False, family: str = SERIF,
            before: str = "0pt", after: str = "0pt", left: str = "0pt", keep: bool = False) -> str:
    keep_next = ' fo:keep-with-next="always"' if keep else ""
    return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties fo:text-align="{align}" '
            f'fo:text-indent="{indent}" fo:margin-left="{left}" fo:margin-top="{before}" fo:margin-bottom="{after}" '
            f'fo:line-height="130%"{keep_next}/>{_font(family, size, bold)}</style:style>')


_STYLES = "".join([
    _pstyle("Title", "18pt", "center", bold=True, family=SANS, after="8pt"),
    _pstyle("Authors", "12pt", "center"),
    _pstyle("Aff", "9pt", "center", after="4pt"),
    _pstyle("Abs", "9pt", before="3pt"),
    _pstyle("ETitle", "12pt", "center", bold=True, before="8pt", after="4pt"),
    _pstyle("EAuthors", "10.5pt", "center", after="2pt"),
    _pstyle("H1", "12pt", "left", bold=True, family=SANS, before="8pt", after="4pt", keep=True),
    _pstyle("H2", "10.5pt", "left", bold=True, family=SANS, before="4pt", after="2pt", keep=True),
    _pstyle("H3", "10.5pt", "left", family=SANS, before="2pt", after="1pt", keep=True),
    _pstyle("Body", "10.5pt", indent="21pt"),
    _pstyle("BodyOn", "10.5pt"),  # a paragraph's rest after a float set inside it
    _pstyle("Cap", "9pt", "center", bold=True, family=SANS, before="4pt", keep=True),
    _pstyle("TNote", "8pt", after="4pt"),
    _pstyle("Figure", "9pt", "center", before="4pt"),
    _pstyle("Cell", "9pt", "center"),
    _pstyle("RefHead", "10.5pt", "left", bold=True, family=SANS, before="8pt", after="4pt", keep=True),
    _pstyle("Ref", "9pt", indent="-18pt", left="18pt"),
    _pstyle("Footnote", "8pt"),
    _pstyle("Header", "9pt", "center"),
    '<style:style style:name="FirstFoot" style:family="paragraph" style:parent-style-name="Footnote">'
    '<style:paragraph-properties fo:border-top="0.5pt solid #000000" fo:padding-top="0.05cm" style:join-border="true"/>'
    '</style:style>',
])


# A displayed formula (round 15e; only in an article that has one, so that the others' documents
# stay as they were): centred on a tab stop, its number right-aligned at the column's edge (16.6 cm
# in one column, 7.95 cm in two).
_FORMULA_STYLES = "".join(
    f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="BodyOn">'
    f'<style:paragraph-properties fo:margin-top="2pt" fo:margin-bottom="2pt"><style:tab-stops>'
    f'<style:tab-stop style:position="{width / 2:.3f}cm" style:type="center"/>'
    f'<style:tab-stop style:position="{width:.3f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>'
    for name, width in (("Formula", 16.6), ("Formula2", 7.95)))

# A displayed formula's paragraph (``display: true``, since round 15a): only in the articles that
# have one, so that every other document's styles stay as they were.
_DISPLAY = _pstyle("Display", "10.5pt", "center", before="3pt", after="3pt")

# A stanza of a poem (``verse:``, since session 12): centred lines, no first-line indent; only in the
# articles that have one, so that every other document's styles stay as they were.
_VERSE = _pstyle("Verse", "10.5pt", "center", before="3pt", after="3pt")

# A lowered subscript (``subscripts: lowered``, since session 12): a text style written only into the
# documents of an article that asks for it.
_SUB = '<style:style style:name="Sub" style:family="text"><style:text-properties style:text-position="sub 58%"/></style:style>'

# A block quotation (``quote: true``): a smaller paragraph indented two characters, no first-line
# indent; only in the articles that have one, so that every other document's styles stay as they were.
_QUOTE = _pstyle("Quote", "9pt", before="3pt", after="3pt", left="21pt")


def _automatic(first_page: int) -> str:
    def layout(name: str, usage: str) -> str:
        return (f'<style:page-layout style:name="{name}" style:page-usage="{usage}"><style:page-layout-properties '
                'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
                'fo:margin-left="2.2cm" fo:margin-right="2.2cm"><style:footnote-sep style:width="0.5pt" '
                'style:rel-width="25%" style:color="#000000" style:adjustment="left" style:distance-before-sep="0.1cm" '
                'style:distance-after-sep="0.1cm"/></style:page-layout-properties>'
                '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm" '
                'fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.05cm"/></style:header-style>'
                '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/>'
                '</style:footer-style></style:page-layout>')

    return "".join([
        layout("pmFirst", "all"), layout("pmBody", "mirrored"),
        # The first paragraph opens the first page style and sets the article's first page number.
        f'<style:style style:name="TitleFirst" style:family="paragraph" style:parent-style-name="Title" '
        f'style:master-page-name="First"><style:paragraph-properties style:page-number="{first_page}"/></style:style>',
        '<style:style style:name="Cols" style:family="section"><style:section-properties><style:columns '
        'fo:column-count="2" fo:column-gap="0.7cm"><style:column style:rel-width="1*" fo:start-indent="0cm" '
        'fo:end-indent="0.35cm"/><style:column style:rel-width="1*" fo:start-indent="0.35cm" fo:end-indent="0cm"/>'
        '</style:columns></style:section-properties></style:style>',
        '<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>',
        '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold"/></style:style>',
        '<style:style style:name="Tab" style:family="table"><style:table-properties style:rel-width="100%" '
        'table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.1cm"/></style:style>',
        '<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" '
        'fo:padding="0.05cm"/></style:style>',
        '<style:style style:name="Fig" style:family="graphic"><style:graphic-properties style:wrap="none" '
        'style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>',
    ])


def _p(style: str, xml: str) -> str:
    return f'<text:p text:style-name="{style}">{xml}</text:p>'


def _footnote(ident: str, label: str | None, lines: list[str]) -> str:
    """A real footnote: its note at the page's foot; ``label`` its printed mark ("" for none; None:
    numbered by the document, as Word numbers them)."""
    citation = (f'<text:note-citation text:label="{escape(label)}">{escape(label)}</text:note-citation>' if label is not None
                else "<text:note-citation>1</text:note-citation>")
    body = "".join(_p("Footnote", escape(line)) for line in lines)
    return f'<text:note text:id="{ident}" text:note-class="footnote">{citation}<text:note-body>{body}</text:note-body></text:note>'


def body_xml(text: str, article: dict, layout: dict) -> str:
    """A paragraph's text as ODF: citation marks raised as superscripts where the layout or the
    article asks (a bracket holding 0 or a space is no mark); a unit's ²/³ raised where the article
    asks (``exponents: raised``)."""
    out = escape(text)
    if layout["superscript"] or article.get("citations") == "superscript":
        out = _CITE.sub(lambda m: f'<text:span text:style-name="Sup">[{m[1]}]</text:span>', out)
    if article.get("exponents") == "raised":
        out = re.sub("[²³]", lambda m: f'<text:span text:style-name="Sup">{"2" if m[0] == "²" else "3"}</text:span>', out)
    if article.get("subscripts") == "lowered":  # a variable's subscripts ("DIFᵢₜ"), since session 12
        from generate import _SUBSCRIPT, subscript_text

        out = _SUBSCRIPT.sub(lambda m: f'<text:span text:style-name="Sub">{subscript_text(m[0])}</text:span>', out)
    return out


def _figure_xml(number: int, spec: dict) -> str:
    """The bar chart as a picture (SVG, its labels text), then its caption."""
    from htmlpdf import _bars_svg

    svg = _bars_svg(spec).replace("<svg ", '<svg font-family="Noto Sans CJK SC" ', 1)
    width, height = (float(x) for x in re.search(r'width="([\d.]+)" height="([\d.]+)"', svg).groups())
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    frame = (f'<draw:frame draw:style-name="Fig" draw:name="Figure{number}" text:anchor-type="as-char" '
             f'svg:width="{width * 0.75 / 72 * 2.54:.2f}cm" svg:height="{height * 0.75 / 72 * 2.54:.2f}cm">'
             f'<draw:image draw:mime-type="image/svg+xml"><office:binary-data>{data}</office:binary-data></draw:image></draw:frame>')
    return _p("Figure", frame)


def float_xml(kind: str, number: int, spec: dict, article: dict, layout: dict) -> str:
    from generate import caption_lines

    caption = "".join(_p("Cap", escape(line)) for line in caption_lines(kind, number, spec))
    note = _p("TNote", escape(spec["note"])) if spec.get("note") else ""
    if kind == "figure":
        return _figure_xml(number, spec) + caption + note
    rows = spec["rows"]
    cells = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="TC" office:value-type="string">{_p("Cell", body_xml(str(c), article, layout))}'
            "</table:table-cell>" for c in row) + "</table:table-row>" for row in rows)
    table = (f'<table:table table:name="Table{number}" table:style-name="Tab">'
             f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>{cells}</table:table>')
    return caption + table + note


def _english(spec: dict) -> list[str]:
    en = spec["english"]
    return [
        _p("ETitle", escape(en["title"])),
        _p("EAuthors", escape(", ".join(en["authors"]))),
        _p("Abs", f'<text:span text:style-name="B">Abstract: </text:span>{escape(en["abstract"])}'),
        _p("Abs", f'<text:span text:style-name="B">Key words: </text:span>{escape("; ".join(en["keywords"]))}'),
    ]


def document(spec: dict, layout: dict) -> str:
    """The article as one flat ODT (``.fodt``) in the layout."""
    from generate import _year_line, abstract_label, author_name, display_parts, first_page_notes, keyword_label, keyword_text, note_mark, odd_head

    j = spec["journal"]
    year_line = f"{j['name']}　{_year_line(j)}"
    two = layout["columns"] == 2
    # The first page's note: the title's footnote marked * (a custom mark, outside the numbering),
    # or the first page style's footer over a rule.
    title = escape(spec["title"])
    first_footer = ""
    if layout["first_note"] == "footnote":
        title += _footnote("ftn0", "*", first_page_notes(j))
    else:
        first_footer = "".join(_p("FirstFoot", escape(line)) for line in first_page_notes(j))
    authors = "，".join(f'{escape(author_name(a["name"], spec))}<text:span text:style-name="Sup">{",".join(str(n) for n in a["affiliations"])}</text:span>'
                       for a in spec["authors"])
    affiliations = "；".join(f"{k}. {escape(a)}" for k, a in enumerate(spec["affiliations"], 1))
    bold = '<text:span text:style-name="B">{}</text:span>'.format
    front = [_p("TitleFirst", title), _p("Authors", authors), _p("Aff", f"（{affiliations}）")]
    if layout["english"] == "front" and spec.get("english_first"):
        front += _english(spec)
    front += [
        _p("Abs", bold(escape(abstract_label(spec, layout))) + escape(spec["abstract"])),
        _p("Abs", bold(escape(keyword_label(spec, layout))) + escape(keyword_text(spec))),
        _p("Abs", f"{bold('中图分类号：')}{escape(j['clc'])}　　{bold('文献标志码：')}{escape(j['document_code'])}　　"
                  f"{bold('文章编号：')}{escape(j['article_id'])}"),
    ]
    if "doi" in j:
        front.append(_p("Abs", bold("DOI：") + escape(j["doi"])))
    if layout["english"] == "front" and not spec.get("english_first"):
        front += _english(spec)
    # The body: runs of paragraphs (in a two-column section in word-twocol), a float across both
    # columns between two runs.
    runs: list[list[str]] = [[]]
    numbers = {"table": 0, "figure": 0}
    notes = 0
    for block in spec["body"]:
        body = runs[-1]
        if "table" in block or "figure" in block:
            kind = "table" if "table" in block else "figure"
            numbers[kind] += 1
            box = float_xml(kind, numbers[kind], block[kind], spec, layout)
            if "inside" in block[kind]:  # the paragraph before it cut after the given words, its rest unindented
                last = body.pop()
                words = body_xml(block[kind]["inside"], spec, layout)
                before, found, after = last.rpartition(words)
                if not found:
                    sys.exit(f"{spec['name']}: the words a {kind} is set after are not in its paragraph")
                # punctuation right after the words stays with them (no line, no paragraph opens with it)
                stuck = re.match(r"[，。、；：！？）”]+", after)
                if stuck:
                    words, after = words + stuck[0], after[stuck.end():]
                body += [before + words + "</text:p>", box]
                if after != "</text:p>":  # the paragraph's rest, unindented, after the float
                    body.append('<text:p text:style-name="BodyOn">' + after)
            elif two and block[kind].get("span"):
                runs += [[box], []]
            else:
                body.append(box)
        elif "h" in block:
            body.append(_p(f"H{min(block['h'], 3)}", escape(block["text"])))
        elif "item" in block:
            body.append(_p("Body", bold(escape(block["item"]["lead"])) + body_xml(block["item"]["text"], spec, layout)))
        elif "formula" in block:  # centred, its number after a tab at the column's right edge
            numbers["formula"] = numbers.get("formula", 0) + 1
            body.append(_p("Formula2" if two else "Formula", f'<text:tab/>{escape(block["formula"])}<text:tab/>({numbers["formula"]})'))
        elif "verse" in block:  # a stanza of a poem: its lines parted by line breaks (Shift+Enter), centred
            body.append(_p("Verse", "<text:line-break/>".join(body_xml(line, spec, layout) for line in block["verse"])))
        elif block.get("display"):  # a displayed formula: centred, its number after a few spaces
            formula, number = display_parts(block["p"])
            body.append(_p("Display", body_xml(formula, spec, layout) + ('<text:s text:c="6"/>' + escape(number) if number else "")))
        else:
            text = body_xml(block["p"], spec, layout)
            if "footnote" in block:  # a real footnote where the text has its mark (①, or ``note_mark:``)
                circled = note_mark(block)
                if circled not in text:
                    sys.exit(f"{spec['name']}: a paragraph with a footnote has no {circled} to hang it on")
                notes += 1
                label = circled if layout["note_mark"] == "circled" else None
                text = text.replace(circled, _footnote(f"ftn{notes}", label, [block["footnote"]]), 1)
            style = "Quote" if block.get("quote") else "BodyOn" if block.get("on") else "Body"
            body.append(_p(style, text))  # on: going on after a formula; quote: a block quotation
    runs[-1].append(_p("RefHead", escape(layout["references"])))
    runs[-1] += [_p("Ref", escape(f"[{k}] {r}")) for k, r in enumerate(spec["references"], 1)]
    out = list(front)
    for k, run in enumerate(runs):
        if two and k % 2 == 0:
            out.append(f'<text:section text:style-name="Cols" text:name="Body{k // 2 + 1}">{"".join(run)}</text:section>')
        else:
            out += run
    if layout["english"] == "end":
        out += _english(spec)
    head = _p("Header", escape(odd_head(spec)))
    even = _p("Header", escape(year_line))
    number = _p("Header", '· <text:page-number text:select-page="current">1</text:page-number> ·')
    masters = (
        f'<style:master-page style:name="First" style:page-layout-name="pmFirst" style:next-style-name="Standard">'
        f"<style:header>{even}</style:header><style:footer>{first_footer}{number}</style:footer></style:master-page>"
        f'<style:master-page style:name="Standard" style:page-layout-name="pmBody"><style:header>{head}</style:header>'
        f"<style:header-left>{even}</style:header-left><style:footer>{number}</style:footer></style:master-page>"
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_NS} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text"><office:meta/><office:font-face-decls>'
            f'<style:font-face style:name="{SERIF}" svg:font-family="&apos;{SERIF}&apos;"/>'
            f'<style:font-face style:name="{SANS}" svg:font-family="&apos;{SANS}&apos;"/></office:font-face-decls>'
            f'<office:styles>{_STYLES}{_FORMULA_STYLES if any("formula" in b for b in spec["body"]) else ""}{_DISPLAY if any(b.get("display") for b in spec["body"]) else ""}'
            f'{_QUOTE if any(b.get("quote") for b in spec["body"]) else ""}{_VERSE if any("verse" in b for b in spec["body"]) else ""}{_SUB if spec.get("subscripts") == "lowered" else ""}<text:notes-configuration text:note-class="footnote" style:num-format="1" '
            'text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/></office:styles>'
            f'<office:automatic-styles>{_automatic(int(j["pages"].split("-")[0]))}</office:automatic-styles>'
            f"<office:master-styles>{masters}</office:master-styles>"
            f'<office:body><office:text>{"".join(out)}</office:text></office:body></office:document>\n')


def build_word(spec: dict, layout_name: str, layout: dict, work: Path) -> Path:
    """The article's .fodt exported to PDF by LibreOffice, its bytes pinned (``htmlpdf._pinned``)."""
    from htmlpdf import _pinned

    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice is missing: scripts/debian-deps.sh wordprocessor installs LibreOffice Writer")
    stem = f"{spec['name']}-{layout_name}"
    source = work / f"{stem}.fodt"
    source.write_text(document(spec, layout), encoding="utf-8")
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={(work / 'lo-profile').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(work / "lo-out"), str(source)],
        capture_output=True, check=False,
    )
    printed = work / "lo-out" / f"{stem}.pdf"
    if done.returncode or not printed.is_file():
        sys.exit(f"LibreOffice failed on {stem}:\n{done.stderr.decode('utf-8', 'replace')[-2000:]}")
    # LibreOffice's trailer holds a checksum of the run (/DocChecksum) and a random document id
    # (/ID): blanked, the same length (the offsets hold), before the dates are pinned and qpdf
    # makes the document id from the content.
    data = printed.read_bytes()
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+|/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]", lambda m: b" " * len(m[0]), data)
    printed.write_bytes(data)
    return _pinned(printed, work / f"{stem}.pdf")
