"""Issue 11: a journal article's first page, running headers, run-in leads, numbering schemes, columns."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.importer.helpers import make_project
from wenxian.cli import main
from wenxian.importer import read_article
from wenxian.model import Heading, Paragraph
from wenxian.myst_writer import front_matter

# One page break (form feed); odd pages carry "authors：title", even pages the
# journal line; the page numbers change.
ARTICLE = """区域治理评论
2023 年 9 月　第 8 卷第 3 期
乡村数字治理中的数据共享机制研究——基于三个
县域试点的比较分析
王晓峰1 ，陈雨桐1,2 ，刘建国2
（1. 华中农业科学院公共管理学院，武汉 430070；2. 江汉区域发展研究中心，武汉
430072）
摘 要：数据共享是乡村数字治理的基础环节。
关键词：数字治理；数据共享
中图分类号：D63　　文献标志码：A　　文章编号：1000-1234(2023)03-0045-09
DOI：10.12345/qyzl.2023.03.006
Data Sharing Mechanisms in Rural Digital
Governance: A Comparison of Three County Pilots
WANG Xiaofeng, CHEN Yutong, LIU Jianguo
Abstract: Data sharing is the foundation of rural digital governance.
Key words: digital governance; data sharing
1 问题的提出
近年来，数字技术加速向乡村延伸，各地纷纷建设乡村治理数字平台。
平台建设的初衷在于打通部门之间的数据壁垒，让群众少跑腿、让数据多
跑路[1]。然而在实际运行中，许多平台仍停留在信息展示层面，部门数据
难以互通。
1. 数据标准不一：各部门在长期的业务实践中形成了各自的数据口
径，数据汇聚之后需要大量人工比对才能使用。
收稿日期：2023-03-12
作者简介：王晓峰（1985—），男，湖北荆州人，副教授。
·45 ·
\f区域治理评论　2023 年 9 月　第 8 卷第 3 期
2 路径
针对上述障碍，需要从制度、场景和能力三个层面协同发力[2]。
·46 ·
\f王晓峰，陈雨桐，刘建国：乡村数字治理中的数据共享机制研究
2.1 统一目录
县级层面应当编制统一的数据资源目录，逐项明确数据的来源部门。
·47 ·
\f区域治理评论　2023 年 9 月　第 8 卷第 3 期
参考文献
[1] 周明. 数字乡村建设的实践逻辑[J]. 农村经济, 2021(5): 12-19.
[2] 李晓. 政务数据平台的技术架构研究[J]. 电子政务, 2020(8): 33-41.
·48 ·
"""


def article():
    return read_article(ARTICLE.encode(), file="a.txt")


def test_first_page_head() -> None:
    meta = article().meta
    assert meta.title == "乡村数字治理中的数据共享机制研究——基于三个县域试点的比较分析"
    assert meta.authors == ["王晓峰", "陈雨桐", "刘建国"]
    assert meta.author_affiliations == [[1], [1, 2], [2]]
    assert meta.affiliations == ["华中农业科学院公共管理学院，武汉 430070", "江汉区域发展研究中心，武汉430072"]
    assert {k: meta.journal[k] for k in ("name", "year", "volume", "issue")} == {
        "name": "区域治理评论", "year": "2023", "volume": "8", "issue": "3"
    }
    assert meta.journal["doi"] == "10.12345/qyzl.2023.03.006"  # not glued to the English title
    assert meta.journal["received"] == "2023-03-12"
    assert meta.en_title == "Data Sharing Mechanisms in Rural Digital Governance: A Comparison of Three County Pilots"
    assert meta.en_authors == ["WANG Xiaofeng", "CHEN Yutong", "LIU Jianguo"]


def test_front_matter_keys_as_agreed() -> None:
    data = front_matter(article().meta)
    assert data["authors"][1] == {"name": "陈雨桐", "affiliations": [1, 2]}
    assert data["affiliations"][0].startswith("华中农业科学院")
    assert data["journal"]["name"] == "区域治理评论" and data["journal"]["volume"] == "8"


def test_running_headers_footnotes_and_page_numbers_leave_the_body() -> None:
    art = article()
    body = "".join(b.text if isinstance(b, Heading) else b.plain_text() for b in art.blocks)
    for leak in ("区域治理评论", "王晓峰，陈雨桐", "收稿日期", "作者简介", "·4"):
        assert leak not in body, leak
    assert [c.raw for c in art.citations()] == ["[1]", "[2]"]


def test_numbering_scheme_and_run_in_lead() -> None:
    art = article()
    assert [(h.level, h.text) for h in art.headings()] == [(1, "1 问题的提出"), (1, "2 路径"), (2, "2.1 统一目录")]
    paras = [b for b in art.blocks if isinstance(b, Paragraph)]
    # "近年来…平台。" ends a sentence at a line end, but the next line is as wide: no break.
    assert [p.plain_text()[:6] for p in paras] == ["近年来，数字", "1. 数据标", "针对上述障碍", "县级层面应当"]
    lead = paras[1]
    assert lead.lead == "1. 数据标准不一：" and lead.plain_text().endswith("才能使用。")


def test_bold_lead_and_explain(tmp_path: Path, capsys) -> None:
    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "a.txt"
    raw.write_bytes(ARTICLE.encode())
    assert main(["import", str(raw), "--project", str(tmp_path), "--explain"]) == 0
    text = (tmp_path / "source" / "a.md").read_text(encoding="utf-8")
    assert "**1\\. 数据标准不一**：各部门" in text  # the colon outside: CommonMark closes ** before 各
    assert yaml.safe_load(text.split("---\n")[1])["title"].startswith("乡村数字治理")
    err = capsys.readouterr().err
    assert "page furniture? yes" in err and "journal_words" in err
    assert "paragraph break? no" in err and "next_line_full" in err


def test_two_columns_side_by_side_are_read_column_by_column() -> None:
    left = ["　　第一段开头的文字写在左栏", "里，一直写到左栏的末尾为止", "才算完成了这一段。", "　　第二段也在左栏。", "　　第五段也在左栏。"]
    right = ["　　第三段在右栏的开头，右栏", "继续写下去，直到右栏的末尾", "才结束。", "　　第四段在右栏。", "　　第六段在右栏。"]
    text = "\n".join(f"{a:<24}      {b}" for a, b in zip(left, right)) + "\n"
    art = read_article(text.encode())
    assert [b.plain_text() for b in art.blocks] == [
        "第一段开头的文字写在左栏里，一直写到左栏的末尾为止才算完成了这一段。", "第二段也在左栏。", "第五段也在左栏。",
        "第三段在右栏的开头，右栏继续写下去，直到右栏的末尾才结束。", "第四段在右栏。", "第六段在右栏。",
    ]


def test_doi_glued_to_the_last_keyword_is_a_field() -> None:
    art = read_article("摘要：这是摘要。\n关键词：数字治理；数据共享；乡村振兴 [DOI] 10.1234/abc.2023\n　　正文。\n".encode())
    assert art.meta.keywords == ["数字治理", "数据共享", "乡村振兴"]
    assert art.meta.journal == {"doi": "10.1234/abc.2023"}


def test_title_and_author_options_still_win() -> None:
    from wenxian.importer import ImportOptions

    art = read_article(ARTICLE.encode(), options=ImportOptions(title="给定题名", authors=("甲", "乙", "丙")))
    assert art.meta.title == "给定题名" and art.meta.authors == ["甲", "乙", "丙"]
    assert art.meta.author_affiliations == []
    assert front_matter(art.meta)["authors"] == ["甲", "乙", "丙"]


def test_a_heading_the_numbering_vouches_for() -> None:
    # "（二）…？" ends like a sentence, but stands next in the sequence (一)→(二)→(三).
    text = "一、引言\n　　正文第一段。\n（一）第一个问题\n　　正文。\n（二）如何破解人才流动的体制障碍？\n　　正文第三段。\n（三）第三个问题\n　　正文。\n"
    art = read_article(text.encode())
    assert [(h.level, h.text) for h in art.headings()] == [
        (1, "一、引言"), (2, "（一）第一个问题"), (2, "（二）如何破解人才流动的体制障碍？"), (2, "（三）第三个问题")
    ]
    # Out of sequence it stays a paragraph.
    alone = read_article("一、引言\n　　正文第一段。\n（三）如何破解人才流动的体制障碍？\n　　正文。\n".encode())
    assert [h.text for h in alone.headings()] == ["一、引言"]


def test_traditional_labels_are_known() -> None:
    """A journal printed in Taiwan labels its fields in Traditional characters."""
    from wenxian.importer import read_text

    text = (
        "　　摘要：本文研究數位治理。\n"
        "　　關鍵詞：數位治理；資料共享\n"
        "　　基金項目：國家科學及技術委員會計畫（112-2410-H-000-001）\n"
        "　　中圖分類號：D63\n"
        "　　一、前言\n"
        "　　數位治理已成為重要議題[1]。\n"
        "參考文獻\n"
        "[1] 王明. 數位治理研究[J]. 公共行政學報, 2023(1): 1-10.\n"
    )
    article = read_text(text)
    assert article.meta.keywords == ["數位治理", "資料共享"]
    assert article.meta.journal["funding"].startswith("國家科學及技術委員會計畫")
    assert article.meta.journal["clc"] == "D63"
    assert len(article.references) == 1 and article.references[0].text.startswith("王明")


def test_a_letter_spaced_footnote_label_is_a_field_and_leaves_the_paragraph() -> None:
    """A footnote label the typesetter spread over the line ("基 金 项 目：") opens its
    field like "基金项目：" does: the paragraph it interrupted runs on after it."""
    text = (
        "摘要：这是摘要。\n"
        "关键词：流域治理；生态补偿\n"
        "一、引言\n"
        "自首个跨省流域补偿试点启动以来，各地陆续签订了多轮补偿协议，积\n"
        "累了不少经验。但也有研究指出，部分协议到期后续签困难，补偿关\n"
        "收稿日期：2022-05-20\n"
        "基 金 项 目： 国 家 社 会 科 学 基 金 青 年 项 目 “流 域 生 态 补 偿 的 府 际 协 商 机 制 研\n"
        "究”\n"
        "（21CZZ045）\n"
        "78\n"
        "\f系难以稳定延续。补偿机制为何时而顺畅、时而停滞，仍需要结合具体案\n"
        "例加以分析。\n"
    )
    art = read_article(text.encode())
    assert art.meta.journal["funding"] == "国家社会科学基金青年项目“流域生态补偿的府际协商机制研究”（21CZZ045）"
    assert art.meta.journal["received"] == "2022-05-20"
    assert [p.plain_text()[-8:] for p in art.blocks if isinstance(p, Paragraph)] == ["仍需要结合具体案例加以分析。"[-8:]]


def test_an_english_title_whose_last_line_is_one_word_keeps_it() -> None:
    """"Basins" alone on the title's last line is no author's name run on from
    the line below: that line is an author line by itself."""
    text = (
        "摘要：横向生态补偿是协调上下游利益的重要制度安排。\n"
        "关键词：生态补偿；流域治理\n"
        "中图分类号：X321\n"
        "DOI：10.54321/stzl.2022.04.011\n"
        "\n"
        "The Operating Logic and Improvement of Horizontal\n"
        "Ecological Compensation in Inter-provincial River\n"
        "Basins\n"
        "ZHAO Qingyuan, MENG Shuyao\n"
        "Abstract: Horizontal ecological compensation coordinates the interests of regions.\n"
        "一、引言\n"
        "　　流域是一个完整的自然单元。\n"
    )
    meta = read_article(text.encode()).meta
    assert meta.en_title.endswith("Inter-provincial River Basins")
    assert meta.en_authors == ["ZHAO Qingyuan", "MENG Shuyao"]


def test_an_english_title_tail_that_reads_as_names_stays_in_the_title() -> None:
    """"Bridges and Its Ferry Crossings" reads as two names joined by "and"; the
    line below, with its surnames in capitals, is the author line."""
    text = (
        "摘要：山区桥梁的养护长期依靠县级财政。\n"
        "关键词：桥梁养护；山区县\n"
        "中图分类号：U445\n"
        "\n"
        "The Maintenance of Rural Highway Bridges in\n"
        "Mountain Counties and Its Ferry Crossings\n"
        "TANG Yunfei, LU Qiaoyan\n"
        "Abstract: The maintenance of bridges in mountain counties relies on county budgets.\n"
        "一、引言\n"
        "　　山区县的桥梁多建于上世纪。\n"
    )
    meta = read_article(text.encode()).meta
    assert meta.en_title == "The Maintenance of Rural Highway Bridges in Mountain Counties and Its Ferry Crossings"
    assert meta.en_authors == ["TANG Yunfei", "LU Qiaoyan"]


def test_a_pdfium_soft_hyphen_keeps_a_hyphen_the_text_uses_elsewhere() -> None:
    """pypdfium2 marks every hyphen that ended a printed line with U+FFFE, the
    word's own hyphen too: "inter-provincial" (as the title has it) stays whole,
    "com-pensation" is one word again."""
    from wenxian.importer.lines import split_lines

    text = "Ecological Compensation in Inter-provincial River Basins\nComparing two inter\ufffeprovincial pilots, com\ufffepensation standards\n"
    assert [line.text for line in split_lines(text).lines][1] == "Comparing two inter-provincial pilots, compensation standards"


def test_affiliations_given_before_the_author_line_are_read_as_such() -> None:
    """pdfminer on a two-column first page gives the wide affiliation block before the
    centred author line: the title, the authors and the affiliations are still found."""
    lines = ARTICLE.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("王晓峰"))
    swapped = "".join(lines[:at] + lines[at + 1 : at + 3] + [lines[at]] + lines[at + 3 :])
    meta = read_article(swapped.encode(), file="a.txt").meta
    assert meta.title == "乡村数字治理中的数据共享机制研究——基于三个县域试点的比较分析"
    assert meta.authors == ["王晓峰", "陈雨桐", "刘建国"]
    assert meta.author_affiliations == [[1], [1, 2], [2]]
    assert meta.affiliations == ["华中农业科学院公共管理学院，武汉 430070", "江汉区域发展研究中心，武汉430072"]


def test_a_wrapped_titles_tail_above_the_affiliations_is_no_author() -> None:
    """Round 15g (gaosu-chongdian, pdfminer): a one-author page whose title wraps onto a
    three-character tail ("营优化", which reads as a lone name), with the affiliation block
    given before the marked author line: the tail stays in the title, the author is found."""
    text = ("高速公路服务区电动汽车充电设施的供需匹配与运\n营优化\n"
            "（1. 沅川交通大学交通运输与物流学院，沅州 550172；2. 沅川省交通运输科学研\n"
            "究院智慧交通研究所，沅州 550031）\n顾清源1,2\n"
            "摘要：高速公路服务区充电设施是电动汽车跨城出行的关键保障。\n关键词：充电设施；排队模型\n"
            "一、引言\n电动汽车的跨城出行离不开高速公路服务区的充电设施。\n")
    meta = read_article(text.encode(), file="a.txt").meta
    assert meta.title == "高速公路服务区电动汽车充电设施的供需匹配与运营优化"
    assert meta.authors == ["顾清源"] and meta.author_affiliations == [[1, 2]]
    assert len(meta.affiliations) == 2


SPACED_NAMES = """社区老年助餐服务的可持续运营：
基于三个城市的比较研究
周晓岚1，邓  拓2，韩雪梅1,3
（1. 江南师范大学 公共管理学院，江苏 南京 210023；2. 临江市民政局 养老服务处，浙江 临江
317000；3. 江南师范大学 社会治理研究中心，江苏 南京 210023）
摘  要：社区老年助餐服务是居家养老服务体系的重要组成部分。
关键词：老年助餐；居家养老
Sustainable Operation of Community Meal Services for the Elderly:
A Comparative Study of Three Cities
ZHOU Xiaolan1, DENG Tuo2, HAN Xuemei1,3
Abstract: Community meal services are an important part of home-based elderly care.
Key words: meal services for the elderly; home-based care
一、问题的提出
人口老龄化程度的持续加深，使老年人的就餐问题日益成为社区治理的重要议题。
"""


def test_a_two_character_name_letter_spaced_is_one_author() -> None:
    """Journals space a two-character name to the width of three ("邓  拓"); the author
    line is still the author line, not the end of the title. An English name with two
    affiliation marks ("HAN Xuemei1,3") is still a name."""
    meta = read_article(SPACED_NAMES.encode(), file="a.txt").meta
    assert meta.title == "社区老年助餐服务的可持续运营：基于三个城市的比较研究"
    assert meta.authors == ["周晓岚", "邓拓", "韩雪梅"]
    assert meta.author_affiliations == [[1], [2], [1, 3]]
    assert len(meta.affiliations) == 3
    assert meta.en_title == "Sustainable Operation of Community Meal Services for the Elderly: A Comparative Study of Three Cities"
    assert meta.en_authors == ["ZHOU Xiaolan", "DENG Tuo", "HAN Xuemei"]


def test_the_journal_name_in_a_cell_of_a_laid_out_header() -> None:
    """pdftotext -layout keeps the first page's header spread over the line: the journal's
    name stands between the volume and the English volume, not at the line's start."""
    header = ("第 12 卷第 4 期                        社区治理评论                            Vol.12 No.4\n"
              "2025 年 8 月                     Community Governance Review                    Aug. 2025\n\n")
    meta = read_article((header + SPACED_NAMES).encode(), file="a.txt").meta
    assert meta.journal["name"] == "社区治理评论"
    assert (meta.journal["volume"], meta.journal["issue"], meta.journal["year"]) == ("12", "4", "2025")
    assert meta.authors == ["周晓岚", "邓拓", "韩雪梅"]


