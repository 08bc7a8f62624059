"""A raw text with its own reference list (参考文献) needs no --bib.

Each entry is read (GB/T 7714 or another style); works new to the project's
refs.bib are appended to it (the old text kept byte for byte), works it
already has keep their keys, and an entry that cannot be read is kept as
printed, with a review note.
"""

from __future__ import annotations

import re
from pathlib import Path

from pybtex.database import parse_file

from tests.importer.helpers import FIXTURES, make_project
from wenxian.cli import main
from wenxian.importer import read_text

OLD_BIB = "% the project's references\n\n@book{kept,\n  title = {别的书},\n  year = {2000},\n}\n"


def _import(root: Path, text: str, name: str) -> int:
    raw = root / "source" / "raw" / f"{name}.txt"
    raw.write_text(text, encoding="utf-8")
    return main(["import", str(raw), "--project", str(root)])


def _cited_keys(md: Path) -> list[str]:
    return re.findall(r"\{cite:p\}`([^`{]+)", md.read_text(encoding="utf-8"))


def test_own_list_is_appended_to_refs_bib(tmp_path: Path, capsys) -> None:
    make_project(tmp_path)
    (tmp_path / "refs.bib").write_text(OLD_BIB, encoding="utf-8")
    status = _import(tmp_path, (FIXTURES / "references.txt").read_text(encoding="utf-8"), "first")
    assert status == 0, capsys.readouterr().err
    text = (tmp_path / "refs.bib").read_text(encoding="utf-8")
    assert text.startswith(OLD_BIB)
    entries = parse_file(str(tmp_path / "refs.bib")).entries
    added = list(entries)[1:]
    assert len(added) == 2
    assert entries[added[0]].type == "article"
    assert str(entries[added[0]].fields["journal"]) == "求是"
    assert entries[added[1]].fields["title"].startswith("中共中央关于进一步全面深化改革")
    assert _cited_keys(tmp_path / "source" / "first.md") == added
    assert "added to" in capsys.readouterr().out


def test_second_article_reuses_known_works(tmp_path: Path) -> None:
    make_project(tmp_path)
    raw = (FIXTURES / "references.txt").read_text(encoding="utf-8")
    assert _import(tmp_path, raw, "first") == 0
    bib_after_first = (tmp_path / "refs.bib").read_bytes()
    # The same two works, listed in the other order (and wrapped differently),
    # with the text's numbers swapped to match: the same works are cited.
    lines = raw.splitlines()
    second = "\n".join(
        [lines[0].replace("[1]", "[9]").replace("[2]", "[1]").replace("[9]", "[2]"), lines[1],
         "[1] " + lines[4][4:], "[2] " + lines[2][4:] + lines[3]]
    ) + "\n"
    assert _import(tmp_path, second, "second") == 0
    assert (tmp_path / "refs.bib").read_bytes() == bib_after_first
    first_keys = _cited_keys(tmp_path / "source" / "first.md")
    assert _cited_keys(tmp_path / "source" / "second.md") == first_keys


def test_unreadable_reference_line_is_kept_as_printed_for_review(tmp_path: Path, capsys) -> None:
    make_project(tmp_path)
    (tmp_path / "refs.bib").write_text(OLD_BIB, encoding="utf-8")
    raw = "正文引用[1]。\n参考文献：\n[1] 这一行不是参考文献著录格式, 2019\n"
    assert _import(tmp_path, raw, "bad") == 0
    err = capsys.readouterr().err
    assert re.search(r"bad\.txt:3: warning: reference \[1\] \(\w+\): not read as GB/T 7714", err)
    assert "Traceback" not in err
    bib = (tmp_path / "refs.bib").read_text(encoding="utf-8")
    assert bib.startswith(OLD_BIB)
    assert "verbatim = {这一行不是参考文献著录格式, 2019}" in bib.replace("  ", " ")
    assert "review" in bib and "year" in bib
    key = re.search(r"@misc\{(\w+),", bib).group(1)
    assert _cited_keys(tmp_path / "source" / "bad.md") == [key]
    main(["check", "--project", str(tmp_path)])  # `wenxian check` lists it until it is typed
    assert re.search(rf"entry '{key}' needs review: not read as GB/T 7714", capsys.readouterr().out)


def test_labels_out_of_sequence_are_reported_and_linked_by_place(tmp_path: Path, capsys) -> None:
    make_project(tmp_path)
    raw = (FIXTURES / "references.txt").read_text(encoding="utf-8").replace("[2] 中共", "[3] 中共")
    assert _import(tmp_path, raw, "gap") == 0
    err = capsys.readouterr().err
    assert "gap.txt:5: warning: the reference list's entry [3] stands in place 2" in err
    assert "citation [2] is linked to it" in err
    keys = list(parse_file(str(tmp_path / "refs.bib")).entries)
    assert _cited_keys(tmp_path / "source" / "gap.md") == keys


