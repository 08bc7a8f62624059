"""Parsing one GB/T 7714 reference line into a pybtex entry.

A line reads ``names. title[: other title info][CODE(/OL)]. areas …`` where
the areas after the type code depend on the kind of work: ``journal, year,
volume (issue): pages`` for [J], ``paper, date (page)`` for [N], and for the
rest ``[translator, 译. ][edition. ]place: publisher, year: pages``; a
contribution names its larger work after ``//``. Online items end with
``(updated)[cited]. URL. DOI:…``. The parser reads the line from both ends:
the type code first, then the tail (DOI, URL, dates), then the middle.
Anything it cannot place is a :class:`~wenxian.errors.WenxianError` saying what
it expected where; it never guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pybtex.database import Entry, Person

from wenxian.errors import WenxianError
from wenxian.refparse.codes import CODE_RE, DOC_TYPES, EXTRA_FIELDS, DocType
from wenxian.refparse.names import name_aliases, parse_names
from wenxian.refparse.segments import split_areas
from wenxian.refparse.text import canonical, store, tex_escape

LABEL_RE = re.compile(r"^\s*(?:\[\s*(?P<a>\d+)\s*\]|［\s*(?P<b>\d+)\s*］|(?P<c>\d+)\s*[.、](?!\d))\s*")
# Pages: "533", "4-8", "序2-3", "1.1-1.36", "扉页", "2-3, 5"; never an area end.
PAGES = r"[^\s:,.]+(?:\.[^\s:,.]+)*(?:\s*[-–,]\s*[^\s:,.]+(?:\.[^\s:,.]+)*)*"
DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
YEAR = r"(?:c?\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\s*[(（][^)）]*[)）])?|\[\d{4}\]|\d{4}[—–-])"
OPEN_YEAR_RE = re.compile(r"^\d{4}[—–-]$")
HOLDINGS_RE = re.compile(
    r"^(?P<year>\d{4})\s*,\s*(?P<volume>\d+)\s*[(（]\s*(?P<number>[^)）]+?)\s*[)）]\s*[—–-]+$"
)
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

IDENT_TAIL = re.compile(r"(?:\.|^)\s*(?P<kind>DOI|CSTR)\s*:\s*(?P<value>\S+)$", re.I)
# (The period before it may be missing after the year: "…, 2012 http://www.moe.gov.cn/….pdf".)
URL_RE = re.compile(r"(?:^|\.|(?<=\d)(?=\s))\s*(?P<url>(?:https?|ftp)://\S.*)$")
DATES_TAIL = re.compile(
    rf"\s*(?:[(（]\s*(?P<date>{DATE})\s*[)）])?\s*(?:\[\s*(?P<urldate>{DATE})\s*\])?\s*$"
)
URL_CITED_AFTER = re.compile(
    r",\s*(?:(?:[Aa]ccessed|[Cc]ited|[Rr]etrieved)(?:\s+on)?\s*:?\s*|(?:访\s*问|引\s*用)\s*(?:于|日\s*期\s*:?)\s*)?"
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2})$")
URLDATE_TAIL = re.compile(rf"\s*(?:\[\s*(?P<urldate>{DATE})\s*\])?\s*$")

SERIAL_RE = re.compile(
    r"^(?P<journal>.+?)\s*,\s*(?:(?P<date>\d{4}-\d{2}-\d{2})|(?P<year>\d{4})"
    r"(?:\s*,\s*(?P<volume>[^,:()（）\s.]+(?:[\s.][^,:()（）\s.]+)*))?"
    r"\s*,?\s*(?:[(（]\s*(?P<number>[^)）]+?)\s*[)）])?"
    rf"(?:\s*:\s*(?P<pages>{PAGES}))?)$"
)
NEWSPAPER_RE = re.compile(
    r"^(?P<journal>.+?)\s*,\s*(?P<date>\d{4}-\d{2}-\d{2})"
    r"\s*(?:[(（]\s*(?P<pages>[^)）]+?)\s*[)）])?$"
)
PUB_RE = re.compile(
    rf"^(?:(?P<address>[^:]+?)\s*:\s*)?(?:(?P<publisher>.+?)\s*,\s*)?(?P<year>{YEAR})"
    rf"(?:\s*:\s*(?P<pages>{PAGES}))?$"
)
PUB_NO_YEAR_RE = re.compile(r"^(?:(?P<address>[^:]+?)\s*:\s*)?(?P<publisher>[^:]+)$")

TRANSLATOR_RE = re.compile(r"^(?P<names>.+?)\s*,?\s*(?:译|譯|trans\.?|tr\.)$")
EDITION_RE = re.compile(
    r"^(?:(?P<num>\d+)\s*版|(?P<ord>\d+)\s*(?:st|nd|rd|th)\s+ed\.?"
    r"|(?P<text>[^:,\s]{1,12}(?:版|本)|[A-Z][a-z]*\.?\s+ed\.?))$"
)
# "V 2.1", or a package's "version 3.18b, (2022-07-12)" (the update date after it, same area;
# the date is taken off first, leaving "version 3.18b,").
VERSION_RE = re.compile(r"^(?:[Vv]|[Vv]ersion\s|[Vv]er\.\s)\s?(?P<v>\d+(?:\.\d+)*(?:-\d+)?[a-z]?)(?:\s*,\s*(?P<rest>\(.+)|\s*,)?$")
VOLUME_RE = re.compile(
    r"^(?:第\s*(?P<n>\d+)\s*卷|(?P<text>第\s*\S+?\s*(?:卷|册|辑|分册)|\S+?\s*年卷|[上中下]册"
    r"|[一二三四五六七八九十百\d]+\s*[卷册部]))$"
)
IDENTIFIER_RE = re.compile(r"^(?=(?:.*\d){2})(?!.*[a-z]{3})(?!.*[\u4e00-\u9fff]{5})\S.*$")
NUMBER_FIRST_RE = re.compile(
    r"^(?P<number>[A-Z][A-Z]*(?:/[A-Z]+)*\s+\d[\d.\-—–:]*(?:\([a-z]{2}\))?)(?:,\s*|\s+)(?P<title>\S.*)$"
)
DIMENSIONS_RE = re.compile(r"^\d+(?:\.\d+)?\s*(?:cm|mm)\b.*\d\s*(?:cm|mm)$")
SCALE_RE = re.compile(r"^(?P<title>.+?)\.\s+(?P<scale>1\s*:\s*[\d,]+)$")
ORDINALS = dict(enumerate(
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth "
    "Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth "
    "Twentieth".split(), start=1))
# A Latin word, its accented letters in it ("Einführung", "Université", "Thế": braced whole, never "{Einf}ührung").
_LATIN = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF"
TITLE_WORD = re.compile(rf"[{_LATIN}][{_LATIN}0-9]*(?:['’\-][{_LATIN}0-9]+)*")


@dataclass
class _Parts:
    """What the parser has read so far, before it becomes an entry."""

    fields: dict[str, str] = field(default_factory=dict)
    persons: dict[str, list[Person]] = field(default_factory=dict)
    entry_type: str | None = None  # set when the layout decides the type


def strip_label(line: str) -> tuple[int | None, str]:
    """The "[n]" / "［n］" / "n." label of a line (None if absent) and the rest."""
    m = LABEL_RE.match(line)
    if not m:
        return None, line.strip()
    number = next(g for g in (m.group("a"), m.group("b"), m.group("c")) if g)
    return int(number), line[m.end() :].strip()


def _err(message: str, column: int | None = None, hint: str | None = None) -> WenxianError:
    return WenxianError(message, column=None if column is None else column + 1, hint=hint)


def parse_reference(line: str) -> Entry:
    """The pybtex entry of one GB/T 7714 reference line (label optional).

    Raises :class:`WenxianError` when a part of the line is not where the
    standard puts it; its column counts in the line with separators made
    half-width (``：`` → ``: ``), label included.
    """
    text = canonical(line)
    _, body = strip_label(text)
    try:
        return _parse(body)
    except WenxianError as err:
        if err.column is not None:
            err.column += len(text) - len(body)  # count the label too
        raise


def _parse(text: str) -> Entry:
    if not text:
        raise _err("empty reference line", hint="give one GB/T 7714 reference, e.g. "
                   "'习近平. 论党的自我革命[M]. 北京: 中央文献出版社, 2023.'")
    code_match = CODE_RE.search(text)
    if not code_match:
        raise _err(
            "expected a document-type code like [J] or [M] after the title",
            len(text),
            "GB/T 7714 marks every work with its type: [M] book, [J] journal article, "
            "[N] newspaper, [C] proceedings, [EB/OL] web page …",
        )
    doc = DOC_TYPES[code_match.group("code")]
    parts = _Parts()
    head = text[: code_match.start()].strip()
    after = text[code_match.end() :].strip()
    contribution = "//" in URL_RE.sub("", after)
    _read_head(head, doc, parts, "author" if contribution else doc.role)
    container = _read_tail_and_body(after, doc, parts, code_match.end())
    entry_type = doc.entry_type
    if container is not None:
        entry_type = doc.contribution_type or entry_type
    entry_type = parts.entry_type or entry_type
    fields = {**EXTRA_FIELDS.get(doc.code, {}), **parts.fields}
    values = [*fields.items(), *((r, str(p)) for r, ps in parts.persons.items() for p in ps)]
    for name, value in values:
        if not _balanced(value):
            raise _err(
                f"unbalanced braces in the {name} {value!r}",
                text.find(value) if value in text else None,
                "a '{' or '}' in a reference is a PDF artifact: remove it or pair it",
            )
    return Entry(entry_type, fields=fields, persons=parts.persons)


def _balanced(value: str) -> bool:
    """True if every "{" closes, so that refs.bib stays readable."""
    depth = 0
    for char in value:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0 and not value.endswith("\\")


# --- before the type code -------------------------------------------------

def _read_head(head: str, doc: DocType, parts: _Parts, role: str) -> None:
    if not head:
        raise _err(f"expected a title before [{doc.code}]", 0)
    if doc.code == "CM":
        m = SCALE_RE.match(head)
        if m:
            head, parts.fields["scale"] = m.group("title"), m.group("scale").replace(" ", "")
    areas = split_areas(head)
    if head.endswith(".") and not head.endswith(".."):
        raise _err(
            f"a title ends with '.' right before [{doc.code}]", len(head) - 1,
            "the type code follows the title directly: 'Title[M]'",
        )
    title = areas[-1]
    if len(areas) > 1:
        names = ". ".join(areas[:-1])
        parts.persons[role] = parse_names(names)
        if role == "author" and (aliases := name_aliases(names)):
            # "刘庆（Eric Q L）": the name is 刘庆, its Latin form kept where translated names go.
            parts.fields["authortranslation"] = " and ".join(aliases)
    if doc.code == "S" and len(areas) == 1:
        m = NUMBER_FIRST_RE.match(title)
        if m:
            parts.fields["number"] = m.group("number")
            title = m.group("title")
    main, sep, last = title.rpartition(": ")
    if sep and doc.identified and IDENTIFIER_RE.match(last) and "number" not in parts.fields:
        parts.fields["number"] = store(last)
        title = main
    parts.fields["title"] = title


def _title_volume(title: str) -> tuple[str, str | None]:
    main, sep, last = title.rpartition(": ")
    if sep:
        m = VOLUME_RE.match(last.strip())
        if m:
            return main, m.group("n") or re.sub(r"\s+", " ", m.group("text"))
    return title, None


# --- after the type code --------------------------------------------------

def _read_tail_and_body(after: str, doc: DocType, parts: _Parts, offset: int) -> str | None:
    if after.endswith("."):
        after = after[:-1].rstrip()
    while (m := IDENT_TAIL.search(after)) is not None:
        parts.fields[m.group("kind").lower()] = m.group("value")
        after = after[: m.start()].rstrip()
    m = URL_RE.search(after)
    if m:
        url = m.group("url").rstrip()
        if seen := URL_CITED_AFTER.search(url):
            # GB 7714-87's date of citation after the URL and a comma ("…/138-161e.htm, 1999-12-08"),
            # or said in words as biblatex styles print it ("…/pkg/ulem, accessed on 2017-03-01",
            # "…，访问于 2017-03-01", the PDF's spaces inside the words kept)
            parts.fields["urldate"] = seen.group("date")
            url = url[:seen.start()]
        if re.search(r"\s", url):
            # "https://ctan.org/pkg/natbib 文档：CTAN: …": a note after the URL, no element of the standard
            raise WenxianError(f"text after the URL: {url.split(None, 1)[1]!r}",
                               hint="move the note out of the reference, or keep the entry as printed")
        parts.fields["url"] = url
        after = after[: m.start()].rstrip()
    tail = (URLDATE_TAIL if doc.layout != "monograph" else DATES_TAIL).search(after)
    date = None
    if tail and tail.group(0):
        if tail.groupdict().get("date"):
            date = tail.group("date")
        if tail.group("urldate"):
            parts.fields["urldate"] = tail.group("urldate")
        after = after[: tail.start()].rstrip()
    container = None
    if doc.code == "A" and "//" not in after and re.match(r"\.\s+[^\[\]]+?\s*\[[A-Z]{1,2}\]", after):
        # GB 7714-87 set the host after a period: "Title[A]. Editor. Proceedings[C]. Place: …" — the part and
        # its larger work, as the later editions mark it with "//".
        after = "//" + after[1:].strip()
    if "//" in after:
        if doc.contribution_type is None:
            raise _err(f"[{doc.code}] cannot be a contribution ('//') to a larger work",
                       offset + after.index("//"))
        after, container = after.split("//", 1)
    if after and not after.startswith("."):
        raise _err(f"expected '. ' after [{doc.code}]", offset,
                   "areas of a reference are separated by '. ', e.g. '[M]. 北京: …'")
    areas = split_areas(after[1:].strip())
    areas = _read_leading_areas(areas, parts)
    if container is not None:
        if areas:
            raise _err(f"unexpected {areas[0]!r} between [{doc.code}] and '//'", offset)
        _read_container(container.strip(), parts, offset)
        _finish(parts, doc, date)
        return container
    if doc.layout == "monograph" and not doc.identified:
        title, volume = _title_volume(parts.fields["title"])
        if volume is not None:
            parts.fields["title"], parts.fields["volume"] = title, volume
    if areas and doc.layout == "monograph" and DIMENSIONS_RE.match(areas[-1]):
        parts.fields["dimensions"] = areas.pop()
    body = ". ".join(areas)
    if doc.layout == "serial":
        _read_serial(body, doc, parts, offset)
    elif doc.layout == "newspaper":
        _read_newspaper(body, doc, parts, offset)
    elif body:
        _read_publication(body, f"after [{doc.code}]", parts, offset, date,
                          doc.publisher_field)
    _finish(parts, doc, date)
    return None


def _read_leading_areas(areas: list[str], parts: _Parts) -> list[str]:
    """Translator, edition and version areas that come before the rest."""
    while areas:
        area = areas[0]
        if (m := TRANSLATOR_RE.match(area)) and "translator" not in parts.fields:
            people = parse_names(m.group("names"))
            parts.fields["translator"] = " and ".join(str(p) for p in people)
        elif (m := EDITION_RE.match(area)) and "edition" not in parts.fields:
            parts.fields["edition"] = _edition(m)
        elif (m := VERSION_RE.match(area)) and "version" not in parts.fields:
            parts.fields["version"] = m.group("v")
            if m.group("rest"):
                areas = [m.group("rest")] + areas[1:]
                continue
        else:
            break
        areas = areas[1:]
    return areas


def _edition(m: re.Match[str]) -> str:
    number = m.group("num") or m.group("ord")
    if number:
        # The example databases of both editions write numbered editions as
        # English ordinals ("Second" → "2 版" / "2nd ed."); other numbers stay.
        return ORDINALS.get(int(number), m.group(0) if m.group("num") else number)
    text = m.group("text")
    return text + "." if text.endswith(" ed") else text


# A journal set off by a period and a month before the year ("ELECTROCHIMICA ACTA. April 2015, 161: 40–47",
# as theses print Web of Science's records): the journal, then GB/T's "year, volume: pages".
_MONTH_BEFORE_YEAR = re.compile(r"^(?P<journal>[^.,]+?)\.\s+(?:January|February|March|April|May|June|July|August"
                                r"|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct"
                                r"|Nov|Dec)\.)\s+(?=\d{4}\b)")


def _read_serial(body: str, doc: DocType, parts: _Parts, offset: int) -> None:
    m = SERIAL_RE.match(body)
    if not m and (month := _MONTH_BEFORE_YEAR.match(body)):
        m = SERIAL_RE.match(f"{month.group('journal')}, {body[month.end():]}")
    if not m and _read_periodical(body, parts):
        return
    if not m and parts.fields.get("url") and body and not re.search(r"\d", body):
        # An online item that names its site or journal but gives no year or
        # volume ("[J/OL]. 牛津大学官网. http://…"): the line is read; the year is missing.
        parts.fields["journal"] = body.strip().rstrip(".")
        return
    if not m:
        raise _err(
            f"expected 'journal, year, volume (issue): pages' after [{doc.code}], found {body!r}",
            offset, "e.g. '[J]. 求是, 2024(11): 4-8.'",
        )
    for name in ("journal", "volume", "number", "pages"):
        if m.group(name):
            parts.fields[name] = m.group(name)
    if m.group("date"):
        parts.fields["date"] = m.group("date")
        parts.fields["year"] = m.group("date")[:4]
    else:
        parts.fields["year"] = m.group("year")


def _read_periodical(body: str, parts: _Parts) -> bool:
    """A serial as a whole: "1883, 1(1)—. place: publisher, 1883—".

    Written as the standard's examples do: ``@periodical``, the holdings as
    ``volume = {1883, 1(1)-}``, the open year as ``year = {1883-}`` and
    ``date = {1883/}``; names before the title are its editors.
    """
    holdings, sep, publication = body.partition(". ")
    m = HOLDINGS_RE.match(holdings)
    if not m or not sep:
        return False
    pub = PUB_RE.match(publication)
    if not pub:
        return False
    parts.fields["volume"] = f"{m.group('year')}, {m.group('volume')}({m.group('number')})-"
    for name in ("address", "publisher"):
        if pub.group(name):
            parts.fields[name] = pub.group(name)
    year = pub.group("year")
    if OPEN_YEAR_RE.match(year):
        parts.fields["year"], parts.fields["date"] = year[:4] + "-", year[:4] + "/"
    else:
        parts.fields["year"] = year
    parts.entry_type = "periodical"
    if "author" in parts.persons:
        parts.persons["editor"] = parts.persons.pop("author")
    return True


def _read_newspaper(body: str, doc: DocType, parts: _Parts, offset: int) -> None:
    m = NEWSPAPER_RE.match(body)
    if not m:
        raise _err(
            f"expected 'newspaper, YYYY-MM-DD (page)' after [{doc.code}], found {body!r}",
            offset, "e.g. '[N]. 人民日报, 2024-02-02(1).'",
        )
    parts.fields["journal"] = m.group("journal")
    parts.fields["date"] = m.group("date")
    parts.fields["year"] = m.group("date")[:4]
    if m.group("pages"):
        parts.fields["pages"] = m.group("pages")


def _read_publication(body: str, where: str, parts: _Parts, offset: int,
                      date: str | None, publisher_field: str) -> None:
    """``[place: ]publisher, year[: pages]`` (``where`` names it in errors).

    With an update date in parentheses at the end, the year may be missing:
    ``国家基础学科公共科学数据中心 （2023-09-10）``.
    """
    m = PUB_RE.match(body)
    if m:
        year = m.group("year")
        if FULL_DATE.match(year):
            parts.fields["date"] = year
            year = year[:4]
        parts.fields["year"] = year
        if m.group("pages"):
            parts.fields["pages"] = m.group("pages")
    else:
        m = PUB_NO_YEAR_RE.match(body) if date is not None else None
        if m is None:
            raise _err(
                f"expected 'place: publisher, year[: pages]' {where}, found {body!r}",
                offset, "e.g. '[M]. 北京: 人民出版社, 2009: 533.'",
            )
    address, publisher = m.group("address"), m.group("publisher")
    if address and publisher and _PUBLISHER_NAME.search(address) and not _PUBLISHER_NAME.search(publisher):
        address, publisher = publisher, address  # "Addison-Wesley: Reading": publisher and place swapped
    if address:
        parts.fields["address"] = address
    if publisher:
        parts.fields[publisher_field] = publisher


# A publisher's name by its words; where the "place" has them and the "publisher" not, the line
# printed the two the other way round ("人民邮电出版社: 北京").
_PUBLISHER_NAME = re.compile(r"出版社|出版公司|书局|書局|Press|Publish|Verlag|Wesley|Wiley|Springer|Elsevier|Routledge"
                             r"|McGraw|Prentice|O'Reilly|Inc\.|Ltd|GmbH", re.IGNORECASE)


_BOOK_VOLUME = re.compile(r"^(?P<title>.+?)\s*:\s*(?:[Vv]olume|[Vv]ol\.)\s*(?P<volume>\d+)$")


def _read_container(text: str, parts: _Parts, offset: int) -> None:
    areas = split_areas(text)
    if not areas:
        raise _err("expected the larger work after '//'", offset)
    pub, before = areas[-1], areas[:-1]
    holder = _Parts()
    _read_publication(pub, "at the end of the larger work after '//'", holder, offset, None,
                      "publisher")
    if before and (m := EDITION_RE.match(before[-1])):
        parts.fields["edition"] = _edition(m)
        before = before[:-1]
    if not before:
        if "address" in holder.fields or "publisher" not in holder.fields:
            raise _err(f"expected the title of the larger work after '//', found {text!r}",
                       offset)
        before = [holder.fields.pop("publisher")]
    if len(before) > 1:
        parts.persons["editor"] = parse_names(before[0])
    booktitle, volume = _title_volume(". ".join(before[1:] if len(before) > 1 else before))
    if volume is None and (english := _BOOK_VOLUME.match(booktitle)):
        # The proceedings' volume in English after the larger work ("… 217TH ECS MEETING: volume 28"); in
        # the title of a book ("Encyclopedia of …: volume 1") it stays the title's, as GB/T's examples keep it.
        booktitle, volume = english.group("title"), english.group("volume")
    # GB/T 7714-2005 marks the part [A] and its host too: "[A]//Editor. Proceedings of …[C]. Place: …".
    parts.fields["booktitle"] = re.sub(r"\s*\[[A-Z]{1,2}\]$", "", booktitle)
    if volume is not None:
        parts.fields["volume"] = volume
    parts.fields.update(holder.fields)


def _finish(parts: _Parts, doc: DocType, date: str | None) -> None:
    """Dates, page ranges and field punctuation as the .bib stores them."""
    f = parts.fields
    if date is not None:
        f.setdefault("date", date)
        f.setdefault("year", date[:4])
    if "pages" in f:
        f["pages"] = re.sub(r"(?<=[^\s\-])\s*[-–]\s*(?=[^\s\-])", "--", f["pages"])
    for name, value in list(f.items()):
        if name in ("url", "doi", "cstr", "urldate", "date", "entrysubtype"):
            continue
        value = tex_escape(store(value))
        if name in ("title", "booktitle"):
            value = protect_case(value)
        f[name] = value


def protect_case(title: str) -> str:
    """Brace the Latin words whose capitals a sentence-case style must keep.

    Every word with a capital is braced except the title's first word when
    only its initial is capital (a style capitalises that one anyway).
    """
    first = TITLE_WORD.search(title)
    starts_title = first is not None and not title[: first.start()].strip()

    def brace(m: re.Match[str]) -> str:
        word = m.group(0)
        if not any(c.isupper() for c in word):
            return word
        if m.start() == (first.start() if first else -1) and starts_title and not any(
            c.isupper() for c in word[1:]
        ):
            return word
        before = title[: m.start()]
        if before.count("{") > before.count("}") or before.endswith("\\"):
            return word
        return "{" + word + "}"

    return TITLE_WORD.sub(brace, title)
