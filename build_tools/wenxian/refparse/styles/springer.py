"""Springer's basic author-year style (the "Springer basic" of its journals' instructions;
biblatex-spbasic prints it).

Names are family names with their initials packed after them, set off by commas ("Bertram A,
Wentworth R"; "Almendro JL et al."), then the year in parentheses, and no full stop after the
fields, nor at the end::

    Smith JJ, Jones M (2001) Title of the article. J Mol Med 9(2):1–10
    Angenendt A (2002) Title. Revue d’Histoire Ecclésiastique 97: 431–456, 791–823
    South J, Blass B (2001) The future of modern genomics. Blackwell, London
    Broy M (2002) Software engineering. In: Broy M, Denert E (eds) Software pioneers. Springer, Berlin, pp 10–13
    Augustine RL (1995) Heterogeneous catalysis for the synthetic chemist. Marcel Dekker, New York
    Blenkinsopp A, Paxton P (1998) Symptoms in the pharmacy, 3rd edn. Blackwell Science, Oxford
    Tidwell J (2011) Designing interfaces. 2. Aufl., O’Reilly, Sebastopol

biblatex-spbasic prints a book's editor or translator after the title in lower case ("De Anima. ed. by
RD Hicks Cambridge University Press, Cambridge"), the names initials first, and a chapter's book
after the title in quotation marks ("“Title” Book ed. by F Seibt Publisher, Place: 884–917").
"""

from __future__ import annotations

import re

from wenxian.refparse.fragments import RANGE_DASH
from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import YEAR, groups

_NAME = r"[A-Z][^\W\d_]+(?:[\-’'][A-Z]?[^\W\d_]+)*\s[A-Z]{1,3}(?:\s(?:von|van|de|da|di|le))?"
_NAMES = rf"(?P<author>{_NAME}(?:,\s{_NAME})*(?:,?\set\sal\.?)?|[A-Z][^\W\d_]+)"
_DATE = r"\((?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s)?" + YEAR + r"\)"
HEAD = re.compile(rf"^{_NAMES}\s{_DATE}\s+(?P<rest>.+)$")
# Pages: "1–10", "431–456, 791–823", "e1001".
_PAGES = rf"(?P<pages>[A-Za-z]?\d+(?:{RANGE_DASH}\d+)?(?:,\s*\d+{RANGE_DASH}\d+)*)"
_TITLE = r"(?P<title>[^“”]+?[.?!]?)"
# An article: "Title. Journal 9(2): 529–571" (the journal has no digit; the volume and its issue).
ARTICLE = re.compile(rf"^{_TITLE}[.?!]\s+(?P<container>[A-Z][^\d:()“”]*?)\s+(?P<volume>\d+[A-Za-z]?)"
                     rf"(?:\s?\((?P<issue>[^()]+)\))?\s*:\s*{_PAGES}\s*$")
# Editors or translators, initials first ("RD Hicks", "PH Wicksteed, FM Cornford").
_GIVEN_FIRST = r"[A-Z]{1,3}\s[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
# "ed. by", "trans. by", "ed. and trans. by", "ed., trans., and annot. by", "ed. and comm. by"; the volumes after.
_ROLE_WORD = r"(?:ed|trans|comm|annot)\."
_ROLE = (rf"(?:(?P<role>{_ROLE_WORD}(?:,?\s+(?:and\s+)?{_ROLE_WORD})*)\s+by\s+(?P<who>{_GIVEN_FIRST}(?:,\s{_GIVEN_FIRST})*)\s+"
         r"(?:(?P<volumes>\d+\s+vols)\.\s+)?)?"
         # a series and its number before the publisher ("Handbuch der europäischen Geschichte 2 KlettCotta")
         r"(?:(?P<series>[A-Z][^“”]*?\s\d+)\s+(?=[A-Z]))?")
# A book: "Title. Publisher, Place" (an edition, an editor or translator may follow the title).
# (German: "Title. 2. Aufl., Publisher, Place", the edition's number with its full stop, a comma after "Aufl.")
BOOK = re.compile(rf"^(?P<title>.+?[.?!]?)[.?!]\s+(?:(?P<edition>\d+(?:st|nd|rd|th)|\d+(?=\.))\.?\s+(?:ed|Aufl)\.,?\s+)?{_ROLE}"
                  r"(?P<publisher>[A-Z][^,:;“”\d]*?)(?:,\s*(?P<address>[A-Z][^,:;“”\d]*?(?:,\s*[A-Z][a-z]+\.?)?))?\s*$")
# A report: "Title. research rep. RC-6947 IBM".
REPORT = re.compile(rf"^{_TITLE}[.?!]\s+(?P<number>(?:[Rr]esearch|[Tt]echnical|[Tt]ech\.)\s+rep(?:ort|\.)\s+[A-Z][\w\-]*\d[\w\-]*)\s+"
                    r"(?P<publisher>[A-Z][^,:;“”\d]*?)(?:,\s*(?P<address>[A-Z][^,:;“”\d]*?))?\s*$")
