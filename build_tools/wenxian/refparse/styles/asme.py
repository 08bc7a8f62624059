"""ASME's reference style (asmeconf and asmejour, the American Society of Mechanical Engineers' journals
and conferences): names inverted with their given names in full, the title in quotation marks with its
stop inside them, and the year in parentheses after the source::

    Ning, Xiang and Lovell, Mary Rose. “Title.” ASME Journal of Tribology Vol. 48 No. 5 (2002): pp. 2000–2008.
    Lienhard, John H., V. “Title.” ASME J. Heat Transfer Vol. 141 No. 6 (2019): 061301.
    Gibson, Tom A. and Tucker, Matthew A. Title. John Wiley and Sons, New York (2008).
    Edwards, Donald K. “Title.” Eckert, Ernst R. G. and Goldstein, Richard J. (eds.). Book. Vol. 130 of
        Series. Publisher, Slough, England (1970): Chap. 9, pp. 353–396.
    Smith, Robert. “Title.” Master’s Thesis, School, Rochester, NY. 1998.
    Watson, David. “Title.” Technical Report No. HTL26, CFD-4. Iowa State University, Ames, IA. 1982.
    Sharpe, Michael. “Title.” Version 1.640. Comprehensive TEX Archive Network (2020). Accessed January 4,
        2021, URL https://ctan.org/pkg/newtx.
    Wions, Thomas and Mills, C. D. “Title.” Proceedings of the ASME IDETC/CIE. DETC2005-99532: pp. 777–798.
        New Orleans, LA, September 10–13, 2005.

(the DOI and URL are taken out before; a "DOI …" left after a doi.org URL was taken is passed over).
The place after a publisher is its last part, with a state's or country's code after a comma ("New
York, NY", "Slough, England"): a publisher's name keeps its own commas ("Firmin Didot, Père et Fils").
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import MONTH_NAMES, PAGES, YEAR, groups, head_and_rest, month_number

# Given names: whole words, then initials ("John H.", "Ernst R. G.", "Mary Rose"); nothing after an initial
# (the title may follow it with no stop of its own: "Tucker, Matthew A. The Big Book …").
_GIVEN = r"(?>(?:[A-Z][a-zà-ÿ’'\-]+(?:\s[A-Z][a-zà-ÿ’'\-]+){0,3})?(?:\s?[A-Z]\.)*)"
_FAMILY = r"(?:(?:van|von|de|der|da|di|du|le|la)\s)*[A-Z][^\s,“”()\d]*(?:\s[A-Z][^\s,“”()\d.]*)?"
_NAME = rf"{_FAMILY},\s(?=[A-Z]){_GIVEN}(?:,\s(?:Jr\.|Sr\.|II|III|IV|V\.?))?"
HEAD = re.compile(rf"^(?P<author>{_NAME}(?:,\s{_NAME})*(?:,?\sand\s{_NAME})?)(?:\s\((?P<ed>eds?)\.\))?\.?\s+(?P<rest>\S.*)$")
_Q = r"“(?P<title>[^“”]+)”"
# What may stand after the entry: a DOI printed beside its doi.org URL, a note on who published it.
_AFTER = r"(?:\.\s+DOI\s\S+?)?(?:\.\s+(?:Published by|To appear|Optional note)[^“”]*?)?\s*\.?\s*$"
_STATE = r"(?:[A-Z]{2}|USA|UK|England|Scotland|Germany|France|Japan|China|Switzerland|(?:The\s)?Netherlands)"
_IMPRINT = rf"(?P<publisher>[A-Z][^()“”]*?),\s+(?P<address>[A-Z][^,()“”]*(?:,\s{_STATE})?)"
ARTICLE = re.compile(rf"^{_Q}\s+(?P<container>[A-Z][^“”]+?)\s+Vol\.\s(?P<volume>\d+)(?:\sNo\.\s(?P<issue>\d+))?"
                     rf"\s\({YEAR}\):\s(?:pp?\.\s)?{PAGES}{_AFTER}")
_MONTH = "|".join(MONTH_NAMES)
MANUAL = re.compile(rf"^{_Q}\s+(?:(?:Version|Release|Ver\.)\s[\w.\-]+\.\s+)?(?P<howpublished>[A-Z][^()“”]*?)\s\({YEAR}\)"
                    rf"(?:\.\s+Accessed\s(?P<month>{_MONTH})\s(?P<day>\d{{1,2}}),\s(?P<uyear>\d{{4}}))?(?:,?\s+URL)?\s*\.?\s*$")
THESIS = re.compile(rf"^{_Q}\s+(?P<kind>Master[’']s\sThesis|Ph\.\s?D\.\sThesis|B\.?\s?S\.?\sThesis|Doctoral\sDissertation),"
                    rf"\s+{_IMPRINT}\.\s+{YEAR}{_AFTER}")
REPORT = re.compile(rf"^{_Q}\s+(?P<number>(?:Technical\sReport|Memorandum|Report)(?:\sNo\.)?\s[^\s.][^“”]*?)\.\s+"
                    rf"{_IMPRINT}\.\s+{YEAR}{_AFTER}")
BOOK = re.compile(rf"^(?P<title>[A-Z][^“”]+?)\.\s+{_IMPRINT}\s\({YEAR}\){_AFTER}")
CHAPTER = re.compile(rf"^{_Q}\s+(?:(?P<editor>[^()“”]+?)\s\(eds?\.\)\.\s+)?(?P<container>[A-Z][^“”]+?)\.\s+"
                     rf"(?:Vol\.\s(?P<volume>\d+)\sof\s(?P<series>[^.“”]+?)\.\s+)?{_IMPRINT}\s\({YEAR}\):\s"
                     rf"(?:Chap\.\s(?P<chapter>\d+),\s)?pp\.\s{PAGES}{_AFTER}")
PAPER = re.compile(rf"^{_Q}\s+(?P<container>[A-Z][^“”]+?)\.\s+(?:(?P<number>[A-Z]+\d[\w\-]*):\s)?pp\.\s{PAGES}\.\s+"
                   rf"(?P<venue>[A-Z][^“”]+?),\s{YEAR}{_AFTER}")


def read(text: str) -> Spans | None:
    if (head := head_and_rest(HEAD, text)) is None:
        return None
    spans, rest = head
    for pattern, kind in ((ARTICLE, ""), (MANUAL, "online"), (THESIS, "thesis"), (REPORT, "techreport"),
                          (CHAPTER, "incollection"), (PAPER, "inproceedings"), (BOOK, "book")):
        m = pattern.match(rest)
        if not m:
            continue
        found = groups(m)
        if found.get("title", "").endswith(".") and not found["title"].endswith(".."):
            # the title's stop inside the quotation marks is the style's, not the title's ("“Title.”")
            found["title"] = found["title"][:-1]
        if kind == "thesis":
            found["type"] = "mastersthesis" if found.pop("kind").startswith(("Master", "B")) else "phdthesis"
        elif kind:
            found["type"] = kind
        if kind == "online" and "uyear" in found:
            found["urldate"] = f"{found.pop('uyear')}-{month_number(found.pop('month')):02d}-{int(found.pop('day')):02d}"
        if kind == "online":
            found["note"] = found.pop("howpublished")
        found.pop("venue", None)
        if kind == "inproceedings" and "number" in found:
            found["note"] = f"Paper {found.pop('number')}"
        return {**spans, **found}
    return None
