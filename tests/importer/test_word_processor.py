"""pdftotext's text of an article a word processor typeset (LibreOffice Writer; issue 11, round 12).

tests/data/import-shapes/libreoffice-onecol-pdftotext.txt (README beside it). Before: the running
head, cut by pdftotext at its wide gaps into three lines, left its English piece ("Urban Planning
and Design") glued to the title and inside the English title; ``*`` stayed after the title;
``摘`` / ``要：…`` (a label letter-spaced with an ideographic space, cut at the gap) was no label,
so the abstract was a body paragraph; the English affiliations were glued to the last reference.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.importer import read_text
from wenxian.importer.lines import Line, Lines
from wenxian.importer.markers import join_split_labels

TEXT = Path(__file__).resolve().parents[1] / "data" / "import-shapes" / "libreoffice-onecol-pdftotext.txt"


@pytest.fixture(scope="module")
def article():
    return read_text(TEXT.read_text(encoding="utf-8"))


def test_front_matter(article) -> None:
    meta = article.meta
    assert meta.title == "城市口袋公园使用评价与更新策略研究——以江南某市中心城区为例"
    assert meta.authors == ["沈知远", "许清禾", "顾明川"]
    assert meta.abstract.startswith("口袋公园是高密度城区中居民就近休憩的重要场所。")
    assert meta.keywords == ["口袋公园", "使用评价", "城市更新", "高密度城区"]
    assert meta.journal["name"] == "城市规划与设计"


def test_the_english_block_across_a_page_break_and_its_affiliations(article) -> None:
    meta = article.meta
    assert meta.en_title == ("Use Evaluation and Renewal Strategies of Urban Pocket Parks: A Case Study of t he Central "
                             "District of a City in Jiangnan")  # LibreOffice broke "the" across the page, as printed
    assert meta.en_affiliations == ["School of Architecture and Urban Planning, Jiangnan City University, Suzhou 215000, China",
                                    "School of P ublic Administration, Jiangnan City University, Suzhou 215000, China"]
    assert len(article.references) == 12 and article.references[-1].text.endswith("2023(8): 21-28.")
    body = "".join(str(b) for b in article.blocks)
    assert "Urban Planning" not in body and "摘" not in body


def _lines(*texts: str) -> Lines:
    return Lines([Line(k, t, False, False, float(len(t))) for k, t in enumerate(texts, 1)], False)


def test_a_label_cut_at_its_letter_spacing_is_joined_and_nothing_else_is() -> None:
    joined = join_split_labels(_lines("摘", "要：本文研究……", "关 键", "词：甲；乙", "中", "国社会科学"))
    assert [line.text for line in joined.lines] == ["摘要：本文研究……", "关 键词：甲；乙", "中", "国社会科学"]
    # Round 14b (the corpus's word-twocol layout): a bracketed label keeps its bracket on the first piece.
    joined = join_split_labels(_lines("[摘", "要]中小河流治理是……", "【关", "键词】甲；乙", "[中", "国社会科学"))
    assert [line.text for line in joined.lines] == ["[摘要]中小河流治理是……", "【关键词】甲；乙", "[中", "国社会科学"]
    # Lines on different pages are not joined.
    split = Lines([Line(1, "摘", False, False, 1.0, page=0), Line(2, "要：本文", False, False, 4.0, page=1)], False)
    assert len(join_split_labels(split).lines) == 2


def test_the_english_affiliations_reach_the_page(article) -> None:
    """Written to the MyST front matter (``english: affiliations:``) and shown under the English
    names at the page's end, numbered as the names' marks."""
    import yaml

    from wenxian.myst_writer import write_myst
    from wenxian.sphinxext.frontmatter import english_nodes

    keys = [f"ref{n}" for n in range(1, len(article.references) + 1)]
    myst = write_myst(article, keys, slug="park")
    meta = yaml.safe_load(myst.split("---\n")[1])
    assert meta["english"]["affiliations"][1].startswith("School of P ublic Administration")
    (box,) = english_nodes(meta)
    shown = [p.astext() for p in box.children]
    assert shown[2] == ("(1. School of Architecture and Urban Planning, Jiangnan City University, Suzhou 215000, China; "
                        "2. School of P ublic Administration, Jiangnan City University, Suzhou 215000, China)")


def test_a_running_head_with_the_journals_english_name_on_one_line() -> None:
    """pypdfium2 keeps the head on one line: 44 characters, too long for a running head until a
    head holding an English name was measured in cells (29)."""
    text = TEXT.with_name("libreoffice-onecol-pypdfium2.txt").read_text(encoding="utf-8")
    article = read_text(text)
    assert article.meta.en_title == ("Use Evaluation and Renewal Strategies of Urban Pocket Parks: A Case Study of t he Central "
                                     "District of a City in Jiangnan")
    assert len(article.references) == 12 and not article.after_references


@pytest.fixture(scope="module")
def economics():
    return read_text(TEXT.with_name("libreoffice-author-year-pdftotext.txt").read_text(encoding="utf-8"))


def test_fields_under_the_lists_heading_do_not_end_the_list(economics) -> None:
    """The heading ended page 1, the first page's footnote (收稿日期 …) came under it: the list
    goes on after the fields (before: no entry, the entries body paragraphs)."""
    assert len(economics.references) == 11
    assert economics.meta.journal["received"] == "2025-01-09"
    assert economics.references[-1].text.startswith("OECD, 2019, ")  # not glued to Mas and Pallais
    assert economics.meta.en_title == "The Effect of Platform Work on the Job Quality of Young Workers"


def test_author_year_citations_of_a_word_processors_text(economics) -> None:
    named = [c for b in economics.blocks if hasattr(b, "named_citations") for c in b.named_citations()]
    works = [(w.names, w.year) for c in named for w in c.works]
    assert (("人力资源和社会保障部",), "2021") in works  # one body, not two persons
    assert (("Card",), "2010") in works  # "参照 C" / "ard et al.（2010）": one word
    assert (("OECD",), "2019") in works  # "（OEC" / "D，2019）"
    assert (("Mas", "Pallais"), "2017") in works


def test_a_word_broken_without_a_hyphen_is_joined_where_the_text_has_it_whole() -> None:
    from wenxian.importer.joining import compounds_in, join_lines

    lines = ["Card, D., J. Kluve, and A. Weber, 2010, Active Labour Market Policy", "参照 C", "ard et al. and the",
             "Working of it", "in", "to the"]
    vocabulary = compounds_in(lines)
    assert join_lines(["参照 C", "ard et al."], compounds=vocabulary).text == "参照 Card et al."
    # Both pieces words of the text: a real space ("in" / "to" stay two words though "into" is one).
    assert join_lines(["in", "to the"], compounds=compounds_in(lines + ["into"])).text == "in to the"
    assert join_lines(["A Case", "Study"], compounds=vocabulary).text == "A Case Study"


def test_a_title_holding_an_institutions_word_is_no_affiliation() -> None:
    """中心, 大学 … inside a title's words: no mark, no postcode, no name ending there."""
    from wenxian.importer.frontmatter import _affiliation_start

    assert not _affiliation_start("城市口袋公园使用评价与更新策略研究——以江南某市中心城区为例*")
    assert not _affiliation_start("大学生心理健康服务的供给与利用研究")
    assert _affiliation_start("（1. 江南城市学院 建筑与城市规划学院，江苏 苏州 215000）")
    assert _affiliation_start("湘中水利水电职业学院水利工程系，娄底 417000")  # the name runs on: a postcode
    assert _affiliation_start("清华大学公共管理学院")  # the name ends the line


