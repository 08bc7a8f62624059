"""The numbered styles of physics and the sciences that give names first, by their initials, and a
journal's article as its journal, volume, pages and year in parentheses — Physical Review as
REVTeX's apsrev4-2 prints it (the APS Style Guide for Authors) and Science (its instructions to
authors, as biblatex-science prints them)::

    E. B. Davies and L. Parns, Trapped modes in acoustic waveguides, Q. J. Mech. Appl. Math. 51, 477 (1988).
    R. P. Feynman, Phys. Rev. 94, 262 (1954).
    A. J. Arduengo III, R. L. Harlow, M. Kline, J. Am. Chem. Soc. 113, 361–363 (1991).
    G. Booth, J. Chatt, J. Chem. Soc. 2099–2106 (1962).
    D. Pugh, J. A. Wright, A. A. Danopoulos, Angew. Chem. Int. Ed. in press.
    N. D. Birrell and P. C. W. Davies, Quantum Fields in Curved Space (Cambridge University Press, 1982).
    W. L. F. Armarego, C. L. L. Chai, Purification of Laboratory Chemicals (Butterworth–Heinemann, London, ed. 5, 2003).
    F. Glorius, Ed., Carbenes in Catalysis (Springer, Berlin, 2007), vol. 21.
    E. Beutler, in Williams Hematology, Vol. 2, edited by E. Beutler (McGraw-Hill, New York, 1994) Chap. 7, pp. 654–662.
    P. M. Henry, in Handbook of Chemistry, ed. by E.-I. Negishi (Wiley, New York, 2002), vol. 2, pp. 2119–2140.
    J. K. Nelson, M.S. thesis, New York University (1999).
    M. J. Gaunt, PhD thesis, University of Cambridge, 1999.
    A. Diller: LATEX Line by Line (John Wiley & Sons, Chichester, 1999) 2nd ed., p. 129.    (JPSJ's book)
    W. J. Smith and B. G. Miller, Surface chemistry on silicon (2010), J. Appl. Phys. (unpublished).

What sets them apart: no punctuation between the journal and its volume, the pages after a comma, the
year alone in parentheses after them (the AIP style puts the title in quotation marks; Nature prints
the volume in bold and the names family first); a book's imprint in parentheses, "ed. 5" for its
edition (Science). Physical Review joins the last two names with "and", Science only with commas.
REVTeX's PDFs glue that "and" to the name before it ("N. D. Birrelland P. C. W. Davies"): in names
given by their initials, a family name ending in "and" right before the next name's initials can only
be the two run together, and is read so.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import END, MONTH, PAGES, YEAR, groups

_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_INITIALS = rf"(?:{_UPPER}[a-z]?\.(?:-{_UPPER}\.)?\s)+"
_NAME = (rf"{_INITIALS}(?:(?:van|von|de|der|du|le)\s)*{_UPPER}[^\s,()“”\d]+"
         r"(?:\s(?:Jr\.|Sr\.|II|III|IV)(?![\w.]))?")
_AUTHORS = (rf"(?P<author>{_NAME}(?:,\s(?!and\s){_NAME})*(?:,?\sand\s{_NAME}|\set\sal\.)?)"
            r"(?:,\s(?P<role>[Ee]ds?)\.)?")
_GLUED_AND = re.compile(rf"(?<=[a-z])and\s(?={_INITIALS})")

# An abbreviated journal ("Q. J. Mech. Appl. Math.", "Physica D", "Philos. Trans. R. Soc. London, Ser. B",
# "Angew. Chem., Int. Ed. Engl."): words in capitals or abbreviated, no digit.
_JOURNAL_PIECE = re.compile(r"^(?:[A-Z][\w.’'\-]*|[a-z]{1,3}|&)(?:\s(?:[A-Z][\w.’'\-]*|of|and|der|de|&))*$")
ARTICLE = re.compile(rf"^{_AUTHORS},\s(?P<pre>[^()“”\"]+?)\s(?:(?P<volume>\d+[A-Z]?),\s)?{PAGES}\s\({YEAR}\)"
                     r"(?:[,;]\s*(?P<note>.+?))?" + END)
IN_PRESS = re.compile(rf"^{_AUTHORS},\s(?P<container>[^()\d]+?)\s+(?P<note>in press)" + END)
# A book or a chapter: the imprint in parentheses, what follows it (volume, chapter, pages, edition).
_IMPRINT = rf"\s*\((?P<imprint>[^()]*?,\s)?{YEAR}\)(?P<tail>[^()]*?)" + END
CHAPTER = re.compile(rf"^{_AUTHORS},\s(?:(?P<title>[^()“”]+?),\s)?in\s(?P<container>[^,()“”]+)(?P<mid>,[^()]*?)?" + _IMPRINT)
BOOK = re.compile(rf"^{_AUTHORS},\s(?P<title>[^()“”]+?)" + _IMPRINT)
THESIS = re.compile(rf"^{_AUTHORS},\s(?:(?P<title>[^()]+?),\s)?(?P<kind>Ph\.\s?D\.\s(?:thesis|dissertation)|"
                    r"PhD\s(?:thesis|dissertation)|M\.\s?S\.\s(?:thesis)|Master[’']s\s(?:thesis|project)),\s"
                    rf"(?P<publisher>[^(),]+?)(?:,\s[^(),]+?)*(?:\s\({YEAR}\)|,\s{YEAR.replace('year', 'year2')})"
                    r"(?:,\s*(?P<note>.+?))?" + END)
# Dated works that are no book: "Title (2010), J. Appl. Phys. (submitted).", "personal communication (2007)".
DATED = re.compile(rf"^{_AUTHORS},\s(?P<title>[^()]+?)\s\({YEAR}\)(?:,?\s*(?P<note>.+?))?" + END)

# Works cited by a number, not by a title: a patent ("U.S. Patent No. 5,693,000 (12 Dec. 2005)", Science's
# "US Patent, 6177575 (2001)", AIP's "“Title”, U.S. pat. 6177575 (E. I. DuPont, 2001)"), an e-print ("e-print
# arXiv:cond-mat/040426 (2008)"), a report ("TWI Report 666/1999 (Jan. 1999)"); what follows the date is a note.
_DATE = rf"\((?:\d{{1,2}}\s)?(?:{MONTH}\s)?(?:(?P<holder>[^(),]+),\s)?{YEAR}\)"
_AFTER = r"(?:[,;]?\s*(?P<note>[^().\s][^()]*?))?" + END
PATENT = re.compile(rf"^{_AUTHORS},\s(?:“(?P<title>[^“”]+)”,\s)?(?P<number>(?:U\.\s?S\.|US)\s(?:[Pp]atent|pat\.)(?:\sNo\.)?,?\s"
                    rf"\d[\d,]*\d)\s{_DATE}{_AFTER}")
EPRINT = re.compile(rf"^{_AUTHORS},\s(?:(?P<title>[^()]+?),\s)?e-print\s(?P<eprinttype>arXiv):(?P<eprint>[\w.\-/]+)\s\({YEAR}\)"
                    + _AFTER)
REPORT = re.compile(rf"^{_AUTHORS},\s(?:“(?P<title>[^“”]+)”,\s)?(?P<number>(?:[A-Z][\w.\-]*\s){{0,4}}Report\s(?:No\.\s)?"
                    rf"[A-Z\d][\w.\-/]*(?:\s\d+)?)\s\((?:(?P<publisher>[^(),]+),\s(?:(?P<address>[^()]+?),\s)?)?"
                    rf"(?:{MONTH}\s)?{YEAR}\){_AFTER}")
# A talk or abstract in a journal's issue of the meeting: "R. Smith, Title, J. Appl. Phys. (these proceedings) (2001),
# abstract No. DA-01."; what one was told: "M. P. Johnson and K. Smith, personal communication (2007)."
TALK = re.compile(rf"^{_AUTHORS},\s(?P<title>[^()]+?),\s(?P<container>[^(),]+?)\s\((?P<status>these\sproceedings)\)\s\({YEAR}\)"
                  + _AFTER)
COMMUNICATION = re.compile(rf"^{_AUTHORS},\s(?P<note>(?:personal|private)\scommunication)\s\({YEAR}\)" + END)
# Science's page online: "S. J. Lancaster, Title (2008; URL)." (the URL taken out before: "(2008; )."), and one
# by no one named: "CORINA: Generation of 3D coordinates (2006; URL)."
ONLINE = re.compile(rf"^(?:{_AUTHORS},\s)?(?P<title>[^()]+?)\s\({YEAR};\s*\)" + END)
# Science's edited book with its title first: "Immobilized Catalysts, A. Kirschning, Ed., Topics in Current
# Chemistry (Springer-Verlag, Berlin, 2004), 242." (the series' volume last).
EDITED_TITLE_FIRST = re.compile(rf"^(?P<title>[^,()“”]+),\s(?P<editor>{_NAME}(?:,\s{_NAME})*),\sEds?\.,\s"
                                rf"(?P<series>[^()]+?)\s\((?P<imprint>[^()]*?,\s){YEAR}\)(?:,\s(?P<volume>\d+))?" + END)

_VOLUME = re.compile(r"(?:^|,\s*)[Vv]ol\.\s*(?P<volume>[A-Z]{1,2}\b|[IVX]+[a-z]?|\d+[A-Za-z]?)")
_EDITED_BY = re.compile(rf"(?:edited|ed\.)\sby\s(?P<editor>{_NAME}(?:,\s(?!and\s){_NAME})*(?:,?\sand\s{_NAME})?)")
_CHAPTER = re.compile(r"\b[Cc]hap\.\s*(?P<chapter>[\w.]+?)(?=,|\s|$)")
_PAGES_AFTER = re.compile(rf"\bpp?\.\s*{PAGES}")
_EDITION = re.compile(r"(?:^|,\s*)(?P<edition>\d+(?:st|nd|rd|th))\sed\.")
_NOT_TITLES = re.compile(r"^(?:personal\s+communication|e-print\b|private\s+communication)", re.IGNORECASE)


def read(text: str) -> Spans | None:
    """The fields of ``text`` in the Physical Review or Science style, or None."""
    text = _GLUED_AND.sub(" and ", text.strip())
    for reader in (_article, _in_press, _numbered, _thesis, _book, _edited_title_first, _online, _dated, _colon_book):
        spans = reader(text)
        if spans is not None:
            if spans.pop("role", None):
                spans["editor"] = spans.pop("author")
            return spans
    return None


# The Journal of the Physical Society of Japan's book: the names, a colon, the title, the imprint in parentheses,
# then its edition, a translation's own imprint, a page ("L. Lamport: LATEX: A Document Preparation System
# (Addison-Wesley, Reading, 1994) 2nd ed., Translation by H. Abe (Pearson Education, Tokyo, 1999) [in Japanese].").
COLON_BOOK = re.compile(rf"^{_AUTHORS}:\s(?P<title>[^()]+?)\s\((?P<publisher>[^(),]+),\s(?P<address>[^(),\d]+),\s{YEAR}\)"
                        r"(?:\s(?P<edition>\d+(?:st|nd|rd|th))\sed\.)?(?:[\s,]+(?:Translation|p\.|pp\.|\[).*)?\.?$")


def _colon_book(text: str) -> Spans | None:
    m = COLON_BOOK.match(text)
    return None if m is None else {**groups(m), "type": "book"}


def _article(text: str) -> Spans | None:
    m = ARTICLE.match(text)
    if not m:
        return None
    pieces = [p.strip() for p in m.group("pre").split(",")]
    start = len(pieces)
    while start > 0 and _JOURNAL_PIECE.match(pieces[start - 1]):
        start -= 1
    if start == len(pieces) or re.search(r"\b(?:[Vv]ol|[Nn]o|pp?|[Cc]hap)\.$", pieces[-1]):
        return None  # no journal, or a book's "Vol. 841 (2007)"
    spans = groups(m)
    spans.pop("pre")
    spans["container"] = ", ".join(pieces[start:])
    if start:
        spans["title"] = ", ".join(pieces[:start])
    if not any(ch in spans["container"] for ch in ". ") and not start and "volume" not in spans:
        return None  # "Name, Word 12 (1999)": too little to call it a journal
    spans["type"] = "article"
    return spans


def _in_press(text: str) -> Spans | None:
    m = IN_PRESS.match(text)
    if not m or not _JOURNAL_PIECE.match(m.group("container").replace(",", "")):
        return None
    return {**groups(m), "type": "article"}


def _numbered(text: str) -> Spans | None:
    """A patent, an e-print, a report, a talk, a personal communication (see above)."""
    for pattern, kind in ((PATENT, "patent"), (EPRINT, "misc"), (REPORT, "techreport"), (TALK, "article"),
                          (COMMUNICATION, "misc")):
        m = pattern.match(text)
        if m:
            spans = groups(m)
            if (holder := spans.pop("holder", None)) and kind == "patent":
                spans["note"] = "; ".join(n for n in (holder, spans.get("note")) if n)  # the patent's holder
            elif holder:
                return None
            if (status := spans.pop("status", None)):
                spans["note"] = "; ".join(n for n in (status, spans.get("note")) if n)
            if pattern is COMMUNICATION:
                spans["form"] = "communication"
            if pattern is EPRINT:
                spans["eprinttype"] = spans["eprinttype"].lower()
            return {**spans, "type": kind}
    return None


def _online(text: str) -> Spans | None:
    m = ONLINE.match(text)
    if not m or (not m.group("author") and not re.search(r"[A-Za-z]{3}", m.group("title"))):
        return None
    return {**groups(m), "type": "online"}


def _edited_title_first(text: str) -> Spans | None:
    m = EDITED_TITLE_FIRST.match(text)
    if not m:
        return None
    spans = groups(m)
    imprint = [p.strip() for p in spans.pop("imprint").rstrip(", ").split(",")]
    spans["publisher"] = imprint[0]
    if len(imprint) > 1:
        spans["address"] = ", ".join(imprint[1:])
    return {**spans, "type": "book"}


def _thesis(text: str) -> Spans | None:
    m = THESIS.match(text)
    if not m:
        return None
    spans = groups(m)
    kind = spans.pop("kind")
    if "year2" in spans:
        spans["year"] = spans.pop("year2")
    spans["type"] = "phdthesis" if kind.startswith("Ph") else "mastersthesis"
    return spans


def _book(text: str) -> Spans | None:
    m = CHAPTER.match(text) or BOOK.match(text)
    if not m or not m.group("imprint"):
        return None
    spans = groups(m)
    mid, tail = spans.pop("mid", ""), spans.pop("tail", "")
    imprint = [p.strip() for p in spans.pop("imprint").rstrip(", ").split(",")]
    edition = next((p for p in imprint if re.fullmatch(r"ed\.\s*\d+", p)), None)
    if edition:
        imprint.remove(edition)
        spans["edition"] = edition.split()[-1] if "." in edition else edition
    while len(imprint) > 1 and re.match(r"(?:Inc|Ltd|Co)\b", imprint[1]):
        imprint[:2] = [f"{imprint[0]}, {imprint[1]}"]
    spans["publisher"] = imprint[0]
    if len(imprint) > 1:
        spans["address"] = ", ".join(imprint[1:])
    if "container" in spans and re.fullmatch(_NAME, spans["container"]) and mid:
        # Science's "in P. Müller, R. Herbst-Irmer, …, Book (imprint)": the book's editors, then the book
        pieces = [spans["container"]] + [p.strip() for p in mid.strip(", ").split(",")]
        names = 0
        while names < len(pieces) - 1 and re.fullmatch(_NAME, pieces[names]):
            names += 1
        spans["editor"], spans["container"], mid = ", ".join(pieces[:names]), ", ".join(pieces[names:]), ""
        spans["contributors"] = "given-first"
    if "container" in spans:  # a chapter: its book's volume and editors in the middle
        if (volume := _VOLUME.search(mid)):
            spans["volume"] = volume.group("volume")
        if (editor := _EDITED_BY.search(mid)):
            spans["editor"] = editor.group("editor")
        spans["type"] = "incollection"
    else:
        title = spans.get("title", "") + mid
        if not title.strip(", "):
            return None
        if (volume := _VOLUME.search(title)) and re.fullmatch(r"(?::\s.*)?", title[volume.end():].strip(" ,")):
            # "International Tables for Crystallography, vol. C: Mathematical, …": the book's volume and its own title
            spans["volume"] = volume.group("volume")
            title = title[:volume.start()]
        if (series := re.search(r",\s[^,]+?\sNo\.\s\d+(?:,\s[^,]+)?$", title)):
            title = title[:series.start()]  # "Proc. Fifteenth Annual, All ACM Conferences No. 17, ACM": a series and its number
        if (edition := re.match(r"^(?P<title>.+?),\s(?P<edition>\d+(?:st|nd|rd|th))\sed\.(?:,\s(?P<series>.+))?$", title)):
            spans.update(groups(edition))
            title = edition.group("title")
        spans["title"] = title.strip(" ,")
        spans["type"] = "book"
    if (volume := _VOLUME.search(tail)) and "volume" not in spans:
        spans["volume"] = volume.group("volume")
    if (chapter := _CHAPTER.search(tail)):
        spans["chapter"] = chapter.group("chapter")
    if (pages := _PAGES_AFTER.search(tail)):
        spans["pages"] = pages.group("pages")
    if (edition := _EDITION.search(tail)) and "edition" not in spans:
        spans["edition"] = edition.group("edition")
    return spans


def _dated(text: str) -> Spans | None:
    m = DATED.match(text)
    if not m:
        return None
    spans = groups(m)
    if (volume := re.search(r",\s[Vv]ol\.\s*(?P<volume>\w+)$", spans["title"])):  # "AIP Conf. Proc., Vol. 841 (2007)"
        spans["title"], spans["volume"] = spans["title"][:volume.start()], volume.group("volume")
    if "," in spans["title"] and spans.get("note") != "(unpublished)":
        # "Title, Vernier Art Center, Stanford, California (1988)": where the title ends is not told (a
        # work not published, "Proceedings of …, Santa Fe, NM (2004), (unpublished)", has nothing after it)
        return None
    if _NOT_TITLES.match(spans["title"]):  # "personal communication (2007)": what it is, no title
        spans["note"] = spans.pop("title") + (f", {spans['note']}" if "note" in spans else "")
    spans["type"] = "misc"  # a talk, a work not published, submitted: what it is stays in the note
    return spans