def test_pages_from_the_article_number_only_when_it_agrees() -> None:
    """文章编号 (CAJ-CD B/T 1): ISSN (year) issue - first page - number of pages. It gives
    the pages when the text printed none; a number that disagrees with the printed year
    or issue gives nothing, and pages printed are never replaced."""
    def journal(top: str, number: str) -> dict[str, str]:
        text = top + SPACED_NAMES.replace("居家养老\n", f"居家养老\n文章编号：{number}\n", 1)
        return read_article(text.encode(), file="a.txt").meta.journal

    top = "社区治理评论\n2025 年 8 月　第 12 卷第 4 期\n"
    assert journal(top, "1009-0000（2025）04-0031-08")["pages"] == "31-38"
    assert "pages" not in journal(top.replace("第 4 期", "第 5 期"), "1009-0000（2025）04-0031-08")
    assert "pages" not in journal(top, "1009-0000（2024）04-0031-08")
    assert journal("", "1009-000X(2025)04-0031-01")["pages"] == "31"


def test_letter_affiliation_marks_and_a_subtitle_on_its_own_line() -> None:
    """Economics journals mark affiliations with letters ("林书涵 a，贺  鹏 b", "（a. …；b. …）")
    and print the subtitle on a line of its own; pdfminer puts a blank line between boxes."""
    text = ("经济管理评论 2024年第6期\n\n数字普惠金融、创业活动与县域收入差距\n\n——来自中国县级面板数据的证据\n\n"
            "林书涵 a，贺  鹏 b,c\n\n（a. 东湖财经大学 金融学院，湖北 武汉 430073；b. 东湖财经大学 经济学院，"
            "湖北 武汉 430073；c. 江城大学 商学院，湖北 武汉 430074）\n\n"
            "【摘要】本文利用县级面板数据，考察数字普惠金融对县域城乡收入差距的影响。\n\n"
            "【关键词】数字普惠金融；创业；收入差距\n\n一、引言\n\n缩小城乡收入差距是实现共同富裕的关键环节。\n")
    meta = read_article(text.encode(), file="a.txt").meta
    assert meta.title == "数字普惠金融、创业活动与县域收入差距——来自中国县级面板数据的证据"
    assert meta.authors == ["林书涵", "贺鹏"] and meta.author_affiliations == [[1], [2, 3]]
    assert meta.affiliations == ["东湖财经大学金融学院，湖北武汉 430073", "东湖财经大学经济学院，湖北武汉 430073",
                                 "江城大学商学院，湖北武汉 430074"]