def test_a_text_that_cites_without_a_list_is_imported_with_its_citations_as_text(
    tmp_path: Path, capsys
) -> None:
    make_project(tmp_path)
    raw = "一、引言\n\n　　习近平总书记强调“发展新质生产力”[1]，并指出方向[2]11。\n"
    assert _import(tmp_path, raw, "nolist") == 0
    err = capsys.readouterr().err
    assert "nolist.txt:3: warning: [1] is kept as text: the text cites works but has no reference list" in err
    assert "nolist.txt:3: warning: [2]11 is kept as text" in err
    assert "hint: pass --bib FILE" in err
    md = (tmp_path / "source" / "nolist.md").read_text(encoding="utf-8")
    assert "{cite:" not in md and "bibliography" not in md
    assert "新质生产力”\\[1\\]" in md or "新质生产力”[1]" in md
    assert not (tmp_path / "refs.bib").exists() or "@" not in (tmp_path / "refs.bib").read_text()


def test_a_bib_shorter_than_the_numbering_links_what_it_has(tmp_path: Path, capsys) -> None:
    make_project(tmp_path)
    bib = tmp_path / "one.bib"
    bib.write_text("@book{only,\n  title = {唯一},\n  year = {2024},\n}\n", encoding="utf-8")
    raw = tmp_path / "source" / "raw" / "short.txt"
    raw.write_text("　　第一处[1]，第二处[2]。\n", encoding="utf-8")
    assert main(["import", str(raw), "--bib", str(bib), "--project", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "short.txt:1: warning: [2] is kept as text: one.bib has 1 entries, not 2" in err
    assert _cited_keys(tmp_path / "source" / "short.md") == ["only"]


def test_a_listed_work_the_text_never_cites_is_printed_and_reported(tmp_path, capsys) -> None:
    # The article's list is printed whole, as the article printed it: an entry no citation links
    # to (a work listed only, or a mark the importer could not read) is named in the
    # bibliography directive, and reported. A --bib file's other entries are not.
    from tests.importer.helpers import make_project
    from wenxian.cli import main

    root = make_project(tmp_path)
    raw = root / "source" / "raw" / "uncited.txt"
    raw.write_text(
        "一、引言\n　　已有研究讨论了这一问题[1]，也有研究给出了不同的解释[2]。\n参考文献\n"
        "[1] 阳建强. 城市更新的新趋势[J]. 城市规划, 2018, 42(1): 1-8.\n"
        "[2] 何艳玲. 社区参与与城市治理[J]. 公共管理学报, 2019, 16(2): 20-30.\n"
        "[3] 王丰龙. 城市更新中的居民意愿[J]. 地理研究, 2020, 39(5): 1100-1112.\n", encoding="utf-8")
    assert main(["import", str(raw), "--project", str(root)]) == 0
    md = (root / "source" / "uncited.md").read_text(encoding="utf-8")
    assert md.endswith("```{bibliography}\n:filter: docname in docnames\nwang2020chengshi\n```\n")
    err = capsys.readouterr().err
    assert "uncited.txt:6: warning: the list's entry [3] (wang2020chengshi) is cited nowhere" in err
    raw.write_text(raw.read_text(encoding="utf-8").replace("[2]。", "[2-3]。"), encoding="utf-8")
    assert main(["import", str(raw), "--project", str(root), "--force"]) == 0
    md = (root / "source" / "uncited.md").read_text(encoding="utf-8")
    assert md.endswith("```{bibliography}\n:filter: docname in docnames\n```\n")
    assert "cited nowhere" not in capsys.readouterr().err


def test_works_of_another_bib_file_come_into_the_projects_refs_bib(tmp_path: Path, capsys) -> None:
    """`--bib zotero.bib` (not the project's refs.bib): the works cited come into refs.bib, so the
    site finds them; a work refs.bib has keeps its key there, and a key naming another work there
    gets a letter."""
    from wenxian.bibfile import read_bib

    root = make_project(tmp_path)
    (root / "refs.bib").write_text(
        "@article{wang2019,\n  author = {王芳},\n  title = {另一项研究},\n  year = {2019},\n}\n\n"
        "@book{old_key,\n  author = {Piketty, Thomas},\n  title = {Capital in the {Twenty-First} Century},\n"
        "  year = {2014},\n}\n", encoding="utf-8")
    (tmp_path / "zotero.bib").write_text(
        "@article{张三2020,\n  author = {张三 and 李四},\n  title = {数字经济对就业结构的影响研究},\n"
        "  journal = {中国工业经济},\n  year = {2020},\n}\n\n"
        "@book{piketty_capital_2014,\n  author = {Piketty, Thomas},\n"
        "  title = {Capital in the Twenty-First Century},\n  year = {2014},\n}\n\n"
        "@phdthesis{wang2019,\n  author = {王五},\n  title = {平台经济的反垄断规制研究},\n  school = {北京大学},\n"
        "  year = {2019},\n}\n", encoding="utf-8")
    raw = root / "source" / "raw" / "t.txt"
    raw.write_text("数字经济与就业\n一、引言\n数字经济改变了就业结构[1]，资本的回报率高于增长率[2]。"
                   "平台经济的规制问题也受到关注[3]。\n", encoding="utf-8")
    assert main(["import", str(raw), "--bib", str(tmp_path / "zotero.bib"), "--project", str(root)]) == 0
    md = (root / "source" / "t.md").read_text(encoding="utf-8")
    assert "{cite:p}`张三2020`" in md and "{cite:p}`old_key`" in md and "{cite:p}`wang2019a`" in md
    entries = read_bib(root / "refs.bib").entries
    assert list(entries.keys()) == ["wang2019", "old_key", "张三2020", "wang2019a"]
    assert entries["wang2019a"].fields["school"] == "北京大学"
    assert "added to" in capsys.readouterr().out
    # importing again adds nothing
    assert main(["import", str(raw), "--bib", str(tmp_path / "zotero.bib"), "--project", str(root), "--force"]) == 0
    assert len(read_bib(root / "refs.bib").entries) == 4


def test_a_doi_line_in_the_last_entrys_block_is_that_entrys_not_the_articles() -> None:
    """A one-page article: the list's last entry wraps its DOI onto a line of its own, then the
    page's footnote (收稿日期 …) follows. The DOI is the entry's; the article has none. A DOI set
    apart from the list by a blank line stays the article's."""
    from wenxian.importer import read_text

    head = "题名\n张三\n摘要：本文讨论。\n关键词：甲；乙\n一、引言\n正文引用[1]。\n参考文献：\n"
    entry = ("[1] Chen Y, Li X. Operation of small reservoirs[J]. Water Policy, 2021, 23(4): 912-928.\n")
    foot = "\n收稿日期：2023-11-02\n\n作者简介：张三（1978—），男，工程师。\n"
    glued = read_text(head + entry + "DOI: 10.2166/wp.2021.101.\n" + foot)
    assert "doi" not in glued.meta.journal
    assert glued.references[-1].text.endswith("DOI: 10.2166/wp.2021.101.")
    apart = read_text(head + entry + "\nDOI: 10.2166/wp.2021.101.\n" + foot)
    assert apart.meta.journal.get("doi", "").startswith("10.2166/wp.2021.101")
    assert apart.references[-1].text.endswith("912-928.")

def test_a_doi_label_apart_from_its_value_keeps_the_list_going() -> None:
    """Round 11a (pdfminer's two-column texts of shiyanshi-anquan and chengshi-neilao): a justified
    Latin entry comes in pieces, its "DOI:" label on a line of its own before a piece of the entry
    and the value ("DOI:" / "demic Safety, 2022, 4(1):" / "10.63417/…" / "[3] …"). The label was
    taken for the article's DOI (its value the entry's piece) and the list ended there: entries
    [3] and after were body text and their citations text."""
    text = ("1 引言\n研究表明，实验室事故多与管理有关[1-2]，分级管控可以减少隐患[3]。\n参考文献：\n"
            "[1] 何沐阳. 高校实验室安全管理制度的演进[J]. 实验室研究与探索, 2021, 40(7): 281-286.\n"
            "[2] FINCH L. Graded control of laboratories[J]. International Journal of Aca-\n"
            "DOI:\ndemic Safety, 2022, 4(1):\n10.63417/ijas.2022.0101.\n"
            "[3] 应天舒. 实验室重大安全隐患整改效率的影响因素[J]. 安全科学与工程学报, 2024, 12(2): 88-95.\n")
    article = read_text(text)
    assert [r.number for r in article.references] == [1, 2, 3]
    assert "10.63417/ijas.2022.0101" in article.references[1].text
    assert "doi" not in article.meta.journal
    assert [item.number for c in article.citations() for item in c.items] == [1, 2, 3]
