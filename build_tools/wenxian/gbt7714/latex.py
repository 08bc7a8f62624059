"""Turn a BibTeX field value (LaTeX) into runs of Unicode text.

A *run* is a piece of text with two marks: ``protected`` (it stood in braces,
so case changes leave it alone) and ``em`` (``{\\em …}``, ``\\emph{…}``,
``\\textit{…}``). Runs are what the GB/T rules work on (sentence case,
punctuation); :func:`to_rich` turns them into pybtex rich text for any backend.

The LaTeX is read by :mod:`pylatexenc` (its walker and its latex-to-text
tables: accents, symbols, ``\\%``, ``\\&`` …), decoded the way a BibTeX user
sees the typeset result: ``{$\\cdot$}`` → ·, ````…''`` → “…”, ``--``/``---`` →
–/—, ``~`` → a space, ``H$_2$`` → H₂, ``\\TeX`` → TeX, ``\\url{…}`` → the
address, accents before any case change (``Poredo\\v{S}`` → Poredoš). A
braced group is protected from case changes unless it is a BibTeX "special
character" (``{\\v S}``), which is a letter like any other. A command that is
not LaTeX known to the tables is text and stays as written (``C:\\temp``).
pylatexenc was preferred to latexcodec (leaves braces and math: ``{Š}``,
``H$_2$``) and to pybtex's LaTeX parser (decodes nothing): see docs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pybtex.richtext import Protected, String, Tag, Text
from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc import latexwalker
from pylatexenc.latexwalker import (LatexCharsNode, LatexCommentNode, LatexGroupNode,
                                    LatexMacroNode, LatexMathNode, LatexSpecialsNode,
                                    LatexWalker)
from pylatexenc.macrospec import MacroSpec

from wenxian.gbt7714.bibstrings import COMMANDS as _BIBCOMMANDS, STRINGS as _BIBSTRINGS

__all__ = ["Run", "known_command", "parse", "plain", "to_rich"]


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of field text with its marks."""

    text: str
    protected: bool = False
    em: bool = False
    math: bool = False  # TeX's math ($…$): notation, whose parentheses are no separators


_TO_TEXT = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)
_DB = _TO_TEXT.latex_context
# biblatex's own markup that real .bib files carry (biblatex-caspervector's example
# database: ``eid = {\printtext[eprint:arxiv]{math/0211159}}``): the format in
# brackets is biblatex's, the text in braces is printed.
_WALKER_DB = latexwalker.get_default_latex_context_db().filter_context()
_WALKER_DB.add_context_category("wenxian-biblatex", prepend=True,
                                macros=[MacroSpec("printtext", "[{")])

# Specials as a BibTeX user sees them typeset.
_SPECIALS = {"~": " ", "``": "“", "''": "”", "`": "‘", "'": "’", "--": "–", "---": "—",
             "!`": "¡", "?`": "¿"}
# Commands the tables do not know, or read differently from BibTeX data.
_WORDS = {"TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX",
          "XeTeX": "XeTeX", "XeLaTeX": "XeLaTeX", "quad": "\u2003", "qquad": "\u2003\u2003",
          "relax": "", "allowbreak": "", "-": "", "\\": " ", "newline": " ", "/": "",
          "textendash": "–", "textemdash": "—", ",": "\u2009", "times": "×",
          "textquotedblleft": "“", "textquotedblright": "”", "textasciitilde": "~",
          "textbackslash": "\\", "textasciicircum": "^", "textbraceleft": "{", "textbraceright": "}",
          "slash": "/", "cdot": "·", "textperiodcentered": "·"}
