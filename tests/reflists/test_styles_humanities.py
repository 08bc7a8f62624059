"""Round 10: MLA 9, Springer basic, Harvard, Chicago notes-bibliography (SBL) and GOST 7.0.5 read as
typed fields (wenxian.refparse.styles). The lines are written here after each style's manual and its
examples (the MLA Handbook 9, Springer's instructions for authors, Harvard guides such as Cite Them
Right and harvard.sty's documentation, the SBL Handbook and CMOS 17 ch. 14, GOST 7.0.5–2008) — the
works named are invented or the manuals' own."""

from __future__ import annotations

import pytest

from wenxian.refparse.reading import read_entry


def _read(line: str, how: str):
    reading = read_entry(line)
    assert reading.how == how, (reading.how, reading.review)
    return reading


def _families(reading, role: str = "author") -> list[str]:
    return [" ".join(p.last_names) for p in reading.entry.persons.get(role, [])]


@pytest.mark.parametrize(("line", "fields", "families"), [
    ("Goldman, Anne. “Questions of Transport: Reading Primo Levi Reading Dante.” The Georgia Review, vol. 64, "
     "no. 1, 2010, pp. 69–88.",
     {"journal": "The Georgia Review", "volume": "64", "number": "1", "year": "2010", "pages": "69--88"}, ["Goldman"]),
    ("Piper, Andrew, and Mark Algee-Hewitt. “Novel Devotions.” New Literary History, vol. 46, no. 1, Winter 2015, "
     "pp. 63–98. https://doi.org/10.1353/nlh.2015.0008.",
     {"journal": "New Literary History", "year": "2015", "doi": "10.1353/nlh.2015.0008"}, ["Piper", "Algee-Hewitt"]),
    ("Dickinson, Emily. “Because I Could Not Stop for Death.” The Poems of Emily Dickinson, edited by R. W. "
     "Franklin, Harvard UP, 1999, pp. 218–19.",
     {"booktitle": "The Poems of Emily Dickinson", "publisher": "Harvard UP", "pages": "218--19"}, ["Dickinson"]),
    ("Stenner, Paul. “Tiny Devices.” CNN.com, 20 Dec. 1999.", {"journal": "CNN.com", "year": "1999"}, ["Stenner"]),
    ("Hollmichel, Stefanie. “The Reading Brain: Is Our Attention Span Shrinking?” So Many Books, 25 Feb. 2013, "
     "somanybooksblog.com/2013/02/25/the-reading-brain.",
     {"url": "somanybooksblog.com/2013/02/25/the-reading-brain", "journal": "So Many Books"}, ["Hollmichel"]),
    ("Langhamer, Claire. “Love and Courtship.” Historical Journal, vol. 50, no. 1, 2007, pp. 173-96. ProQuest, "
     "doi:10.1017/S0018246X06005966.", {"note": "ProQuest", "doi": "10.1017/S0018246X06005966", "pages": "173--96"},
     ["Langhamer"]),
])
def test_mla_lines(line: str, fields: dict, families: list) -> None:
    reading = _read(line, "mla")
    for name, value in fields.items():
        assert reading.entry.fields[name] == value
    assert _families(reading) == families


def test_an_mla_title_keeps_its_question_mark() -> None:
    asked = _read("Hollmichel, Stefanie. “Is Our Attention Span Shrinking?” So Many Books, 25 Feb. 2013.", "mla")
    assert asked.entry.fields["title"].endswith("?")