def test_a_doi_line_above_the_title_does_not_hide_the_title() -> None:
    text = ("第 45 卷 第 3 期                               水 资 源 保 护                           Vol. 45 No. 3\n"
            "2024 年 5 月                           WATER RESOURCES PROTECTION                     May 2024\n"
            "DOI：10.3880/j.issn.1004-6933.2024.03.012\n\n"
            "基于遥感的平原河网水体面积变化监测\n方  宁1，朱立言2\n"
            "（1. 江淮水利科学研究院，安徽 合肥 230088；2. 皖南大学 资源与环境学院，安徽 芜湖 241002）\n"
            "摘要：平原河网地区水体面积变化频繁。\n关键词：遥感；水体提取\n1 引言\n平原河网是我国东部地区重要的水资源载体。\n")
    meta = read_article(text.encode(), file="a.txt").meta
    assert meta.title == "基于遥感的平原河网水体面积变化监测"
    assert meta.authors == ["方宁", "朱立言"] and len(meta.affiliations) == 2
    assert meta.journal["doi"] == "10.3880/j.issn.1004-6933.2024.03.012"
    assert (meta.journal["name"], meta.journal["volume"], meta.journal["issue"]) == ("水资源保护", "45", "3")


def test_a_medical_journals_first_page() -> None:
    """Affiliations a line each with postcode and city first, the corresponding author marked
    "*", a structured abstract whose labels a space sets apart (中国全科医学 and the journals
    of its kind)."""
    text = ("社区高血压患者家庭血压监测依从性及其影响因素\n研究\n刘  畅1，孙雅琴2*\n"
            "1.100070 北京市，首都城南医科大学全科医学系\n2.100053 北京市，城南区社区卫生服务中心\n"
            "*通信作者：孙雅琴，主任医师；E-mail：sunyq@example.com\n"
            "【摘要】 背景 家庭血压监测有助于改善高血压的控制。目的 了解社区高血压患者家庭血压\n"
            "监测的依从性。方法 2023 年 3—6 月抽取 420 例高血压患者进行问卷调查。\n"
            "【关键词】 高血压；家庭血压监测\n1 对象与方法\n采用多阶段抽样方法抽取高血压患者。\n")
    meta = read_article(text.encode(), file="a.txt").meta
    assert meta.title == "社区高血压患者家庭血压监测依从性及其影响因素研究"
    assert meta.authors == ["刘畅", "孙雅琴"] and meta.author_affiliations == [[1], [2]]
    assert meta.affiliations == ["100070 北京市，首都城南医科大学全科医学系", "100053 北京市，城南区社区卫生服务中心"]
    assert meta.journal["corresponding"] == "孙雅琴，主任医师；E-mail：sunyq@example.com"
    assert meta.abstract == ("背景\u3000家庭血压监测有助于改善高血压的控制。目的\u3000了解社区高血压患者家庭血压监测的依从性。"
                             "方法\u30002023 年 3—6 月抽取 420 例高血压患者进行问卷调查。")


