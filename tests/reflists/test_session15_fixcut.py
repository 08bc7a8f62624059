"""Session 15, fixcut: reference lists without labels as sealed13 showed them (German humanities "Family, Given:
»Title«" with "–" for the same author, small capitals spaced out by the PDF, Spanish given names first, ABNT's
"Citado na p. 36." back-references, a filmography whose entries end with their year, prose under or above the
heading). The lines below are written for these tests, in the forms the styles print."""

from __future__ import annotations

from wenxian.refparse.listcut import _bare_labels, cut_list, name_form


def _starts(lines: list[str]) -> list[str]:
    return [item.text.split()[0] for item in cut_list(lines).items]


def test_abnt_back_references_close_entries_also_wrapped() -> None:
    lines = ["Referências",
             "BARROS, M. Um título de livro. São Paulo: Editora Exemplo, 2001. Citado na p. 12.",
             "COSTA, A. B.; LIMA, C. Outro título. Revista Qualquer, v. 3, n. 1, p. 10–20, 1999. Citado na",
             "p. 9.",
             "INSTITUTO NACIONAL DE EXEMPLOS. Relatório anual. Brasília, 2010.",
             "P. 4. Citado nas pp. 3, 8.",
             "SOUZA, D. Página da web. 2015. Disponível em: <http://example.org/pagina>. Acesso em: 2 jan.",
             "2016. Citado na p. 40.",
             "IBGE. Normas de apresentação. Rio de Janeiro, 1993. Citado nas",
             "pp. 17, 20."]
    assert _starts(lines) == ["BARROS,", "COSTA,", "INSTITUTO", "SOUZA,", "IBGE."]