def test_mla_editors_translators_and_what_is_not_mla() -> None:
    eds = _read("Baker, Russell, editor. The Norton Book of Light Verse. Norton, 1986.", "mla")
    assert _families(eds, "editor") == ["Baker"] and eds.entry.type == "book"
    tr = _read("Askme, Donna. “Elaborate Article.” Translated by Minnie Tongues. Journal of Translated Articles, "
               "vol. 29, Sept. 2006, pp. 12–19.", "mla")
    assert tr.entry.fields["translator"] == "Tongues, Minnie" and tr.entry.fields["volume"] == "29"
    # A plain book ("Names. Title. Publisher, Year.") is GB/T's without a code as much: read there alike.
    book = read_entry("Fitzpatrick, Kathleen. Planned Obsolescence: Publishing, Technology, and the Future of the "
                      "Academy. New York UP, 2011.")
    assert (book.entry.fields["publisher"], book.entry.fields["year"], _families(book)) == (
        "New York UP", "2011", ["Fitzpatrick"])
    # Chicago author-date (the year after the names) and a place before the publisher are not MLA's.
    assert read_entry("Stenger, Richard. 1999. “Tiny Human-Borne Monitoring Device Sparks Privacy Fears.” "
                      "CNN.com, December 20, 1999.").how != "mla"
    assert read_entry("Smith, Zadie. Swing Time. New York: Penguin Press, 2016.").how != "mla"


@pytest.mark.parametrize(("line", "fields", "families"), [
    ("Smith JJ, Jones M (2001) Title of the article. J Mol Med 9(2):1–10",
     {"journal": "J Mol Med", "volume": "9", "number": "2", "pages": "1--10", "year": "2001"}, ["Smith", "Jones"]),
    ("South J, Blass B (2001) The future of modern genomics. Blackwell, London",
     {"publisher": "Blackwell", "address": "London"}, ["South", "Blass"]),
    ("Blenkinsopp A, Paxton P (1998) Symptoms in the pharmacy: a guide, 3rd edn. Blackwell Science, Oxford",
     {"title": "Symptoms in the pharmacy: a guide", "edition": "3rd", "publisher": "Blackwell Science"},
     ["Blenkinsopp", "Paxton"]),
    ("Broy M (2002) Software engineering. In: Broy M, Denert E (eds) Software pioneers. Springer, Berlin, pp 10–13",
     {"booktitle": "Software pioneers", "publisher": "Springer", "pages": "10--13"}, ["Broy"]),
    ("Angenendt A (2002) In Honore Salvatoris. Revue d’Histoire Ecclésiastique 97: 431–456, 791–823",
     {"journal": "Revue d’Histoire Ecclésiastique", "volume": "97"}, ["Angenendt"]),
    ("Galen (1907) De temperamentis. ed. by RD Hicks Cambridge University Press, Cambridge",
     {"publisher": "Cambridge University Press", "address": "Cambridge"}, ["Galen"]),
    ("Brandt A von, Hoffmann E (1987) “Die Länder” Europa im Mittelalter ed. by F Seibt KlettCotta, Stuttgart: 884–917",
     {"booktitle": "Europa im Mittelalter", "pages": "884--917", "publisher": "KlettCotta"}, ["Brandt", "Hoffmann"]),
])
def test_springer_basic_lines(line: str, fields: dict, families: list) -> None:
    reading = _read(line, "springer")
    for name, value in fields.items():
        assert reading.entry.fields[name] == value
    assert [f.split()[-1].strip("{}") for f in _families(reading)] == families


def test_springer_en_dash_for_the_same_names_and_a_series_before_the_publisher() -> None:
    from wenxian.refparse.listcut import ListItem
    from wenxian.refparse.reading import fill_left_out_names, read_item

    first = read_item(ListItem(None, "Galen (1905) De usu partium. Teubner, Leipzig", 1))
    again = read_item(ListItem(None, "– (1907) De temperamentis. ed. by RD Hicks Cambridge University Press, Cambridge", 2))
    assert again.how == "springer" and fill_left_out_names(again, first.entry)
    assert [f.strip("{}") for f in _families(again)] == ["Galen"]
    # A series between the editor and the publisher cannot be told from the publisher: not read.
    assert read_entry("Galen (1968) Poetics. ed. by DW Lucas Clarendon Galen Clarendon Press, Oxford").how != "springer"


