"""Checks of a style reader's reading before it is taken: a wrong field is worse than a verbatim entry.

A reader (a style's pattern, the CRF, the list's template) divides a line into fields; where it
divides it in the wrong place, a field holds a value its kind is never printed as (a title that goes
on into its collection, names that go on into the title, a source that holds its volume) or two
fields disagree (a publisher that reads as a place and a place that reads as a publisher). Every
such check is here, in :func:`check`, each with what it saw; :func:`read_entry
<wenxian.refparse.reading.read_entry>` acts on the result:

- a **repair** (the value is the field's with a mark or a number of another field beside it, and
  where that belongs is printed: "Journal 47(12)", a publisher before an empty "p."; place and
  publisher the other way round) is made, and said in ``review``;
- a **doubt about a field** (its value looks cut at an abbreviation's period, a bracket left open,
  a name that holds a year) leaves that field out; the reading is kept if what is left is still
  a reading (:func:`~wenxian.refparse.reading.plausible`), and ``review`` says what was left out;
- a **doubt about the division** (a title that holds "In:" and its collection, "//", the next
  entry's year, a place and publisher, or begins with initials cut from the names) rejects the
  reading: the next reader is tried, and at the end the line stays whole in ``verbatim``.

No check names a style: each is a field's shape or two fields' agreement, tried on every reader's
reading (the style patterns, the CRF, the list's template; a verbatim entry's names and year too).
Measured (benchmarks/reflist_score.py; tuned on ``csl``, ``csl-pdf`` and ``all``, the held-out parts
only scored): ``csl`` fields 72.1 -> 73.4 %, wrong values 349 -> 213, verbatim 443 -> 456; ``csl-pdf``
68.7 -> 69.9 %, 376 -> 241; ``all``'s seen real parts as before or better (sealed5 3 -> 2 wrong,
perturbed-pdf 87 -> 85); held-out ``csl-heldout`` 75.7 -> 76.8 %, 144 -> 106 wrong; ``csl-pdf-heldout``
72.9 -> 73.9 %, 151 -> 114; ``real-heldout`` 91.4 % and 2 wrong, as before. Session 13 (cslwrong: a title
opening with the names' rest, "In:", a year, a letter or one more name; names run on past their initials or
holding a colon's words; a source holding its publisher, its bare volume, a number's label or a medium; a
place holding the publisher or cut at its state; a publisher opening with a title's end): ``csl`` 73.6 ->
74.5 %, wrong 208 -> 72, verbatim 454 -> 483; ``csl-pdf`` 70.1 -> 70.9 %, 237 -> 102; every part of ``all``
read field for field as before; held-out ``csl-heldout`` 76.9 -> 77.9 %, 105 -> 58 wrong; ``csl-pdf-heldout``
74.0 -> 75.0 %, 113 -> 67.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wenxian.refparse.spans import Spans

# A word only a publisher's (or a school's, a body's) name holds, never a place's.
PUBLISHER_WORDS = re.compile(
    r"出版|书局|书店|大学|研究院|研究所|学会|协会|公司|"
    r"\b(?:Press|Publish\w*|Verlag|Books?|Associat\w+|Institute|Universit\w+|Univ|Inc|Ltd|LLC|Group|"
    r"Society|Company|Co|Academ\w+|Science|Foundation|Council|Bureau|Office|Editions?|Media)\b")
_MONTHS = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# A year inside a date of a day (an event's: "June 5–8, 1995", "5–8 June 1995"), not a publication's.
_DATED_YEAR = re.compile(rf"{_MONTHS}\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,\s*((?:1[6-9]|20)\d\d)\b"
                         rf"|\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTHS}\s+((?:1[6-9]|20)\d\d)\b")
_YEAR = re.compile(r"(?<!\d)((?:1[6-9]|20)\d\d)(?!\d)")
# What says a title went on into the work it is part of: the title is what stands before it.
_INTO_COLLECTION = re.compile(r"(?<=\S)\s*(?:[.,’”]\s*)?(?:(?:\bIn\b|\bin\b(?=\s*:)|见|載於|载于)\s*[:：]|"
                              r"(?<=[.,’”)])\s*\bin(?=\s+[A-Z])|(?<=[a-z)])\s+In(?=\s+[A-Z])|//)\s*\S.*$")
# What says a title went on into the next part of the line.
_TITLE_OVERRUN = (
    (re.compile(r"[(（](?:1[6-9]|20)\d\d[a-z]?[)）]\s*\S"), "a year in parentheses inside it (the next entry's head)"),
    (re.compile(r"[.。]\s*(?:[A-Z][a-z]+\s?){1,3}[:：]\s*\S+$"), "it ends with a place and a publisher"),
    (re.compile(r"[;；,，.。]\s*[^;；,，.。]{0,40}(?:出版社|\bPress)$"), "it ends with a publisher"),
    (re.compile(r"^[A-Z]\.(?:\s*[A-Z]\.)*\s*(?:,|\band\b)"), "it begins with initials cut from the names"),
    # …or the rest of the names: "J A and K BROWN.", "BROWN K.", "& Bednar.", "等." (et al.)
    (re.compile(r"^(?:[A-Z](?:\s[A-Z])*\s+and\s|[A-Z]{2,}(?:\s+[A-Z]{1,3})+[.,]\s|(?:and|&|\\&)\s|(?:等|et\s+al)\b|等[.,，。])"),
     "it begins with names cut from the names' area"),
    # "In: First Vocal Album": the words before "In:" were the title (read as names, or left out)
    (re.compile(r"^(?:In|in|见|載於|载于)\s*[:：]"), "it begins with 'In:', the work it is part of"),
    (re.compile(r"^[^\w]*(?:1[6-9]|20)\d\d[a-z]?[^\w]*$|^[^\w]*$"), "it is no more than a year"),
    (re.compile(r"^[^\w]*[^\W\d_][^\w]*$|(?:^|\s)[A-Z]\.\s*[A-Z]$"), "it is a letter, or ends in an initial (cut at its period)"),
    (re.compile(r"^[^,，.。;；:：]{0,40}(?:\bUniversity Press|出版社)$"), "it is a publisher's name"),
)
# A publisher's name cut at its own abbreviation's period: "New York: G. | Schirmer", "Johns Hopkins Univ. | Press".
_CUT_AT_ABBREVIATION = re.compile(r"(?:[:：,，(（]\s*[A-Z]|\b(?:Univ|Inst|Bros|Assoc|Natl|Intl))\.\s*$")
_BODY = re.compile(r"(?:局|会|院|所|部|中心|社|馆|公司|大学|组|室|处|厅|署|办公厅|委员会|集团|银行)$")
_OPEN = {"(": ")", "（": "）", "[": "]"}
_VANCOUVER_NAME = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:[-'’ ][^\W\d_]+)*\s+[A-Z]{1,3}")
_VANCOUVER_NAME_RUN_ON = re.compile(r"[A-Z][^\W\d_'’\-]+\s+[A-Z]{1,3}\.?\s+(?!(?:Jr|Sr|I{1,3}|IV)\b\.?$)[^\W\d_][^\W\d_]*[a-z].*")
# A medium after a title or a source, which is neither's: "Energy Policy [Internet]", "[homepage on the Internet]".
_MEDIUM = re.compile(r"\s*[\[［](?:[Hh]omepage on the )?(?:[Ii]nternet|[Oo]nline|[Ee]lectronic)[\]］]\.?$")
# A US state's or a country's code after a place's comma ("Washington, DC", "Austin, TX").
_STATE = re.compile(r"[A-Z]{2}")


@dataclass
class Checked:
    """What :func:`check` found: the spans repaired, the fields to leave out, whether the division is doubted."""
    spans: Spans
    notes: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    rejected: str = ""  # why the division of the line is doubted ("" when it is not)


def _balanced(value: str) -> bool:
    return all(value.count(a) == value.count(b) for a, b in _OPEN.items())


def names_doubt(names: str) -> str:
    """Why the names' area holds more than names ("" when it does not)."""
    if re.search(r"(?<!\w)\d+(?!\w)", names):
        return "it holds a number"
    if re.search(r"[:：]\s*\S", names):  # "Crawford, W. and M. Gorman. Future Libraries: Dreams"
        return "it holds a colon and words after it (a title's)"
    parts = [p for p in re.split(r"\s*[,，、;；]\s*|\s+and\s+|\s*&\s*", names) if p]
    # (a body's name is long: "中国科学院文献信息中心", "国家统计局")
    cjk = [p for p in parts if re.fullmatch(r"[\u3400-\u9fff·•]+", p) and not _BODY.search(p)]
    if len(parts) > 1 and any(len(p) > 4 for p in cjk):
        return "a Chinese 'name' longer than four characters beside others (a title)"
    # Names family first with bare initials ("Koseki A, Momose H, Kawahito M. Compiler"): one that goes
    # on past its initials holds the title's first words.
    vancouver = [p for p in parts if _VANCOUVER_NAME.fullmatch(p)]
    if len(vancouver) >= 2 and any(_VANCOUVER_NAME_RUN_ON.fullmatch(p) for p in parts):
        return "a name goes on past its initials, where its neighbours end (the title's first words)"
    # …and one that goes on past them by two words or more ("Schubert F. Das Wandern"; a name with its given
    # name first has one family name after its initial: "Mary J. Blige", "Ann B. van der Berg")
    if any(re.fullmatch(r"[A-Z][^\W\d_]+\s+[A-Z]{1,3}\.?\s+[A-Z][^\W\d_]*[a-z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*)+", p)
           for p in parts):
        return "a name goes on past its initials by more than a family name (the title's first words)"
    return ""