def _german_pages(entries: list[str]) -> list[str]:
    """A list set over pages: its page's number alone between blank lines every 22 entries."""
    lines = ["Literatur"]
    for k, entry in enumerate(entries, 1):
        lines.append(entry)
        if k % 22 == 0:
            lines += ["", str(k // 22), ""]
    return lines


def test_page_numbers_a_page_apart_are_no_labels() -> None:
    names = [f"{first}{vowel}mann" for first in "BDFGHKLMNPRSTW" for vowel in "aeiou"][:70]
    entries = [f"{name}, Hans: »Ein Titel über {name}«. In: Zeitschrift Nr. {k}, 2001, 1–9." for k, name in enumerate(names)]
    lines = _german_pages(entries)
    assert _bare_labels(lines) == set()
    assert len(cut_list(lines).items) == 70
    # (labels alone on their lines before short entries stay labels)
    short = ["References", "1", "", "A. Author, Title one (Pub, 2001).", "2", "", "B. Author, Title two (Pub, 2002).",
             "3", "", "C. Author, Title three (Pub, 2003)."]
    assert len(_bare_labels(short)) == 3


def test_german_colon_heads_slashes_editors_guillemets_and_one_dash_for_the_same_author() -> None:
    lines = ["Literatur",
             "Huber, Anna: »Ein Aufsatz über Filme«. In: Meier, Karl/Schulz, Eva (Hgg.): Ein Sammelband.",
             "Berlin 2004, 10–20.",
             "Lang, Fritz/Weber, Paul: Ein Buch über Kino. 2. Aufl. München 1999.",
             "Brecht, Bertolt (Hg.): Ein Handbuch. Berlin 1960.",
             "– »Ein zweiter Aufsatz« (1931). In: Ders.: Werke. Bd. 2. Berlin 1988, 5–9.",
             "– (Hg.): Noch ein Handbuch. Stuttgart 2011.",
             "Plutarch: »Über den Mond«. Aus dem Griechischen übers. von Hans Muster. Zürich 1950."]
    assert _starts(lines) == ["Huber,", "Lang,", "Brecht,", "–", "–", "Plutarch:"]


def test_one_em_dash_is_gost_area_separator_not_the_same_author() -> None:
    lines = ["Иванов И. И. Статья о чём-то // Журнал. 2001. № 2. С. 3–9.",
             "— ISSN 1234-5678.",
             "Петров П. П. Книга. М. : Наука, 1999. 200 с."]
    assert [item.text[:6] for item in cut_list(lines).items][:1] == ["Иванов"]
    assert all(not item.text.startswith("—") for item in cut_list(lines).items)


def test_small_capitals_spaced_out_open_entries_after_notes_without_a_full_stop() -> None:
    lines = ["References",
             "A LDER , B. C. (1990a): “A First Paper.” Some Journal, 3(1):1–9.",
             "A LDER , B. C. (1990b): A Book. Publisher, Place. This is a full BOOK entry",
             "This is a note that says what kind of entry it is",
             "B AKER , D. (1985): Another Book. Publisher.",
             "C ORWIN , E., AND F. D ALE : “An Untitled Talk.” Talk at Some University",
             "D ORN , G. (1977): Proceedings of a Meeting. Publisher, Place.",
             "E LLIS , K. (1980): A Report. Institute, Place.",
             "E VANS , H. “Home Page.” (http://example.org)"]
    assert name_form(lines[1:3] + lines[4:]) == "capitals"
    assert _starts(lines) == ["Alder,", "Alder,", "Baker,", "Corwin,", "Dorn,", "Ellis,", "Evans,"]


def test_spanish_given_names_first_with_double_surnames() -> None:
    lines = ["Bibliografía",
             "Ana García y Luis Pérez, Un libro de gramática descriptiva de la lengua, Madrid,",
             "Editorial Ejemplo, 1999.",
             "Pedro de Vega, Manual de estilo, México, Santillana, 2000.",
             "Carlos Ruiz, Ortografía y ciencia del lenguaje, Madrid, Editorial, 1974.",
             "María López Fernández, Normas para correctores, Madrid, Editorial, 1959.",
             "Academia Nacional de Letras [ANL], Ortografía, Madrid, Imprenta, 1969.",
             "J. Ruiz Martínez, Corrección de pruebas, México, Editorial, 1963.",
             "C. Sanz, Compendio de gramática, [Barcelona, s/e, 1907]."]
    assert _starts(lines) == ["Ana", "Pedro", "Carlos", "María", "Academia", "J.", "C."]


def test_entries_ending_with_their_year_and_a_sub_heading_before_one_line_entries() -> None:
    lines = ["Literatur",
             "Huber, Anna: Ein Buch über das Kino und seine Geschichte. Berlin 2004.",
             "Lang, Fritz: Ein anderes Buch über das Kino. München 1999, 3–9.",
             "Weber, Paul: Ein drittes Buch über Filme und ihre Zuschauer. Wien 1988.",
             "",
             "Filmographie",
             "1. Mai 2000. Hans Regisseur, AU 1952.",
             "Ein Film (Der Film). Anna Regisseurin, USA 1960.",
             "Noch ein Film. Paul Regisseur, GB 1965.",
             "Eine Serie. Staffel 2, Folge 3: Eine Folge. Eva Regisseurin, USA 1994."]
    cut = cut_list(lines)
    assert [item.text[:6] for item in cut.items] == ["Huber,", "Lang, ", "Weber,", "1. Mai", "Ein Fi", "Noch e", "Eine S"]
    assert 6 in cut.asides


def test_prose_above_the_heading_in_another_language_and_under_it() -> None:
    lines = ["Beispiele",
             "Dieses Dokument zeigt ein paar Zitate: Huber (2004), Lang (1999) und Weber (1988).",
             "Dann folgen Filme: Ein Film (1960).",
             "",
             "Literatur",
             "Huber, Anna: Ein Buch. Berlin 2004.",
             "Lang, Fritz: Ein anderes Buch. München 1999.",
             "Weber, Paul: Ein drittes Buch. Wien 1988."]
    assert _starts(lines) == ["Huber,", "Lang,", "Weber,"]
    under = ["References",
             "This is the list of the works cited in this document and it is set in the classic style, which is",
             "useful where there is one entry for an author, as the lists of the web are; see the example above.",
             "Adams, Jane (2020), A Manual, version 1.0, http://example.org/a.pdf.",
             "Baker, John (2019), Another Manual, version 2.1, http://example.org/b.pdf."]
    assert _starts(under) == ["Adams,", "Baker,"]


def test_a_documents_title_above_a_labelled_list_is_no_entry() -> None:
    lines = ["Test document for entries",
             "Some Working Group",
             "August 2, 2022",
             "This is a test document that shows how entries print with the standard style and a module.",
             "• an entry from the chain of references [3], and from the condensed item",
             "[2] (they should be identical)",
             "References (default style)",
             "[1] A. Author, Title one, 2001.",
             "[2] B. Author, Title two, 2002.",
             "[3] C. Author, Title three, 2003."]
    assert [item.number for item in cut_list(lines).items] == [1, 2, 3]


def test_fiwi_german_forms_are_read() -> None:
    from wenxian.refparse.styles import german

    chapter = german.read("Huber, Anna: »Ein Aufsatz über Filme« (1971). In: Meier, Karl/Schulz, Eva (Hgg.): Ein "
                          "Sammelband über das Kino. New York 1980, 715–754.")
    assert chapter["title"] == "Ein Aufsatz über Filme" and chapter["container"] == "Ein Sammelband über das Kino"
    assert chapter["address"] == "New York" and chapter["year"] == "1980" and chapter["pages"] == "715–754"
    book = german.read("Lang, Fritz/Weber, Paul: Ein Buch über Kino. Eine Einführung. 7. Aufl. "
                       "Boston/Dubuque 2004/1979.")
    assert book["author"] == "Lang, Fritz and Weber, Paul" and book["title"] == "Ein Buch über Kino. Eine Einführung"
    assert book["address"] == "Boston/Dubuque" and book["year"] == "2004"
    journal = german.read("Berg, Otto: »Listen auf dem Mars«. In: Berliner Hefte, Jg. 16, Nr. 1, 2005: Das Heft "
                          "über Listen, 29–42.")
    assert (journal["container"], journal["volume"], journal["issue"], journal["pages"]) == (
        "Berliner Hefte", "16", "1", "29–42")
    volume = german.read("Kepler, Hans: »Ein Traum«. In: Ders.: Gesammelte Werke. Bd. 11.2: Kleine Schriften. "
                         "München 1993, 317–379 (Original: Ein Traum. Frankfurt 1634).")
    assert volume["volume"] == "11.2" and volume["container"] == "Kleine Schriften" and volume["address"] == "München"
    translated = german.read("Plutarch, Lucius: »Über den Mond«. Aus dem Griechischen übers. von Hans Muster. "
                             "Zürich 1950.")
    assert translated["title"] == "Über den Mond" and translated["address"] == "Zürich"


def test_one_en_dash_for_the_names_of_the_entry_above_is_read() -> None:
    from wenxian.refparse.reading import read_entry

    reading = read_entry("– »Ein zweiter Aufsatz« (1938). In: Ders.: Gesammelte Schriften. Hrsg. von Karl Meier. "
                         "Berlin 1980a, 248–249.")
    assert reading.how == "german" and reading.same_names == "author" and "author" not in reading.entry.persons
    assert reading.entry.fields["title"].replace("{", "").replace("}", "") == "Ein zweiter Aufsatz" and reading.entry.fields["pages"] == "248--249"


def test_biblatex_abnt_forms_are_read() -> None:
    from wenxian.refparse.styles import abnt

    standard = abnt.read("INSTITUTO NACIONAL DE EXEMPLOS. NBR 9999: Informação e documentação — Listas. Rio de "
                         "Janeiro, ago. 2002. P. 7.")
    assert standard["title"] == "NBR 9999: Informação e documentação — Listas"
    assert standard["address"] == "Rio de Janeiro" and standard["year"] == "2002"
    book = abnt.read("SILVA, P. Um título de livro. 3. ed. Uma cidade: Uma editora, jul. 1993. v. 4. (10). Uma nota "
                     "qualquer. ISBN 3257227892.")
    assert (book["title"], book["address"], book["publisher"], book["year"]) == (
        "Um título de livro", "Uma cidade", "Uma editora", "1993")
    article = abnt.read("COSTA, A. O título do artigo. O nome da revista, v. 4, n. 2, p. 201–213, jul. 1993. Uma nota.")
    assert (article["container"], article["volume"], article["issue"], article["note"]) == (
        "O nome da revista", "4", "2", "Uma nota.")


def test_a_colon_after_the_year_in_parentheses_opens_the_title() -> None:
    from wenxian.refparse.otherstyles import APA
    from wenxian.refparse.reading import read_entry

    line = "Alder, B. C. (1986b): “A Document on Lists.” Some Animal’s Journal, 41(7):73+. A note on the entry"
    assert APA.match(line).group("rest").startswith("“A Document")
    reading = read_entry(line)
    assert reading.how != "verbatim" and reading.entry.fields["year"] == "1986"
    assert reading.entry.fields["title"].replace("{", "").replace("}", "").startswith("A Document on Lists")


def test_an_abstract_under_each_entry_is_no_part_of_it() -> None:
    lines = ["References",
             "Adams, Jane (2020), A Manual of Lists, version 1.0, Feb. 2, 2020, http://example.org/a.pdf.",
             "This manual describes lists, a package that makes use of the features of the engine and, to some",
             "extent, of others, to provide an environment in which documents can be typeset with lists of works",
             "in a language other than English, or in more than one language; the features of the latter are used",
             "as far as they go.",
             "",
             "Baker, John (2019), Another Manual, version 2.1, Dec. 1, 2019, http://example.org/b.pdf.",
             "E",
             "",
             "Another is a package for setting lists of works with one engine and with some exceptions another",
             "engine. Basically, it can be used as an alternative to the first package for the following tasks:",
             "loading the patterns, setting the tags of the current font, switching to a font assigned to a script.",
             "",
             "Clark, Ann (2016), A Third Manual, version 1.9, Nov. 2, 2016, http://example.org/c.pdf."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [2, 8, 15]
    assert cut.items[1].text.endswith("b.pdf.") and cut.items[0].text.endswith("a.pdf.")
    assert {3, 4, 5, 6, 9, 11, 12, 13} <= set(cut.asides)


def test_a_book_in_a_romance_language_prints_its_place_before_its_publisher() -> None:
    from wenxian.refparse.otherstyles import _comma_styles

    spanish, _ = _comma_styles("José Polo, Ortografía y ciencia de la lengua, Madrid, Paraninfo, 1974.")
    assert (spanish["address"], spanish["publisher"]) == ("Madrid", "Paraninfo")
    english, _ = _comma_styles("Jane Smith, Surveying the field, Springer, Berlin, 1994.")
    assert (english["publisher"], english["address"]) == ("Springer", "Berlin")


def test_names_first_after_a_finished_entry_are_no_annotation() -> None:
    lines = ["Bibliography",
             "NOVÁK, Petr, 1998. The Art of Lists. Vol. 3, Sorting. 2nd ed. Brno: Example. ISBN 978-0-201-89685-5.",
             "KRÁLOVÁ, Ludmila; MALÁ, Libuše; VELKÁ, Alena, 1991. Angličtina pro samouky a pro ty, kdo se",
             "chtějí učit sami. 5. vyd. Praha: Nakladatelství. Učebnice, č. 4. ISBN 80-04-25663-5 [525 pp.].",
             "LUKÁŠ, Dávid, 2016. Typesetting of a List That Is Used in the Norm. Brno. Available also from:",
             "https://example.org/thesis/. BA thesis. Example University, Faculty of Informatics.",
             "MALÝ, Jan, 2001. A Last Book. Praha: Example. ISBN 80-04-25663-6."]
    assert [item.line for item in cut_list(lines).items] == [2, 3, 5, 7]


def test_a_manual_online_with_its_version_and_date_is_read() -> None:
    from wenxian.refparse.reading import read_entry

    reading = read_entry("Adams, Jane [with John Baker and Ann Clark] (2020), Lists. Making them work, version 3.41, "
                         "Feb. 28, 2020, http://example.org/macros/lists/lists.pdf.")
    assert reading.how == "online" and reading.entry.fields["year"] == "2020"
    assert [" ".join(p.last_names) for p in reading.entry.persons["author"]] == ["Adams"]
    assert reading.entry.fields["title"].replace("{", "").replace("}", "") == "Lists. Making them work"
    assert reading.entry.fields["url"] == "http://example.org/macros/lists/lists.pdf"


def test_a_paragraph_with_its_year_or_address_is_no_annotation() -> None:
    lines = ["References",
             "Park J: Human Capital and Change. Economic Modelling 2017;64:200–212.",
             "Smith JA, Brown K: Measuring productivity in the age of lists, Washington, DC, Bureau, 2017.",
             "KS in NJ: From this article, it sounds like men are figuring something out that women have known for",
             "a long time, and which is also the case for many of the lists that we have seen here [Internet]. The",
             "Washington Post 2019;Available from: https://example.org/2HDToGJ",
             "Mehrholz J, Pohl M: Electromechanical training of lists. Cochrane Database 2018;3:1–9."]
    cut = cut_list(lines)
    assert not {4, 5, 6} & set(cut.asides)
    assert any("KS in NJ" in item.text for item in cut.items)