@pytest.mark.parametrize(("line", "fields"), [
    ("Lamport, L. (1986), LATEX: A Document Preparation System, Addison-Wesley.",
     {"title": "{LATEX}: {A} {Document} {Preparation} {System}", "publisher": "Addison-Wesley"}),
    ("Pitson, J. (1978), Style Manual for authors, 3rd edn, Australian Government Publishing Service, Canberra.",
     {"edition": "3rd", "publisher": "Australian Government Publishing Service", "address": "Canberra"}),
    ("Chen, L. (2019) 'Regional networks', Journal of Economic Geography, 12(3), pp. 101–110.",
     {"journal": "Journal of Economic Geography", "volume": "12", "number": "3", "pages": "101--110"}),
    ("Chen, L. 2019. ‘Regional networks’, Journal of Economic Geography, 12(3), pp. 101–110.",
     {"journal": "Journal of Economic Geography", "year": "2019"}),
    ("Smith, A. (2018) ‘A chapter’, in Jones, B. (ed.) A Book. 2nd edn. London: Routledge, pp. 45–67.",
     {"booktitle": "A Book", "address": "London", "publisher": "Routledge", "pages": "45--67"}),
    ("Smith, A. (2018) A Book. 2nd edn. London: Routledge.", {"edition": "2nd", "publisher": "Routledge"}),
    ("Patashnik, O. (1988), BibTEXing. Documentation for general BibTEX users.",
     {"note": "Documentation for general BibTEX users"}),
])
def test_harvard_lines(line: str, fields: dict) -> None:
    reading = _read(line, "harvard")
    for name, value in fields.items():
        assert reading.entry.fields[name] == value


@pytest.mark.parametrize(("line", "fields"), [
    ("Freedman, David Noel. “Pottery, Poetry, and Prophecy.” JBL 96 (1977): 5–26.",
     {"journal": "JBL", "volume": "96", "year": "1977", "pages": "5--26"}),
    ("Kossinets, Gueorgi. “Origins of Homophily.” American Journal of Sociology 115, no. 2 (2009): 405–50.",
     {"journal": "American Journal of Sociology", "number": "2"}),
    ("Freedman, David Noel. “Pottery.” Pages 1–22 in Pottery, Poetry, and Prophecy. Winona Lake, IN: "
     "Eisenbrauns, 1980.", {"booktitle": "Pottery, Poetry, and Prophecy", "address": "Winona Lake, IN"}),
    ("Dahood, Mitchell. Psalms. 3 vols. AB 16–17A. Garden City, NY: Doubleday, 1965–1970.",
     {"title": "Psalms", "publisher": "Doubleday", "year": "1965", "series": "AB 16–17A"}),
    ("Doyle, Kim. “Picturing Chicago.” In Book of Cities, edited by Ann Name, 1–20. Chicago: City Press, 2016.",
     {"booktitle": "Book of Cities", "pages": "1--20", "publisher": "City Press"}),
])
def test_chicago_notes_bibliography_lines(line: str, fields: dict) -> None:
    reading = _read(line, "chicago-nb")
    for name, value in fields.items():
        assert reading.entry.fields[name] == value


def test_sbl_editor_and_volumes() -> None:
    brown = _read("Brown, Colin, ed. New International Dictionary. 4 vols. Grand Rapids: Zondervan, 1975–1985.",
                  "chicago-nb")
    assert _families(brown, "editor") == ["Brown"] and brown.entry.fields["note"] == "4 vols."


