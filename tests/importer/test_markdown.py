"""Text an extractor saved as Markdown (MinerU and the like): the marks are not the article.

The fixture (tests/fixtures/import/mineru.md, written for this test in the shape MinerU gives)
has a YAML header, "#" titles, unnumbered "##" headings, superscripts as inline TeX
(``王丽华 $^{1}$``, ``增长 $^{[1]}$``), a bold heading, an image, a table as HTML and a page mark.
"""

from __future__ import annotations

from tests.importer.helpers import FIXTURES
from wenxian.importer import read_article
from wenxian.importer.markdown import is_markdown, plain_line
from wenxian.model import Heading, Paragraph


def _article():
    return read_article((FIXTURES / "mineru.md").read_bytes(), file="mineru.md")


def test_front_matter_is_read_without_the_marks() -> None:
    meta = _article().meta
    assert meta.title == "城市社区养老服务供给的协同机制研究"
    assert meta.authors == ["王丽华", "赵建民"]
    assert meta.author_affiliations == [[1], [1, 2]]
    assert meta.keywords == ["社区养老", "协同治理", "服务供给"]


def test_marked_headings_are_headings_and_the_rest_is_text() -> None:
    article = _article()
    assert [h.text for h in article.headings()] == ["引言", "研究发现", "（一）信息不对称"]
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("近年来") and "![" not in "".join(paragraphs)
    assert not [p for p in paragraphs if "<" in p or "$" in p or "人数" in p]  # no image, no table cells
    assert [item.number for cite in article.citations() for item in cite.items] == [1, 2, 3, 4]
    assert isinstance(article.blocks[0], Heading)


def test_superscripts_read_as_printed() -> None:
    assert plain_line("王丽华 $^{1}$ ，赵建民 $^{1,2}$") == "王丽华1 ，赵建民1,2"  # spaces: normalised later
    assert plain_line("增长 $^{[1]}$。") == "增长[1]。"
    assert plain_line("## 引言") == "引言"
    assert plain_line("本文以共享率 p_i _∈_ [0, 1] 衡量") == "本文以共享率 p_i ∈ [0, 1] 衡量"  # italic: its text
    assert plain_line("变量 snake_case_name 与 a_b") == "变量 snake_case_name 与 a_b"  # no italic
    assert plain_line("<html><body><table><tr><td>社区</td></tr></table></body></html>") == ""


def test_a_plain_text_with_a_hash_sign_is_not_markdown() -> None:
    lines = ["　　第#3号文件规定了标准。", "　　另一段，2^{10} 不是标记。"]
    assert not is_markdown("\n".join(lines))
    assert not is_markdown("## Page 1\n　　正文。\n## Page 2\n　　正文。")  # page marks alone
    assert is_markdown("# 题名\n\n## 引言\n")
    article = read_article("\n".join(lines).encode())
    assert article.blocks[0].plain_text() == "第#3号文件规定了标准。"


MARKDOWN_WITH_FORMULAS = """\
# 绿色信贷与企业创新

## 一、模型设定

借鉴已有做法，构建如下模型 $^{[1]}$：

$$
GI_{it} = \\alpha + \\beta Treat_i \\times Post_t + \\varepsilon_{it}
$$

其中，GI 为绿色专利申请数的自然对数，取值范围为 [0, 1]。

$$ Y = a + b X \\tag{2} $$

结果见下。

$$ 这一段以两个美元符号开头却没有结束，它是正文。

## 参考文献

[1] 王馨, 王营. 绿色信贷政策增进绿色创新研究[J]. 管理世界, 2021, 37(6): 173-188.
"""


