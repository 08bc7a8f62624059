"""Typeset the PDF reader's test articles with XeLaTeX, each beside its gold structure.

    .venv/bin/python tests/data/pdfreader/make_pdfs.py      # needs xelatex, Noto CJK fonts, qpdf

Writes ``<name>.pdf`` and ``<name>.gold.json`` for each layout below (the
PDFs are committed, so the tests need no TeX), plus the refusal cases:
``encrypted.pdf``, ``scanned.pdf`` (a page with no text layer) and
``truncated.pdf``. The texts: the bundled article (``source/article.md``,
the project's own) in a two-column journal layout, and a short article
written for these tests in a one-column layout. The gold is made from the
same source as the LaTeX, never from the PDF.

``units-and-head.tex`` is typeset by hand (``xelatex units-and-head.tex``), not by this
script: a short two-column article written for a user's check of the reader (a running head
on the first page, the journal's header in two lines, a letter-spaced name, km², a table and a
figure), tested by ``tests/pdfreader/test_units_and_head.py``. ``multicol-refs-below.tex`` is
typeset by hand the same way (ctexart + multicol: the front matter across the page, the body in
two columns, the reference list across the page under them in small type, a one-page
article), tested by ``tests/pdfreader/test_multicol_refs_below.py``. Their texts were written
for the project (its licence).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[2]
sys.path.insert(0, str(PROJECT / "build_tools"))

from wenxian.bibfile import read_bib  # noqa: E402
from wenxian.gbt7714 import format_bibliography  # noqa: E402

CITE = re.compile(r"\{cite:p\}`([^`]+)`")
SPECIAL = str.maketrans({c: "\\" + c for c in "%&#_$"})


def tex(text: str) -> str:
    return text.translate(SPECIAL).replace("~", r"\textasciitilde{}")


def bundled_article() -> dict:
    """The bundled article as blocks, citations numbered as refs.bib lists the works."""
    source = (PROJECT / "source" / "article.md").read_text(encoding="utf-8")
    _, head, body = source.split("---\n", 2)
    meta = yaml.safe_load(head)
    bib = read_bib(PROJECT / "refs.bib")
    keys = list(bib.entries)
    refs = [text for _, text in format_bibliography(bib, edition="2015")]
    blocks = []
    for chunk in body.strip().split("\n\n"):
        chunk = chunk.strip()
        if chunk.startswith("(") and ")=\n" in chunk:
            chunk = chunk.split("\n", 1)[1]
        if chunk.startswith("## 参考文献") or chunk.startswith("```"):
            break
        if chunk.startswith("#"):
            level = len(chunk) - len(chunk.lstrip("#")) - 1
            blocks.append({"kind": "heading", "level": level, "text": chunk.lstrip("# ").strip()})
            continue
        parts, cites = [], []
        pos = 0
        for match in CITE.finditer(chunk):
            parts.append(("text", chunk[pos:match.start()]))
            items = []
            for ref in match.group(1).split(","):
                key, _, page = ref.partition("{")
                items.append([keys.index(key) + 1, page.rstrip("}") or None])
            parts.append(("cite", items))
            cites.append(items)
            pos = match.end()
        parts.append(("text", chunk[pos:]))
        blocks.append({"kind": "paragraph", "parts": parts})
    return {
        "title": meta["title"], "authors": [], "abstract": meta.get("abstract"),
        "keywords": meta.get("keywords", []), "en_abstract": meta.get("english", {}).get("abstract"),
        "blocks": blocks, "references": refs,
    }


OWN_ARTICLE = {
    # Written for these tests (the project's own text).
    "title": "数字技术赋能社区养老服务的路径研究",
    "authors": ["陈静", "刘洋"],
    "affiliations": ["华东师范大学社会发展学院，上海 200241", "上海社会科学院社会学研究所，上海 200020"],
    "abstract": "社区养老服务是应对人口老龄化的重要依托。本文基于三个城市的调查，分析数字技术进入社区养老服务的方式与障碍，提出以需求为导向、以适老化设计为基础的推进路径。",
    "keywords": ["数字技术", "社区养老", "适老化"],
    "blocks": [
        {"kind": "heading", "level": 1, "text": "1 引言"},
        {"kind": "paragraph", "parts": [("text", "我国已经进入中度老龄化社会，社区是老年人日常生活的主要空间"), ("cite", [[1, None]]), ("text", "。近年来，各地推动智慧养老平台建设，数字技术在助餐、助医、助急等服务中的应用不断增多"), ("cite", [[2, None], [3, None]]), ("text", "。")]},
        {"kind": "paragraph", "parts": [("text", "然而，技术供给与老年人需求之间仍有明显落差。部分平台功能繁杂，操作步骤过多，老年人难以独立使用"), ("footnote", "本文所称老年人，指六十周岁以上的居民。"), ("text", "。本文试图回答：数字技术如何才能真正进入社区养老服务的日常运行？")]},
        {"kind": "heading", "level": 1, "text": "2 研究设计"},
        {"kind": "heading", "level": 2, "text": "2.1 调查对象与方法"},
        {"kind": "paragraph", "parts": [("text", "调查于 2023 年在三个城市的十二个社区开展，共访谈社区工作者四十二人、老年居民一百一十六人。表 1 列出了样本的基本情况。访谈围绕服务内容、使用障碍与改进建议三个方面展开"), ("cite", [[4, None]]), ("text", "。")]},
        {"kind": "table", "caption": "表1　调查样本的基本情况", "note": "注：年龄为调查时的周岁。", "rows": [["城市", "社区数", "老年居民", "平均年龄"], ["甲市", "4", "40", "71.2"], ["乙市", "4", "38", "69.8"], ["丙市", "4", "38", "72.5"]]},
        {"kind": "heading", "level": 2, "text": "2.2 分析框架"},
        {"kind": "paragraph", "parts": [("text", "借鉴技术接受模型"), ("cite", [[5, None]]), ("text", "，本文从感知有用性与感知易用性两个维度分析老年人的使用意愿，并结合社区组织能力考察服务的可持续性。图 1 给出了分析框架。")]},
        {"kind": "figure", "caption": "图1　分析框架"},
        {"kind": "heading", "level": 1, "text": "3 主要发现"},
        {"kind": "paragraph", "lead": "1. 色彩适配不足：", "parts": [("text", "多数老年人对低对比度的标识难以辨认，平台界面的字号和颜色设计没有考虑视力衰退的特点，这一问题在三个城市普遍存在。")]},
        {"kind": "paragraph", "lead": "2. 操作流程复杂：", "parts": [("text", "线上预约需要经过注册、认证、选择服务等多个步骤，任何一步出错都会让老年人放弃使用"), ("cite", [[2, None]]), ("text", "。")]},
        {"kind": "paragraph", "parts": [("text", "与此同时，社区工作者承担了大量代办工作。他们在访谈中表示，数字平台减少了纸面登记，却增加了线上线下的重复录入。")]},
        {"kind": "heading", "level": 1, "text": "4 结论与建议"},
        {"kind": "paragraph", "parts": [("text", "数字技术赋能社区养老服务，关键在于让技术适应老年人，而不是让老年人适应技术。应当以需求调查为起点，简化操作流程，保留线下渠道，并将适老化要求纳入平台验收标准"), ("cite", [[3, None], [4, None], [5, None]]), ("text", "。")]},
    ],
    "references": [
        "国家统计局. 中华人民共和国2023年国民经济和社会发展统计公报[R]. 北京: 国家统计局, 2024.",
        "王晓. 智慧养老平台的使用障碍研究[J]. 人口与发展, 2022, 28(3): 45-56.",
        "李明, 赵红. 社区居家养老服务的数字化转型[J]. 社会保障研究, 2021(4): 12-21.",
        "陈立. 质性研究方法[M]. 北京: 社会科学文献出版社, 2019.",
        "DAVIS F D. Perceived usefulness, perceived ease of use, and user acceptance of information technology[J]. MIS Quarterly, 1989, 13(3): 319-340.",
    ],
}

PREAMBLE = r"""\documentclass[10pt,%(columns)s,twoside]{article}
\usepackage[a4paper,margin=2cm,top=2.6cm,bottom=2.4cm]{geometry}
\usepackage{xeCJK}
\xeCJKDeclareCharClass{CJK}{"2460 -> "24FF}
\setCJKmainfont{Noto Serif CJK SC}[BoldFont=Noto Sans CJK SC Bold]
\setCJKsansfont{Noto Sans CJK SC}
\usepackage{fancyhdr,booktabs,graphicx}
\setlength{\parindent}{2em}
\setlength{\columnsep}{1.5em}
\renewcommand{\thefootnote}{\ifcase\value{footnote}\or ①\or ②\or ③\or ④\fi}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0.4pt}
%(header)s
\fancypagestyle{first}{\fancyhf{}\fancyhead[L]{\small %(journal)s}\fancyfoot[C]{%(pagemark)s}}
\makeatletter
\renewcommand\section{\@startsection{section}{1}{\z@}{-2ex}{1ex}{\normalfont\large\bfseries}}
\renewcommand\subsection{\@startsection{subsection}{2}{\z@}{-1.5ex}{0.8ex}{\normalfont\normalsize\bfseries}}
\makeatother
\begin{document}
\thispagestyle{first}
"""


def latex(article: dict, *, columns: str, header: str, journal: str, pagemark: str, label: str,
          superscript: str, footnotes: list[str], english_after: bool) -> str:
    out = [PREAMBLE % {"columns": columns, "header": header, "journal": journal, "pagemark": pagemark}]
    authors = "，".join(f"{a}\\textsuperscript{{{k + 1}}}" if article.get("affiliations") else a
                       for k, a in enumerate(article["authors"]))
    affiliations = "；".join(f"{k + 1}. {a}" for k, a in enumerate(article.get("affiliations", [])))
    head = [r"\begin{center}", r"{\LARGE\bfseries " + tex(article["title"]) + r"}\\[1.2em]"]
    if authors:
        head.append(r"{\large " + authors + r"}\\[0.6em]")
    if affiliations:
        head.append(r"{\small （" + tex(affiliations) + r"）}\\")
    head.append(r"\end{center}")
    head.append(r"\small\noindent\textbf{" + label + r"}" + tex(article["abstract"]) + r"\par")
    if article.get("keywords"):
        head.append(r"\noindent\textbf{关键词：}" + "；".join(map(tex, article["keywords"])) + r"\par")
    head.append(r"\noindent\textbf{中图分类号：}C913.6\qquad\textbf{文献标志码：}A\par\vspace{1.5em}")
    if columns == "twocolumn":
        out.append(r"\twocolumn[{" + "\n".join(head) + "}]\n")
    else:
        out.append("\n".join(head) + "\n\\normalsize\n")
    out.append(r"{\renewcommand{\thefootnote}{}\footnotetext{\footnotesize 收稿日期：2024-03-01；修回日期：2024-05-20\\"
               r"基金项目：教育部人文社会科学研究项目（23YJA840001）}}" + "\n\\normalsize\n")
    notes = iter(footnotes)
    for block in article["blocks"]:
        if block["kind"] == "heading":
            out.append(("\\section*{" if block["level"] == 1 else "\\subsection*{") + tex(block["text"]) + "}\n")
        elif block["kind"] == "figure":
            out.append(r"\begin{figure}[htb]\centering\rule{0.6\linewidth}{2.2cm}\par\vspace{0.5em}"
                       r"{\small\bfseries " + tex(block["caption"]) + r"}\end{figure}" + "\n")
        elif block["kind"] == "table":
            rows = block["rows"]
            body = " \\\\\n".join(" & ".join(map(tex, row)) for row in rows[1:])
            out.append(r"\begin{table}[htb]\centering{\small\bfseries " + tex(block["caption"]) + r"}\par\vspace{0.3em}"
                       r"\small\begin{tabular}{" + "c" * len(rows[0]) + r"}\toprule " + " & ".join(rows[0])
                       + r" \\\midrule " + body + r" \\\bottomrule\end{tabular}\par\vspace{0.2em}"
                       r"{\footnotesize " + tex(block["note"]) + r"}\end{table}" + "\n")
        else:
            text = r"\textbf{" + tex(block["lead"]) + "}" if block.get("lead") else ""
            for kind, value in block["parts"]:
                if kind == "text":
                    text += tex(value)
                elif kind == "footnote":
                    text += r"\footnote{" + tex(next(notes, value)) + "}"
                else:
                    text += superscript(value)
            out.append(text + "\n\n")
    out.append(r"\section*{参考文献}" + "\n" + r"\footnotesize" + "\n")
    for k, ref in enumerate(article["references"], 1):
        out.append(rf"\noindent\hangindent=1.8em\hangafter=1 [{k}]\ {tex(ref)}\par" + "\n")
    if english_after and article.get("en_abstract"):
        out.append(r"\vspace{1em}\normalsize\noindent{\bfseries Promoting New Quality Productive Forces through "
                   r"Comprehensively Deepening Reform}\par\vspace{0.5em}\small\noindent\textbf{Abstract: }"
                   + tex(article["en_abstract"]) + r"\par" + "\n")
    out.append(r"\end{document}" + "\n")
    return "".join(out)


def bracketed(items: list) -> str:
    numbers = ",".join(str(n) for n, _ in items)
    page = items[-1][1] or ""
    return r"\textsuperscript{[" + numbers + "]" + page + "}"


def bare(items: list) -> str:
    return r"\textsuperscript{" + ",".join(str(n) for n, _ in items) + "}"


LAYOUTS = {
    # The bundled article, two columns, running heads alternating (author: title / journal),
    # superscript [n] with pages, the English title and abstract after the list.
    "journal-two-column": dict(
        article=bundled_article, columns="twocolumn",
        header=r"\fancyhead[LE]{\small 当代经济研究\quad 2024年第8期}\fancyhead[RO]{\small 王明：改革与生产力专论}"
               r"\fancyfoot[LE,RO]{\thepage}",
        journal="当代经济研究\\quad 2024年第8期\\quad 第30卷", pagemark=r"\thepage",
        label="摘　要：", superscript=bracketed, footnotes=[], english_after=True,
    ),
    # An article written for the tests: one column, 【摘要】, numbered headings 1 / 1.1,
    # bare superscript numbers, a footnote, a table and a figure, bold run-in lead-ins.
    "one-column-numbered": dict(
        article=lambda: OWN_ARTICLE, columns="onecolumn",
        header=r"\fancyhead[C]{\small 社会保障评论\quad 2024年第4期}\fancyfoot[C]{· \thepage\ ·}",
        journal="社会保障评论\\quad 2024年第4期\\quad 第8卷", pagemark=r"· \thepage\ ·",
        label="【摘要】", superscript=bare, footnotes=[], english_after=False,
    ),
}


def gold(article: dict, layout: dict) -> dict:
    """What the reader should find: from the source, not from the PDF."""
    headings, paragraphs, cites, captions, notes = [], [], [], [], []
    for block in article["blocks"]:
        if block["kind"] == "heading":
            headings.append([block["level"], block["text"]])
        elif block["kind"] in ("figure", "table"):
            captions.append(block["caption"].replace("　", " "))
        else:
            text = block.get("lead", "")
            for kind, value in block["parts"]:
                if kind == "text":
                    text += value
                elif kind == "footnote":
                    notes.append(value)
                else:
                    cites.append([[n, p] for n, p in value])
            paragraphs.append(text)
    return {
        "title": article["title"], "authors": article["authors"], "headings": headings,
        "paragraphs": paragraphs, "citations": cites, "captions": captions, "footnotes": notes,
        "references": len(article["references"]), "abstract": article["abstract"],
        "keywords": article.get("keywords", []),
        "journal": {"received": "2024-03-01", "funding": "教育部人文社会科学研究项目（23YJA840001）"},
        "margins": ["当代经济研究", "王明：改革与生产力专论", "社会保障评论"],
    }


def compile_tex(source: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.tex").write_text(source, encoding="utf-8")
        for _ in range(2):
            subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "a.tex"], cwd=tmp,
                           check=True, capture_output=True, env={"SOURCE_DATE_EPOCH": "1700000000",
                                                                 "PATH": "/usr/bin:/bin", "HOME": tmp})
        shutil.copy(Path(tmp) / "a.pdf", out)


def main() -> None:
    for name, layout in LAYOUTS.items():
        article = layout["article"]()
        options = {k: v for k, v in layout.items() if k != "article"}
        compile_tex(latex(article, **options), HERE / f"{name}.pdf")
        (HERE / f"{name}.gold.json").write_text(
            json.dumps(gold(article, layout), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote", name)
    compile_tex(r"\documentclass{article}\begin{document}\rule{10cm}{15cm}\end{document}", HERE / "scanned.pdf")
    data = (HERE / "one-column-numbered.pdf").read_bytes()
    (HERE / "truncated.pdf").write_bytes(data[: len(data) // 3])
    subprocess.run(["qpdf", "--encrypt", "secret", "secret", "256", "--", str(HERE / "one-column-numbered.pdf"),
                    str(HERE / "encrypted.pdf")], check=True)


if __name__ == "__main__":
    main()