def test_the_pdf_readers_head_a_running_head_above_and_header_lines_joined() -> None:
    """What the PDF reader hands over from a first page: its running head ("方宁，等：title ·96·")
    above the journal's two header lines given as one, one block a line; then a letter-spaced
    name with its superscript mark after a space ("方 宁 1")."""
    head = ["方宁，等：基于遥感的平原河网水体面积变化监测 ·96·",
            "第 45 卷第 3 期 水资源保护 Vol. 45 No. 3 2024 年 5 月 WATER RESOURCES PROTECTION May 2024",
            "DOI：10.3880/j.issn.1004-6933.2024.03.012", "基于遥感的平原河网水体面积变化监测", "方 宁 1，朱立言 2",
            "（1. 江淮水利科学研究院，安徽合肥 230088；2. 皖南大学资源与环境学院，安徽芜湖 241002）",
            "摘要：平原河网地区水体面积变化频繁。", "关键词：遥感；水体提取"]
    meta = read_article("".join(f"\u3000\u3000{line}\n" for line in head).encode(), file="a.txt").meta
    assert meta.title == "基于遥感的平原河网水体面积变化监测"
    assert meta.authors == ["方宁", "朱立言"] and len(meta.affiliations) == 2
    j = meta.journal
    assert (j["name"], j["volume"], j["issue"], j["year"]) == ("水资源保护", "45", "3", "2024")