# What may close a line: its ISBN, an arXiv number; a version after the title ("version 3").
_ISBN = re.compile(r"\s+isbn:?\s*(?P<isbn>[\dXx\-]{10,17})\s*$", re.IGNORECASE)
_ARXIV = re.compile(r"\s+arXiv:\s*(?P<arxiv>[a-z\-]+\s?/\s?\d{7}(?:v\d+)?|\d{4}\.\d{4,5}(?:v\d+)?)\s*$")
_VERSION = re.compile(r"(?<=[.?!])\s+version\s+(?P<version>\d+(?:\.\d+)*)(?=\s|$)")
# A chapter: "Title. In: Broy M, Denert E (eds) Book. Publisher, Place, pp 10–13".
IN = re.compile(rf"^{_TITLE}[.?!]\s+In:\s+(?P<editor>{_NAME}(?:,\s{_NAME})*)\s+\(eds?\)\s+(?P<container>[^“”]+?)\.\s+"
                rf"(?P<publisher>[A-Z][^,:;“”\d]*?),\s*(?P<address>[A-Z][^,:;“”\d]*?),\s*pp?\s+{_PAGES}\s*$")
# biblatex-spbasic's chapter: "“Title” Book ed. by F Seibt Publisher, Place: 884–917".
QUOTED_IN = re.compile(rf"^[“\"](?P<title>[^“”\"]+)[”\"]\s+(?P<container>[A-Z][^“”]+?)\s+ed\.\s+by\s+"
                       rf"(?P<editor>{_GIVEN_FIRST}(?:,\s{_GIVEN_FIRST})*)\s+(?:(?P<series>[A-Z][^“”]*?\s\d+)\s+(?=[A-Z]))?(?P<publisher>[A-Z][^,:;“”\d]*?),\s*"
                       rf"(?P<address>[A-Z][^,:;“”\d]*?)\s*:\s*{_PAGES}\s*$")


def read(text: str) -> Spans | None:
    head = HEAD.match(text.strip().rstrip("."))
    if not head:
        return None
    spans = groups(head)
    rest = spans.pop("rest")
    notes = []
    version = _VERSION.search(rest)
    if version:
        notes.append(f"version {version.group('version')}")
        rest = rest[:version.start()] + rest[version.end():]
    arxiv = _ARXIV.search(rest)
    if arxiv:
        rest = rest[:arxiv.start()]
        arxiv_id = re.sub(r"\s", "", arxiv.group("arxiv"))
        if _TITLE_ONLY.match(rest):  # a preprint: the arXiv number is its source
            return {**spans, "title": rest.strip().rstrip("."), "type": "unpublished",
                    "note": "; ".join([f"Preprint arXiv:{arxiv_id}", *notes])}
        notes.append(f"arXiv:{arxiv_id}")
    isbn = _ISBN.search(rest)
    if isbn:
        spans["isbn"] = isbn.group("isbn")
        rest = rest[:isbn.start()]
    if notes:
        spans["note"] = "; ".join(notes)
    # "Brandt A von" → "von Brandt A": the particle printed after the initials belongs before the family name.
    spans["author"] = re.sub(r"(?:(?<=^)|(?<=,\s))(\S+\s[A-Z]{1,3})\s(von|van|de|da|di|le)\b", r"\2 \1", spans["author"])
    for pattern in (ARTICLE, IN, QUOTED_IN, REPORT, BOOK):
        m = pattern.match(rest)
        if not m:
            continue
        found = groups(m)
        found["title"] = found["title"].rstrip(".")
        if pattern in (IN, QUOTED_IN):
            found["type"] = "incollection"
        elif pattern is REPORT:
            found["type"] = "techreport"
        elif pattern is BOOK:
            edition = re.search(r",\s*(?P<edition>\d+(?:st|nd|rd|th))\s+edn$", found["title"])
            if edition and "edition" not in found:  # "Title, 3rd edn. Blackwell Science, Oxford"
                found["edition"] = edition.group("edition")
                found["title"] = found["title"][:edition.start()]
            words = found["publisher"].split()
            if len(set(words)) < len(words):
                return None  # "Clarendon Aristotle Clarendon Press": a series before the publisher
            if "address" not in found and not (found.get("role") or found.get("edition")):
                return None  # "Title. Words": a journal's name as much as a publisher's, without its place
            if found["title"].count("“") != found["title"].count("”"):
                return None
            volumes = found.pop("volumes", None)
            if volumes:
                spans["note"] = "; ".join(n for n in (spans.get("note"), volumes.replace("vols", "vols.")) if n)
            found["type"] = "book"
            role, who = found.pop("role", ""), found.pop("who", "")
            if who:
                if role.startswith("trans"):
                    found["translator"] = who
                else:
                    found["editor"] = who
                    if "trans" in role:
                        found["translator"] = who
        for role in ("editor", "translator"):
            if role in found and pattern is not IN:  # "RD Hicks": the initials first, packed
                found[role] = _PACKED_FIRST.sub(lambda m: " ".join(f"{c}." for c in m.group(1)) + " ", found[role])
        return {**spans, **found}
    return None


_TITLE_ONLY = re.compile(r"^[^“”.]+(?:\.(?!\s)[^“”.]*)*[.?!]?\s*$")  # one sentence
_PACKED_FIRST = re.compile(r"\b([A-Z]{1,3})\s(?=[A-Z][^\W\d_])")
