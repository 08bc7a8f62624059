"""The styles inside a Sphinx build (sphinxcontrib-bibtex, HTML through
pybtex_docutils): tiny projects in tests/roots/test-gbt-*/."""

from __future__ import annotations

import html
import re

import pytest

from .conftest import DATA


@pytest.mark.sphinx("html", testroot="gbt-numeric")
def test_numeric_2015_list_in_sphinx(app, warning) -> None:
    app.build()
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert "马克思, 恩格斯. 马克思恩格斯文集: 第 1 卷[M]. 北京: 人民出版社, 2009: 533." in text
    assert "杨宗英. 电子图书馆的现实模型[J]. 中国图书馆学报, 1996(2): 24-29." in text
    assert ("BAWDEN D. Origins and concepts of digital literacy[EB/OL]. (2008-05-04)[2013-03-08]. "
            "http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf.") in text
    assert 'href="http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf"' in page
    assert "张三. 白皮书[Z]. 2020." in text
    # written order kept, the typed space closed up (2015 §8.1.1: "李时珍", "丸山敏秋")
    assert "马克思. 资本论: 第 1 卷[M]. 北京: 人民出版社, 2004." in text
    assert "inferred" not in text  # review notes are for editors, never printed
    assert "unknown entry type @whitepaper" in warning.getvalue()


@pytest.mark.sphinx("html", testroot="gbt-authoryear")
def test_author_year_2025_list_in_sphinx(app) -> None:
    app.build()
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    expected = [line.split("\t", 1)[1] for line in
                (DATA / "author-year-2025.tsv").read_text(encoding="utf-8").splitlines()]
    positions = [text.find(line) for line in expected]
    assert -1 not in positions, [line for line, pos in zip(expected, positions) if pos < 0]
    assert positions == sorted(positions)