# The names that Nelson Beebe's texnames.sty and bibnames.sty (TeX Live) define,
# which his bibliographies and many copied from them use: what they print.
_WORDS.update({"MF": "METAFONT", "METAFONT": "METAFONT", "MP": "MetaPost", "METAPOST": "MetaPost",
               "AMS": "AMS", "AMSTeX": "AMS-TeX", "AmSTeX": "AMS-TeX", "LAMSTeX": "LAMS-TeX",
               "SliTeX": "SliTeX", "PiCTeX": "PiCTeX", "TUB": "TUGboat", "TUG": "TUG",
               "ConTeXt": "ConTeXt", "LuaTeX": "LuaTeX", "LuaLaTeX": "LuaLaTeX",
               # ctex's logo (ctex.sty's \CTeX, as Chinese TeX users' data types it)
               "CTeX": "CTeX", "CTEX": "CTeX",
               # xepersian's logo (xepersian.sty's \XePersian)
               "XePersian": "XePersian",
               "pdfTeX": "pdfTeX", "pdfLaTeX": "pdfLaTeX", "eTeX": "e-TeX", "Eplain": "Eplain",
               "emdash": "—", "endash": "–", "protect": "",
               # bibnames.sty's own names, and the spellings texnames.sty also accepts
               "CMR": "Computer Modern", "CWEB": "CWEB", "FWEB": "FWEB", "WEB": "WEB",
               "PLOT": "<PLOT79>", "POSTSCRIPT": "PostScript", "PS": "PostScript",
               "ndash": "–", "AmS": "AMS", "AMSTEX": "AMS-TeX",
               "AmSLaTeX": "AMS-LaTeX", "AMSLaTeX": "AMS-LaTeX", "BIBTeX": "BibTeX",
               "BIBTEX": "BibTeX", "LATEX": "LaTeX", "SLITEX": "SliTeX", "SLiTeX": "SliTeX",
               "SLITeX": "SliTeX", "LamSTeX": "LAMS-TeX", "LAmSTeX": "LAMS-TeX",
               # biblatex's hyphens (biblatex.sty) and TeX's penalties and spaces
               "hyphen": "-", "nbhyphen": "-", "hyphenate": "", "nobreak": "",
               "thinspace": "\u2009", "enspace": "\u2002", "fi": "", "break": "",
               "@": "", "space": " ", "pounds": "£", "textsterling": "£", "texteuro": "€",
               "euro": "€", "textdollar": "$",
               # LaTeX's glue and line and page breaks (biblatex-jura2's manual puts
               # "\\hfill\\hfill\\linebreak" between the volumes of a commentary in its title):
               # the reader sees a space between the words, nothing else
               "hfill": " ", "hfil": " ", "hss": "", "vfill": " ", "linebreak": " ",
               "pagebreak": " ", "newpage": " ", "par": " ", "noindent": "",
               "smallskip": " ", "medskip": " ", "bigskip": " "})
# biblatex's punctuation commands (biblatex.sty), as they print where a field ends or
# joins another: a data file copied from a biblatex database carries them.
_WORDS.update({"adddot": ".", "addcomma": ",", "addcolon": ":", "addsemicolon": ";",
               "addperiod": ".", "addspace": " ", "addnbspace": " ", "addabbrvspace": " ",
               "addnbthinspace": " ", "addthinspace": " ", "adddotspace": ". ",
               "addslash": "/", "finalandcomma": ",", "bibrangedash": "–",
               "bibdatedash": "–", "isdot": "", "nopunct": "", "unspace": "",
               "bibellipsis": "…",
               # biblatex's page commands (biblatex.sty: \psq is \sqspace\bibstring{sequens}):
               # "98\psq" is page 98 and the next ("98 sq."; its English bibstring, as above)
               "psq": " sq.", "psqq": " sqq.", "sqspace": " ", "nopp": ""})
# apacite's words (apacite.sty: a database written for apacite.bst carries them), and
# the commands of its manual's database (apacdoc.sty, as they print in the reference list
# after \APACmanBeforeBib): each changes how the next word of apacite.bst's own prints
# ("In", "Retrieved from", "ed.") or swallows a full stop, and prints nothing itself.
_WORDS.update({"bibnodate": "n.d.", "BIP": "in press", "BIn": "In", "BOn": "On",
               "bibskipbracenodot": "", "indexskipbracenodot": "",
               "BmakeAbstractRetrieved": "", "noedition": "", "ignorespaces": ""})