def year_of(text: str, year: str) -> str:
    """``year`` unless it is the year of a dated event in ``text`` ("June 5–8, 1995") and one other year
    is printed after it (the year the proceedings were published); a performance's date after its
    work's year ("A Wedding Bouquet (1937), Royal Opera House, London, 22 Oct. 2004") is kept."""
    dated = {m.group(1) or m.group(2) for m in _DATED_YEAR.finditer(text)}
    if year[:4] not in dated:
        return year
    after = text[max(m.end() for m in _DATED_YEAR.finditer(text)):]  # (the proceedings' year, after the meeting's)
    after = re.sub(r"[\[［][^\]］]*[\]］]", " ", after)  # a date in brackets is the day it was cited (GB/T's "[1998-09-22]")
    others = {y for y in _YEAR.findall(after) if y not in dated}
    return others.pop() if len(others) == 1 else year


def check(spans: Spans, text: str) -> Checked:
    """The checks of one reading (``spans``) of ``text``, the line without its DOI and URL."""
    spans = dict(spans)
    out = Checked(spans)
    title = spans.get("title", "")
    cut = _INTO_COLLECTION.search(title)
    if cut:
        spans["title"] = title = title[:cut.start()].rstrip(" .,:;，。：；’”\"").lstrip("‘“\"")
        out.notes.append(f"the title read went on into the work it is part of ({cut.group(0).strip()[:60]!r}): cut there")
    for pattern, why in _TITLE_OVERRUN:
        if title and pattern.search(title):
            out.rejected = f"the title read ({title[:60]!r}) looks wrong: {why}"
            return out
    names = spans.get("author", "")
    # A title that is one more name written as the names are ("A. Roe, H. Poe, M. Loe, Tides": "H. Poe").
    if names and re.match(r"[A-Z]\.", names) and re.fullmatch(r"[A-Z]\.(?:\s?[A-Z]\.)*\s+[A-Z][^\W\d_]+", title):
        out.rejected = f"the title read ({title!r}) is a name written as the names are (the names' next)"
        return out
    if names and spans.get("year") and re.search(rf"[\s,，(（]+{spans['year'][:4]}[a-z]?[)）]?$", names):
        spans["author"] = re.sub(r"[\s,，(（]+\d{4}[a-z]?[)）]?$", "", names)  # "孙立 and 黄海 2020"
        out.notes.append(f"the names read ({names!r}) ended in the year: it was taken out of them")
        names = spans["author"]
    if names and spans.get("names") != "whole" and (why := names_doubt(names)):  # (a body's name a reader took whole)
        out.rejected = f"the names read ({names[:60]!r}) look wrong: {why}"
        return out
    # A source with its volume and issue after it ("Comparative Political Studies 47(12)", "经济研究 56（4）").
    container = spans.get("container", "")
    m = re.fullmatch(r"(.*?[^\d\s,，])[\s,，]*(\d{1,4})?\s*[(（](\d{1,4}(?:[-–/]\d{1,4})?)[)）]", container)
    # (Only beside a title: a reading without one, "Castel, M. Rivers in the industrial age. Economic History
    # Notes 8(2) 2019, …" read as a chemist's untitled article, is one the numbers must not make whole.)
    if m and title and not spans.get("volume") and not spans.get("issue"):
        spans["container"] = m.group(1)
        if m.group(2):
            spans["volume"] = m.group(2)
        spans["issue"] = m.group(3)
        out.notes.append(f"the source read ({container!r}) held its volume and issue: they were taken out of it")
    # A source with its volume after it and the volume read as pages or not at all ("Research Policy 49,
    # 104038", "社会学研究 31, 140–163"): a journal's name does not end in a bare number (a book's may, one with its
    # edition after it: "「抜粋」，日本語本 2，第 2 版，…").
    container = spans.get("container", "")
    m = re.fullmatch(r"(.*?[^\W\d_][^\d,，]*?)[\s,，]+(\d{1,4})", container)
    if (m and title and not spans.get("issue") and not (spans.get("volume") and spans.get("pages")) and not spans.get("edition")
            and not _YEAR.fullmatch(m.group(2))):
        moved = spans.get("volume")
        if not moved or re.fullmatch(r"[A-Za-z]?\d{1,7}", moved):
            spans["container"], spans["volume"] = m.group(1), m.group(2)
            if moved:
                spans["pages"] = moved
            out.notes.append(f"the source read ({container!r}) held its volume: it was taken out of it")
    # …and a source with its volume after it whose issue was read as the volume ("AJA 68, 1: 35–42" read as the
    # source "AJA 68", volume 1): the line prints the number, then the volume read, as volume and issue.
    container = spans.get("container", "")
    m = re.fullmatch(r"(.*?[^\W\d_][^\d,，]*?)\s+(\d{1,4})", container)
    volume = spans.get("volume", "")
    if (m and title and volume and spans.get("pages") and not spans.get("issue") and not _YEAR.fullmatch(m.group(2))
            and re.fullmatch(r"\d{1,4}", volume)
            and re.search(re.escape(container) + r"\s*[,.]\s*" + re.escape(volume) + r"\s*[:,]", text)):
        spans["container"], spans["volume"], spans["issue"] = m.group(1), m.group(2), volume
        out.notes.append(f"the source read ({container!r}) held its volume: it was taken out of it, the issue after it")
    # A source that is a medium ("[Online] 18 (1)"): the source's name is elsewhere (in the title read).
    if re.match(r"[\[［]", spans.get("container", "")):
        out.rejected = f"the source read ({spans['container'][:60]!r}) begins with a bracket (a medium, not a source)"
        return out
    # A number's label left at a source's end ("中国工业经济, nos. 2"): the label is the number's.
    container = spans.get("container", "")
    m = re.fullmatch(r"(.*?[^\s,，])\s*[,，]\s*(?:[Vv]ols?|[Nn]os?|[Nn]r|pp?|[Ii]ssue)\.?", container)
    if m:
        spans["container"] = m.group(1)
        out.notes.append(f"the source read ({container!r}) ended in a number's label: it was taken out")
    # A medium printed after a title or a source ("Energy Policy [Internet]") is neither's.
    for name in ("title", "container"):
        value = spans.get(name, "")
        if value and (medium := _MEDIUM.search(value)) and medium.start() > 0:
            spans[name] = value[:medium.start()]
            out.notes.append(f"the {name} read ({value!r}) ended in its medium: it was taken out")
    title = spans.get("title", "")
    # A source that goes on into its publisher ("Speech Coding and Synthesis. Elsevier Science"): the
    # source is what stands before the publisher's name.
    container = spans.get("container", "")
    m = re.fullmatch(r"(.*?(?:[^\W\d_]{5}[.;；]|[^\s.;；,，(（]\s*[;；(（]))\s*([^.;；]*)", container)
    if m and PUBLISHER_WORDS.search(m.group(2)) and not PUBLISHER_WORDS.search(m.group(1)):
        spans["container"] = m.group(1)[:-1].rstrip()
        out.notes.append(f"the source read ({container!r}) went on into its publisher: cut there")
    # A place that begins with the publisher ("Elsevier Science, Amsterdam, The Netherlands").
    address = spans.get("address", "")
    m = re.fullmatch(r"([^,，]+)[,，]\s*(.+)", address)
    if (m and PUBLISHER_WORDS.search(m.group(1)) and not PUBLISHER_WORDS.search(m.group(2))
            and not _STATE.fullmatch(m.group(2))):  # ("University Park, PA" is a place)
        if spans.get("publisher", m.group(1)) == m.group(1):  # (beside another publisher: a department's address)
            spans["publisher"], spans["address"] = m.group(1), m.group(2)
            out.notes.append(f"the place read ({address!r}) began with the publisher: taken out of it")
    # A publisher that begins with words after a sentence's end ("Fundamental Algorithms. Addison Wesley
    # Longman Publishing Co., Inc"): the publisher is what follows them.
    publisher = spans.get("publisher", "")
    m = re.fullmatch(r"([^.。]*[^\W\d_]{4}[.。])\s+([^.。]*(?:[.。][^.。]*)?)", publisher)
    if m and not PUBLISHER_WORDS.search(m.group(1)) and PUBLISHER_WORDS.search(m.group(2)):
        spans["publisher"] = m.group(2)
        out.notes.append(f"the publisher read ({publisher!r}) began with other words: they were taken out")
    # A publisher before an empty page field ("Irwin, p. ."): the "p" is not the publisher's.
    publisher = spans.get("publisher", "")
    if re.search(r"[,，]\s*pp?\.?$", publisher):
        spans["publisher"] = re.sub(r"[,，]\s*pp?\.?$", "", publisher)
        out.notes.append(f"the publisher read ({publisher!r}) ended in a page mark: it was taken out")
    # Place and publisher the other way round: the place reads as a publisher's name and the publisher does not.
    publisher, address = spans.get("publisher", ""), spans.get("address", "")
    if (publisher and address and PUBLISHER_WORDS.search(address) and not PUBLISHER_WORDS.search(publisher)
            and not re.search(r"\d", publisher + address)):
        spans["publisher"], spans["address"] = address, publisher
        out.notes.append(f"publisher ({publisher!r}) and place ({address!r}) were read the other way round: swapped")
    # A place cut at its own comma ("Washington, DC"): the state's code alone read as the place, the city
    # left in the publisher ("National Bureau of Economic Research: Washington" / "DC"), or the code in
    # the publisher and the city alone the place ("DC: National Bureau …" / "Washington").
    publisher, address = spans.get("publisher", ""), spans.get("address", "")
    m = re.fullmatch(r"(.*\S)\s*[,，:：]\s*([A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?)", publisher)
    if m and _STATE.fullmatch(address) and PUBLISHER_WORDS.search(m.group(1)):
        spans["publisher"], spans["address"] = m.group(1), f"{m.group(2)}, {address}"
        out.notes.append(f"the place read ({address!r}) was cut at its comma, its first part in the publisher: joined")
    m = re.fullmatch(r"([A-Z]{2})\s*[:：]\s*(.+)", publisher)
    if m and address and not re.search(r"[,，]\s*[A-Z]{2}$", address) and not PUBLISHER_WORDS.search(address):
        spans["publisher"], spans["address"] = m.group(2), f"{address}, {m.group(1)}"
        out.notes.append(f"the publisher read ({publisher!r}) began with its place's state: moved to the place")
    if spans.get("year"):
        year = year_of(text, spans["year"])
        if year != spans["year"]:
            out.notes.append(f"the year read ({spans['year']}) is an event's date: the year printed apart from it ({year}) was taken")
            spans["year"] = year
    for name in ("container", "publisher", "address", "title"):
        value = spans.get(name, "")
        if not value:
            continue
        at = text.find(value)
        if not _balanced(value):
            out.left_out.append(name)
            out.notes.append(f"the {name} read ({value!r}) leaves a bracket open: left out")
        elif name == "publisher" and at > 0 and _CUT_AT_ABBREVIATION.search(text[:at]):
            out.left_out.append(name)
            out.notes.append(f"the {name} read ({value!r}) begins after an abbreviation's period (cut there): left out")
    for name in out.left_out:
        spans.pop(name, None)
    return out


