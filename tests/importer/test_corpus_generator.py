"""The import corpus's generator (benchmarks/importcorpus/generate.py): the LaTeX it writes
for the options an article may set (superscript citation marks, raised unit exponents, a
table across both columns, the English block first). No TeX is run and no corpus text is
read: the held-out articles stay unscored."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

GENERATE = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "generate.py"


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("importcorpus_generate", GENERATE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def article(**options) -> dict:
    """A small article of made-up text, as a YAML file in articles/ would give it."""
    return {
        "name": "test",
        "title": "测试题名",
        "authors": [{"name": "甲乙", "affiliations": [1]}],
        "affiliations": ["某学院，某市 100000"],
        "journal": {"name": "某刊", "year": "2025", "volume": "1", "issue": "1", "pages": "1-5", "clc": "C0",
                    "document_code": "A", "article_id": "0000-0000(2025)01-0001-05", "received": "2025-01-01",
                    "funding": "某项目", "author_bio": "甲乙，讲师。"},
        "abstract": "摘要。",
        "keywords": ["词"],
        "english": {"title": "Title", "authors": ["JIA Yi"], "abstract": "Abstract.", "keywords": ["word"]},
        "body": [
            {"p": "已有研究[1]、[2-4]和[1,5]，以 S ∈ [0, 1] 衡量，面积60 m²，流量3 m³/s。"},
            {"table": {"caption": "表题", "rows": [["甲", "面积/m²"], ["乙", "3"]], **options.pop("table", {})}},
            {"p": "下一段。"},
        ],
        "references": ["甲. 书[M]. 北京: 某社, 2020."] * 5,
        **options,
    }


def test_marks_and_exponents_print_as_before_unless_asked(gen) -> None:
    text = "研究[2-4]，S ∈ [0, 1]，60 m²"
    assert gen.body_tex(text, {}) == gen.tex(text)
    plain = article()
    assert gen.tex(plain["body"][0]["p"]) + "\\par" in gen.latex(plain, gen.LAYOUTS["twocol-spaced"])


def test_superscript_citations_leave_a_formula_bracket_alone(gen) -> None:
    out = gen.body_tex("研究[1]、[2-4]和[1,5]，S ∈ [0, 1]，图[0]", {"citations": "superscript"})
    for mark in ("1", "2-4", "1,5"):
        assert f"\\textsuperscript{{{{[}}{mark}{{]}}}}" in out
    assert "{[}0, 1{]}" in out and "\\textsuperscript{{[}0" not in out
    assert "{[}0{]}" in out


def test_raised_exponents_in_body_and_table_cells(gen) -> None:
    tex = gen.latex(article(exponents="raised"), gen.LAYOUTS["onecol-colon"])
    assert "60 m\\textsuperscript{2}" in tex and "m\\textsuperscript{3}/s" in tex
    assert "面积/m\\textsuperscript{2}" in tex  # the table's cell too
    assert "²" not in tex and "³" not in tex


def test_gold_keeps_the_source_text(gen) -> None:
    spec = article(citations="superscript", exponents="raised")
    gold = gen.gold(spec, "twocol-spaced", gen.LAYOUTS["twocol-spaced"])
    assert gold["blocks"][0]["paragraph"] == spec["body"][0]["p"]


def test_a_spanning_table_crosses_both_columns_only_in_two(gen) -> None:
    spanning = article(table={"span": True})
    assert "\\begin{table*}[tp]" in gen.latex(spanning, gen.LAYOUTS["twocol-lenticular"])
    one = gen.latex(spanning, gen.LAYOUTS["onecol-bracket"])
    assert "\\begin{table}[tp]" in one and "table*" not in one
    plain = gen.latex(article(), gen.LAYOUTS["twocol-lenticular"])
    assert "table*" not in plain and "\\par\\vspace{1.5ex}\\centerline" in plain


def test_a_spanning_table_cannot_stand_inside_a_paragraph(gen) -> None:
    with pytest.raises(SystemExit, match="cannot span both columns"):
        gen.latex(article(table={"span": True, "inside": "下一段"}), gen.LAYOUTS["twocol-spaced"])


def test_a_paragraph_footnote_hangs_on_its_mark_and_is_a_leak(gen) -> None:
    spec = article()
    spec["body"][2] = {"p": "河长制①的要求。", "footnote": "河长制是一项制度。"}
    tex = gen.latex(spec, gen.LAYOUTS["twocol-spaced"])
    assert "河长制{\\renewcommand{\\thefootnote}{{\\fontspec{FreeSerif}①}}\\footnote{河长制是一项制度。}}的要求。" in tex
    gold = gen.gold(spec, "twocol-spaced", gen.LAYOUTS["twocol-spaced"])
    assert gold["blocks"][-1] == {"paragraph": "河长制①的要求。"}  # the mark stays, as printed
    assert "河长制是一项制度。" in gold["leaks"]
    assert "河长制是一项制度。" not in gen.gold(article(), "twocol-spaced", gen.LAYOUTS["twocol-spaced"])["leaks"]
    spec["body"][2]["p"] = "没有记号。"
    with pytest.raises(SystemExit, match="no ①"):
        gen.latex(spec, gen.LAYOUTS["twocol-spaced"])


def test_pdftotext_raw_is_poppler_with_raw(gen, monkeypatch) -> None:
    calls = []

    class Done:
        stdout = "文本".encode()

    monkeypatch.setattr(gen.subprocess, "run", lambda args, **_: calls.append(args) or Done())
    assert gen.extract(Path("a.pdf"), "pdftotext-raw") == "文本"
    gen.extract(Path("a.pdf"), "pdftotext-layout")
    gen.extract(Path("a.pdf"), "pdftotext")
    assert [c[3:-2] for c in calls] == [["-raw"], ["-layout"], []]


def test_extract_again_writes_one_extractors_texts_beside_the_pdfs_only(gen, monkeypatch, tmp_path) -> None:
    """``--extract NAME``: no typesetting, nothing but ``<layout>.<NAME>.txt`` written."""
    folder = tmp_path / "dev" / "doc"
    folder.mkdir(parents=True)
    (folder / "onecol-colon.pdf").write_bytes(b"%PDF")
    (folder / "onecol-colon.pdftotext.txt").write_text("old", encoding="utf-8")
    (tmp_path / "dev" / "other").mkdir()
    (tmp_path / "dev" / "other" / "twocol-spaced.pdf").write_bytes(b"%PDF")
    monkeypatch.setattr(gen, "DATA", tmp_path)
    monkeypatch.setattr(gen, "HERE", tmp_path)
    monkeypatch.setattr(gen.shutil, "which", lambda tool: "/usr/bin/" + tool)
    monkeypatch.setattr(gen, "extract", lambda pdf, extractor: f"{pdf.stem} by {extractor}")
    assert gen.main(["--extract", "pdftotext-raw", "--only", "doc"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "onecol-colon.pdf", "onecol-colon.pdftotext-raw.txt", "onecol-colon.pdftotext.txt"]
    assert (folder / "onecol-colon.pdftotext-raw.txt").read_text(encoding="utf-8") == "onecol-colon by pdftotext-raw"
    assert (folder / "onecol-colon.pdftotext.txt").read_text(encoding="utf-8") == "old"
    assert not (tmp_path / "dev" / "other" / "twocol-spaced.pdftotext-raw.txt").exists()


def test_pymupdf_is_an_extractor_only_the_generator_imports(gen) -> None:
    """PyMuPDF is AGPL: the corpus's texts come from it (``--extract pymupdf``), but loading the
    generator does not import it, and no module of the package does."""
    assert "pymupdf" in gen.EXTRACTORS
    assert "pymupdf" not in sys.modules and "fitz" not in sys.modules
    package = Path(__file__).resolve().parents[2] / "build_tools" / "wenxian"
    importing = [p for p in package.rglob("*.py")
                 if any(word in p.read_text(encoding="utf-8") for word in ("import pymupdf", "import fitz", "from fitz", "from pymupdf"))]
    assert importing == []

def test_pymupdf4llm_is_extracted_for_the_dev_articles_xelatex_layouts_only(gen, monkeypatch, tmp_path) -> None:
    """Round 15f: ``--extract pymupdf4llm`` (PyMuPDF's Markdown, AGPL: imported by the generator
    only) writes the dev articles' XeLaTeX layouts; a held-out article's only when named."""
    for split, name in (("dev", "doc"), ("heldout", "sealed")):
        folder = tmp_path / split / name
        folder.mkdir(parents=True)
        for layout in ("onecol-colon", "html-onecol", "word-onecol"):
            (folder / f"{layout}.pdf").write_bytes(b"%PDF")
    monkeypatch.setattr(gen, "DATA", tmp_path)
    monkeypatch.setattr(gen, "HERE", tmp_path)
    monkeypatch.setattr(gen.shutil, "which", lambda tool: "/usr/bin/" + tool)
    monkeypatch.setattr(gen, "extract", lambda pdf, extractor: f"{pdf.stem} by {extractor}")
    assert "pymupdf4llm" in gen.MARKDOWN_EXTRACTORS and "pymupdf4llm" not in gen.EXTRACTORS
    assert "pymupdf4llm" not in sys.modules
    assert gen.main(["--extract", "pymupdf4llm"]) == 0
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.pymupdf4llm.txt"))
    assert written == ["dev/doc/onecol-colon.pymupdf4llm.txt"]
    assert gen.main(["--extract", "pymupdf4llm", "--only", "sealed"]) == 0
    assert (tmp_path / "heldout" / "sealed" / "onecol-colon.pymupdf4llm.txt").is_file()


def test_the_narrow_gutter_layout_sets_6_mm_and_ctex_line_spread(gen) -> None:
    """twocol-narrow (round 11f): a 6 mm gutter and ctex's 1.3 line spread; the other layouts
    print as before (8 mm, no spread), and ``--layout`` typesets one layout alone."""
    narrow = gen.latex(article(), gen.LAYOUTS["twocol-narrow"])
    assert "\\setlength{\\columnsep}{6mm}" in narrow and "\\linespread{1.3}" in narrow
    assert "\\begin{multicols}{2}" in narrow
    for name in ("onecol-bracket", "twocol-spaced", "twocol-lenticular", "onecol-colon"):
        other = gen.latex(article(), gen.LAYOUTS[name])
        assert "\\setlength{\\columnsep}{8mm}" in other and "\\linespread" not in other

def test_english_first_puts_the_english_block_before_the_chinese_abstract(gen) -> None:
    """``english_first``: in a layout printing the English block on the first page, it stands
    under the Chinese title block, before the Chinese abstract; a layout printing it at the end
    keeps it there; an article without the option prints as before (after the key words)."""
    english = "{\\large\\bfseries Title}"
    front = gen.LAYOUTS["onecol-bracket"]
    first = gen.latex(article(english_first=True), front)
    assert first.index("测试题名") < first.index(english) < first.index("摘　要") < first.index("关键词") < first.index("已有研究")
    plain = gen.latex(article(), front)
    assert plain.index("摘　要") < plain.index("关键词") < plain.index(english) < plain.index("已有研究")
    end = gen.LAYOUTS["onecol-colon"]
    assert end["english"] == "end"
    assert gen.latex(article(english_first=True), end) == gen.latex(article(), end)


def test_a_corresponding_author_is_a_fourth_first_page_note_and_a_leak(gen) -> None:
    """``journal.corresponding``: a 通信作者 line under 作者简介 in the first page's footnote (both
    producers), a leak of the gold; without it the footnote has its three lines as before."""
    spec = article()
    spec["journal"]["corresponding"] = "甲乙，E-mail: jiayi@school.edu.example"
    tex = gen.latex(spec, gen.LAYOUTS["onecol-bracket"])
    assert "作者简介：甲乙，讲师。\\\\通信作者：甲乙，E-mail: jiayi@school.edu.example}" in tex
    assert "通信作者：甲乙，E-mail: jiayi@school.edu.example" in gen.gold(spec, "onecol-bracket", gen.LAYOUTS["onecol-bracket"])["leaks"]
    plain = article()
    assert "通信作者" not in gen.latex(plain, gen.LAYOUTS["onecol-bracket"])
    assert not any("通信作者" in leak for leak in gen.gold(plain, "onecol-bracket", gen.LAYOUTS["onecol-bracket"])["leaks"])
    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf

    assert "作者简介：甲乙，讲师。\\A 通信作者：甲乙" in htmlpdf.page_html(spec, htmlpdf.HTML_LAYOUTS["html-onecol"])


def test_a_running_head_replaces_the_odd_pages_authors_and_title(gen) -> None:
    """``running_head``: a journal's shortened odd-page header ("甲乙，等：…") in both producers
    and in the leaks; without it, every author and the title before its subtitle, as before."""
    assert gen.odd_head(article(title="测试题名——以某地为例")) == "甲乙：测试题名"
    spec = article(running_head="甲乙，等：测试")
    assert "\\fancyhead[CO]{\\small 甲乙，等：测试}" in gen.latex(spec, gen.LAYOUTS["twocol-spaced"])
    leaks = gen.gold(spec, "twocol-spaced", gen.LAYOUTS["twocol-spaced"])["leaks"]
    assert "甲乙，等：测试" in leaks and "甲乙：测试题名" not in leaks
    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf

    assert '"甲乙，等：测试"' in htmlpdf.page_html(spec, htmlpdf.HTML_LAYOUTS["html-twocol"])


def test_a_url_in_a_reference_may_break_after_its_slashes(gen) -> None:
    """An [EB/OL] entry's URL may break after ``/`` or ``.`` (TeX would run it out of the
    column); the printed characters are the same, and an entry without a URL is as before."""
    entry = "某局. 通知[EB/OL]. (2023-08-16)[2024-11-05]. https://www.a.example/b_c/1.html."
    out = gen.reference_tex(entry)
    assert out.replace("\\allowbreak{}", "") == gen.tex(entry)
    assert "https:/\\allowbreak{}/\\allowbreak{}www.\\allowbreak{}a.\\allowbreak{}example/\\allowbreak{}b\\_c" in out
    assert out.endswith("html.")  # the entry's closing full stop is no break
    plain = "甲. 书[M]. 北京: 某社, 2020."
    assert gen.reference_tex(plain) == gen.tex(plain)


def test_a_revised_date_follows_the_received_date_on_its_line(gen) -> None:
    """``journal.revised`` (round 14a): "收稿日期：…；修回日期：…" on the footnote's first line, in
    both producers and in the leaks; without it the line is 收稿日期 alone, as before."""
    spec = article()
    spec["journal"]["revised"] = "2025-02-20"
    line = "收稿日期：2025-01-01；修回日期：2025-02-20"
    assert f"{{\\small {line}\\\\基金项目" in gen.latex(spec, gen.LAYOUTS["onecol-colon"])
    assert line in gen.gold(spec, "onecol-colon", gen.LAYOUTS["onecol-colon"])["leaks"]
    assert "修回日期" not in gen.latex(article(), gen.LAYOUTS["onecol-colon"])
    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf

    assert line + "\\A 基金项目" in htmlpdf.page_html(spec, htmlpdf.HTML_LAYOUTS["html-onecol"])


def test_a_range_written_as_two_marks_is_raised_whole(gen) -> None:
    """"[12]-[14]" (round 14a) is one raised mark, dash and all, in both producers; a lone mark
    is raised as before and the gold keeps the source's text."""
    out = gen.body_tex("已有研究[12]-[14]，另见[3]", {"citations": "superscript"})
    assert "\\textsuperscript{{[}12{]}-{[}14{]}}" in out and "\\textsuperscript{{[}3{]}}" in out
    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf

    assert htmlpdf.body_html("已有研究[12]-[14]，另见[3]", {}) == "已有研究<sup>[12]-[14]</sup>，另见<sup>[3]</sup>"