_WORDS.update(_BIBCOMMANDS)
# biblatex's localisation strings (``\bibstring{reviewof}``): their English long form;
# the capitalising variants print it with a capital.
_BIBSTRING_COMMANDS = {"bibstring": False, "biblstring": False, "bibsstring": False,
                       "bibncpstring": False, "bibcpstring": True, "bibucstring": True,
                       "Bibstring": True, "biblcstring": False}
# Commands with arguments that the names above come with (bibnames.sty): what they print,
# ``#1``… standing for their arguments.
_ARG_WORDS = {"noopsort": (1, ""), "singleletter": (1, "#1"),
              "tubissue": (2, "TUGboat #1, no. #2"),
              # biblatex's parentheses and brackets; babel's text in another language
              "mkbibparens": (1, "(#1)"), "mkbibbrackets": (1, "[#1]"),
              "foreignlanguage": (2, "#2"), "hyphenrules": (2, "#2"),
              # apacite's: a body as an author, a name taken literally, a full stop left out
              "bibcorporate": (1, "#1"), "bibliteral": (1, "#1"), "bibnodot": (1, ""),
              # apacite's sort key and reference-list year (apacite.sty, apacdoc.sty);
              # an editor's role label, a changed "In", a one-time redefinition print nothing
              "APACSortNoop": (1, ""), "bibphant": (1, ""), "bibreftext": (2, "#1"),
              "bibinitial": (1, "#1"), "bibeditortype": (1, ""), "bibInstring": (1, ""),
              "APACredefineOnce": (2, ""), "bibsong": (4, ""), "Dutchvon": (2, "#1"),
              "APACciteatitle": (1, "#1"), "APACcitebtitle": (1, "#1"),
              # biblatex's letter capitalised at the start of a sentence (\autocap{e}-book)
              "autocap": (1, "#1")}
# TeX's case primitives and LaTeX's commands: their argument in that case
# (apa5ex.bib: "{\lowercase{D}}e Ridder", "[\uppercase{CD}]").
_CASE_COMMANDS = {"uppercase": str.upper, "MakeUppercase": str.upper,
                  "lowercase": str.lower, "MakeLowercase": str.lower}
# hologo's logos (``\\hologo{LaTeX}``, ``\\Hologo{biber}``; hologo.sty, TeX Live): the
# name is the logo's letters, printed as the texnames above print them; a name the
# table lacks prints as it is written. A logo is a name: case changes leave it alone.
_LOGO_COMMANDS = frozenset({"hologo", "Hologo"})
_LOGOS = {"LaTeX2e": "LaTeX2e", "LaTeXe": "LaTeX2e", "plainTeX": "plain TeX",
          "eTeX": "e-TeX", "AmSTeX": "AMS-TeX", "AmSLaTeX": "AMS-LaTeX", "BibTeX8": "BibTeX8",
          "KOMAScript": "KOMA-Script", "LaTeXTeX": "(La)TeX", "METAFONT": "METAFONT"}
# TeX's spacing and shifting primitives and the dimension after them ("\\kern-.035em",
# "\\lower.5ex" in a logo a file defines): nothing of them is printed.
_DIMEN_COMMANDS = frozenset({"kern", "lower", "raise", "hskip", "vskip", "mkern", "mskip"})
# TeX's primitives that take a number ("\\penalty0", "\\spacefactor1000 "): nothing printed.
_COUNT_COMMANDS = frozenset({"penalty", "spacefactor", "hyphenchar", "looseness"})
_COUNT = re.compile(r"^\s*-?\d+\s?")
# "\\char92" is the character with that code (decimal, 'octal or "hex); TeX's specials
# become the commands that print them, control codes print nothing.
_CHAR = re.compile(r"\\char\s*(?:(\d+)|'([0-7]+)|\"([0-9A-Fa-f]+))\s?")
_CHAR_COMMANDS = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
                  "%": r"\%", "$": r"\$", "&": r"\&", "#": r"\#", "_": r"\_",
                  "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}
