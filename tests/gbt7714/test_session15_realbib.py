"""Session 15's fix round on the realbib part of eight real files (tests/data/realbib/README.md: BIThesis,
cje's ageing database, classicthesis, disser, UNAMThesis, upTeX's jbtest, two Zotero + Better BibLaTeX
exports). The entries are written for these tests (no copies of the files')."""

from __future__ import annotations

from pybtex.database import parse_string

from wenxian.bibdate import read_date
from wenxian.gbt7714 import format_bibliography


def _line(source: str, edition: str = "2015") -> str:
    return format_bibliography(parse_string(source, "bibtex"), edition=edition)[0][1]


def test_a_date_written_day_first_with_full_stops_is_read() -> None:
    """disser's GOST database writes ``date = {18.12.2000}`` and ``urldate = {01.11.2009}``, as
    Russian and German do: the patent's date was lost and the citation date printed as typed. Dotted
    dates are day, month, year; slashed ones stay unread (the United States write month first)."""
    assert read_date("18.12.2000") == read_date("18.12.2000").__class__("2000-12-18", False)
    assert read_date("1.2.2001").iso == "2001-02-01"
    assert read_date("31.02.2000").iso == "" and read_date("01/11/2009").iso == ""
    assert _line("@patent{k, author = {Ivanova, A.}, title = {Ustroistvo}, number = {2187888},"
                 " date = {18.12.2000}}") == "IVANOVA A. Ustroistvo: 2187888[P]. 2000-12-18."
    assert _line("@online{k, author = {Petrov, P.}, title = {Page}, url = {http://example.org/p},"
                 " urldate = {01.11.2009}, year = {2001}}").endswith(
        "2001[2009-11-01]. http://example.org/p.")


def test_an_arxiv_eprint_without_a_date_is_dated_by_its_identifier() -> None:
    """disser's arXiv references (``eprint = {math/0307245}`` alone, old style; ``1006.2735`` with
    ``archiveprefix``, new style) were printed with no date at all: the identifier states the year and
    month the e-print was given (YYMM), the date of an item online (2015 "(2003-07)", 2025 after the
    server). A date of the entry's own wins; another archive's number is not read so."""
    from wenxian.gbt7714.eprints import arxiv_date

    assert [arxiv_date(i) for i in ("math/0307245", "hep-th/9909196v2", "math.AG/0211159", "1006.2735",
                                    "arXiv:2005.14165", "0713.1234", "10.1000/x")] == \
        ["2003-07", "1999-09", "2002-11", "2010-06", "2020-05", "", ""]
    old = "@article{k, author = {Grisha Perelman}, title = {Finite extinction time}, eprint = {math/0307245}}"
    assert _line(old) == ("PERELMAN G. Finite extinction time[EB/OL]. (2003-07). "
                          "https://arxiv.org/abs/math/0307245.")
    assert _line(old, "2025") == ("Perelman G. Finite extinction time[PP/OL]. arXiv（2003-07）. "
                                  "https://arxiv.org/abs/math/0307245.")
    dated = ("@misc{k, author = {Erik Nielsen}, title = {Exchange}, archiveprefix = {arXiv}, eprint = {1006.2735},"
             " year = {2011}}")
    assert "[EB/OL]. 2011. https://arxiv.org/abs/1006.2735." in _line(dated)
    assert "(20" not in _line("@misc{k, author = {A. B}, title = {T}, eprinttype = {hdl}, eprint = {2005.1234}}")


def test_a_numbering_word_in_a_journal_keeps_its_full_stop() -> None:
    """cje's ageing database types a working paper's series and number as its journal ("IZA Discussion
    Paper No. 4756."): abbreviated journal titles lose their full stops ("Adv. Phys." → "Adv Phys"), but
    "No 4756" reads as the word "no" — a numbering word before its number keeps it (the styles print
    "No. 20" and "Vol. 2" so)."""
    line = _line("@article{k, author = {Stephan Meier}, title = {Stability}, journal = {IZA Discussion Paper"
                 " No. 4756.}, year = {2010}}")
    assert line == "MEIER S. Stability[J]. IZA Discussion Paper No. 4756, 2010."
    line = _line("@article{k, author = {A. D. Yoffe}, title = {Systems}, journal = {Adv. Phys. Vol. 2},"
                 " year = {1993}, pages = {173--266}}")
    assert "[J]. Adv Phys Vol. 2, 1993: 173-266." in line
    assert "[J]. J Nonlinear Sci, 1993" in _line(
        "@article{k, author = {A. B}, title = {T}, journal = {J. Nonlinear Sci.}, year = {1993}}")


def test_a_cjk_name_typed_with_a_space_prints_closed_up_family_name_first() -> None:
    """upTeX's test file types Japanese names family first with a space, as pBibTeX splits them ("森 鷗外",
    "髙島 𠮷野"): printed "森 鷗外" before. The standard writes a name in Chinese characters without a
    space (2015 §8.1.1: "李时珍", "丸山敏秋"), as "张, 三" already printed "张三"; the order stays as
    typed (BibTeX's "鷗外森" reverses it). A Latin initial after a CJK surname keeps its space, and
    Hangul, which spaces its words, is left alone."""
    for edition in ("2015", "2025"):
        assert _line("@book{k, author = {森 鷗外}, title = {百物語}, publisher = {中央公論}, year = {1911}}",
                     edition).startswith("森鷗外. 百物語[M]")
        assert _line("@book{k, author = {髙島 𠮷野}, title = {夢}, year = {2007}}", edition).startswith("髙島𠮷野.")
    assert _line("@book{k, author = {{昂温 G}}, title = {书}, year = {2000}}").startswith("昂温 G.")
    assert _line("@book{k, author = {昂温, G.}, title = {书}, year = {2000}}").startswith("昂温 G.")
    assert _line("@book{k, author = {한국 교육 개발원}, title = {보고서}, year = {2000}}").startswith(
        "한국 교육 개발원.")


def test_japanese_names_listed_with_enumeration_commas_are_several_people() -> None:
    """upTeX's test record joins three people with "、" and "，", each typed with a space ("名無 権兵衛、
    何　誰兵衛， 無名 戦士"): BibTeX's one name, printed whole. CJK names listed with commas are a list
    (as "徐增林,盛泳潘,贺丽荣" since round 13), a space between family and given name or not; an
    entry whose names are in kana is Japanese even when its title is Chinese characters alone ("他")."""
    from wenxian.gbt7714.names import repair_names

    names, problems = repair_names("名無 権兵衛、 何　誰兵衛， 無名 戦士")
    assert names == ["名無 権兵衛", "何　誰兵衛", "無名 戦士"]
    assert problems == ["names separated by commas instead of 'and'"]
    assert repair_names("欧阳, 修") == (["欧阳, 修"], [])
    line = _line("@book{k, author = {テスト てすと and 名無 権兵衛、 何　誰兵衛， 無名 戦士}, title = {大丈夫。},"
                 " publisher = {Ω出版社}, year = {2007}}")
    assert line == "テストてすと, 名無権兵衛, 何誰兵衛, 他. 大丈夫。[M]. Ω出版社, 2007."