def test_display_formulas_are_blocks_of_tex() -> None:
    from wenxian.model import Formula
    from wenxian.myst_writer import write_myst

    article = read_article(MARKDOWN_WITH_FORMULAS.encode(), file="f.md")
    kinds = [type(b).__name__ for b in article.blocks if not isinstance(b, Heading)]
    assert kinds == ["Paragraph", "Formula", "Paragraph", "Formula", "Paragraph", "Paragraph"]
    formulas = [b for b in article.blocks if isinstance(b, Formula)]
    assert formulas[0].tex == "GI_{it} = \\alpha + \\beta Treat_i \\times Post_t + \\varepsilon_{it}"
    assert formulas[0].line == 7
    assert formulas[1].tex == "Y = a + b X"  # the extractor's \tag (the equation's number) goes
    # "$$" never closed stays text; the citation before the formula is read, [0, 1] is no citation.
    assert article.blocks[-1].plain_text().startswith("$$ 这一段")
    assert [item.number for cite in article.citations() for item in cite.items] == [1]
    myst = write_myst(article, ["wang2021"], slug="f")
    assert "```{math}\nGI_{it} = \\alpha + \\beta Treat_i \\times Post_t + \\varepsilon_{it}\n```" in myst


def test_inline_formulas_are_math_and_their_brackets_no_citations() -> None:
    from wenxian.model import Citation, Math
    from wenxian.myst_writer import write_myst

    text = MARKDOWN_WITH_FORMULAS.replace(
        "其中，GI 为绿色专利申请数的自然对数，取值范围为 [0, 1]。",
        "其中，$p_i \\in [0, 1]$ 为企业 $i$ 的参保概率，$R^{2}$ 为 0.83，成本为 US$5 and $6。")
    article = read_article(text.encode(), file="f.md")
    para = next(b for b in article.blocks if isinstance(b, Paragraph) and "参保概率" in b.plain_text())
    assert [i.tex for i in para.inlines if isinstance(i, Math)] == ["p_i \\in [0, 1]", "i", "R^{2}"]
    assert not [i for i in para.inlines if isinstance(i, Citation)] and not article.notes  # [0, 1] is TeX
    assert para.plain_text().endswith("成本为 US$5 and $6。")  # dollars that are no formula stay text
    myst = write_myst(article, ["wang2021"], slug="f")
    assert "其中，{math}`p_i \\in [0, 1]` 为企业 {math}`i` 的参保概率，{math}`R^{2}` 为 0.83" in myst
    assert plain_line("增长 $^{[1]}$，$x^{2}$", []) == "增长[1]，\ue100\ue200\ue200"  # the formula is hidden


def test_marker_shapes_bullets_pipe_tables_and_html_superscripts(tmp_path) -> None:
    # Marker writes the list as bullets ("- [1] …"), tables as "| … |" rows, superscripts as
    # <sup>…</sup> and headings in bold (tests/fixtures/import/marker.md, written for this test).
    article = read_article((FIXTURES / "marker.md").read_bytes(), file="marker.md")
    assert article.meta.title == "城市更新中的社区参与机制研究" and article.meta.authors == ["陈晓明", "刘佳"]
    assert [r.number for r in article.references] == [1, 2, 3, 4]
    assert [item.number for cite in article.citations() for item in cite.items] == [1, 2, 3, 4]
    text = "".join(b.plain_text() for b in article.blocks if isinstance(b, Paragraph))
    assert "|" not in text and "街区" not in text and "span" not in text
    assert [h.text for h in article.headings()] == ["1 引言", "2 案例与方法"]