_DIMEN = re.compile(r"^\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*(?:em|ex|pt|mm|cm|in|bp|sp|pc|dd|cc|mu)\s?")
_EM_SWITCHES = frozenset({"em", "it", "itshape", "sl", "slshape"})
# Font and size switches: GB/T keeps no fonts, so they print nothing.
_SWITCHES = frozenset({"tt", "sc", "bf", "rm", "sf", "md", "up", "ttfamily", "scshape", "manfnt",
                       "bfseries", "rmfamily", "sffamily", "mdseries", "upshape", "normalfont",
                       "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large",
                       "Large", "LARGE", "huge", "Huge", "boldmath", "unboldmath",
                       # bidi's direction switches and e-TeX's direction primitives
                       "setLR", "setRL", "unsetLR", "unsetRL", "setLTR", "setRTL",
                       "beginL", "endL", "beginR", "endR"})
_EM_COMMANDS = frozenset({"emph", "textit", "textsl", "mkbibemph"})
# Commands whose argument is printed as it is (formatting that GB/T does not keep).
_PLAIN_COMMANDS = frozenset({"textbf", "textrm", "textsf", "texttt", "textsc", "textup",
                             "textnormal", "textmd", "mbox", "hbox", "text", "mathrm",
                             "mathit", "mathbf", "mathsf", "mathtt", "ensuremath",
                             "mkbibbold", "nolinkurl", "NoCaseChange", "nocase", "printtext",
                             # polyglossia's (and users' own) switches to another language
                             "textzh", "textchinese", "textjapanese", "textkorean", "textarabic",
                             "textenglish", "textgerman", "textfrench", "textspanish",
                             "textitalian", "textlatin",
                             # bidi's (and xepersian's) text direction: left-to-right or
                             # right-to-left text, printed as it is (bidi.sty: \lr{\LaTeX}
                             # in a Persian title is "LaTeX" typeset left to right)
                             "lr", "rl", "LR", "RL", "LRE", "RLE", "textLR", "textRL"})