def test_circled_numbers_of_a_list_are_set_in_freeserif_and_a_footnote_still_hangs_on_its_mark(gen) -> None:
    """xeCJK gives ① to the Latin font, which has none: a list's ①②③ inside a paragraph (round
    14a) are set in FreeSerif, as the footnote's mark is; a paragraph's note still takes the
    first ① and a later ② stays text."""
    out = gen.body_tex("措施有：①甲；②乙。", {})
    assert "{\\fontspec{FreeSerif}①}甲；{\\fontspec{FreeSerif}②}乙" in out
    spec = article()
    spec["body"][2] = {"p": "调查①，分为②两类。", "footnote": "说明。"}
    tex = gen.latex(spec, gen.LAYOUTS["onecol-bracket"])
    assert "调查{\\renewcommand{\\thefootnote}{{\\fontspec{FreeSerif}①}}\\footnote{说明。}}，分为{\\fontspec{FreeSerif}②}两类" in tex


def test_the_scorer_reads_a_range_written_as_two_marks_as_the_importer_does() -> None:
    """The scorer's gold side: "[12]-[14]" cites 12, 13 and 14 and leaves no dash in the
    compared text (it counted 12 and 14 and kept the dash, so a right import scored as wrong)."""
    spec = importlib.util.spec_from_file_location("importcorpus_score", GENERATE.parent / "score.py")
    score = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = score
    spec.loader.exec_module(score)
    assert score.cited("已有研究[12]-[14]，另见[3]与[1,5]", 20) == [12, 13, 14, 3, 1, 5]
    assert score.norm("已有研究[12]-[14]，另见[3]") == "已有研究,另见"
    assert score.cited("区间[1, 3)、[3, 6)", 20) == []