def test_the_last_references_page_range_on_its_own_line_is_no_part_of_the_english_title() -> None:
    """The English block after the references: the last entry runs on to a line of its own
    ("46(8): 92-99.", no Han character) just above the English title. It is the entry's tail
    (the entry stops after a comma), not the title's first line."""
    text = (
        "摘要：课后服务减轻了家庭负担。\n"
        "关键词：课后服务；县域学校\n"
        "一、引言\n"
        "　　课后服务是一项民生工程。\n"
        "参考文献\n"
        "[1] 钱某某. 城市小学课后服务的模式比较研究 [J]. 教育学报, 2023, 19(2):\n"
        "66-73.\n"
        "[2] 阮某某. 课后服务成本分担的国际经验与启示 [J]. 比较教育研究, 2024,\n"
        "46(8): 92-99.\n"
        "\n"
        "After-school Services in County Schools: Current\n"
        "Provision and Ways to Improve Quality\n"
        "SHU Yajing, CHENG Liyuan\n"
        "Abstract: After-school services lighten the burden on families.\n"
        "Key words: after-school services; county schools\n"
    )
    art = read_article(text.encode())
    assert art.meta.en_title == "After-school Services in County Schools: Current Provision and Ways to Improve Quality"
    assert art.references[-1].text.endswith("2024, 46(8): 92-99.")


