"""Cutting real reference lists: damaged labels, no labels, broken URLs, translations, what follows."""

from __future__ import annotations

from wenxian.refparse.listcut import cut_list, label_of

GBT = "{n} 作者{k}. 题名{k}[J]. 期刊, 2020, 1(2): 3-4."


def test_ocr_damaged_labels_are_read_in_sequence() -> None:
    lines = ["参  考  文  献"] + [GBT.format(n=f"[{k}]", k=k) for k in range(1, 21)]
    lines[2] = GBT.format(n="B2]", k=2)
    lines[5] = GBT.format(n="[s]", k=5)
    lines[19] = GBT.format(n="[i9]", k=19)
    lines[10] = GBT.format(n="[i0]", k=10)
    cut = cut_list(lines)
    assert [i.number for i in cut.items] == list(range(1, 21))
    assert cut.items[18].text.startswith("作者19.") and cut.items[18].label == "[i9]"


def test_a_damaged_label_out_of_sequence_is_not_a_label() -> None:
    assert label_of("[i9] x", 19) == (19, "[i9]", 5)
    assert label_of("[i9] x", 3) is None
    assert label_of("(2019) x", 1) == (2019, "(2019)", 7) or label_of("(2019) x", 1) is None


def test_urls_and_dois_broken_over_lines_are_joined() -> None:
    cut = cut_list([
        "[1] 作者. 题名[EB/OL]. (2022-05-18)[2023-03-01]. https://www.example.org/green-",
        "finance-2022.html.",
        "[2] WHITE T. Policy[J]. The China Journal, 2019, 82: 1-24. https:",
        "//doi.org/10.5555/703221.",
        "[3] DAVIS M. Capacity[J]. Studies, 2014, 47(12): 1670-",
        "1701. DOI: 10.5555/",
        "0010414013516918.",
    ])
    texts = [i.text for i in cut.items]
    assert texts[0].endswith("https://www.example.org/green-finance-2022.html.")
    assert texts[1].endswith("https://doi.org/10.5555/703221.")
    assert "1670-1701. DOI: 10.5555/0010414013516918." in texts[2]


def test_unlabelled_list_one_entry_per_author_start() -> None:
    cut = cut_list([
        "References",
        "Wang, H., Chen, Y., & Liu, M. (2021). Carbon trading. Journal of Environmental",
        "Economics and Management, 107, 102445. https://doi.org/",
        "10.5555/jeem.2021.102445",
        "蔡昉. (2013). 中国经济增长如何转向全要素生产率驱动型. 中国社会科学, (1), 56–71.",
        "North, D. C. (1990). Institutions. Cambridge University Press.",
    ])
    assert [i.line for i in cut.items] == [2, 5, 6]
    assert cut.items[0].text.endswith("https://doi.org/10.5555/jeem.2021.102445")
    assert all(i.number is None for i in cut.items)


def test_english_translation_is_paired_with_its_chinese_entry() -> None:
    cut = cut_list([
        "[1] 孙立, 黄海. 城市群协同发展的测度与路径[J]. 城市发展研究, 2020, 27(6): 1-9.",
        "SUN Li, HUANG Hai. Measurement and Path of Coordinated Development[J]. Urban",
        "Development Studies, 2020, 27(6): 1-9. (in Chinese)",
        "[2] Miller, R. and Davis, S. (2015) Trade Costs. Journal of International Economics, 97, 36-49.",
    ])
    assert len(cut.items) == 2
    assert cut.items[0].translation.startswith("SUN Li, HUANG Hai. Measurement")
    assert cut.items[0].translation.endswith("(in Chinese)") and cut.items[0].translation_line == 2
    assert cut.items[1].translation is None


def test_list_ends_at_biographies_and_english_abstract() -> None:
    entries = [GBT.format(n=f"[{k}]", k=k) for k in (1, 2)]
    bio = cut_list(entries + ["张三（1985—），男，湖北武汉人，博士，副教授。"])
    assert len(bio.items) == 2 and bio.trailing_line == 3
    labelled_bio = cut_list(entries + ["作者简介", "张三（1985—），男，湖北武汉人。"])
    assert len(labelled_bio.items) == 2 and labelled_bio.trailing_line == 3
    abstract = cut_list(entries + ["Practice Logic of Grassroots Governance", "Abstract: This paper studies it."])
    assert [i.number for i in abstract.items] == [1, 2] and abstract.trailing_line == 3


def test_a_wrapped_url_after_a_chinese_entry_is_not_its_translation() -> None:
    cut = cut_list([
        "[1] 国务院. 关于加快发展数字经济的意见[EB/OL]. (2022-05-18)[2023-01-02].",
        "https://www.gov.cn/zhengce/2022-05/18/content_2022_05.htm.",
        "[2] 何佳. 我国绿色金融发展现状与对策[EB/OL]. (2022-05-18)[2023-03-01].",
    ])
    assert cut.items[0].translation is None
    assert cut.items[0].text.endswith("[2023-01-02]. https://www.gov.cn/zhengce/2022-05/18/content_2022_05.htm.")


def test_import_reports_the_lines_after_the_list_it_left_out(tmp_path, capsys) -> None:
    from tests.importer.helpers import make_project
    from wenxian.cli import main

    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "bio.txt"
    raw.write_text("一、引言\n正文[1]。\n参考文献\n[1] 陈静. 制度环境与企业家精神[J]. 管理世界, 2019, 35(4): 88-101.\n"
                   "张三（1985—），男，湖北武汉人，博士，副教授。\n", encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "bio.txt:5: warning: line 5 after the reference list: not references" in err
    assert "男" not in (tmp_path / "source" / "bio.md").read_text(encoding="utf-8")
