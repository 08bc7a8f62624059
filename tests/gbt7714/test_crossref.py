"""A contribution takes its book's fields from the entry its ``crossref`` names
(wenxian.gbt7714.crossref), as BibTeX and biblatex do."""

from __future__ import annotations

from pybtex.database import parse_string

from wenxian.gbt7714 import format_bibliography

SOURCE = r"""
@InCollection{Heinz:1990, author = "Alois Heinz", title = "Including pictures in {\TeX}",
  crossref = "Clark:TAU90", pages = "141--152", year = "1990"}
@InCollection{westfahl:space, author = {Westfahl, Gary}, title = {The True Frontier},
  pages = {55--65}, crossref = {westfahl:frontier}}
@Book{Clark:TAU90, editor = "Malcolm Clark", booktitle = "{\TeX} Applications, Uses, Methods",
  title = "{\TeX} Applications, Uses, Methods", publisher = "Ellis Horwood",
  address = "New York, NY, USA", year = "1990"}
@Collection{westfahl:frontier, editor = {Westfahl, Gary}, title = {Space and Beyond},
  subtitle = {The Frontier Theme in Science Fiction}, publisher = {Greenwood},
  location = {Westport, Conn.}, date = 2000, booktitle = {Space and Beyond}}
@InCollection{orphan, author = {Doe, Jane}, title = {Alone}, crossref = {nowhere}, year = 2001}
"""


def test_a_contribution_prints_the_book_its_crossref_names() -> None:
    lines = dict(format_bibliography(parse_string(SOURCE, "bibtex"), edition="2015"))
    # (A book's title after "//" is in sentence case, GB/T 7714—2015 §4.2.2 example 7.)
    assert lines["Heinz:1990"] == ("HEINZ A. Including pictures in TeX[M]//CLARK M. TeX "
                                   "applications, uses, methods. New York, NY, USA: Ellis "
                                   "Horwood, 1990: 141-152.")
    # biblatex: the parent's title (and subtitle) become the child's booktitle.
    assert lines["westfahl:space"] == ("WESTFAHL G. The true frontier[M]//WESTFAHL G. Space "
                                       "and beyond: the frontier theme in science fiction. "
                                       "Westport, Conn.: Greenwood, 2000: 55-65.")
    # The parents keep their own lines; a crossref to nothing changes nothing.
    assert lines["Clark:TAU90"].startswith("CLARK M. TeX applications, uses, methods[M]")
    # A booktitle in a whole work is there for its children: it stays a whole work.
    assert lines["westfahl:frontier"].startswith("WESTFAHL G. Space and beyond: the frontier "
                                                 "theme in science fiction[G]. Westport")
    assert lines["orphan"] == "DOE J. Alone[M]//, 2001."


def test_a_given_name_opening_with_braces_gives_its_initial_as_bibtex_reads_it() -> None:
    # biblatex-examples.bib's "Aks{\i}n, {\"O}zge", texgraph's "{J{\"o}rg} Winckler":
    # a special character is the initial; a name braced whole is abbreviated like any.
    source = r"""@book{a, author = {Aks{\i}n, {\"O}zge and {J{\"o}rg} Winckler and
                                   {\relax Li}, {\relax Jiangning} and Smith, {Th}omas},
                 title = {T}, publisher = {P}, address = {A}, year = 2000}"""
    ((_, line),) = format_bibliography(parse_string(source, "bibtex"), edition="2015")
    assert line.startswith("AKSIN Ö, WINCKLER J, LI Jiangning, et al. T[M].")
    source = source.replace(" and\n", " and ").replace(r"Aks{\i}n, {\"O}zge and ", "")
    ((_, line),) = format_bibliography(parse_string(source, "bibtex"), edition="2015")
    assert line.startswith("WINCKLER J, LI Jiangning, SMITH Th. T[M].")


def test_the_site_build_gets_the_same_entries() -> None:
    # wenxian.gbt7714.sphinx completes the entries sphinxcontrib-bibtex read, in place.
    from types import SimpleNamespace

    from wenxian.gbt7714.sphinx import inherit_crossrefs

    data = parse_string(SOURCE, "bibtex")
    domain = SimpleNamespace(bibdata=SimpleNamespace(data=data))
    app = SimpleNamespace(env=SimpleNamespace(get_domain=lambda name: domain))
    inherit_crossrefs(app)
    inherit_crossrefs(app)  # twice: nothing more
    assert list(data.entries) == ["Heinz:1990", "westfahl:space", "Clark:TAU90",
                                  "westfahl:frontier", "orphan"]
    assert data.entries["Heinz:1990"].fields["publisher"] == "Ellis Horwood"
    assert str(data.entries["Heinz:1990"].persons["editor"][0]) == "Clark, Malcolm"
    assert "booktitle" not in data.entries["orphan"].fields


def test_a_book_in_a_book_takes_the_book_as_its_container_and_its_author() -> None:
    # biblatex-chicago's notes-test.bib: a play in a volume of three plays (biblatex's
    # default inheritance: book → bookinbook, the title as booktitle, the author twice).
    source = r"""
@Book{plays, title = {Histrionics}, subtitle = {Three Plays}, author = {Bernhard, Thomas},
  translator = {Jansen, Peter~K.}, publisher = {Example Press}, location = {Chicago}, date = 1990}
@BookInBook{play, title = {A Party for Boris}, crossref = {plays}}
"""
    lines = dict(format_bibliography(parse_string(source, "bibtex"), edition="2015"))
    assert lines["play"] == ("BERNHARD T. A party for boris[M]. JANSEN P K, trans.//BERNHARD T. "
                             "Histrionics: three plays. Chicago: Example Press, 1990.")


def test_an_entry_takes_the_fields_of_its_xdata_which_is_not_printed() -> None:
    """biblatex's @xdata (biblatex-gost-examples.bib keeps a journal's title and place once):
    an entry naming it takes the fields it lacks; the @xdata entry is data, not a work."""
    source = r"""
    @XData{sib-phil, journaltitle = {Сибирский философский журнал}, location = {Новосибирск},
      langid = {russian}}
    @XData{common, publisher = {Изд-во НГУ}, xdata = {sib-phil}}
    @Article{a, author = {Иванов, Иван}, title = {Статья}, xdata = {common}, date = 2010,
      volume = 8, number = 2, pages = {5--9}, location = {Томск}}
    """
    lines = dict(format_bibliography(parse_string(source, "bibtex"), edition="2015"))
    assert list(lines) == ["a"]
    assert lines["a"] == "Иванов И. Статья[J]. Сибирский философский журнал, 2010, 8(2): 5-9."


def test_ieeetran_control_entry_is_not_a_work() -> None:
    """IEEEtran.bst's @IEEEtranBSTCTL entry (pybtex's IEEEtran.bib) sets the style's options:
    it is not printed (it was an empty line in the list), and is no unknown type."""
    source = r"""
    @IEEEtranBSTCTL{IEEEexample:BSTcontrol, CTLuse_forced_etal = "yes", CTLmax_names_forced_etal = "3"}
    @misc{a, author = {Patashnik, Oren}, title = {{BibTeXing}}, year = 1988}
    """
    lines = format_bibliography(parse_string(source, "bibtex"), edition="2015")
    assert lines == [("a", "PATASHNIK O. BibTeXing[Z]. 1988.")]