def _title_repeated_as_running_head(second_line: str) -> str:
    """A text whose odd pages' running head is the article's title: its first page's copy is
    repeated on page 3, so it reads as furniture like the later one."""
    body = "".join(f"第{k}段正文，说明地方财政与企业投资之间的关系，并给出相应的分析和讨论。\n" for k in range(1, 9))
    return (
        "地方政府债务扩张与民营企业投资\n" + second_line
        + "（1. 某某大学 财政税务学院，湖北 武汉 430073）\n"
        "摘要：本文考察地方政府债务扩张对民营企业投资的影响。\n"
        "关键词：地方政府债务；企业投资\n"
        "一、引言\n" + body + "134\n\f管理世界 2023 年第 6 期\n" + body + "135\n\f"
        "地方政府债务扩张与民营企业投资\n" + body + "136\n"
    )


def test_a_title_the_running_head_repeats_is_the_title_on_its_first_page() -> None:
    # Its first page's copy was dropped as furniture with the others: the title read as its
    # subtitle alone ("——来自城投债发行的证据"), or not at all (the author line first).
    article = read_article(_title_repeated_as_running_head("——来自城投债发行的证据\n冯远航 1 宋嘉禾 1\n").encode())
    assert article.meta.title == "地方政府债务扩张与民营企业投资——来自城投债发行的证据"
    assert article.meta.authors == ["冯远航", "宋嘉禾"]
    article = read_article(_title_repeated_as_running_head("冯远航 1 宋嘉禾 1\n").encode())
    assert article.meta.title == "地方政府债务扩张与民营企业投资"
    # the later copy stays out of the body
    assert not any("民营企业投资" == b.plain_text() for b in article.blocks if isinstance(b, Paragraph))