def test_tables_given_as_cells_are_kept_as_tables_under_their_captions() -> None:
    """Marker's "| … |" rows and MinerU's HTML are the table's cells: the table is written as a
    MyST list-table titled by its caption (above it or below it), not left out; a table with no
    caption beside it stands alone; merged cells leave empty ones where they span."""
    from wenxian.model import Caption
    from wenxian.myst_writer import write_myst

    marker = read_article((FIXTURES / "marker.md").read_bytes(), file="marker.md")
    (table,) = [b for b in marker.blocks if isinstance(b, Caption)]
    assert table.text == "表 1 案例基本情况" and table.kind == "table"
    assert table.rows == (("项目", "类型", "户数"), ("A 街区", "旧改", "320"), ("B 街区", "微更新", "145"))
    myst = write_myst(marker, [f"k{n}" for n in range(1, 5)], slug="marker")
    assert ("```{list-table} 表 1 案例基本情况\n:header-rows: 1\n:class: wenxian-table\n\n"
            "* - 项目\n  - 类型\n  - 户数\n* - A 街区\n") in myst
    assert "此处表未收录" not in myst

    # MinerU, no caption: the table stands where it was, between the heading and the paragraph
    mineru = read_article((FIXTURES / "mineru.md").read_bytes(), file="mineru.md")
    alone = [b for b in mineru.blocks if isinstance(b, Caption)]
    assert [(c.text, c.rows) for c in alone] == [("", (("社区", "人数"),))]
    k = mineru.blocks.index(alone[0])
    assert isinstance(mineru.blocks[k - 1], Heading) and mineru.blocks[k + 1].plain_text().startswith("社区掌握")
    assert "```{list-table}\n:class: wenxian-table\n\n* - 社区\n  - 人数\n```" in write_myst(mineru, [f"k{n}" for n in range(1, 5)], slug="m")

    # caption below the table; a cell spanning two columns and one spanning two rows
    text = MARKDOWN_WITH_FORMULAS.replace("结果见下。", (
        "结果见下。\n\n<table><tr><td rowspan=\"2\">地区</td><td colspan=\"2\">户数</td></tr>"
        "<tr><td>2020</td><td>2023</td></tr><tr><td>东部</td><td>12</td><td>15</td></tr></table>\n\n"
        "表2 各地区户数\n"))
    article = read_article(text.encode(), file="t.md")
    (below,) = [b for b in article.blocks if isinstance(b, Caption)]
    assert below.text == "表2 各地区户数"
    assert below.rows == (("地区", "户数", ""), ("", "2020", "2023"), ("东部", "12", "15"))


def test_a_number_written_as_a_formula_is_text() -> None:
    """MinerU writes numbers as inline TeX with spaced digits ("$5 2 . 1 \\%$"): they are the
    number as printed, joined to the Chinese around it; a formula with a letter stays one."""
    from wenxian.model import Math

    text = MARKDOWN_WITH_FORMULAS.replace(
        "其中，GI 为绿色专利申请数的自然对数，取值范围为 [0, 1]。",
        "其中，首诊率由 $5 2 . 1 \\%$ 上升至 $5 8 . 6 \\%$ （ $P < 0 . 0 5$ ），共 $1 , 2 0 0$ 人。")
    article = read_article(text.encode(), file="f.md")
    para = next(b for b in article.blocks if isinstance(b, Paragraph) and "首诊率" in b.plain_text())
    assert "首诊率由52.1%上升至58.6%" in para.plain_text() and "共1,200人" in para.plain_text()
    assert [i.tex for i in para.inlines if isinstance(i, Math)] == ["P < 0 . 0 5"]


def test_a_markdown_text_keeps_its_order_where_a_table_stands(tmp_path) -> None:
    """A MinerU text (tests/fixtures/import/mineru-tables.md, written for this test): a paragraph
    per line between blank lines, a display formula, an HTML table with merged cells and an
    image. Its blank lines are filler, but its lines are whole paragraphs, not a narrow gutter's
    column lines printed alternately: nothing is reordered (round 11f's runs once moved the
    paragraph after the formula behind the next section's)."""
    from wenxian.model import Caption, Formula

    article = read_article((FIXTURES / "mineru-tables.md").read_bytes(), file="mineru-tables.md")
    kinds = [type(b).__name__ for b in article.blocks]
    texts = [b.text if isinstance(b, (Heading, Caption)) else b.plain_text()[:6] if isinstance(b, Paragraph) else ""
             for b in article.blocks]
    at = texts.index("2.2 统计方法")
    assert kinds[at:at + 8] == ["Heading", "Paragraph", "Formula", "Paragraph", "Caption", "Heading", "Paragraph",
                                "Caption"]
    assert texts[at + 3].startswith("其中") and texts[at + 5] == "3 结果" and texts[at + 6].startswith("医共体建设后")
    assert isinstance(article.blocks[at + 2], Formula)
    table = article.blocks[at + 4]
    assert table.text == "表1 样本县基本情况" and table.rows[:2] == (("指标", "县别", ""), ("", "试点县", "非试点县"))