# Words in no field between the names (or the year after them) and the title ("Knuth DE. The Art of Computer Programming, Volume 3:
# (2nd Ed.) Sorting and Searching.", the title labelled from "Sorting"): the title the learned reader gives
# is the end of the one printed, which begins after the names. On the dev CSL styles' lists
# (benchmarks/reflist_score.py --part csl) 3 such words or more stood there in 8 sure readings, each the
# end of the title (rejecting them instead: 7 wrong values fewer, 16 right ones too). Words before a title
# at the line's start ("KS in NJ, From this article …": a commenter's name, in no field) are left as they are.
MAX_WORDS_BEFORE_TITLE = 2


def title_from_names(text: str, tokens: list[tuple[int, int]], labels: list[str]) -> str | None:
    """The title as printed from the end of the names, when the learned reader (``labels`` of ``tokens``,
    spans of ``text``) put more than :data:`MAX_WORDS_BEFORE_TITLE` words between its names and its title
    in no field; None otherwise."""
    if "title" not in labels:
        return None
    first = labels.index("title")
    k, words = first, 0
    while k > 0 and labels[k - 1] == "O":
        k -= 1
        words += bool(re.match(r"[^\W\d_]", text[tokens[k][0]:tokens[k][1]]))
    if words <= MAX_WORDS_BEFORE_TITLE or k == 0 or labels[k - 1] not in ("author", "year"):
        return None
    while k < first and not re.match(r"\w", text[tokens[k][0]:tokens[k][1]]):
        k += 1  # the names' closing mark (". ")
    last = first
    while last + 1 < len(labels) and labels[last + 1] == "title":
        last += 1
    return text[tokens[k][0]:tokens[last][1]].strip(" .,:;，。：；“”\"")