def test_a_full_line_ending_a_sentence_before_the_paragraphs_last_line_is_no_break() -> None:
    """Round 14b (the corpus's word-onecol texts; xiangcun-tushu's 结语 as pdftotext gives it): a
    paragraph's full first line that ends a sentence, then its short last line, then the reference
    list's heading (or a figure's labels): the last line's shortness is its end, not an indent —
    one paragraph. Before, it was two, the next line's shortness read as a new paragraph's indent."""
    lines = [
        "这些因素相互叠加，使得部分网点虽然设施齐全，却长期处于低效运转的状态[2]。", "",
        "四、提升服务效能的策略", "（一）建立按需配送的馆藏流转机制",
        "总馆应当定期收集各网点的借阅数据和读者意见，据此编制配送书单，让图书在分馆和服务点之",
        "间按季度流转，使有限的馆藏发挥更大的作用。", "（二）实行弹性开放",
        "服务点可以根据农时调整开放时间，在农闲季节和晚间延长开放，并借助自助借还设备减少对管",
        "理员在场的依赖[8]。", "（三）充实基层人员队伍",
        "县馆可以向重点分馆派驻专业馆员，同时招募返乡青年和退休教师担任阅读推广志愿者，通过定",
        "期培训提升基层人员的服务能力。", "", "五、结语",
        "乡村图书馆的服务效能不取决于设施本身，而取决于馆藏、时间和人员能否贴近村民的实际需要。",
        "只有把这三方面结合起来改进，总分馆体系才能真正成为村民身边的阅读空间。",
        "参考文献：",
        "[1] 柯明远. 县域公共图书馆总分馆制建设研究[M]. 北京: 国家图书馆出版社, 2020.",
        "[2] 谢雨晴. 总分馆体系下乡镇分馆的运行困境[J]. 图书馆建设, 2021(4): 66-72.",
        "[3] 彭立新, 汪洁. 公共文化服务体系的城乡一体化[J]. 图书馆论坛, 2021, 41(7): 15-22.",
    ]
    article = read_text("\n".join(lines) + "\n")
    paragraphs = [b.plain_text() for b in article.blocks if type(b).__name__ == "Paragraph"]
    assert paragraphs[-1] == lines[14] + lines[15]