def test_a_plain_formula_in_the_abstract_is_its_text() -> None:
    """The abstract is a plain field (no formula is typeset there): MinerU's "（ $P < 0 . 0 5$ ）"
    is the "P<0.05" the PDF printed; a formula that needs typesetting keeps its TeX."""
    from wenxian.importer.markdown import formula_as_text

    article = read_article((FIXTURES / "mineru-tables.md").read_bytes(), file="mineru-tables.md")
    assert "（P<0.05）" in article.meta.abstract and "$" not in article.meta.abstract
    assert formula_as_text("Y _ { i t }") is None and formula_as_text("n = 1 2 0") == "n=120"


# PyMuPDF4LLM's Markdown (round 15f; written for this test in the shape it gives a journal's first
# page): the page's header lines before the "#" title, each block's printed lines run together with
# spaces, the key words' bold label run on after the abstract's last sentence, a paragraph cut in
# two blocks where the column ends ("…需要“积" / blank / "极培育…").
PYMUPDF4LLM = """\
2024 年 6 月 第 12 卷第 3 期 

城乡治理评论 

# 县域公共文化服务的数字化转型 研究 

周文静<sup>1</sup> ，马志远<sup>1,2</sup> 

（1. 南方师范大学公共管理学院，广州 510000；2. 南方城乡研究院，广州 510000） 

**摘 要：** 公共文化服务的数字化是县域治理的新课题。本文比较两个县的做法，发现平台分散、内容同质、使用率低是 主要问题，认为应以平台整合带动资源共享，以需求调查引导内容供给。 **关键词：** 公共文化服务；数字化转型；县域治理 

收稿日期：2024-03-18 

> 基金项目：南方省社会科学基金项目（24ZZ017） 

## 一、问题的提出 

近年来，县域公共文化服务加快向数字平台延伸，各地 纷纷建设数字文化馆、数字图书馆和线上展厅。然而在实际运行中，平台的使用率普遍不高，内容更新缓慢，需要“积 

极培育用户习惯，加快形成服务闭环”[1]。这是本文讨论的起点，也是县域公共文化服务数字化转型必须回答的问题。 

已有研究多从技术角度讨论平台建设 [2]，对服务供给的制度安排关注不足，对县域内部门之间的协同机制讨论更少，本文从这一空白入手展开分析。 

<!-- Start of picture text -->
使用率/%<br>46.2<br>18.5<br>甲县 乙县<br>县域<br><!-- End of picture text -->

##### 使用率 

#### **图 1 两个县数字文化平台的使用率** 

**Fig. 1 Usage rates of digital cultural platforms in the two** 

#### **counties** 

## 二、结论 

平台整合与资源共享需要协同推进，县级政府应当统筹文化、教育和宣传部门的数字资源，以用户需求为导向持续改进服务。 

### 参考文献 

- [1] 王明. 县域公共文化治理研究 [M]. 北京: 文化出版社, 2021. [2] 李华, 赵平. 数字文化馆的 建设路径 [J]. 图书馆论坛, 2022(3): 10-18. 
"""


def test_pymupdf4llm_head_lines_above_the_marked_title_are_the_journals() -> None:
    meta = read_article(PYMUPDF4LLM.encode(), file="p.md").meta
    assert meta.title == "县域公共文化服务的数字化转型研究"
    assert meta.journal.get("name") == "城乡治理评论" and meta.journal.get("year") == "2024"
    assert meta.authors == ["周文静", "马志远"] and meta.author_affiliations == [[1], [1, 2]]
    assert meta.journal.get("received") == "2024-03-18"
    assert meta.journal.get("funding") == "南方省社会科学基金项目（24ZZ017）"  # its block quote's mark is no text


def test_a_bold_label_run_on_after_a_sentence_is_a_field_of_its_own() -> None:
    from wenxian.importer.markdown import label_pieces

    assert label_pieces("…共享。 **关键词：** 公共文化服务") == ["…共享。", "**关键词：** 公共文化服务"]
    assert label_pieces("…productivity. **Key words:** reform") == ["…productivity.", "**Key words:** reform"]
    assert label_pieces("文中 **重点：** 不在句末之后") == ["文中 **重点：** 不在句末之后"]  # no sentence ends before it
    assert label_pieces("…机制。 **[关键词]** 快递进村") == ["…机制。", "**[关键词]** 快递进村"]
    assert label_pieces("**图 1 求助对象 Fig. 1 Whom they turned to** 注：可选择多个对象。") == [
        "**图 1 求助对象**", "**Fig. 1 Whom they turned to**", "注：可选择多个对象。"]  # its twin, its note
    meta = read_article(PYMUPDF4LLM.encode(), file="p.md").meta
    assert meta.keywords == ["公共文化服务", "数字化转型", "县域治理"]
    assert meta.abstract.endswith("以需求调查引导内容供给。")