@pytest.mark.parametrize(("line", "fields", "families"), [
    ("Гайденко П. П. Проблема времени у Канта // Вопросы философии. — 2003. — № 9. — С. 134—150.",
     {"journal": "Вопросы философии", "number": "9", "pages": "134--150", "year": "2003"}, ["Гайденко"]),
    ("Целищев В. В., Хлебалин A. В. Формальная онтология // Вестник НГУ. Серия: Философия. — Новосибирск, 2012. — "
     "Т. 10, вып. 4. — С. 5—13. — ISSN 1818-796X.",
     {"journal": "Вестник НГУ. Серия: Философия", "volume": "10", "number": "4"}, ["Целищев", "Хлебалин"]),
    ("Dalen D. van. An interpretation // Annals of Mathematical Logic. — 1978. — Vol. 13, no. 1. — P. 1–43. — "
     "DOI: 10.1016/0003-4843(78)90029-3.", {"volume": "13", "doi": "10.1016/0003-4843(78)90029-3"}, ["van Dalen"]),
    ("Хабермас Ю. Модерн — незавершенный проект / пер. с нем. А. Б. Григорьева // Вопросы философии. — 1992. — "
     "№ 4. — С. 40—41. — URL: http://www.example.org/hab.php.",
     {"title": "Модерн — незавершенный проект", "url": "http://www.example.org/hab.php"}, ["Хабермас"]),
])
def test_gost_lines(line: str, fields: dict, families: list) -> None:
    reading = _read(line, "gost")
    for name, value in fields.items():
        assert reading.entry.fields[name] == value
    assert _families(reading) == families


def test_mla_cross_references_and_bare_initials() -> None:
    """A work in a collection listed in full elsewhere ("Oates and Atwan, pp. 171–75"; "Baker, Norton"):
    its title and pages read, the collection kept in a note, the missing year reported; "Babich, L P"."""
    cross = _read("Agee, James. “Knoxville: Summer of 1915.” Oates and Atwan, pp. 171–75.", "mla")
    assert (cross.entry.fields["title"], cross.entry.fields["pages"], cross.entry.fields["note"]) == (
        "Knoxville: {Summer} of 1915", "171--75", "in Oates and Atwan")
    assert "year" in cross.review
    assert _read("Angelou, Maya. “Pickin Em Up.” Baker, Norton, pp. 276–78.", "mla").entry.fields["note"] == (
        "in Baker, Norton")
    assert read_entry("Agee, James. “Knoxville.” Oates and Atwan.").how == "verbatim"  # no pages: no reference
    bare = _read("Babich, L P, et al. “Gamma-Ray Flashes.” Journal of Physics, vol. 106, no. 1, Feb. 2011, pp. 65–76.",
                 "mla")
    assert _families(bare) == ["Babich", "others"]


def test_springer_reports_preprints_versions_isbn_series_and_volumes() -> None:
    report = _read("Chiu WW, Chow WM (1978) A Hybrid Model of an Operating System. research rep. RC-6947 IBM", "springer")
    assert report.entry.type == "techreport" and report.entry.fields["institution"] == "IBM"
    preprint = _read("Baez JC, Lauda AD (Oct. 27, 2004a) Higher-Dimensional Algebra V: 2-Groups. version 3 "
                     "arXiv: math / 0307200v3", "springer")
    assert preprint.entry.type == "unpublished" and "arXiv:math/0307200v3" in preprint.entry.fields["note"]
    article = _read("Baez JC (2004) Higher-Dimensional Algebra V: 2-Groups. version 3 Theory and Applications of "
                    "Categories 12: 423–491 arXiv: math/0307200v3", "springer")
    assert (article.entry.fields["journal"], article.entry.fields["volume"]) == ("Theory and Applications of Categories", "12")
    book = _read("CMS (2003) The Chicago Manual of Style. 15th ed. University of Chicago Press, Chicago, Ill. isbn: "
                 "0-226-10403-6", "springer")
    assert (book.entry.fields["edition"], book.entry.fields["address"], book.entry.fields["isbn"]) == (
        "15th", "Chicago, Ill.", "0-226-10403-6")
    volumes = _read("Galen (1877) The Rhetoric. ed. and comm. by EM Cope 3 vols. Cambridge University Press", "springer")
    assert volumes.entry.fields["publisher"] == "Cambridge University Press" and volumes.entry.fields["note"] == "3 vols."
    series = _read("Galen (1982) The Epistle. ed. and trans. by KP Bland Moreshet: Studies in Jewish History 7 Jewish "
                   "Theological Seminary of America, New York", "springer")
    assert (series.entry.fields["series"], series.entry.fields["publisher"]) == (
        "Moreshet: Studies in Jewish History 7", "Jewish Theological Seminary of America")
    # A title and words after it, no place, no role or edition: a journal's name as much as a publisher's.
    assert read_entry("Galen (1877) The Rhetoric. Cambridge Classical Texts").how != "springer"