def test_the_word_processor_document_has_its_pages_notes_and_columns(gen) -> None:
    """``wordpdf.document`` (round 14b): a flat ODT whose page style alternates the running head
    (odd pages: the authors and title; even pages: the journal line), numbers the pages from the
    article's first page, carries the first page's note as the title's footnote marked * (one
    column) or in the first page's footer (two columns), the paragraph's ``footnote:`` as a real
    footnote (numbered, or marked ①), raised citation marks in the two-column layout only (a
    bracket holding 0 stays), and the body in a two-column section. Valid XML."""
    from xml.dom.minidom import parseString

    sys.path.insert(0, str(GENERATE.parent))
    import wordpdf

    spec = article()
    spec["body"].append({"p": "一段有注①的文字。", "footnote": "注释的文字。"})
    one = wordpdf.document(spec, wordpdf.WORD_LAYOUTS["word-onecol"])
    two = wordpdf.document(spec, wordpdf.WORD_LAYOUTS["word-twocol"])
    for doc in (one, two):
        parseString(doc.encode("utf-8"))
        assert '<style:header-left><text:p text:style-name="Header">某刊　2025年1月　第1卷 第1期</text:p></style:header-left>' in doc
        assert '<style:header><text:p text:style-name="Header">甲乙：测试题名</text:p></style:header>' in doc
        assert 'style:page-number="1"' in doc and "<text:page-number" in doc
    assert '<text:note-citation text:label="*">*</text:note-citation>' in one and "收稿日期：2025-01-01" in one
    assert 'text:style-name="FirstFoot">收稿日期：2025-01-01' in two and 'text:label="*"' not in two
    assert "<text:note-citation>1</text:note-citation>" in one and 'text:label="①">①</text:note-citation>' in two
    assert "已有研究[1]" in one and '已有研究<text:span text:style-name="Sup">[1]</text:span>' in two
    assert "[0, 1]" in two and "<text:section" in two and "<text:section" not in one