# The learned reader's fields, checked by what each kind of field is printed as (session 15, issue 13 §2). The CRF
# labels every token of a line; a style's pattern reads a year, pages or a volume only where its form is, the CRF's
# field is whatever tokens it labelled. So each value must have its field's form, or it is left out (a field left out
# is better than a wrong one). The forms are those of every gold value of the labelled lists (checked by
# tests/refparse/test_learned_checks.py): a year of three or four digits (a range of years, a letter after it), pages
# a number or a range (a letter before or after, roman numerals, a list of ranges, an article's number
# "JHEP12(1997)002"), a volume or an issue a number or a letter (a roman numeral, a prefix of up to three letters).
_YEAR_FORM = re.compile(r"\d{3,4}[a-z]?(?:\s*[-–/]\s*\d{2,4}[a-z]?)?")
_PAGE = r"(?:[A-Za-z]{0,3}\d+[A-Za-z]?|[A-Za-z]{1,5}\d+\(\d{4}\)\d+|[ivxlcdm]+|[IVXLCDM]+)"
_DASHES = r"[-–—~～‐‑]+"
_PAGES_FORM = re.compile(rf"(?:pp?\.\s*)?{_PAGE}(?:\s*{_DASHES}\s*{_PAGE})?(?:\s*,\s*{_PAGE}(?:\s*{_DASHES}\s*{_PAGE})?)*")
_NUMBER_FORM = re.compile(rf"[A-Za-z]{{0,3}}\d{{1,5}}[A-Za-z]?(?:\s*(?:{_DASHES}|[/,])\s*\d{{1,5}}|\s*[(（]\d{{1,3}}[)）])*"
                          r"|[A-Za-z]|[IVXLC]+[a-z]?")