def test_a_block_cut_inside_a_word_is_no_paragraph_break() -> None:
    article = read_article(PYMUPDF4LLM.encode(), file="p.md")
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].startswith("近年来") and paragraphs[0].endswith("必须回答的问题。")
    assert "需要“积极培育用户习惯" in paragraphs[0]
    assert len(paragraphs) == 3 and paragraphs[1].startswith("已有研究")


def test_a_pictures_words_in_comments_are_no_text_and_a_marked_caption_no_heading() -> None:
    article = read_article(PYMUPDF4LLM.encode(), file="p.md")
    assert [h.text for h in article.headings()] == ["一、问题的提出", "二、结论"]
    body = " ".join(b.plain_text() for b in article.blocks if isinstance(b, Paragraph))
    assert "46.2" not in body and "使用率/%" not in body and "<!--" not in body and "counties" not in body
    from wenxian.importer.lines import split_lines

    assert not [line for line in split_lines(PYMUPDF4LLM).lines if "46.2" in line.text or "<!--" in line.text]


def test_a_reference_entry_run_on_into_the_one_before_is_an_entry_of_its_own() -> None:
    from wenxian.importer.markdown import entry_pieces

    line = "[1] 王明. 县域治理 [M]. 北京: 文化出版社, 2021. [2] 李华. 路径 [J]. 图书馆论坛, 2022(3): 10-18."
    assert entry_pieces(line) == ["[1] 王明. 县域治理 [M]. 北京: 文化出版社, 2021.", "[2] 李华. 路径 [J]. 图书馆论坛, 2022(3): 10-18."]
    assert entry_pieces("平台建设 [2]，对服务供给。 [3] 指出的问题") == ["平台建设 [2]，对服务供给。 [3] 指出的问题"]  # no entry after it
    article = read_article(PYMUPDF4LLM.encode(), file="p.md")
    assert [(r.number, r.text[:5]) for r in article.references] == [(1, "王明. 县"), (2, "李华, 赵")]
    assert [item.number for cite in article.citations() for item in cite.items] == [1, 2]


def test_a_block_cut_after_a_latin_word_goes_on_after_the_blank() -> None:
    """MinerU ends a text block where the page or column does, also after a Latin word: the blank line
    after ``…以及 Esping-Andersen 和 Billari`` is no paragraph's end when nothing ends there, and the
    citation ``（2015）`` on the next block is the same sentence's (authoryear part sealed6, written
    again here)."""
    more = "，这一判断在不同国家的比较研究中得到了反复检验，其解释力也随着社会政策的变化而有所不同"
    paras = ["解释生育意愿与行为偏离的理论大致有三类" + more + "。第一类是数量与质量权衡理论" + more + "。",
             "第二类是性别公平理论" + more + "。Goldin（2014）、Brinton 和 Lee（2016）以及 Esping-Andersen 和 Billari",
             "（2015）从不同角度发展了这一判断" + more + "。",
             "第三类是计划行为理论，它认为意愿能否转化为行为取决于个体的控制感与主观规范" + more + "。"]
    raw = ("# 城市青年生育意愿与行为的偏离\n\n沈嘉禾 $^{1}$ 陆明远 $^{2}$\n\n内容提要：文章利用调查数据分析城市青年的生育意愿。\n\n"
           "关键词：生育意愿 生育行为\n\n# 一、问题的提出\n\n" + "\n\n".join(paras[:1] + paras[3:])
           + "\n\n# 二、文献回顾\n\n" + "\n\n".join(paras) + "\n")
    article = read_article(raw.encode("utf-8"), file="cut.md")
    texts = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert len(texts) == 5
    assert texts[3].startswith("第二类") and "Billari（2015）从不同角度" in texts[3]