def test_a_displayed_formula_and_the_text_going_on_after_it(gen) -> None:
    """``formula:`` and ``on: true`` (round 15e): the formula centred with its number, counted in
    the article, at the column's right edge in all three producers, a paragraph of its own with its
    number in the gold; the paragraph after it unindented. An article without them prints as before
    (no formula styles in its word-processor document)."""
    from xml.dom.minidom import parseString

    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf
    import wordpdf

    spec = article()
    spec["body"][2:2] = [{"p": "按下式计算："}, {"formula": "P = 0.5A + 0.5B"}, {"p": "式中，P 为得分。", "on": True},
                         {"formula": "Q = max(P, 1)"}]
    tex = gen.latex(spec, gen.LAYOUTS["onecol-colon"])
    assert "\\hspace*{\\fill}P = 0.5A + 0.5B\\hspace*{\\fill}\\llap{(1)}" in tex and "\\llap{(2)}" in tex
    assert "\\noindent 式中，P 为得分。\\par" in tex
    blocks = gen.gold(spec, "onecol-colon", gen.LAYOUTS["onecol-colon"])["blocks"]
    assert {"paragraph": "P = 0.5A + 0.5B (1)", "formula": 1} in blocks and {"paragraph": "式中，P 为得分。"} in blocks
    html = htmlpdf.page_html(spec, htmlpdf.HTML_LAYOUTS["html-onecol"])
    assert 'P = 0.5A + 0.5B<span style="float: right">(1)</span>' in html and '<p class="on">式中，P 为得分。</p>' in html
    for name, style in (("word-onecol", "Formula"), ("word-twocol", "Formula2")):
        doc = wordpdf.document(spec, wordpdf.WORD_LAYOUTS[name])
        parseString(doc.encode("utf-8"))
        assert f'<text:p text:style-name="{style}"><text:tab/>P = 0.5A + 0.5B<text:tab/>(1)</text:p>' in doc
        assert '<text:p text:style-name="BodyOn">式中，P 为得分。</text:p>' in doc
    assert 'style:name="Formula"' not in wordpdf.document(article(), wordpdf.WORD_LAYOUTS["word-onecol"])


