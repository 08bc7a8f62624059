"""A second producer for the import corpus: the article as HTML + CSS, printed by Chromium.

Every other PDF of the corpus is made by XeLaTeX. Journals' PDFs come from other
producers too (InDesign, 方正, Word/WPS, and web pages printed to PDF), which draw rules
and boxes, split text into runs and order it otherwise. Here the same article YAML is
written as one HTML page with CSS — a running header under a rule (``@page`` margin
boxes, odd and even pages alike as journals print them), the first page's footnote
(收稿日期, 基金项目, 作者简介) over a rule at the page's foot, tables with a border on every
cell, citation marks as superscripts (``<sup>[1]</sup>``), references with a hanging
indent, a bar chart as SVG — and printed by Debian's ``chromium`` (``--print-to-pdf``;
its producer line says Skia/PDF). Two layouts: one column, and two columns (CSS
``columns``) under a front matter across the page.

A paragraph's ``footnote:`` cannot be set at the foot of its page in HTML (Chromium has
no CSS footnotes): its note is printed under a short rule after the reference list, as
an endnote, its mark ① kept in the paragraph; the note's text stays one of the gold's
leaks. The gold is made from the same YAML by :func:`generate.gold`.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

# The layouts of this producer (their gold is made as for the XeLaTeX layouts).
HTML_LAYOUTS: dict[str, dict] = {
    "html-onecol": {
        "columns": 1,
        "paper": (170, 240),
        "abstract": "摘　要：",
        "keywords": "关键词：",
        "references": "参考文献",
        "english": "end",
    },
    "html-twocol": {
        "columns": 2,
        "paper": (184, 260),
        "abstract": "[摘要]",
        "keywords": "[关键词]",
        "references": "参考文献：",
        "english": "front",
    },
}

# A range written as two marks ("[12]-[14]", since round 14a) is raised whole.
_CITE = re.compile(r"\[([1-9]\d*(?:[-–,][1-9]\d*)*)\](?:[-–]\[[1-9]\d*\])?")


def esc(text: str) -> str:
    return html.escape(str(text), quote=False)


def body_html(text: str, spec: dict) -> str:
    """A paragraph's text: citation marks raised (GB/T 7714's numeric system as printed),
    a unit's ²/³ raised where the article asks for it; a bracket holding 0 is no mark."""
    out = _CITE.sub(lambda m: f"<sup>{m[0]}</sup>", esc(text))
    if spec.get("exponents") == "raised":
        out = re.sub("[²³]", lambda m: f"<sup>{'2' if m[0] == '²' else '3'}</sup>", out)
    if spec.get("subscripts") == "lowered":  # a variable's subscripts ("DIFᵢₜ"), since session 12
        from generate import _SUBSCRIPT, subscript_text

        out = _SUBSCRIPT.sub(lambda m: f"<sub>{subscript_text(m[0])}</sub>", out)
    return out


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ") + '"'


def _bars_svg(figure: dict) -> str:
    bars = figure["bars"]
    top = max(float(v) for _, v in bars)
    width, height, step = 300, 150, 300 / (len(bars) + 1)
    out = [(f'<svg width="{width + 40}" height="{height + 50}" viewBox="-30 -20 {width + 40} {height + 50}" '
            'xmlns="http://www.w3.org/2000/svg" font-size="9">')]
    out.append(f'<line x1="0" y1="{height}" x2="{width}" y2="{height}" stroke="black"/>')
    out.append(f'<line x1="0" y1="{height}" x2="0" y2="0" stroke="black"/>')
    out.append(f'<text x="0" y="-6" text-anchor="middle">{esc(figure["axes"][1])}</text>')
    out.append(f'<text x="{width / 2}" y="{height + 28}" text-anchor="middle">{esc(figure["axes"][0])}</text>')
    for k, (name, value) in enumerate(bars, 1):
        h = float(value) / top * (height - 20)
        x = k * step
        out.append(f'<rect x="{x - step * 0.3:.1f}" y="{height - h:.1f}" width="{step * 0.6:.1f}" height="{h:.1f}" fill="#aaa"/>')
        out.append(f'<text x="{x:.1f}" y="{height - h - 3:.1f}" text-anchor="middle">{esc(value)}</text>')
        out.append(f'<text x="{x:.1f}" y="{height + 12}" text-anchor="middle">{esc(name)}</text>')
    out.append("</svg>")
    return "".join(out)


def float_html(kind: str, number: int, spec: dict, article: dict) -> str:
    from generate import caption_lines

    caption = "".join(f'<div class="cap">{esc(line)}</div>' for line in caption_lines(kind, number, spec))
    note = f'<div class="note">{esc(spec["note"])}</div>' if spec.get("note") else ""
    if kind == "table":
        rows = spec["rows"]
        head = "".join(f"<th>{body_html(str(c), article)}</th>" for c in rows[0])
        rest = "".join("<tr>" + "".join(f"<td>{body_html(str(c), article)}</td>" for c in row) + "</tr>" for row in rows[1:])
        return f'<div class="float">{caption}<table><tr>{head}</tr>{rest}</table>{note}</div>'
    return f'<div class="float">{_bars_svg(spec)}{caption}{note}</div>'


