"""Session 15, crfgate: reference lists as real-sealed12 left them (APA 5's works without a source — documents on
the web, audiovisual works described in brackets, placeholders for unknown titles —, names given as families alone or
a company's with its legal form, a running head in capitals between numbered entries). The lines below are written for
these tests, in the forms the styles print (APA's Publication Manual, 5th ed., §4.16)."""

from __future__ import annotations

from wenxian.refparse.listcut import cut_list
from wenxian.refparse.reading import read_entry
from wenxian.refparse.westnames import parse_author_list


def _names(reading) -> list[str]:
    return [str(p) for p in reading.entry.persons.get("author", [])]


def test_apa_document_on_the_web_retrieved_on_a_date() -> None:
    reading = read_entry("Harbour Trust. (2004, May 3). Plans for the old quay: A first outline. Retrieved June 9, "
                         "2005, from http://www.example.org/quay/outline.html")
    assert reading.how == "apa" and reading.entry.type == "online"
    assert reading.entry.fields["title"].replace("{", "").replace("}", "") == "Plans for the old quay: A first outline"
    assert reading.entry.fields["url"] == "http://www.example.org/quay/outline.html"
    assert reading.entry.fields["year"] == "2004"
    # (without its address the document has no source: the line stays whole)
    assert read_entry("Harbour Trust. (2004, May 3). Plans for the old quay. Retrieved June 9, 2005, from the "
                      "Quay database.").how == "verbatim"


def test_apa_chapter_of_a_document_on_the_web() -> None:
    reading = read_entry("Harbour Trust. (2004). Costs. In Plans for the old quay: A first outline (chap. 3). "
                         "Retrieved June 9, 2005, from http://www.example.org/quay/three.html")
    assert reading.how == "apa" and reading.entry.type == "incollection"
    assert reading.entry.fields["title"] == "Costs" and reading.entry.fields["chapter"] == "3"
    assert reading.entry.fields["booktitle"].replace("{", "").replace("}", "") == "Plans for the old quay: A first outline"


def test_apa_work_described_in_brackets_without_a_source() -> None:
    reading = read_entry("Quay Film Society (Producer). (2003). Tides at the old quay [Motion picture]. (Available "
                         "from the Quay Film Society, 12 Harbour Road, Portsmouth)")
    assert reading.how == "apa" and reading.entry.fields["note"] == "Motion picture"
    assert reading.entry.fields["title"] == "Tides at the old quay" and reading.entry.fields["year"] == "2003"
    software = read_entry("Lind, K. (2010). Tally [Computer software].")
    assert software.how == "apa" and software.entry.fields["note"] == "Computer software"


def test_apa_placeholder_for_an_unknown_title() -> None:
    reading = read_entry("Okafor, C. N. (2012). [Unknown].")
    assert reading.how == "apa" and "title" not in reading.entry.fields
    assert _names(reading) == ["Okafor, C. N."] and reading.entry.fields["year"] == "2012"
    assert "no title is printed" in reading.review and "Unknown" in reading.review
    families = read_entry("Lind, Okafor, & Wu. (2008). [Unknown].")
    assert families.how == "apa" and _names(families) == ["Lind", "Okafor", "Wu"]


def test_families_alone_before_apas_ampersand() -> None:
    assert [str(p) for p in parse_author_list("Lind, Okafor, Wu, & Berg")] == ["Lind", "Okafor", "Wu", "Berg"]
    assert [str(p) for p in parse_author_list("Lind, K., & Okafor, C.")] == ["Lind, K.", "Okafor, C."]
    assert [str(p) for p in parse_author_list("Lind, Kari")] == ["Lind, Kari"]


def test_a_companys_name_with_its_legal_form_is_one_name() -> None:
    assert [str(p) for p in parse_author_list("Quayside, Inc")] == ["{Quayside, Inc.}"]
    assert [str(p) for p in parse_author_list("Harbour Tools Ltd.")] == ["{Harbour Tools, Ltd.}"]


def test_running_head_in_capitals_between_numbered_entries_is_no_part_of_an_address() -> None:
    lines = ["Guide italiane",
             "[1] A. Rossi, Una guida breve, http://www.",
             "example.org/guide/breve.pdf",
             "",
             "GUIDE ITALIANE",
             "[2] B. Verdi, Una guida lunga, http://www.example.org/guide/lunga.pdf"]
    items = cut_list(lines).items
    assert [item.text for item in items] == [
        "A. Rossi, Una guida breve, http://www.example.org/guide/breve.pdf",
        "B. Verdi, Una guida lunga, http://www.example.org/guide/lunga.pdf"]


def test_a_bodys_name_title_and_address_without_a_year() -> None:
    # pTeX's "TUG DVI Standards Working Group, The DVI Driver Standard, Level 0. URL": read what is there, the year
    # reported missing (a body's name: three words or more, one of them a body's)
    reading = read_entry("Harbour Tools Working Group, Notes on the Quay, Part 2. https://example.org/quay")
    assert reading.how == "plain" and _names(reading) == ["{Harbour Tools Working Group}"]
    assert reading.entry.fields["title"].replace("{", "").replace("}", "") == "Notes on the Quay, Part 2"
    assert reading.entry.fields["url"] == "https://example.org/quay" and "no year is printed" in reading.review
    # (two or three words with no body's word may be a person's names: not read so)
    assert read_entry("Kari Anne Lind, Notes on the Quay. https://example.org/quay").how == "verbatim"


def test_names_and_a_japanese_title_with_its_file_and_no_date() -> None:
    # pTeX's "ASCII Corporation & Japanese TEX Development Community, 「JFM ファイルフォーマット」，./jfm.pdf"
    reading = read_entry("Quay Software Group & Harbour Users Community, 「港湾ファイル形式」，./quay.pdf")
    assert reading.how == "japanese" and reading.entry.fields["title"] == "港湾ファイル形式"
    assert _names(reading) == ["{Quay Software Group}", "{Harbour Users Community}"]
    assert reading.entry.fields["note"] == "./quay.pdf" and "no year is printed" in reading.review


def test_a_capitalised_particle_before_the_family_name_is_the_family_names() -> None:
    # the Italian lshort's "A. De Marco" (the gold of every list keeps "De Marco", "Van Zandt", "Des Marais")
    assert [str(p) for p in parse_author_list("A. Di Stefano, Ursula K. Le Guin", given_first=True)] == [
        "Di Stefano, A.", "Le Guin, Ursula K."]
    assert [str(p) for p in parse_author_list("Anna Maria Rossi", given_first=True)] == ["Rossi, Anna Maria"]
    assert [str(p) for p in parse_author_list("A. de Marco", given_first=True)] == ["de Marco, A."]