_URL_COMMANDS = frozenset({"url", "path"})
_QUOTE_COMMANDS = frozenset({"enquote", "mkbibquote"})
_SCRIPTS = {
    "_": dict(zip("0123456789+-=()aeoxhklmnpst", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ")),
    "^": dict(zip("0123456789+-=()in", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿ")),
}


def _script(text: str, mark: str) -> str:
    """Sub- or superscript characters where Unicode has them all, else the text."""
    table = _SCRIPTS[mark]
    if text and all(c in table for c in text):
        return "".join(table[c] for c in text)
    return text


# TeX's log-like operators (The TeXbook, ch. 18): set upright, with a thin space before the
# letter or operator that follows ("$O(n \\log n / \\! \\log\\log n)$", BibTeX's xampl.bib),
# which pylatexenc's strict spacing drops ("n logn / loglogn").
_MATH_OPERATOR = re.compile(
    r"\\(arccos|arcsin|arctan|arg|cos|cosh|cot|coth|csc|deg|det|dim|exp|gcd|hom|inf|ker|lg|"
    r"lim|liminf|limsup|ln|log|max|min|Pr|sec|sin|sinh|sup|tan|tanh)(?![A-Za-z])\s*")


def _math_spaced(source: str) -> str:
    """Math source with each operator written out as its name, a space after it where a
    letter, digit or another command follows; ``\\!`` (a negative thin space) dropped."""
    def name(match: re.Match) -> str:
        rest = source[match.end():match.end() + 1]
        return match.group(1) + (" " if rest.isalnum() or rest == "\\" else "")
    return re.sub(r"\\!\s*", "", _MATH_OPERATOR.sub(name, source))


def _math_text(text: str) -> str:
    """``H_2``, ``x^{2}``, ``H_∞`` as they read: H₂, x², H∞."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in "_^" and i + 1 < len(text):
            if text[i + 1] == "{" and "}" in text[i + 1:]:
                end = text.index("}", i + 1)
                arg, i = text[i + 2:end], end + 1
            else:
                arg, i = text[i + 1], i + 2
            out.append(_script(arg, c))
            continue
        if c not in "{}":
            out.append(c)
        i += 1
    return "".join(out).strip()


class _Reader:
    """Walks pylatexenc's nodes, collecting runs."""

    def __init__(self) -> None:
        self.runs: list[Run] = []

    def add(self, text: str, protected: bool, em: bool, math: bool = False) -> None:
        if text:
            self.runs.append(Run(text, protected, em, math))

    def nodes(self, nodes, protected: bool, em: bool) -> None:
        nodes = [n for n in nodes if n is not None]
        i = 0
        while i < len(nodes):
            node = nodes[i]
            i += 1
            if isinstance(node, LatexMacroNode):
                name = node.macroname
                if name in _EM_SWITCHES:
                    em = True  # to the end of the group
                    continue
                if name in _SWITCHES:
                    continue
                # \kern, \penalty… take a dimension or a count from the text after them
                value = _DIMEN if name in _DIMEN_COMMANDS else _COUNT if name in _COUNT_COMMANDS else None
                if value is not None and not _args(node):
                    if i < len(nodes) and isinstance(nodes[i], LatexCharsNode):
                        rest = value.sub("", nodes[i].chars, count=1)
                        if rest != nodes[i].chars:
                            self.add(rest, protected, em)
                            i += 1
                    continue
                if name in _BIBSTRING_COMMANDS and not _args(node):
                    while i < len(nodes) and isinstance(nodes[i], LatexCharsNode) \
                            and not nodes[i].chars.strip():
                        i += 1
                    if i < len(nodes) and isinstance(nodes[i], LatexGroupNode):
                        key = nodes[i].latex_verbatim()[1:-1].strip()
                        i += 1
                        text = _BIBSTRINGS.get(key, key)
                        if _BIBSTRING_COMMANDS[name]:
                            text = text[:1].upper() + text[1:]
                        self.add(text, protected, em)
                    continue
                if name in _LOGO_COMMANDS and not _args(node):
                    while i < len(nodes) and isinstance(nodes[i], LatexCharsNode) \
                            and not nodes[i].chars.strip():
                        i += 1
                    if i < len(nodes) and isinstance(nodes[i], LatexGroupNode):
                        logo = nodes[i].latex_verbatim()[1:-1].strip()
                        i += 1
                        text = _LOGOS.get(logo) or _WORDS.get(logo) or logo
                        self.add(text[:1].upper() + text[1:] if name == "Hologo" else text,
                                 True, em)
                    continue
                if name in _CASE_COMMANDS and not _args(node):
                    while i < len(nodes) and isinstance(nodes[i], LatexCharsNode) \
                            and not nodes[i].chars.strip():
                        i += 1
                    if i < len(nodes) and isinstance(nodes[i], LatexGroupNode):
                        inner = _Reader()
                        inner.nodes(nodes[i].nodelist, True, em)
                        i += 1
                        self.add(_CASE_COMMANDS[name](plain(inner.runs)), True, em)
                    continue
                if name in _ARG_WORDS and not _args(node):
                    count, template = _ARG_WORDS[name]
                    values = []
                    while len(values) < count and i < len(nodes):
                        if isinstance(nodes[i], LatexCharsNode) and not nodes[i].chars.strip():
                            i += 1
                            continue
                        if not isinstance(nodes[i], LatexGroupNode):
                            break
                        values.append(nodes[i].latex_verbatim()[1:-1])
                        i += 1
                    text = template
                    for n, value in enumerate(values, 1):
                        text = text.replace(f"#{n}", value)
                    self.nodes(_walk(re.sub(r"#\d", "", text)), protected, em)
                    continue
                arg = None
                if not _args(node) and i < len(nodes) and isinstance(nodes[i], LatexGroupNode) \
                        and (name in _EM_COMMANDS or name in _PLAIN_COMMANDS
                             or name in _URL_COMMANDS or name in _QUOTE_COMMANDS
                             or name in ("textsubscript", "textsuperscript", "href")):
                    arg = nodes[i]
                    i += 1
                elif not _args(node) and i < len(nodes) and isinstance(nodes[i], LatexGroupNode) \
                        and nodes[i].delimiters == ("{", "}") and nodes[i].nodelist \
                        and name.isalpha() \
                        and not known_command(name) and name not in _URL_COMMANDS \
                        and name not in _QUOTE_COMMANDS:
                    # A command no table knows, written right before its braced argument
                    # (\mymacro{text}): a user's or a style's markup around text (a title's
                    # font, a language: biblatex-fiwi's \film{Lost}, "markiert Filmtitel"): the
                    # text is printed, the command's name is not, and the braced text keeps its
                    # case as BibTeX keeps it. A command alone ("C:\temp") stays text.
                    self.nodes(nodes[i].nodelist, True, em)
                    i += 1
                    continue
                self.macro(node, arg, nodes, i, protected, em)
                if name == "href" and arg is not None and i < len(nodes) \
                        and isinstance(nodes[i], LatexGroupNode):
                    self.nodes(nodes[i].nodelist, protected, em)  # the link's text
                    i += 1
            else:
                self.node(node, protected, em)

    def node(self, node, protected: bool, em: bool) -> None:
        if isinstance(node, LatexCharsNode):
            self.add(node.chars, protected, em)
        elif isinstance(node, LatexCommentNode):
            self.add(node.latex_verbatim(), protected, em)  # "%" is text in BibTeX data
        elif isinstance(node, LatexSpecialsNode):
            chars = node.specials_chars
            self.add(_SPECIALS.get(chars, _TO_TEXT.node_to_text(node) or chars), protected, em)
        elif isinstance(node, LatexGroupNode):
            if node.delimiters != ("{", "}"):
                self.add(node.delimiters[0], protected, em)
                self.nodes(node.nodelist, protected, em)
                self.add(node.delimiters[1], protected, em)
                return
            first = next((n for n in node.nodelist
                          if not (isinstance(n, LatexCharsNode) and not n.chars.strip())), None)
            special = isinstance(first, LatexMacroNode) and first.macroname not in _EM_SWITCHES \
                and first.macroname not in _SWITCHES
            self.nodes(node.nodelist, protected or not special, em)
        elif isinstance(node, LatexMathNode):
            source = "".join(n.latex_verbatim() for n in node.nodelist)
            if _MATH_OPERATOR.search(source) or "\\!" in source:
                raw = _TO_TEXT.latex_to_text(_math_spaced(source))
            else:
                raw = _TO_TEXT.nodelist_to_text(node.nodelist)
            self.add(_math_text(raw), True, em, math=True)

    def macro(self, node: LatexMacroNode, arg, siblings, index: int,
              protected: bool, em: bool) -> None:
        name = node.macroname
        args = [a for a in _args(node) if a is not None]
        if arg is not None:
            args = [arg]
        content = args[-1].nodelist if args and isinstance(args[-1], LatexGroupNode) else args
        # A braced argument is a group at the level of the command, so BibTeX's change.case$
        # leaves it as typed, as biblatex's sentence case does ("… of \textit{Escherichia
        # coli}", UNAMThesis' database: "escherichia coli" before).
        braced = bool(args) and isinstance(args[-1], LatexGroupNode) \
            and args[-1].delimiters == ("{", "}")
        if name in _EM_COMMANDS:
            self.nodes(content, protected or braced, True)
        elif name in _PLAIN_COMMANDS:
            self.nodes(content, protected or braced, em)
        elif name in _URL_COMMANDS or name == "href":
            target = args[0].latex_verbatim()[1:-1] if args and isinstance(
                args[0], LatexGroupNode) else ""
            if name != "href":
                self.add(target, True, em)
        elif name in _QUOTE_COMMANDS:
            self.add("“", protected, em)
            self.nodes(content, protected or braced, em)
            self.add("”", protected, em)
        elif name in ("textsubscript", "textsuperscript"):
            text = _TO_TEXT.nodelist_to_text(content)
            self.add(_script(text, "_" if name == "textsubscript" else "^"), protected, em)
        elif name in _WORDS:
            self.add(_WORDS[name], protected, em)
        elif _DB.get_macro_spec(name) is not None:
            self.add(_TO_TEXT.node_to_text(node), protected, em)
        else:
            # Not LaTeX the tables know: a backslash that is text ("C:\temp").
            self.add(node.latex_verbatim(), protected, em)


def known_command(name: str) -> bool:
    """True for a command the decoder prints something known for (``\\MF``, ``\\TeX``,
    an accent, ``\\emph``…)."""
    return (name in _WORDS or name in _SWITCHES or name in _EM_SWITCHES
            or name in _EM_COMMANDS or name in _PLAIN_COMMANDS or name in _DIMEN_COMMANDS
            or name in _COUNT_COMMANDS or name in _ARG_WORDS or name == "char"
            or name in _BIBSTRING_COMMANDS or name in _LOGO_COMMANDS or name in _CASE_COMMANDS
            or _DB.get_macro_spec(name) is not None)


def _walk(value: str) -> list:
    walker = LatexWalker(value, latex_context=_WALKER_DB, tolerant_parsing=True)
    return walker.get_latex_nodes()[0]


def _char(match: re.Match) -> str:
    code = int(match.group(1)) if match.group(1) else (
        int(match.group(2), 8) if match.group(2) else int(match.group(3), 16))
    if code < 32 or code == 127:
        return ""
    return _CHAR_COMMANDS.get(chr(code), chr(code))


def _args(node: LatexMacroNode) -> list:
    argd = node.nodeargd
    return list(argd.argnlist) if argd is not None and argd.argnlist else []


@lru_cache(maxsize=8192)
def parse(value: str) -> tuple[Run, ...]:
    """Parse one field value into runs (cached: the same value parses once)."""
    if not value:
        return ()
    if "\\" not in value and "$" not in value and "%" not in value:
        return _without_commands(value)  # most fields: braces and ligatures only
    reader = _Reader()
    if "\\char" in value:
        value = _CHAR.sub(_char, value)
    try:
        reader.nodes(_walk(value), False, False)
    except Exception:  # pylatexenc's tolerant mode still raises on some inputs
        return (Run(value.replace("{", "").replace("}", "")),)
    return tuple(_merge(reader.runs))


_LIGATURES = re.compile(r"---|--|``|''|~")
_BRACE = re.compile(r"[{}]|[^{}]+")


def _without_commands(value: str) -> tuple[Run, ...]:
    """A value with no command, math or comment: braced parts are protected, TeX's
    ligatures and ties are what TeX prints (the walker reads the same way)."""
    runs: list[Run] = []
    depth = 0
    for token in _BRACE.findall(value):
        if token == "{":
            depth += 1
        elif token == "}":
            depth = max(depth - 1, 0)
        else:
            text = _LIGATURES.sub(lambda m: _SPECIALS[m.group(0)], token)
            runs.append(Run(text, depth > 0))
    return tuple(_merge(runs))


def _merge(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last and (last.protected, last.em, last.math) == (run.protected, run.em, run.math):
            merged[-1] = Run(last.text + run.text, run.protected, run.em, run.math)
        else:
            merged.append(run)
    return merged


def plain(runs: tuple[Run, ...] | list[Run]) -> str:
    """The runs as one plain string."""
    return "".join(run.text for run in runs)


def to_rich(runs: tuple[Run, ...] | list[Run]) -> Text:
    """The runs as pybtex rich text (emphasis as ``Tag("em")``)."""
    parts = []
    for run in runs:
        node = Protected(run.text) if run.protected else String(run.text)
        parts.append(Tag("em", node) if run.em else node)
    return Text(*parts)
