"""Four article shapes a user's check found the corpus lacked (tests/data/import-shapes/README.md):
each imported end to end, as `wenxian import` reads it, with its own reference list."""

from __future__ import annotations

from pathlib import Path

import pytest
from pybtex.database import parse_file

from tests.importer.helpers import make_project
from wenxian.cli import main
from wenxian.importer import read_article
from wenxian.model import Caption, Heading, Paragraph

SHAPES = Path(__file__).resolve().parents[1] / "data" / "import-shapes"


def article(name: str):
    return read_article((SHAPES / name).read_bytes(), file=name)


def import_shape(tmp_path: Path, name: str, stem: str) -> tuple[Path, Path]:
    """Import a shape into a fresh project as ``source/raw/<stem>.txt``: (project root, raw file)."""
    root = make_project(tmp_path)
    raw = root / "source" / "raw" / f"{stem}.txt"
    raw.write_bytes((SHAPES / name).read_bytes())
    assert main(["import", str(raw), "--project", str(root)]) == 0
    return root, raw


def body(a) -> str:
    return "\n".join(b.plain_text() for b in a.blocks if isinstance(b, Paragraph))


def test_one_column_pymupdf() -> None:
    a = article("one-column-pymupdf.txt")
    assert a.meta.title == "社区老年助餐服务的可持续运营：基于三个城市的比较研究"
    assert a.meta.authors == ["周晓岚", "邓拓", "韩雪梅"] and a.meta.author_affiliations == [[1], [2], [1, 3]]
    assert a.meta.en_title.startswith("Sustainable Operation") and a.meta.en_authors[1] == "DENG Tuo"
    assert a.meta.keywords == ["老年助餐", "居家养老", "可持续运营", "社区治理"]
    j = a.meta.journal
    assert (j["name"], j["volume"], j["issue"], j["year"], j["pages"]) == ("社区治理评论", "12", "4", "2025", "31-38")
    text = body(a)
    assert "31 -" not in text and "社区治理评论" not in text and "Sustainable" not in text
    assert "有何差异？哪些因素影响其可持续运营？" in text
    assert [h.text for h in a.blocks if isinstance(h, Heading)][:2] == ["一、问题的提出", "二、研究设计"]


def test_author_date_economics_article(tmp_path: Path) -> None:
    a = article("author-date-pdfminer.txt")
    assert a.meta.title == "数字普惠金融、创业活动与县域收入差距——来自中国县级面板数据的证据"
    assert a.meta.authors == ["林书涵", "贺鹏"] and len(a.meta.affiliations) == 2
    assert sum(isinstance(b, Paragraph) for b in a.blocks) == 4
    root, _ = import_shape(tmp_path, "author-date-pdfminer.txt", "jingji")
    entries = parse_file(str(root / "refs.bib")).entries
    assert len(entries) == 9 and not [k for k, e in entries.items() if "verbatim" in e.fields]
    md = (root / "source" / "jingji.md").read_text(encoding="utf-8")
    assert md.count("{cite:p}") + md.count("{cite:t}") == 7 and "（" + "谢绚丽等" not in md


def test_an_author_year_text_in_a_numeric_project_says_what_to_set(tmp_path: Path, capsys) -> None:
    # The project renders by number (conf.py's default): "谢绚丽等（2018）" would print as
    # "谢绚丽等[4]". The import says which two settings choose the author-year system.
    root, raw = import_shape(tmp_path, "author-date-pdfminer.txt", "jingji")
    out = capsys.readouterr().out
    assert 'bibtex_reference_style = "gbt_author_year"' in out and "renders citations by number" in out
    (root / "conf" / "conf.py").write_text(
        'bibtex_default_style = "gbt7714-2025-ay"\nbibtex_reference_style = "gbt_author_year"\n', encoding="utf-8")
    assert main(["import", str(raw), "--project", str(root), "--force"]) == 0
    assert "renders citations" not in capsys.readouterr().out


@pytest.mark.parametrize("leak", ["数据类型", "空间分辨率", "·98·", "面积变化Fig"])
def test_figures_and_tables(leak: str) -> None:
    a = article("figures-tables-pdftotext.txt")
    assert a.meta.title == "基于遥感的平原河网水体面积变化监测" and a.meta.authors == ["方宁", "朱立言"]
    assert [h.text for h in a.blocks if isinstance(h, Heading)] == [
        "1 引言", "2 研究区与数据", "2.1 研究区概况", "2.2 数据来源", "3 结果与分析",
        "3.1 水体面积的年际变化", "3.2 驱动因素分析", "4 结论"]
    assert [(c.kind, c.text[:8]) for c in a.blocks if isinstance(c, Caption)] == [("table", "表 1 数据基本"), ("figure", "图 1 2015")]
    assert leak not in body(a)


def test_medical_article() -> None:
    a = article("medical-pdftotext.txt")
    assert a.meta.title == "社区高血压患者家庭血压监测依从性及其影响因素研究"
    assert len(a.meta.affiliations) == 2 and "corresponding" in a.meta.journal
    assert a.meta.abstract.startswith("背景\u3000家庭血压监测")
    assert "通信作者" not in body(a) and "100070" not in body(a)
    caption = next(b for b in a.blocks if isinstance(b, Caption))
    assert caption.kind == "table" and caption.note == "注：χ2 检验。"
    assert "196" not in body(a)


def test_taiwan_article(tmp_path: Path) -> None:
    a = article("taiwan-pdftotext.txt")
    assert a.meta.title == "偏鄉小學數位學習推動之困境與策略" and a.meta.authors == ["林怡君", "陳建宏"]
    assert a.meta.affiliations == ["國立臺東大學教育學系", "國立屏東大學教育行政研究所"]
    assert a.meta.abstract.startswith("本研究以臺東縣") and a.meta.keywords == ["偏鄉教育", "數位學習", "教師專業發展"]
    assert [(h.level, h.text) for h in a.blocks if isinstance(h, Heading)] == [(1, "壹、緒論"), (1, "貳、研究方法")]
    assert body(a).startswith("近年來")
    root, raw = import_shape(tmp_path, "taiwan-pdftotext.txt", "tw")
    entries = parse_file(str(root / "refs.bib")).entries
    assert len(entries) == 4 and not [k for k, e in entries.items() if "verbatim" in e.fields]
    book = next(e for e in entries.values() if e.fields.get("publisher") == "教育部")
    assert (book.type, book.fields["title"], book.fields["address"]) == ("book", "中小學數位學習精進方案", "臺北市")
    # Importing again adds nothing, a line kept whole included.
    raw.write_text(raw.read_text(encoding="utf-8").replace("[2] 教育部（2022）。中小學數位學習精進方案。臺北市：教育部。",
                                                         "[2] 教育部（2022）中小學數位學習精進方案，未刊稿"), encoding="utf-8")
    assert main(["import", str(raw), "--project", str(root), "--force"]) == 0
    once = parse_file(str(root / "refs.bib")).entries
    assert [k for k, e in once.items() if "verbatim" in e.fields]
    assert main(["import", str(raw), "--project", str(root), "--force"]) == 0
    assert len(parse_file(str(root / "refs.bib")).entries) == len(once)