def test_a_first_page_note_ends_at_its_pages_number_where_no_form_feed_marks_it() -> None:
    """Round 14b (gaoxiao-xinli's word-twocol text from pypdfium2, which joins pages with a line
    break): the first page's note under both columns ends with 通信作者's e-mail address, then
    the page's number and the next page's header, then the column's text goes on. The page
    numbers taken out mark the pages, so the note ends at its page's foot and the paragraph it
    cut runs on. Before, the next page's text was read into 通信作者."""
    head = "高等教育与学生发展研究　2025 年 4 月　第 9 卷 第 4 期"
    text = "\n".join([
        head, "高校心理健康服务供给与学生求助行为", "裴知远1，殷澜2", "摘要：高校心理健康服务是重要保障。",
        "关键词：心理健康；求助行为", "一、问题的提出",
        "大学生处于从青春期向成年期过渡的阶段，", "学业、人际关系和就业等方面的压力较为集中，",
        "是心理健康问题的易发人群。近年来，教育部", "门陆续出台文件，要求高校健全心理健康教育",
        "与咨询服务体系。", "然而，服务的设立并不等于服务的利用。已",
        "收稿日期：2025-02-17", "作者简介：裴知远（1982—），男，副教授，博士，主要研究方向为学校心理健康教育。",
        "通信作者：殷澜，E-mail: yinlan@jhnu.edu.example", "· 56 ·", head,
        "有研究发现，有心理困扰的大学生中主动寻求专", "业帮助的比例普遍不高，更多的学生倾向于向朋",
        "友和家人倾诉，或者选择独自应对。", "二、研究设计", "本文的数据来自课题组的问卷调查。",
        "· 57 ·", "裴知远，殷澜：高校心理健康服务供给与学生求助行为", "调查覆盖五所本科高校。", "",
    ])
    article = read_text(text)
    paragraphs = [b.plain_text() for b in article.blocks if type(b).__name__ == "Paragraph"]
    assert "然而，服务的设立并不等于服务的利用。已有研究发现，有心理困扰的大学生中主动寻求专业帮助的比例普遍不高，" \
           "更多的学生倾向于向朋友和家人倾诉，或者选择独自应对。" in paragraphs
    assert not any("收稿日期" in p or "通信作者" in p for p in paragraphs)


def test_a_book_entrys_imprint_wrapped_before_the_english_block_stays_in_the_entry() -> None:
    """Round 14b (yanglao-shitang's word-onecol texts): the list's last entry wraps its imprint
    onto a line of its own ("…Bristol: Hillside" / "Press, 2019: 45-67."), a blank line after it,
    then the English title. The tail is the entry's, not the title's first line."""
    text = "\n".join([
        "社区养老食堂可持续运营的影响因素研究", "柏若兰1，钟铭远2", "摘要：社区养老食堂是解决老年人就餐难的重要方式。",
        "关键词：养老食堂；可持续运营", "1 引言", "社区养老食堂是解决老年人就餐难的重要方式[1]。", "参考文献：",
        "[1] 柏若兰. 社区养老服务研究[M]. 北京: 社会科学出版社, 2020.",
        "[2] WILSON R. Eating together: community meals and social connection in later life[M]. Bristol: Hillside",
        "Press, 2019: 45-67.", "",
        "Factors Affecting the Sustainable Operation of Community Canteens for", "Older People in Cities",
        "BAI Ruolan, ZHONG Mingyuan", "Abstract: Community canteens are an important way of helping older people.",
        "Key words: community canteens; sustainable operation", "",
    ])
    article = read_text(text)
    assert article.meta.en_title == "Factors Affecting the Sustainable Operation of Community Canteens for Older People in Cities"
    assert article.references[-1].text.endswith("Bristol: Hillside Press, 2019: 45-67.")


def test_the_imprint_tail_after_the_lists_block_goes_back_to_its_entry() -> None:
    """The same in the corpus's text itself (pdftotext's, the English block after the list)."""
    corpus = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "yanglao-shitang"
    article = read_text((corpus / "word-onecol.pdftotext.txt").read_text(encoding="utf-8"))
    assert article.meta.en_title.startswith("Factors Affecting the Sustainable Operation")
    assert article.references[-1].text.endswith("Press, 2019: 45-67.")