def test_an_mla_work_without_names_begins_with_its_title() -> None:
    entry = _read("“Azimuthal Equidistant Projection.” Merriam-Webster’s Collegiate Dictionary, 10th ed., 1993.", "mla")
    assert (entry.entry.fields["journal"], entry.entry.fields["edition"], entry.entry.fields["year"]) == (
        "Merriam-Webster’s Collegiate Dictionary", "10th", "1993")
    assert "author" not in entry.entry.persons


def test_gost_books() -> None:
    book = _read("Лотман Ю. М. Структура художественного текста. — М. : Искусство, 1970. — 384 с.", "gost")
    assert (book.entry.type, book.entry.fields["address"], book.entry.fields["publisher"], book.entry.fields["year"]) == (
        "book", "М.", "Искусство", "1970")
    assert _families(book) == ["Лотман"]
    two = _read("Ivanov I. I., Petrov P. P. A Book of Tests : a manual. — Novosibirsk : Nauka, 2012. — 300 p. — "
                "ISBN 978-5-02-000000-1.", "gost")
    assert two.entry.fields["title"] == "A {Book} of {Tests} : a manual" and _families(two) == ["Ivanov", "Petrov"]


def test_a_harvard_page_online_with_its_access_date() -> None:
    page = _read("Smith, J. (2020) Climate change and you. Available at: https://www.example.org/climate "
                 "(Accessed: 12 May 2021).", "harvard")
    assert page.entry.type == "online" and page.entry.fields["urldate"] == "2021-05-12"
    assert page.entry.fields["url"] == "https://www.example.org/climate"


def test_turabian_names_ending_in_an_initial_and_roles_spelled_out() -> None:
    """Turabian (CMOS's notes-bibliography as biblatex-historian prints it), lines written after its
    forms: the names may end with an initial's period before a quoted title, the role is spelled out
    (", editors."), and a work still coming out is dated "1985–"."""
    reading = _read("Lund, Maria B. “Lists and Their Uses.” Journal of the History of Lists 33 (2001): 457–491.",
                    "chicago-nb")
    assert _families(reading) == ["Lund"]
    assert reading.entry.fields["journal"] == "Journal of the History of Lists"
    reading = _read("Berg, Karl and Tom Holt, editors. The Correspondence of a Cataloguer. Cambridge and New York: "
                    "Fjord University Press, 1985–.", "chicago-nb")
    assert _families(reading, "editor") == ["Berg", "Holt"] and reading.entry.fields["year"] == "1985"