def test_a_displayed_formula_is_a_centred_line_with_its_number_in_each_producer(gen) -> None:
    """``display: true`` (round 15a): the paragraph is set on a line of its own, centred and
    unindented, its number ("（1）" at its end) apart on the right, by XeLaTeX, Chromium and
    LibreOffice alike; the gold keeps it as a paragraph, as written. Its Greek letters are set in
    FreeSerif's italic (Latin Modern has none: they printed nothing). An article without one
    writes no ``Display`` style."""
    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf
    import wordpdf

    assert gen.display_parts("ρ = λ / (cμ)　（1）") == ("ρ = λ / (cμ)", "（1）")
    assert gen.display_parts("E = mc") == ("E = mc", "")
    spec = article()
    spec["body"][2] = {"p": "ρ = λ / (cμ)　（1）", "display": True}
    tex = gen.latex(spec, gen.LAYOUTS["onecol-bracket"])
    assert ("\\noindent\\hspace*{\\fill}{\\fontspec{FreeSerif}\\itshape ρ} = {\\fontspec{FreeSerif}\\itshape λ} / "
            "(c{\\fontspec{FreeSerif}\\itshape μ})\\hspace*{\\fill}（1）\\par") in tex
    page = htmlpdf.page_html(spec, htmlpdf.HTML_LAYOUTS["html-onecol"])
    assert '<span style="flex: 1; text-align: center">ρ = λ / (cμ)</span><span>（1）</span></p>' in page
    doc = wordpdf.document(spec, wordpdf.WORD_LAYOUTS["word-onecol"])
    assert '<text:p text:style-name="Display">ρ = λ / (cμ)<text:s text:c="6"/>（1）</text:p>' in doc
    assert 'style:name="Display"' in doc and 'style:name="Display"' not in wordpdf.document(article(), wordpdf.WORD_LAYOUTS["word-onecol"])
    assert {"paragraph": "ρ = λ / (cμ)　（1）"} in gen.gold(spec, "onecol-bracket", gen.LAYOUTS["onecol-bracket"])["blocks"]