def page_html(spec: dict, layout: dict) -> str:
    from generate import _year_line, abstract_label, author_name, display_parts, first_page_notes, keyword_label, keyword_text, note_mark, odd_head

    j = spec["journal"]
    even_head = f"{j['name']}　{_year_line(j)}"
    footnote = "\n".join(first_page_notes(j))
    authors = "，".join(f"{esc(author_name(a['name'], spec))}<sup>{','.join(str(n) for n in a['affiliations'])}</sup>" for a in spec["authors"])
    affiliations = "；".join(f"{k}. {esc(a)}" for k, a in enumerate(spec["affiliations"], 1))
    codes = f"中图分类号：{j['clc']}　　文献标志码：{j['document_code']}　　文章编号：{esc(j['article_id'])}"
    en = spec["english"]
    english = (f'<div class="en"><h1 class="en-title">{esc(en["title"])}</h1><div class="au">{esc(", ".join(en["authors"]))}</div>'
               f'<div class="abs"><b>Abstract:</b> {esc(en["abstract"])}</div>'
               f'<div class="abs"><b>Key words:</b> {esc("; ".join(en["keywords"]))}</div></div>')
    front = [
        f"<h1>{esc(spec['title'])}</h1>",
        f'<div class="au">{authors}</div>',
        f'<div class="af">（{affiliations}）</div>',
        f'<div class="abs"><b>{esc(abstract_label(spec, layout))}</b>{esc(spec["abstract"])}</div>',
        f'<div class="abs"><b>{esc(keyword_label(spec, layout))}</b>{esc(keyword_text(spec))}</div>',
        f'<div class="abs">{codes}</div>',
    ]
    if "doi" in j:
        front.append(f'<div class="abs">DOI：{esc(j["doi"])}</div>')
    if layout["english"] == "front":
        front.append(english)
    body: list[str] = []
    notes: list[str] = []
    numbers = {"table": 0, "figure": 0}
    for block in spec["body"]:
        if "table" in block or "figure" in block:
            kind = "table" if "table" in block else "figure"
            numbers[kind] += 1
            box = float_html(kind, numbers[kind], block[kind], spec)
            if "inside" in block[kind]:  # inside the paragraph before it, after the given words
                before, words, after = body[-1].rpartition(body_html(block[kind]["inside"], spec))
                body[-1] = f"{before}{words}</p>{box}<p class=\"on\">{after}"
            else:
                body.append(box)
        elif "h" in block:
            body.append(f"<h{block['h'] + 1}>{esc(block['text'])}</h{block['h'] + 1}>")
        elif "item" in block:
            body.append(f"<p><b>{esc(block['item']['lead'])}</b>{body_html(block['item']['text'], spec)}</p>")
        elif "formula" in block:  # displayed, centred, its number at the column's right edge
            numbers["formula"] = numbers.get("formula", 0) + 1
            body.append(f'<p class="on" style="text-align: center; margin: 1mm 0">{esc(block["formula"])}'
                        f'<span style="float: right">({numbers["formula"]})</span></p>')
        elif "verse" in block:  # a stanza of a poem: its lines one under another, centred
            body.append('<p class="on" style="text-align: center; margin: 1.5mm 0">'
                        + "<br>".join(body_html(line, spec) for line in block["verse"]) + "</p>")
        elif block.get("display"):  # a displayed formula: centred, its number flush right
            formula, number = display_parts(block["p"])
            body.append(f'<p style="display: flex; text-indent: 0; margin: 1mm 0"><span style="flex: 1; text-align: center">'
                        f'{body_html(formula, spec)}</span><span>{esc(number)}</span></p>')
        else:
            if "footnote" in block:
                notes.append(f'<div class="fnote">{note_mark(block)} {esc(block["footnote"])}</div>')
            if block.get("quote"):  # a block quotation: indented on both sides, smaller, no first-line indent
                body.append(f'<blockquote style="margin: 1.5mm 2em; font-size: 9pt"><p class="on">{body_html(block["p"], spec)}</p></blockquote>')
                continue
            opening = '<p class="on">' if block.get("on") else "<p>"  # on: going on after a formula
            body.append(f"{opening}{body_html(block['p'], spec)}</p>")
    refs = "".join(f"<p>[{k}] {esc(r)}</p>" for k, r in enumerate(spec["references"], 1))
    body.append(f'<h2 class="refs">{esc(layout["references"])}</h2><div class="ref">{refs}</div>')
    if notes:
        body.append('<div class="notes">' + "".join(notes) + "</div>")
    if layout["english"] == "end":
        body.append(english)
    columns = "columns: 2; column-gap: 8mm;" if layout["columns"] == 2 else ""
    width, height = layout["paper"]
    return f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page {{ size: {width}mm {height}mm; margin: 20mm 16mm 18mm 16mm;
  @top-center {{ content: {_css_string(odd_head(spec))}; font: 8pt "Noto Serif CJK SC"; border-bottom: 0.5pt solid black; vertical-align: bottom; padding-bottom: 1mm }}
  @bottom-center {{ content: "· " counter(page) " ·"; font: 8pt "Noto Serif CJK SC" }} }}