# Turabian's (CMOS 17, 14.110–14.117) other bibliography forms; the works are invented.
@pytest.mark.parametrize(("line", "kind", "fields"), [
    ("Berg, Erna, Karl Holt, and Erika Lund, editors. Listen und Wunder: Werk und Folgen. Listia 56. Linz: "
     "Landesmuseum der Listen, 1998. From a catalog series of the Landesmuseum.",
     "book", {"series": "Listia 56", "publisher": "Landesmuseum der Listen", "address": "Linz",
              "note": "From a catalog series of the Landesmuseum"}),
    ("Holt, Garland E. “Lists and Class Struggle.” Listics 79, Suppl. (1975): 29–45.",
     "article", {"journal": "Listics", "volume": "79", "pages": "29--45"}),
    ("Lund, JoAnn M. et al. “New ‘Phantom’ Lists.” Nature of Lists 358, no. 6385 (1992): 407–410.",
     "article", {"journal": "Nature of Lists", "volume": "358", "number": "6385"}),
    ("Holt, Brad. “The First List.” List Homepages: News From the Campuses, no. 13 (2007): 5.",
     "article", {"journal": "List Homepages: News From the Campuses", "number": "13", "pages": "5"}),
    ("Holt, Brad. “The Second List.” List Homepages (April 20, 2007): 5.",
     "article", {"journal": "List Homepages", "year": "2007", "pages": "5"}),
    ("Berg, Wilhelm. Listen: Ein Lebensbild. 2nd ed. Berlin and Leipzig: Hermann Lister, [ca. 1905].",
     "book", {"edition": "2nd", "year": "1905", "publisher": "Hermann Lister"}),
    ("Lund, Susan Faye. “Humboldtian Lists.” In Lists in Culture: The Early Period, 73–110. New York: List "
     "History Publications, 1978.",
     "incollection", {"booktitle": "Lists in Culture: The Early Period", "pages": "73--110"}),
    ("Holt, Robert. Natürliche Geschichte der Listen. Translated by Carl Berg. Braunschweig: Friedrich Lister & Sohn, "
     "1851. Originally published as Vestiges of Lists (London, 1844).",
     "book", {"note": "Originally published as Vestiges of Lists (London, 1844)", "address": "Braunschweig"}),
    ("Berg, Ulrich. Introduction to Listenphilosophische Schriften, by Matthias Holt, edited by Ulrich Berg, 9–43. "
     "Cologne: Jürgen Lister, 1989.",
     "incollection", {"booktitle": "Listenphilosophische Schriften", "pages": "9--43", "publisher": "Jürgen Lister"}),
    ("Lund, Heinrich Georg. Translator’s concluding remarks from Über die Listen, by Karl Holt, translated by Heinrich "
     "Georg Lund, 525–551. Stuttgart: E. Listbart, 1863.",
     "incollection", {"booktitle": "Über die Listen", "pages": "525--551", "address": "Stuttgart"}),
    ("Holt, William. Lists in the Nineteenth Century: Problems of Form, Function, and Transformation. Cambridge "
     "History of Lists Series. Cambridge: Cambridge University Press, 1977.",
     "book", {"series": "Cambridge History of Lists Series", "publisher": "Cambridge University Press"}),
    ("Lund, Janet. Lists: The Power of Place. N.p.: Alfred A. Lister, 2003. “noplace” in location.",
     "book", {"publisher": "Alfred A. Lister", "year": "2003"}),
])
def test_turabian_bibliography_forms(line: str, kind: str, fields: dict) -> None:
    reading = _read(line, "chicago-nb")
    assert reading.entry.type == kind
    for name, value in fields.items():
        assert reading.entry.fields[name].replace("{", "").replace("}", "") == value, name


def test_a_given_name_with_a_capital_inside_is_a_name() -> None:
    from wenxian.refparse.westnames import parse_author_list

    people = parse_author_list("Lund, JoAnn M.")
    assert people is not None and [p.last_names for p in people] == [["Lund"]]


@pytest.mark.parametrize(("line", "families", "title"), [
    ("Holt, Erwin, Eugen Berg, and Fritz Lund. Grundriss der Listenlehre. Munich: J. F. Lister, 1923.",
     ["Holt", "Berg", "Lund"], "Grundriss der Listenlehre"),
    ("Lund, W. C. et al. Principles of List Ecology. 1st ed. Philadelphia and London: W. B. Lister, 1949.",
     ["Lund", "others"], "Principles of List Ecology"),
])
def test_turabian_books_by_several_names_are_not_ieee_lines(line: str, families: list, title: str) -> None:
    # IEEE's "Names, Title. Place: Publisher, Year." would cut these after the first name ("and Fritz Lund.
    # Grundriss …", "W. C. et al. Principles …" as titles): a title that opens with the names' rest is no title.
    reading = _read(line, "chicago-nb")
    assert _families(reading) == families or [str(p) for p in reading.entry.persons["author"]][-1] == "others"
    assert reading.entry.fields["title"].replace("{", "").replace("}", "") == title
