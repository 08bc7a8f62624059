"""Session 14, reffix: reference lists as sealed12 showed them (IEEJ's Japanese list with the Japanese form of an
English entry after it, a manual's GitHub issues by their authors' handles, the Italian lshort's "I. Family e I.
Family, Title, URL" and "Distribuito con TeX Live col nome …"). The lines below are written for these tests, in the
forms the styles print."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from wenxian.refparse.checks import check
from wenxian.refparse.listcut import cut_list, is_translation
from wenxian.refparse.reading import read_entry, read_item
from wenxian.refparse.styles import japanese


def _families(reading) -> list[str]:
    return [" ".join(p.last_names).replace("{", "").replace("}", "") for p in reading.entry.persons["author"]]


def test_japanese_article_names_joined_by_nakaguro_title_in_kagikakko() -> None:
    line = "川口 花子・森 太郎：「試料の比較」，電気学会誌，Vol.42，No.7，pp.110–118（2021-6）"
    spans = japanese.read(line)
    assert spans == {"author": "川口 花子 and 森 太郎", "title": "試料の比較", "year": "2021", "order": "given-first",
                     "container": "電気学会誌", "volume": "42", "issue": "7", "pages": "110–118"}
    reading = read_entry(line)
    assert reading.how == "japanese" and _families(reading) == ["川口 花子", "森 太郎"]
    assert reading.entry.fields["journal"] == "電気学会誌"


def test_ieej_english_forms_quoted_title_proceedings_and_book_with_edition() -> None:
    article = read_entry("K. Mori, T. Ueda: “Loss in cores”, Trans. Sample Society, Vol.9, No.3, pp.5–9 (2018-4) "
                         "(in Japanese)")
    assert article.how == "japanese" and _families(article) == ["Mori", "Ueda"]
    assert article.entry.fields["number"] == "3" and article.entry.fields["year"] == "2018"
    proc = japanese.read("A. Kato: “A talk”, in Proc. 12th Sample Meeting, No.4, pp.33–36, Nagoya, Japan (2003-9)")
    assert proc["container"] == "Proc. 12th Sample Meeting" and proc["address"] == "Nagoya, Japan"
    assert proc["type"] == "inproceedings"
    book = japanese.read("R. Ono, K. Mori: Machines, a primer, 2nd ed., Sample Press (1999) (in Japaneese)")
    assert book == {"author": "R. Ono and K. Mori", "title": "Machines, a primer", "year": "1999",
                    "order": "given-first", "edition": "2nd ed.", "publisher": "Sample Press", "type": "book"}
    chapter = japanese.read("森 太郎：「抜粋」，論集 4，第 2 版，見本出版，第 3 章，pp.10–20（2012）")
    assert chapter["container"] == "論集 4" and chapter["publisher"] == "見本出版" and chapter["chapter"] == "3"
    # (a book's title may end in a number: the check that takes a journal's volume out of it leaves it)
    assert check(chapter, "").spans["container"] == "論集 4"


def test_handles_with_titles_and_dates_to_the_day() -> None:
    reading = read_entry("neko-tan, 「組版の不具合について」，2020/02/03, https://github.com/example/repo/issues/9")
    assert reading.how == "japanese" and _families(reading) == ["neko-tan"]
    assert reading.entry.type == "online" and reading.entry.fields["year"] == "2020"
    plain = japanese.read("Jo-Ann-Lee, [tool] Odd spacing after a rule, 2021/05/06.")
    assert plain["title"] == "[tool] Odd spacing after a rule" and plain["names"] == "whole"
    # (no date to the day, no 「」 title, no mark of the style: another style's line)
    assert japanese.read("Smith, An essay, 2021.") is None
    assert japanese.read("J. Smith: A book (2000)") is None


def test_japanese_version_after_its_english_entry_is_its_translation() -> None:
    english = "K. Mori, T. Ueda: “Loss in cores”, Trans. Sample Society, Vol.9, No.3, pp.5–9 (2018-4) (in Japanese)"
    assert is_translation("森 健一・上田 卓：「鉄心の損失」，見本学会誌，Vol.9，No.3，pp.5–9（2018-4）", english)
    # a book: only the year, after an English entry that says the work is in Japanese
    assert is_translation("小野 涼：「機械入門」，初版，見本出版（1999）", "R. Ono: Machines, 1st ed., Sample Press (1999) (in Japanese)")
    # …but not without that note, nor with another year, nor a Chinese paragraph
    assert not is_translation("小野 涼：「機械入門」，初版，見本出版（1999）", "R. Ono: Machines, 1st ed., Sample Press (1999)")
    assert not is_translation("小野 涼：「機械入門」，初版，見本出版（2001）", "R. Ono: Machines, 1st ed., Sample Press (1999) (in Japanese)")
    cut = cut_list(["参考文献", "[1] " + english, "森 健一・上田 卓：「鉄心の損失」",
                    "，見本学会誌，Vol.9，No.3，pp.5–9（2018-4）", "[2] 小野 涼：「機械入門」，初版，見本出版（1999）"])
    assert [item.number for item in cut.items] == [1, 2]
    assert cut.items[0].translation == "森 健一・上田 卓：「鉄心の損失」，見本学会誌，Vol.9，No.3，pp.5–9（2018-4）"
    reading = read_item(cut.items[0])
    assert reading.how == "japanese" and reading.entry.fields["titletranslation"] == "鉄心の損失"


def test_italian_names_joined_by_e_before_title_and_url() -> None:
    reading = read_entry("G. Rossi e P. Bianchi, Guida alla composizione, http://www.example.org/guida.pdf")
    assert reading.how == "plain" and _families(reading) == ["Rossi", "Bianchi"]
    assert reading.entry.fields["title"] == "Guida alla composizione" and reading.entry.type == "online"
    assert "no year is printed" in reading.review
    packed = read_entry("G.Rossi, Guida breve, http://www.example.org/breve.pdf")  # (the initial's space lost)
    assert packed.how == "plain" and _families(packed) == ["Rossi"]
    # without its URL: not read (the names and a title say no source)
    assert read_entry("G. Rossi e P. Bianchi, Guida alla composizione.").how == "verbatim"


def test_distributed_with_tex_live_under_a_file_name_and_italian_edition() -> None:
    reading = read_entry("Anna Verdi, Luca Neri. Una guida breve. Distribuito con TEX Live col nome guida.pdf.")
    assert reading.how == "plain" and _families(reading) == ["Verdi", "Neri"]
    assert reading.entry.fields["title"] == "Una guida breve" and "col nome guida.pdf" in reading.entry.fields["note"]
    misspelt = read_entry("Anna Verdi. Una guida lunga. Distributo con TEX Live col nome lunga.pdf.")  # (as printed)
    assert misspelt.how == "plain" and misspelt.entry.fields["title"] == "Una guida lunga"
    book = read_entry("Leslie Lamport. Un sistema. Addison-Wesley, Reading, Massachusetts, seconda edizione, 1994, "
                      "ISBN 0-201-52983-1.")
    assert book.how == "plain" and book.entry.fields["edition"] == "seconda"


def test_scorer_reads_tex_escapes_of_printed_backslashes_and_braces() -> None:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "reflist_score.py"
    spec = importlib.util.spec_from_file_location("reflist_score_s14", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    assert module._plain("{upTeX} の \\textbackslash{}if") == module._plain("upTeX の \\if")
    assert module._plain("con \\textbraceleft{}{Xe}|{Lua}\\textbraceright{}{LATEX}") == module._plain("con {Xe|Lua}LATEX")


def test_apa_list_note_under_heading_imprint_line_and_lone_asterisk() -> None:
    lines = ["References",
             "Entries marked with an asterisk are studies included in the review.",
             "Green. (2001). [Unknown].",
             "National Office of Records. (1990). Households by region and size, June 1989 (No. 12.4).",
             "Perth, Western Australia: Author.",
             "Author. (n.d.). [Unknown].",
             "Author. (2004 version). [Unknown].",
             "∗",
             "Hill, J. G., & Stone, N. L. (1970). Sleep in the old. Journal of Age, 3, 1–9."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [3, 4, 6, 7, 8]
    assert 2 in cut.asides
    assert cut.items[1].text.endswith("Perth, Western Australia: Author.")
    assert cut.items[-1].text.startswith("∗ Hill, J. G.")
    reading = read_item(cut.items[-1])
    assert reading.how == "apa" and _families(reading) == ["Hill", "Stone"]
    assert "asterisk" in reading.review
    report = read_item(cut.items[1])
    assert report.how == "apa" and report.entry.type == "techreport"
    assert report.entry.fields["number"] == "No. 12.4" and report.entry.fields["address"] == "Perth, Western Australia"


def test_apa_chapter_with_pages_after_the_book_and_notes_on_the_edition() -> None:
    reading = read_entry("Roe, M. W. (1977). Squares in analysis. In D. J. Fox & A. S. Lee (Eds.), Models of data "
                         "(pp. 205–226). Amsterdam: North Holland. (Reprinted from Journal of Data, 1974, 8, 1–24)")
    assert reading.how == "apa" and reading.entry.type == "incollection"
    assert reading.entry.fields["booktitle"] == "Models of data" and reading.entry.fields["pages"] == "205--226"
    assert reading.entry.fields["publisher"] == "North Holland" and reading.entry.fields["address"] == "Amsterdam"
    manual = read_entry("Society of Letters. (1984). Manual of style (3rd ed.). Boston, MA: Author. (with revisions)")
    assert manual.how == "apa" and manual.entry.fields["publisher"] == "Author"


def test_online_items_marked_online_and_dated_to_the_day_after_the_names_colon() -> None:
    marked = read_entry("Anna K Berg. A guide to links [online]. 2004. URL: https://example.org/links "
                        "[cited 3 May 2010].")
    assert marked.how == "online" and _families(marked) == ["Berg"] and marked.entry.fields["year"] == "2004"
    edited = read_entry("Tom Field, editor. Questions on citing (rev.1.2) [online]. July 2003. URL: "
                        "https://example.org/faq [cited 3 May 2010].")
    assert [str(p) for p in edited.entry.persons["editor"]] == ["Field, Tom"] and edited.entry.fields["note"] == "rev.1.2"
    undated = read_entry("European Standards Board. EN 1234 [online]. URL: https://example.org/en [cited 3 May 2010].")
    assert _families(undated) == ["European Standards Board"] and "no year is printed" in undated.review
    colon = read_entry("Marsh, Ella and Paul Reed: pkgx: Macros for glosses. March 3, 2019. https://ctan.org/pkg/pkgx.")
    assert colon.how == "online" and _families(colon) == ["Marsh", "Reed"]
    assert colon.entry.fields["title"].replace("{", "").replace("}", "") == "pkgx: Macros for glosses"


def test_russian_version_after_an_english_entry_on_its_lines() -> None:
    cut = cut_list(["Список литературы",
                    "[1] A. B. Smith. The Fontbook. Sample Press, Boston, Massachusetts, 1988. Volume B",
                    "of Typesetting Series. А. Б. Смит Всё о шрифтах. — М.: Мир, 2001.",
                    "[2] A. B. Smith. Another book. Sample Press, Boston, Massachusetts, 1990."])
    first, second = cut.items
    assert first.text == "A. B. Smith. The Fontbook. Sample Press, Boston, Massachusetts, 1988. Volume B of Typesetting Series."
    assert first.translation == "А. Б. Смит Всё о шрифтах. — М.: Мир, 2001."
    assert second.translation is None
    reading = read_item(first)
    assert reading.how == "plain" and reading.entry.fields["volume"] == "B"
    assert reading.entry.fields["series"] == "Typesetting Series" and reading.entry.fields["publisher"] == "Sample Press"


def test_plain_article_and_chapter_with_pages_word() -> None:
    article = read_entry("J. D. Lane. Smooth curves for plotting. Journal of Curves, the Society’s Bulletin, 10(3):325–328, "
                         "November 1989.")
    assert article.how == "plain" and article.entry.fields["journal"] == "Journal of Curves, the Society’s Bulletin"
    assert (article.entry.fields["volume"], article.entry.fields["number"]) == ("10", "3")
    chapter = read_entry("Brian W. Lane. Pic—a language. In Collected Papers, Tenth Edition, pages 53–77. Sample Labs, 1990.")
    assert chapter.how == "plain" and chapter.entry.type == "incollection" and _families(chapter) == ["Lane"]
    assert chapter.entry.fields["booktitle"].replace("{", "").replace("}", "") == "Collected Papers, Tenth Edition"
    assert chapter.entry.fields["pages"] == "53--77" and chapter.entry.fields["publisher"] == "Sample Labs"


def test_bodies_named_given_first_and_described_titles() -> None:
    from wenxian.refparse.westnames import parse_author_list
    assert [str(p) for p in parse_author_list("National Writers Association", True)] == ["{National Writers Association}"]
    assert [str(p) for p in parse_author_list("Northern Standards Organisation", True)] == [
        "{Northern Standards Organisation}"]
    assert [str(p) for p in parse_author_list("Robin Hale", True)] == ["Hale, Robin"]
    manual = read_entry("National Writers Association. Manual of the Association, 4th edition, 2010. URL: "
                        "https://example.org/manual [cited 2 May 2011].")
    assert manual.how == "plain" and _families(manual) == ["National Writers Association"]
    assert manual.entry.fields["edition"] == "4th" and "edition" not in manual.entry.fields["title"]
    data = read_entry("Cole, F., & Dunn, J. E. (1993). [Response times in rat cortex]. Unpublished raw data.")
    assert data.how == "apa" and data.entry.fields["title"].replace("{", "").replace("}", "") == (
        "Response times in rat cortex")