# An address's pieces left in a field: the DOI or URL was cut out of the line by pattern, and what the pattern did
# not take (a URL broken across lines, "doi:" without its number) is no author's, title's or source's text.
_ADDRESS_PIECE = re.compile(r"(?i)://|\bwww\.|\bhttps?\b|\bdoi\s*[:：]|\b10\.\d{4,9}/|\.(?:html?|php|aspx?)\b")
# A publisher's own words ("University Press", "Verlag", "出版社") in what was read as a journal's or a book's title.
_PUBLISHER_ONLY = re.compile(r"出版社|\b(?:Press|Verlag|Publishers?|Publishing|Inc|Ltd|GmbH)\b\.?$")
# A field that opens with a word that joins two others ("of International Kierkegaard Commentary"): its first words
# were labelled as another field's (no gold title, source, publisher or place opens so).
_OPENS_INSIDE = re.compile(r"(?:of|and|for|to|with|from|by|in|at|as)\b")


_TITLE_INTO_YEAR = re.compile(r"(?<=[^\W\d_])[.。]\s+(?:1[5-9]|20)\d\d\b")
_PUBLISHER_INTO_WORDS = re.compile(r"(?<=[a-z]{4})\.\s+[A-Z][a-z]")


def check_learned(spans: Spans) -> Checked:
    """The checks of a reading of the learned reader (:mod:`.crf`), after :func:`check`: a field whose value is not
    of its kind's form, or holds an address's piece, or opens inside a phrase, is left out; a source that is a
    publisher's name is the publisher (read as the source when the line names no other)."""
    out = Checked(dict(spans))
    spans = out.spans
    for name, form in (("year", _YEAR_FORM), ("pages", _PAGES_FORM), ("volume", _NUMBER_FORM), ("issue", _NUMBER_FORM)):
        value = spans.get(name, "").strip(" .,:;")
        if re.fullmatch(r"[(（].*[)）]", value):
            value = value[1:-1].strip()
        if value and not form.fullmatch(value):
            out.left_out.append(name)
            out.notes.append(f"the {name} read ({value[:40]!r}) is not of {'an' if name == 'issue' else 'a'} {name}'s form: left out")
    for name in ("author", "title", "container", "publisher", "address"):
        value = spans.get(name, "")
        if value and _ADDRESS_PIECE.search(value):
            out.left_out.append(name)
            out.notes.append(f"the {name} read ({value[:60]!r}) holds a piece of an address: left out")
        elif value and _OPENS_INSIDE.match(value):
            out.left_out.append(name)
            out.notes.append(f"the {name} read ({value[:60]!r}) opens inside a phrase (its first words were read as another field's): left out")
    # A title or a publisher that goes on past its sentence's end into the next area of the line: a year ("LATEX 2ε for
    # authors. 1995–2020, LATEX Project Team"), a body's name ("University of Sydney. Australian and New Zealand Clinical
    # Trials Registry"). No gold title has a year after a sentence's end, no gold publisher a word of five letters or
    # more ending one (an abbreviation's period, "Johns Hopkins Univ. Press", is none): the field ends there.
    for name, overrun in (("title", _TITLE_INTO_YEAR), ("publisher", _PUBLISHER_INTO_WORDS)):
        value = spans.get(name, "")
        if name not in out.left_out and (cut := overrun.search(value)):
            spans[name] = value[:cut.start()]
            out.notes.append(f"the {name} read ({value[:60]!r}) went on past its sentence's end: cut there")
    container = spans.get("container", "")
    if container and "container" not in out.left_out and _PUBLISHER_ONLY.search(container):
        if not spans.get("publisher"):
            spans["publisher"] = spans.pop("container")
            out.notes.append(f"the source read ({container[:60]!r}) is a publisher's name: read as the publisher")
        else:
            out.left_out.append("container")
            out.notes.append(f"the source read ({container[:60]!r}) is a publisher's name, beside the publisher: left out")
    for name in out.left_out:
        spans.pop(name, None)
    return out