def test_abstract_label_key_word_separator_and_padded_names_in_each_producer(gen) -> None:
    """Round 16a: ``abstract_label`` ("内容提要：") replaces the layout's label, ``keyword_sep`` (a
    full-width space) joins the key words, ``pad_names`` prints a two-character name padded to three
    cells ("甲　乙"), in XeLaTeX, Chromium and LibreOffice alike; the gold keeps the name and the key
    words as they are, and an article without them prints as before."""
    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf
    import wordpdf

    spec = article(abstract_label="内容提要：", keyword_sep="　", pad_names=True, keywords=["词一", "词二"])
    spec["authors"].append({"name": "丙丁戊", "affiliations": [1]})
    tex = gen.latex(spec, gen.LAYOUTS["onecol-bracket"])
    assert "\\textbf{内容提要：}摘要。" in tex and "摘　要" not in tex
    assert "\\textbf{{[}关键词{]}}词一　词二\\par" in tex
    assert "甲　乙\\textsuperscript{1}，丙丁戊\\textsuperscript{1}" in tex
    page = htmlpdf.page_html(spec, htmlpdf.HTML_LAYOUTS["html-onecol"])
    assert "<b>内容提要：</b>摘要。" in page and "词一　词二" in page and "甲　乙<sup>1</sup>" in page
    doc = wordpdf.document(spec, wordpdf.WORD_LAYOUTS["word-twocol"])
    assert "内容提要：</text:span>摘要。" in doc and "词一　词二" in doc and "甲　乙<text:span" in doc
    gold = gen.gold(spec, "onecol-bracket", gen.LAYOUTS["onecol-bracket"])
    assert gold["authors"] == ["甲乙", "丙丁戊"] and gold["keywords"] == ["词一", "词二"]
    plain = gen.latex(article(keywords=["词一", "词二"]), gen.LAYOUTS["onecol-bracket"])
    assert "\\textbf{{[}摘　要{]}}摘要。" in plain and "词一；词二" in plain and "甲乙\\textsuperscript{1}" in plain


def test_a_block_quotation_is_set_apart_in_each_producer(gen) -> None:
    """``quote: true`` (session 11): a paragraph set as a block quotation — indented, smaller, no
    first-line indent — by XeLaTeX (``quote``), Chromium (``blockquote``) and LibreOffice (a ``Quote``
    style written only into documents that have one); the gold keeps it as a paragraph of its own,
    marked ``quote``. An article without one prints as before."""
    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf
    import wordpdf

    spec = article()
    spec["body"][2:2] = [{"p": "日记中写道：", "quote": False}, {"p": "“雨中装箱，至夜未竟。”", "quote": True}, {"p": "此后书局迁往乡间。", "on": True}]
    tex = gen.latex(spec, gen.LAYOUTS["twocol-spaced"])
    assert "\\begin{quote}{\\kaishu\\small “雨中装箱，至夜未竟。”\\par}\\end{quote}" in tex
    assert "\\noindent 此后书局迁往乡间。\\par" in tex and "日记中写道：\\par" in tex
    page = htmlpdf.page_html(spec, htmlpdf.HTML_LAYOUTS["html-twocol"])
    assert '<blockquote style="margin: 1.5mm 2em; font-size: 9pt"><p class="on">“雨中装箱，至夜未竟。”</p></blockquote>' in page
    doc = wordpdf.document(spec, wordpdf.WORD_LAYOUTS["word-onecol"])
    assert '<text:p text:style-name="Quote">“雨中装箱，至夜未竟。”</text:p>' in doc
    assert 'style:name="Quote"' in doc and 'style:name="Quote"' not in wordpdf.document(article(), wordpdf.WORD_LAYOUTS["word-onecol"])
    blocks = gen.gold(spec, "twocol-spaced", gen.LAYOUTS["twocol-spaced"])["blocks"]
    assert {"paragraph": "“雨中装箱，至夜未竟。”", "quote": True} in blocks and {"paragraph": "日记中写道："} in blocks
    assert "quote" not in gen.latex(article(), gen.LAYOUTS["twocol-spaced"])


