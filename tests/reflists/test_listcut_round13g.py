"""Round 13g: what the sealed lists ``real-sealed7`` showed about cutting a list (all lines written
here, in the forms those documents print)."""

from __future__ import annotations

from wenxian.refparse.listcut import cut_list


def test_an_appendix_set_before_the_lists_heading_is_no_end_of_it() -> None:
    """A journal that sets its appendices before the references: "Appendix A1: …" above the heading is the
    document's text, not where the list ends (as "Acknowledgement" above it already was)."""
    lines = ["A. One, A. Two and A. Three", "", "Appendix A1: Typesetting a single appendix",
             "Appendices appear before the reference section. To create a single appendix", "",
             "References",
             "Aisa, R., and F. Pueyo (2004) “Endogenous longevity, health and economic",
             "growth: A slow growth for a longer life?,” Economics Bulletin 9, 1–10",
             "Lucas, R. (1990) “Supply-side economics: An analytical review,” Oxford Economic",
             "Papers 42, 293–316."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [7, 9]
    assert cut.items[0].text.startswith("Aisa, R.")


def test_an_initialled_head_opens_an_entry_after_one_without_its_full_stop() -> None:
    """The Canadian Journal of Economics ends its entries without a full stop ("…Oxford: Oxford
    University Press"): in an author-year list, names with their initials and the year in parentheses
    open the next entry all the same; a journal's name before a year in parentheses does not."""
    lines = ["Atkinson, A., and J. Stiglitz (1980) Lectures on Public Economics, New York:",
             "McGraw-Hill",
             "Glomm, G., and B. Ravikumar (1992) “Public versus private investment in human",
             "capital,” Journal of Political Economy 100, 813–34",
             "Mas-Colell, A., M. D. Whinston, and J. R. Green (1995) Microeconomic Theory,",
             "Oxford: Oxford University Press",
             "Mendoza, E. G. (1991) “Real business cycles in a small open economy,” American",
             "Economic Review 81, 717–818",
             "Lucas, R. (1990) “Supply-side economics: An analytical review,” in Collected",
             "Essays in Economic Theory (1995) Oxford University Press",
             "van der Pol, M. M., and J. A. Cairns (2000) “Zero and negative time preference for",
             "health,” Health Economics 9, 171–75"]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [1, 3, 5, 7, 9, 11]
    assert cut.items[4].text.endswith("(1995) Oxford University Press")


def test_names_with_combining_accents_are_read_as_composed() -> None:
    """A PDF's text layer may give "DĚŤA" as "DE" and a combining caron, "T" and another: the cutter reads
    the lines composed (NFC), so the capitals of a name open its entry as the composed form does."""
    lines = ["BORGMAN, Christine L., 2003. From Gutenberg to the Global Information Infrastructure.",
             "Cambridge (Mass.): The MIT Press. Available also from: https://patents.",
             "google.com/patent/EP1094937B1.",
             "DE\u030cT\u030cA, Hugh; RYCHL\u00cdK, Tom\u00e1\u0161, 1991. A big paper: Podtitul [online]. 2. vyd. Praha: Academia",
             "[visited on 2011-01-12]. Pokusn\u00e1 edice."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [1, 4]
    assert cut.items[0].text.endswith("https://patents.google.com/patent/EP1094937B1.")
    assert cut.items[1].text.startswith("D\u011a\u0164A, Hugh;")


def test_names_in_accented_capitals_open_an_entry() -> None:
    """ISO 690 prints family names in capitals, accented ones too ("NÁRODNÍ KNIHOVNA", "HÀN THẾ"):
    they open an entry after a finished one as "KNUTH, Donald" does."""
    lines = ["MALDACENA, Juan M., 1998. The Large N Limit of Superconformal Field Theories. Available",
             "from arXiv: hep-th/9711200.",
             "NÁRODNÍ KNIHOVNA, 1991. A big paper. The journal of big papers. Vol. 1, no. 2.",
             "Titulek, 1991. The journal of big papers. Vol. 12, no. 2, pp. 22–44. Available from DOI:",
             "10.1000/182.",
             "HÀN THẾ, Thành, 2001. Micro-typographic extensions to the TEX typesetting system. PhD thesis."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [1, 3, 4, 6]
    assert cut.items[2].text.endswith("10.1000/182.")


def test_apa_heads_with_a_role_or_a_span_of_years_open_an_entry() -> None:
    """APA names a role in parentheses after the names ("(Producer)") and dates a collection by its span
    of years ("(1930–1967)"): either head opens an entry after a finished one."""
    lines = ["Adams, R. J. (1973). Building a foundation for evaluation of instruction. Radcliffe College,",
             "Cambridge, MA.",
             "Allport, G. W. (1930–1967). Correspondence. Gordon W. Allport Papers (HUG 4118.10). Harvard",
             "University Archives, Cambridge, MA.",
             "American Psychological Association (Producer). (2000). Responding therapeutically to patient",
             "expressions of sexual attraction [DVD]. Available from http://www.apa.org/videos/",
             "Anon, A. N. (2010, September). A very interesting paper. In Proc. UKACC international conference."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [1, 3, 5, 7]


def test_a_sentence_after_an_address_is_not_glued_to_it() -> None:
    """An address that ends a line is not continued by a capitalised word and a space or comma ("…/monitor/"
    / "Comprehensive Meta-Analysis …", "…july2005-lynch." / "Macbeth, 1948"): those are words, and the DOI
    or URL keeps its own end; an address's rest ("sexualization.html", "google.com/…") still joins."""
    from wenxian.refparse.text import join_wrapped

    assert join_wrapped(["Available from DOI: 10.1045/july2005-lynch.", "Macbeth, 1948 [film]."]) == (
        "Available from DOI: 10.1045/july2005-lynch. Macbeth, 1948 [film].")
    assert join_wrapped(["Retrieved from http://www.apa.org/monitor/", "Comprehensive Meta-Analysis (Version 2)."]) == (
        "Retrieved from http://www.apa.org/monitor/ Comprehensive Meta-Analysis (Version 2).")
    assert join_wrapped(["Retrieved from http://www.apa.org/pi/wpo/", "sexualization.html"]) == (
        "Retrieved from http://www.apa.org/pi/wpo/sexualization.html")
    assert join_wrapped(["10.1016/j.", "Jet.2003.07.001."]) == "10.1016/j.Jet.2003.07.001."


def test_a_heading_numbered_as_a_section_starts_the_list() -> None:
    """"3 Reference bibliography" (a manual numbers its sections) is the list's heading: the paragraph
    above it is the document's, not the first entry's."""
    lines = ["If only a limited number of copies of the work exists or the location of a graphic work is",
             "essential to its identification, such location (e.g. library or repository) should be stated in a",
             "reference. The field library serves for this purpose, see (Gosse, 1912).",
             "",
             "3 Reference bibliography",
             "APPLEBY, Humphrey et al. (eds.), [ca. 1452– ]. Thinking and Writing. A periodical with an",
             "open ended date range.",
             "BORGMAN, Christine L., 2003. From Gutenberg to the Global Information Infrastructure."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [6, 8]