@page :left {{ @top-center {{ content: {_css_string(even_head)} }} }}
@page :first {{ margin-bottom: 34mm;
  @top-center {{ content: {_css_string(j['name'] + '　' + _year_line(j))} }}
  @bottom-center {{ content: {_css_string(footnote)}; white-space: pre-wrap; text-align: left; vertical-align: top;
    font: 7.5pt/1.4 "Noto Serif CJK SC"; border-top: 0.5pt solid black; padding-top: 1mm }} }}
html {{ counter-reset: page {int(j['pages'].split('-')[0]) - 1} }}
body {{ margin: 0; font: 10pt/1.6 "Noto Serif CJK SC", serif }}
h1 {{ font: 16pt/1.4 "Noto Sans CJK SC"; text-align: center; margin: 2mm 0 }}
h1.en-title {{ font: bold 12pt/1.3 serif }}
.au {{ text-align: center; font-family: "Noto Serif CJK SC" }} .af {{ text-align: center; font-size: 8.5pt }}
.abs {{ font-size: 8.5pt; margin: 1.5mm 0 }} .en {{ margin: 3mm 0 }}
.body {{ {columns} margin-top: 4mm }}
p {{ text-indent: 2em; margin: 0; text-align: justify }} p.on {{ text-indent: 0 }}
h2 {{ font: 11pt/1.5 "Noto Sans CJK SC"; margin: 2.5mm 0 1mm }} h3 {{ font: 10pt/1.5 "Noto Sans CJK SC"; margin: 2mm 0 1mm }}
h4 {{ font: 10pt/1.5 "Noto Serif CJK SC"; margin: 1mm 0 }}
sup {{ font-size: 6.5pt; line-height: 0 }}
.float {{ margin: 3mm 0; text-align: center; break-inside: avoid }}
.cap {{ font: bold 8.5pt/1.4 "Noto Sans CJK SC" }} .note {{ font-size: 7.5pt; text-align: left }}
table {{ margin: 1mm auto; border-collapse: collapse; font-size: 8pt }}
td, th {{ border: 0.5pt solid black; padding: 0.5mm 1.5mm; font-weight: normal }}
.ref p {{ text-indent: -2em; padding-left: 2em; font-size: 8.5pt }}
.notes {{ margin-top: 3mm; font-size: 7.5pt }} .notes::before {{ content: ""; display: block; width: 30%; border-top: 0.5pt solid black; margin-bottom: 1mm }}
</style></head><body>
{chr(10).join(front)}
<div class="body">
{chr(10).join(body)}
</div>
</body></html>
"""


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        for folder in os.environ.get("PATH", "").split(os.pathsep):
            if Path(folder, name).is_file():
                return str(Path(folder, name))
    return None


def build_html(spec: dict, layout_name: str, layout: dict, work: Path) -> Path:
    """The article's HTML printed to PDF by headless Chromium, made byte-identical from run to
    run by qpdf (Chromium writes its creation date and a random document id)."""
    browser = chromium()
    if browser is None:
        sys.exit("chromium is missing: scripts/debian-deps.sh browser installs it")
    stem = f"{spec['name']}-{layout_name}"
    page = work / f"{stem}.html"
    page.write_text(page_html(spec, layout), encoding="utf-8")
    printed = work / f"{stem}.printed.pdf"
    done = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={work / 'chromium-profile'}", f"--print-to-pdf={printed}", page.as_uri()],
        capture_output=True, check=False,
    )
    if done.returncode or not printed.is_file():
        sys.exit(f"chromium failed on {stem}:\n{done.stderr.decode('utf-8', 'replace')[-2000:]}")
    return _pinned(printed, work / f"{stem}.pdf")


def _pinned(printed: Path, out: Path) -> Path:
    """The PDF without its dates and with a fixed document id (``qpdf --deterministic-id``)."""
    data = printed.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20240101000000", data)  # the same length: the offsets hold
    printed.write_bytes(data)
    subprocess.run(["qpdf", "--deterministic-id", str(printed), str(out)], check=True, capture_output=True)
    return out