def test_a_verse_stanza_is_set_line_by_line_in_each_producer(gen) -> None:
    """``verse: [lines]`` (session 12): a stanza of a poem, its short lines one under another,
    centred — XeLaTeX (``\\`` between the lines, in kaishu), Chromium (``<br>``) and LibreOffice
    (line breaks in a ``Verse`` paragraph, a style written only into documents that have one); the
    gold is one paragraph per stanza, its lines run together as written, marked ``verse``. An
    article without one prints as before."""
    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf
    import wordpdf

    spec = article()
    spec["body"][2:2] = [{"p": "诗云："}, {"verse": ["一篷烟雨泊汀洲，", "孤灯摇影共江流。"]}, {"p": "诗中的孤灯。"}]
    tex = gen.latex(spec, gen.LAYOUTS["twocol-spaced"])
    assert "{\\centering\\kaishu 一篷烟雨泊汀洲，\\\\\n孤灯摇影共江流。\\par}" in tex
    page = htmlpdf.page_html(spec, htmlpdf.HTML_LAYOUTS["html-twocol"])
    assert '<p class="on" style="text-align: center; margin: 1.5mm 0">一篷烟雨泊汀洲，<br>孤灯摇影共江流。</p>' in page
    doc = wordpdf.document(spec, wordpdf.WORD_LAYOUTS["word-twocol"])
    assert '<text:p text:style-name="Verse">一篷烟雨泊汀洲，<text:line-break/>孤灯摇影共江流。</text:p>' in doc
    assert 'style:name="Verse"' in doc and 'style:name="Verse"' not in wordpdf.document(article(), wordpdf.WORD_LAYOUTS["word-twocol"])
    blocks = gen.gold(spec, "twocol-spaced", gen.LAYOUTS["twocol-spaced"])["blocks"]
    assert {"paragraph": "一篷烟雨泊汀洲，孤灯摇影共江流。", "verse": True} in blocks
    assert "\\centering\\kaishu" not in gen.latex(article(), gen.LAYOUTS["twocol-spaced"])


def test_subscripts_are_lowered_only_where_the_article_asks_in_each_producer(gen) -> None:
    """``subscripts: lowered`` (session 12): a variable's Unicode subscripts ("lnCᵢₜ = α₀+α₁DIFᵢₜ")
    printed as lowered letters and digits by XeLaTeX (``\\textsubscript``), Chromium (``<sub>``) and
    LibreOffice (a ``Sub`` text style written only into documents that ask for it); the gold keeps
    the source's characters (the scorer's NFKC reads them as "lnCit"). Other articles print as before."""
    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf
    import wordpdf

    text = "lnCᵢₜ = α₀+α₁DIFᵢₜ (1)"
    assert gen.body_tex(text, {"subscripts": "lowered"}) == (
        "lnC\\textsubscript{it} = {\\fontspec{FreeSerif}\\itshape α}\\textsubscript{0}+"
        "{\\fontspec{FreeSerif}\\itshape α}\\textsubscript{1}DIF\\textsubscript{it} (1)")
    assert "textsubscript" not in gen.body_tex(text, {})
    assert htmlpdf.body_html(text, {"subscripts": "lowered"}) == "lnC<sub>it</sub> = α<sub>0</sub>+α<sub>1</sub>DIF<sub>it</sub> (1)"
    assert wordpdf.body_xml("DIFᵢₜ", {"subscripts": "lowered"}, wordpdf.WORD_LAYOUTS["word-onecol"]) == (
        'DIF<text:span text:style-name="Sub">it</text:span>')
    spec = article(subscripts="lowered")
    spec["body"][0] = {"p": text, "display": True}
    assert 'style:name="Sub"' in wordpdf.document(spec, wordpdf.WORD_LAYOUTS["word-onecol"])
    assert 'style:name="Sub"' not in wordpdf.document(article(), wordpdf.WORD_LAYOUTS["word-onecol"])
    assert {"paragraph": text} in gen.gold(spec, "onecol-colon", gen.LAYOUTS["onecol-colon"])["blocks"]


def test_a_second_note_hangs_on_its_own_circled_mark_in_each_producer(gen) -> None:
    """``note_mark: ②`` (session 11): an article's notes numbered through (①, ②, … as humanities
    journals number them); the note hangs on that mark in XeLaTeX, Chromium's endnotes and
    LibreOffice's circled layout (``word-onecol`` numbers its notes itself, as Word does)."""
    sys.path.insert(0, str(GENERATE.parent))
    import htmlpdf
    import wordpdf

    spec = article()
    spec["body"][2:2] = [{"p": "甲说①。", "footnote": "第一条注。"}, {"p": "乙说②。", "footnote": "第二条注。", "note_mark": "②"}]
    tex = gen.latex(spec, gen.LAYOUTS["onecol-colon"])
    assert "乙说{\\renewcommand{\\thefootnote}{{\\fontspec{FreeSerif}②}}\\footnote{第二条注。}}。" in tex
    assert "甲说{\\renewcommand{\\thefootnote}{{\\fontspec{FreeSerif}①}}\\footnote{第一条注。}}。" in tex
    page = htmlpdf.page_html(spec, htmlpdf.HTML_LAYOUTS["html-onecol"])
    assert '<div class="fnote">① 第一条注。</div><div class="fnote">② 第二条注。</div>' in page
    doc = wordpdf.document(spec, wordpdf.WORD_LAYOUTS["word-twocol"])
    assert 'text:label="②">②</text:note-citation>' in doc
    assert "第二条注。" in gen.gold(spec, "onecol-colon", gen.LAYOUTS["onecol-colon"])["leaks"]
    spec["body"][3]["p"] = "乙说①。"
    with pytest.raises(SystemExit, match="no ②"):
        gen.latex(spec, gen.LAYOUTS["onecol-colon"])


