"""``wenxian import ARTICLE.pdf`` end to end: a project, its refs.bib, the MyST, a site;
and the PDFs it cannot read, refused with a message and nothing written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.bundled import copy_project
from wenxian.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "pdfreader"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = copy_project(tmp_path / "project", article=False)
    (root / "refs.bib").write_text("", encoding="utf-8")
    return root


def test_a_pdf_becomes_an_article_with_its_own_references(project: Path, capsys) -> None:
    pdf = project / "source" / "raw" / "laonian.pdf"
    shutil.copy(DATA / "one-column-numbered.pdf", pdf)
    assert main(["import", str(pdf), "--project", str(project)]) == 0
    out = capsys.readouterr().out
    assert "wrote" in out and "5 citations" not in out  # the count is the text's, 6 marks
    myst = (project / "source" / "laonian.md").read_text(encoding="utf-8")
    assert myst.startswith("---\ntitle: 数字技术赋能社区养老服务的路径研究\n")
    assert "source: raw/laonian.pdf" in myst
    assert re.search(r"空间\{cite:p\}`[a-z]+2024[a-z]*`。", myst)  # a bare superscript 1: work 1 (2024)
    assert "使用[^fn1]。" in myst and "[^fn1]: 本文所称老年人，指六十周岁以上的居民。" in myst
    assert "```{admonition} 表 1 调查样本的基本情况\n:class: wenxian-omitted wenxian-table" in myst
    assert "**1\\. 色彩适配不足**：多数老年人" in myst
    bib = (project / "refs.bib").read_text(encoding="utf-8")
    assert bib.count("@") == 5 and "Perceived usefulness" in bib
    # Imported twice, byte for byte the same.
    first = myst
    assert main(["import", str(pdf), "--project", str(project), "--force"]) == 0
    assert (project / "source" / "laonian.md").read_text(encoding="utf-8") == first


def test_two_imports_of_one_article_do_not_share_labels(project: Path) -> None:
    """``-o OUT.md`` names the page, and so prefixes its labels: the PDF's import beside the text's
    (laonian.md, laonian-pdf.md) once gave both ``(laonian-sec-1)=`` and a build warned of
    duplicate labels."""
    pdf = project / "source" / "raw" / "laonian.pdf"
    shutil.copy(DATA / "one-column-numbered.pdf", pdf)
    assert main(["import", str(pdf), "--project", str(project)]) == 0
    out = project / "source" / "laonian-pdf.md"
    assert main(["import", str(pdf), "--project", str(project), "-o", str(out)]) == 0
    labels = set(re.findall(r"^\((.+)\)=$", (project / "source" / "laonian.md").read_text(encoding="utf-8"), re.M))
    again = set(re.findall(r"^\((.+)\)=$", out.read_text(encoding="utf-8"), re.M))
    assert labels and again and not labels & again
    assert all(label.startswith("laonian-pdf-") for label in again)


def test_the_site_shows_the_pdfs_article(project: Path) -> None:
    pdf = project / "source" / "raw" / "laonian.pdf"
    shutil.copy(DATA / "one-column-numbered.pdf", pdf)
    assert main(["import", str(pdf), "--project", str(project)]) == 0
    assert main(["build", "site", "--variant", "zh-Hans", "--project", str(project)]) == 0
    page = (project / "_build" / "site" / "zh-Hans" / "laonian.html").read_text(encoding="utf-8")
    assert "数字技术赋能社区养老服务的路径研究" in page
    assert "wenxian-omitted" in page and "此处表未收录" in page and "注：年龄为调查时的周岁。" in page
    assert 'class="footnote' in page and "本文所称老年人" in page
    assert "<strong>1. 色彩适配不足</strong>：多数老年人" in page
    assert page.count('href="#id') >= 1 or "Perceived usefulness" in page


def test_explain_says_what_each_line_was_taken_for(project: Path, capsys) -> None:
    pdf = project / "source" / "raw" / "two.pdf"
    shutil.copy(DATA / "journal-two-column.pdf", pdf)
    bib = Path(__file__).resolve().parents[2] / "refs.bib"  # the bundled article's works, in its order
    assert main(["import", str(pdf), "--project", str(project), "--bib", str(bib), "--explain"]) == 0
    err = capsys.readouterr().err
    assert re.search(rf"^{re.escape(str(pdf))}:\d+: p.2 margin     当代经济研究 2024 年第 8 期  ← repeated at the top of", err, re.M)
    assert re.search(rf"^{re.escape(str(pdf))}:\d+: p.1 head       收稿日期：2024-03-01", err, re.M)
    assert "p.5 references 参考文献  ← after the reference list's heading" in err


@pytest.mark.parametrize(("name", "what", "hint"), [
    ("encrypted.pdf", "the PDF is encrypted with a password", "qpdf --password"),
    ("scanned.pdf", "the PDF has no text layer", "ocrmypdf"),
    ("truncated.pdf", "the PDF cannot be read", "download it again"),
])
def test_a_pdf_that_cannot_be_read_is_refused_and_nothing_is_written(project: Path, capsys, name, what, hint) -> None:
    pdf = project / "source" / "raw" / name
    shutil.copy(DATA / name, pdf)
    out = project / "source" / f"{Path(name).stem}.md"
    out.write_text("an editor's work\n", encoding="utf-8")
    bib = (project / "refs.bib").read_bytes()
    assert main(["import", str(pdf), "--project", str(project), "--force"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{pdf}: error: {what}") and hint in err.split("hint:", 1)[1]
    assert "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "an editor's work\n"
    assert (project / "refs.bib").read_bytes() == bib


def test_a_pdf_is_known_by_its_content_not_its_name(project: Path) -> None:
    renamed = project / "source" / "raw" / "article-text.txt"
    shutil.copy(DATA / "one-column-numbered.pdf", renamed)
    assert main(["import", str(renamed), "--project", str(project)]) == 0
    assert "数字技术赋能社区养老服务的路径研究" in (project / "source" / "article-text.md").read_text(encoding="utf-8")


def test_a_page_pdfium_cannot_read_is_reported_and_the_rest_imported(monkeypatch) -> None:
    import pypdfium2 as pdfium

    from wenxian.pdfreader import read_pdf
    from wenxian.pdfreader.document import PdfDocument

    original = PdfDocument.page

    def damaged(self, index: int):
        if index == 1:
            raise pdfium.PdfiumError("Failed to load page.")
        return original(self, index)

    monkeypatch.setattr(PdfDocument, "page", damaged)
    article = read_pdf(DATA / "one-column-numbered.pdf").article
    assert any("page 2 could not be read" in note.message for note in article.notes)
    assert article.meta.title == "数字技术赋能社区养老服务的路径研究"
    assert article.references == []  # the list stood on page 2