def test_comparison_signs_and_roman_numerals_are_set_in_freeserif(gen) -> None:
    """Session 11: "≥", "≤" and "Ⅰ"–"Ⅻ" (a clinical article's "≥65岁", "Ⅱ期") have no glyph in Latin
    Modern, to which xeCJK leaves them (they printed nothing and extracted as U+FFFD): set in
    FreeSerif, as the circled numbers are; the gold keeps the source's text."""
    out = gen.body_tex("年龄≥65岁，评分≤3分，Ⅰ期或Ⅱ期", {})
    assert out == ("年龄{\\fontspec{FreeSerif}≥}65岁，评分{\\fontspec{FreeSerif}≤}3分，"
                   "{\\fontspec{FreeSerif}Ⅰ}期或{\\fontspec{FreeSerif}Ⅱ}期")
    assert gen.body_tex("年龄65岁以上", {}) == "年龄65岁以上"


def test_pypdf_and_pdfplumber_read_every_committed_pdf(gen, monkeypatch, tmp_path) -> None:
    """Round 17e: ``--extract pypdf`` (``pdfplumber``, ``pdfplumber-layout``) writes a text beside
    every PDF — XeLaTeX, Chromium and LibreOffice layouts, dev and held-out — and nothing else."""
    for split, name in (("dev", "doc"), ("heldout", "sealed")):
        folder = tmp_path / split / name
        folder.mkdir(parents=True)
        for layout in ("onecol-colon", "html-onecol", "word-onecol"):
            (folder / f"{layout}.pdf").write_bytes(b"%PDF")
    monkeypatch.setattr(gen, "DATA", tmp_path)
    monkeypatch.setattr(gen, "HERE", tmp_path)
    monkeypatch.setattr(gen.shutil, "which", lambda tool: "/usr/bin/" + tool)
    monkeypatch.setattr(gen, "extract", lambda pdf, extractor: f"{pdf.stem} by {extractor}")
    for extractor in ("pypdf", "pdfplumber", "pdfplumber-layout"):
        assert extractor in gen.EXTRACTORS and extractor in gen.HTML_EXTRACTORS and extractor in gen.WORD_EXTRACTORS
        assert gen.main(["--extract", extractor]) == 0
        written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob(f"*.{extractor}.txt"))
        assert written == [f"{split}/{name}/{layout}.{extractor}.txt" for split, name in (("dev", "doc"), ("heldout", "sealed"))
                           for layout in ("html-onecol", "onecol-colon", "word-onecol")]
    assert len(list(tmp_path.rglob("*.txt"))) == 18


class _Page:
    def __init__(self, text):
        self.text = text
        self.modes = []

    def extract_text(self, layout=False):
        self.modes.append(layout)
        return self.text


def test_python_extractors_save_each_page_then_a_newline(gen, monkeypatch, tmp_path) -> None:
    """Round 17e: pypdf's and pdfplumber's pages are saved as their users save them — each page's
    ``extract_text()`` then a newline, no form feed — pdfplumber's ``layout=True`` for
    ``pdfplumber-layout`` only, an empty page (``None`` from old pdfplumber) as an empty line."""
    import types

    pages = [_Page("第一页\n·1 ·"), _Page(None), _Page("第三页")]
    pypdf = types.SimpleNamespace(PdfReader=lambda path: types.SimpleNamespace(pages=[_Page("甲"), _Page("乙")]))

    class _Document:
        def __enter__(self):
            return types.SimpleNamespace(pages=pages)

        def __exit__(self, *exc):
            return False

    pdfplumber = types.SimpleNamespace(open=lambda path: _Document())
    monkeypatch.setitem(sys.modules, "pypdf", pypdf)
    monkeypatch.setitem(sys.modules, "pdfplumber", pdfplumber)
    pdf = tmp_path / "a.pdf"
    assert gen.extract(pdf, "pypdf") == "甲\n乙\n"
    assert gen.extract(pdf, "pdfplumber") == "第一页\n·1 ·\n\n第三页\n"
    assert [p.modes for p in pages] == [[False]] * 3
    assert gen.extract(pdf, "pdfplumber-layout") == "第一页\n·1 ·\n\n第三页\n"
    assert [p.modes for p in pages] == [[False, True]] * 3
