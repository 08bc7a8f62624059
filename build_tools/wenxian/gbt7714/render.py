"""Build one GB/T 7714 reference-list entry as pybtex rich text.

The entry is a list of *blocks* (names, title and type code, edition,
publication, URL, DOI…), each rich text, joined the way the standard joins
them: ". " after each block, "//" after the title of a contribution, and the
citation date "[YYYY-MM-DD]" glued to the block before it. The order of the
blocks follows the format lines of the standard (GB/T 7714—2015 §4,
GB/T 7714—2025 §5/§8); what changes between editions comes from
:mod:`wenxian.gbt7714.editions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from pybtex.database import Entry
from pybtex.richtext import HRef, String, Text

from wenxian.bibdate import read_date, timestamp_year
from wenxian.gbt7714.doctypes import (LEGAL_TYPES, MISC_TYPES, ONLINE_TYPES, as_documented_type, as_whole_work,
                                      carrier, chapter_is_title, doc_code, is_contribution,
                                      report_number_in_type)
from wenxian.gbt7714.editions import Edition
from wenxian.gbt7714.eprints import archive_name, arxiv_date, eprint_url
from wenxian.gbt7714.lang import entry_language
from wenxian.gbt7714.latex import Run, parse, plain, to_rich
from wenxian.gbt7714.names import (ANONYMOUS, ANONYMOUS_DEFAULT, format_name_list,
                                   persons_of, primary_persons)
from wenxian.gbt7714.preamble import expand
from wenxian.gbt7714.text import (CJK_LANGS, convert_punct, format_edition, format_pages,
                                  format_volume, sentence_case,
                                  strip_journal_periods, year_dashes)

__all__ = ["EntryContext", "build_blocks", "citation_year", "join_blocks", "render_entry"]

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_SENTENCE_LANGS = frozenset({"en"})
_CONTRIB_JOIN = "//"
_NO_PERIOD_END = (".", "?", "!", "。", "？", "！")
# Author-year entries without a date (the author-year system needs a year to cite).
NO_DATE = {"zh": "无日期"}
NO_DATE_DEFAULT = "n.d."
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_URL_COMMAND = re.compile(r"\\(?:url|href)\s*\{([^{}]*)\}")
# URLs that become links; any other scheme (javascript:, data:, file:) is
# printed as text only, never made clickable.
LINKED_SCHEMES = re.compile(r"^(?:https?|ftps?)://", re.IGNORECASE)


@dataclass
class EntryContext:
    """One entry with everything the rules ask about it."""

    entry: Entry
    rules: Edition
    system: str = "numeric"
    year_suffix: str = ""
    macros: tuple = ()  # macros the file's @preamble defines (wenxian.gbt7714.preamble)
    lang: str = field(init=False)
    code: str = field(init=False)
    online: bool = field(init=False)
    url: str = field(init=False)
    fields: dict = field(init=False)
    whole_issue: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.entry = as_documented_type(self.entry)  # abnTeX2's @journalpart → @periodical …
        self.entry = as_whole_work(self.entry)  # a part with no title or author of its own: its book
        # A plain dict: pybtex's case-insensitive mapping is slow to query.
        self.fields = {name.lower(): expand(value, self.macros)
                       for name, value in self.entry.fields.items()}
        if self.entry.type.lower() == "inbook" and not self.fields.get("booktitle") \
                and chapter_is_title(self.fields.get("chapter", "")):
            # BibTeX's @inbook names the book in ``title`` and the part in ``chapter``.
            self.fields["booktitle"] = self.fields.get("title", "")
            self.fields["title"] = self.fields["chapter"]
        journal = self.fields.get("journal") or self.fields.get("journaltitle")
        if self.entry.type.lower() == "article" and journal and journal.strip() \
                and not self.fields.get("title", "").strip() and not self.entry.persons \
                and (self.fields.get("volume") or self.fields.get("number")):
            # An @article with neither title nor names, but a volume or an issue, is a whole
            # issue of the journal (BibTeX's xampl.bib: ``whole-journal``, the issue its
            # articles cross-reference; a journal alone is a stub, printed as it was):
            # the journal is its title, as a serial's ("地质论评[J]. 1936, 1(1)-", GB/T
            # 7714—2015 §4.3.2), not a line of holdings with no type code; a name, its case kept.
            self.whole_issue = True
            self.fields["title"] = journal
            self.fields.pop("journal", None)
            self.fields.pop("journaltitle", None)
        self.lang = entry_language(self.entry)
        self.url = self.get("url") or self._wrapped_url()
        self.code = doc_code(self.entry, self.rules.name, has_url=bool(self.url))
        if not self.url and self.get("eprint"):
            # The identifier's address in its archive (arXiv, CTAN, GitHub …): the access path.
            self.url = eprint_url(self.eprint_archive(), self.get("eprint"),
                                  self.get("eprintclass"))
        if not self.url and self.rules.url_from_identifier and self.code in ("EB", "PP", "CP"):
            # A web resource is reached by a link; a DOI or CSTR resolves to one.
            cstr, doi = self.get("cstr"), self.get("doi")
            self.url = f"https://cstr.cn/{cstr}" if cstr else (
                f"https://doi.org/{doi}" if doi else "")
        self.online = bool(self.url or self.get("doi") or self.get("cstr"))
        if not (self.get("year") or self.get("date") or self.get("eventdate")) \
                and self.eprint_archive() == "arXiv":
            # An arXiv e-print with no date of its own (disser's "old-style arXiv reference",
            # eprint = {math/0307245} alone) is dated by its identifier, which states the year
            # and month it was given: the standard's date of an item online, not left out.
            given = arxiv_date(self.get("eprint"))
            if given:
                self.fields["date"] = given

    def get(self, name: str) -> str:
        value = self.fields.get(name)
        if not value:
            return ""
        value = value.strip()
        if name == "doi":
            value = _DOI_PREFIX.sub("", value)
        return value

    def _wrapped_url(self) -> str:
        """A URL given old-style as ``howpublished = {\\url{…}}`` (or in ``note``)."""
        for name in ("howpublished", "note"):
            url = wrapped_url(self.get(name))
            if url:
                return url
        return ""

    def eprint_archive(self) -> str:
        """The preprint server ("arXiv", "PubMed", "PSSXiv", …) as it is written."""
        return archive_name(self.get("archiveprefix") or self.get("eprinttype"),
                            self.get("eprint"))

    def runs(self, name: str) -> tuple[Run, ...]:
        value = self.get(name)
        return parse(value) if value else ()

    def titled(self, name: str, *parts: str) -> tuple[Run, ...]:
        """A title with its biblatex parts (subtitle, titleaddon) after colons."""
        runs = self.runs(name)
        colon = "：" if self.lang in CJK_LANGS else ": "
        for part in parts:
            extra = self.runs(part)
            if extra:
                runs = runs + (Run(colon),) + extra if runs else extra
        return runs

    @property
    def author_year(self) -> bool:
        return self.system == "author-year"


# --- small helpers -------------------------------------------------------------


def wrapped_url(value: str) -> str:
    """The address a free-text field gives old-style: ``\\url{…}`` at its start, or one
    ``\\url``/``\\href`` that is all the field prints, whatever wraps it
    (``\\lr{\\href{http://ctan.org/pkg/bidi}{http://ctan.org/pkg/bidi}}``, thesis-qom's
    howpublished); "" when the field is text."""
    if not value:
        return ""
    match = _URL_COMMAND.match(value)
    if match and value.startswith("\\url"):
        return match.group(1)
    found = _URL_COMMAND.findall(value)
    if len(found) == 1 and not re.search(r"\s", plain(parse(value)).strip()):
        return found[0].strip()
    return ""


def _s(text: str) -> Text:
    return Text(String(text)) if text else Text()


def _field_text(ctx: EntryContext, runs: tuple[Run, ...], *, title_case: bool = False,
                journal: bool = False) -> Text:
    if not runs:
        return Text()
    if title_case and ctx.lang in _SENTENCE_LANGS:
        runs = sentence_case(runs)
    if journal:
        runs = strip_journal_periods(runs)
    return to_rich(convert_punct(runs, ctx.rules, cjk=ctx.lang in CJK_LANGS))


def _plain_field(ctx: EntryContext, name: str) -> str:
    return plain(convert_punct(ctx.runs(name), ctx.rules))


def _join(parts: Iterable[Text], sep: str) -> Text:
    parts = [p for p in parts if len(p)]
    return Text(String(sep)).join(parts) if parts else Text()


_ESTIMATED = re.compile(r"^(?:(\d{4})[?~%]|(\d{2,3}X{1,2}))$")


def _year(ctx: EntryContext) -> str:
    """The year as given ("1881（光绪七年）", "c1988", "[1936]"), ranges with the
    edition's dash; else the year of ``date`` ("1883/" is the open range "1883-")."""
    estimated = _ESTIMATED.match((ctx.get("year") or ctx.get("date")).strip().strip("{}"))
    if estimated:
        # An uncertain or approximate year ("1957?", "1920~", EDTF's "186X") is an
        # estimated year, which the standard prints in brackets ("[1936]").
        return f"[{estimated.group(1) or estimated.group(2)}]"
    year = ctx.get("year")
    if year:
        # A whole date or timestamp in ``year`` gives its year (wenxian check says so).
        return timestamp_year(year) or year_dashes(plain(parse(year)), ctx.rules)
    # a work with no date of its own is dated by its event's (a paper given at a conference that
    # printed no proceedings: biblatex's eventdate, OSCOLA's reliance)
    given = ctx.get("date") or ctx.get("eventdate")
    date = read_date(given).iso or given
    match = _DATE.match(date)
    if not match:
        return ""
    if "/" in date:
        end = _DATE.match(date.split("/", 1)[1])
        if end and end.group(1) == match.group(1):
            return match.group(1)  # a range within one year ("2015-01/2015-02") is that year
        return year_dashes(f"{match.group(1)}-{end.group(1) if end else ''}", ctx.rules)
    return match.group(1)


_MONTHS = {name: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
     ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
     ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}


def _full_date(ctx: EntryContext) -> str:
    """YYYY-MM-DD from ``date`` (or year/month/day), else the year as given."""
    if _ESTIMATED.match((ctx.get("year") or ctx.get("date")).strip().strip("{}")):
        return _year(ctx)  # an estimated year has no month or day
    date = plain(parse(ctx.get("date"))).strip()
    date = read_date(date).iso or date
    if date and _DATE.match(date):
        return date
    year, month, day = ctx.get("year"), ctx.get("month"), ctx.get("day")
    whole = read_date(plain(parse(year)).strip()).iso if year and not year.isdigit() else None
    if whole and _DATE.match(whole) and (_has_day(whole) or not month):
        # A whole date typed in ``year`` ("2012-05-03", "1990-04"; wenxian check says it
        # belongs in ``date``) is the date where the standard prints one, as year and
        # month fields are.
        return whole
    month = str(_MONTHS.get(month.lower().rstrip("."), month))
    if year.isdigit() and month.isdigit():
        return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day.isdigit() else "")
    return _year(ctx)


def _has_day(date: str) -> bool:
    """True for a full YYYY-MM-DD date."""
    match = _DATE.match(date)
    return bool(match and match.group(3))


def _paren(ctx: EntryContext, text: Text | str) -> Text:
    rules = ctx.rules
    return Text(rules.open_paren, text, rules.close_paren)


def _cite_date(ctx: EntryContext) -> Text:
    """"[YYYY-MM-DD]", the date the online resource was seen (only when it is
    online: a link, a DOI or a CSTR, or an @online entry, online by its type even when its
    link is missing — hfutthesis's pacs1989public), as :func:`wenxian.bibdate.read_date` reads it."""
    urldate = plain(parse(ctx.get("urldate"))).strip()
    if not urldate or not (ctx.online or ctx.entry.type.lower() in ONLINE_TYPES):
        return Text()
    return _s(f"[{read_date(urldate).iso or urldate}]")


def _uses_update_date(ctx: EntryContext) -> bool:
    if ctx.code not in ctx.rules.update_date_codes:
        return False
    if ctx.code == "EB":
        return True
    if not ctx.online:
        return False
    if ctx.code == "R":
        return _has_day(_full_date(ctx))
    return True


# --- blocks ---------------------------------------------------------------------


def names_block(ctx: EntryContext) -> Text:
    """Main responsible persons (and, author-year, the year)."""
    if ctx.code == "S" and not ctx.rules.standard_author:
        persons = []
    elif is_contribution(ctx.entry):
        persons = persons_of(ctx.entry, "author")
    else:
        persons = primary_persons(ctx.entry)
    names = format_name_list(persons, ctx.rules, ctx.lang) if persons else ""
    text = _field_text(ctx, parse(names)) if names else Text()
    if not ctx.author_year:
        return text
    if not len(text):
        text = _s(ANONYMOUS.get(ctx.lang, ANONYMOUS_DEFAULT))
    return Text(text, ctx.rules.comma, citation_year(ctx))


def citation_year(ctx: EntryContext) -> str:
    """The year as the author-year system cites it: "2010", "2010a", or "n.d."."""
    year = _year(ctx) or NO_DATE.get(ctx.lang, NO_DATE_DEFAULT)
    return year + ctx.year_suffix


# A standards body's initials as biblatex's @standard gives them in series ("ISO",
# "ANSI/NISO", "GB/T"): with the number they are the standard's number.
_STANDARD_BODY = re.compile(r"[A-Z][A-Z0-9/.-]{1,15}(?: [A-Z][A-Z0-9/.-]{0,15})?")


def title_block(ctx: EntryContext) -> Text:
    """Title, other title information, volume, number and "[code]"."""
    rules, kind = ctx.rules, ctx.entry.type.lower()
    title = _field_text(ctx, ctx.titled("title", "subtitle", "titleaddon"),
                        title_case=not ctx.whole_issue)
    contribution = is_contribution(ctx.entry)
    # A journal's article (also biblatex's @review, coded [J]): its volume and series
    # are the journal's, printed after it.
    serial = kind in ("article", "periodical") or ctx.code == "J" \
        or bool(ctx.get("journal") or ctx.get("journaltitle")) or bool(_law_report(ctx))
    volume = ctx.get("volume")
    number = plain(parse(ctx.get("number")))
    if not number and ctx.code == "R" and report_number_in_type(ctx.get("type")):
        # BibTeX's @techreport prints "type number"; a report whose number is typed in
        # ``type`` alone (the AIAA class's database: "NASA CR--2250", "AIAA Paper 90--3068") has
        # its number there: printed after the title as a report's number is ("题名: 编号[R]",
        # GB/T 7714—2015 §4.1 example "…: PB 91-194001[R]"), not lost
        number = plain(parse(ctx.get("type"))).strip()
    body = plain(parse(ctx.get("series"))).strip()
    body_number = ""
    if ctx.code == "S" and number and _STANDARD_BODY.fullmatch(body):
        # biblatex's @standard: series and number name the standard together (biblatex-chicago:
        # series = {ISO}, number = {4:1997}), which the standard prints as one number
        # ("ISO 4:1997", as "GB/T 7714—2015", 2015 §4.1); the series is no title of its own.
        body_number = number if number.startswith(body) else f"{body} {number}"
    main = _field_text(ctx, ctx.titled("maintitle", "mainsubtitle", "maintitleaddon"),
                       title_case=True)
    if volume and not contribution and not serial:
        vol = _s(format_volume(_plain_field(ctx, "volume"), ctx.lang, rules))
        series = main if len(main) else _field_text(ctx, ctx.runs("series"))  # a name: as written
        if len(series):
            # "中国科学技术史: 第 2 卷\u2003科学思想史": the set, its volume, the volume's title
            title = _join([Text(series, rules.colon, vol), title], "\u2003")
        else:
            title = _join([title, vol], rules.colon)
    elif len(main) and not contribution and not serial:
        title = _join([main, title], rules.colon)
    elif ctx.get("series") and not contribution and not serial and not body_number:
        # A series without a volume number is not lost: before the title, as the
        # gbt7714 package prints it, with the book's number in it where there is one.
        title = _series_before(ctx, title)
    number = body_number or number
    numbered = ("S", "R", "P", "A") + (("EB", "Z") if kind in MISC_TYPES | ONLINE_TYPES | LEGAL_TYPES else ())
    if number and _ends_with(title, number):
        # The number typed into the title as well (biblatex-bwl's working papers: title "…:
        # CESifo Working Paper: 1991", number {CESifo Working Paper: 1991}) is printed once,
        # not "…: CESifo Working Paper: 1991: CESifo Working Paper: 1991[S]".
        number = ""
    if ctx.code in numbered and number and kind not in ("article",):
        # A document's number ("京政办发［2005］37 号", "工信部联通装函〔2024〕181号").
        if ctx.code == "S" and rules.standard_number_first:
            # Number, then name, set apart by a quad in CJK text (GB/T 7714—2025 §8.9).
            title = _join([_s(number), title], "\u2003" if ctx.lang in CJK_LANGS else " ")
        else:
            title = _join([title, _s(number)], rules.colon)
    if ctx.code == "CM" and ctx.get("scale"):
        title = _join([title, _s(plain(parse(ctx.get("scale"))))], ". ")
    if not len(title):
        return Text()
    return Text(title, f"[{ctx.code}{carrier(ctx.entry, ctx.online)}]")


def _ends_with(title: Text, number: str) -> bool:
    """Whether the title's words end with the number's (case and punctuation aside: the title
    is in sentence case, its colons full-width in CJK text): "Report 12" does not end with "2"."""
    words, tail = re.findall(r"\w+", str(title).casefold()), re.findall(r"\w+", number.casefold())
    return bool(tail) and words[-len(tail):] == tail


def translator_block(ctx: EntryContext) -> Text:
    persons = persons_of(ctx.entry, "translator")
    if not persons:
        return Text()
    names = format_name_list(persons, ctx.rules, ctx.lang)
    word = "译" if ctx.lang in CJK_LANGS else "trans."
    return Text(_field_text(ctx, parse(names)), ctx.rules.comma, word)


# A version number as typed: "2.1", "v2.1", "Version 2.1", "ver. 2.1" — printed "V2.1", the form
# of GB/T 7714—2025's data set example ("[DS/OL]. V1.0."); other wording ("late ed.") as typed.
_VERSION_NUMBER = re.compile(r"(?:v(?:er(?:sion)?)?\.?\s*)?(\d[\w.-]*)", re.IGNORECASE)


def _version(ctx: EntryContext) -> str:
    version = plain(parse(ctx.get("version"))).strip()
    match = _VERSION_NUMBER.fullmatch(version)
    return f"V{match.group(1)}" if match else version


def edition_block(ctx: EntryContext) -> Text:
    if ctx.code in ("DS", "PP") and ctx.get("version"):
        return _s(_version(ctx))
    value = ctx.get("edition")
    if not value:
        # biblatex's version (a manual's, a program's, an online document's revision) is the
        # work's edition statement (版本项, GB/T 7714—2015 §4.1's formats, §8.3): printed where
        # the edition goes, not lost (an [M/OL] with a DOI, a URL and a version dropped it)
        return _s(_version(ctx)) if ctx.get("version") else Text()
    text = format_edition(plain(convert_punct(parse(value), ctx.rules)), ctx.lang)
    return _s(text) if text else Text()


def container_blocks(ctx: EntryContext) -> list[Text]:
    """The larger work after "//": its editors, then title and volume."""
    rules = ctx.rules
    editors = persons_of(ctx.entry, "bookauthor") or persons_of(ctx.entry, "editor")
    if not editors and "booktitle" not in ctx.entry.fields and ctx.get("chapter"):
        editors = persons_of(ctx.entry, "author")  # @inbook: the book is the author's own
    blocks = []
    if editors:
        blocks.append(_field_text(ctx, parse(format_name_list(editors, rules, ctx.lang))))
    # A book's title after "//" is in sentence case like the entry's own (GB/T 7714—2015
    # §4.2.2 example 7); the name of a conference or its proceedings is a proper name
    # and keeps its capitals (A.7 example 8), as a series does.
    booktitle = _field_text(
        ctx, ctx.titled("booktitle", "booksubtitle", "booktitleaddon") or ctx.runs("eventtitle"),
        title_case=not _names_event(ctx))
    if not ctx.get("booktitle") and ctx.get("eventtitle") and ctx.get("location") and not len(_place(ctx)):
        # A paper given at an event that printed no proceedings: the event's name with the place it
        # was held, as the standard gives a conference ("…论文集: 天津, 1990", GB/T 7714—2015 §8.1.2),
        # its date after them (the venue is no place of publication: _place)
        booktitle = _join([booktitle, _field_text(ctx, ctx.runs("location"))], rules.colon)
    volume = ctx.get("volume")
    if volume:
        vol = _s(format_volume(_plain_field(ctx, "volume"), ctx.lang, rules))
        # The set the book is a volume of (biblatex's maintitle: biblatex-archaeology's
        # Fentress2003, "Cosa: Vol. 5 An intermittent town"), else its series, as for a whole
        # book (title_block).
        series = _field_text(ctx, ctx.titled("maintitle", "mainsubtitle", "maintitleaddon"))
        if not len(series):
            series = _field_text(ctx, ctx.runs("series"))
        if len(series):
            # The series and its volume, then the book, as for a book in a set.
            booktitle = _join([Text(series, rules.colon, vol), booktitle], "\u2003")
        else:
            booktitle = _join([booktitle, vol], rules.colon)
    elif len(main := _field_text(ctx, ctx.titled("maintitle", "mainsubtitle", "maintitleaddon"))):
        # The work in many volumes the part is in, without a volume number (biblatex-arthistory-
        # bonn's @Inreference in "Lexikon Kunstwissenschaft", its only container: "[M]//Stuttgart"
        # before): its title, before the volume's own as for a whole book (title_block).
        booktitle = _join([main, booktitle], rules.colon) if len(booktitle) else main
    elif ctx.get("series") and len(booktitle):
        # A series without a volume number is not lost: before the book's title, as for
        # a whole book (title_block) — biblatex-ieee.bib's "IMA Volumes in Mathematics …",
        # with the book's number in the series ("State of the Art Report: No. 20 …").
        booktitle = _series_before(ctx, booktitle)
    blocks.append(booktitle)
    return blocks


# A number in a series, maybe with its abbreviation as typed ("n.~31", abnTeX2's amaral1994;
# "No. 4", "Bd. 2"): printed as written; a part of a numbered volume ("4.1", biblatex-arthistory-
# bonn's Winckelmann2002 in "Schriften und Nachlaß, Bd.", lost before) is a number too.
_SERIES_NUMBER = re.compile(r"(?:(?:[Nn][or]?|[Nn]úm|[Vv]ol|[Bb]d|[Tt])\.?\s*)?"
                            r"(?:\d+(?:\.\d+)*[a-z]?|[IVXLC]+|[ivxlc]+)")


def _series_before(ctx: EntryContext, title: Text) -> Text:
    """A series' name before a book's title, with the book's number in it ("State of the
    Art Report: No. 20 Computer systems reliability", "第 3 册") when the entry is a book
    or a part of one (biblatex's ``number`` beside ``series``, as the gbt7714 package prints
    it); a report's, standard's or patent's number is its own document number, printed after
    the title."""
    series = _field_text(ctx, ctx.runs("series"))
    number = plain(parse(ctx.get("number"))).strip()
    if not _SERIES_NUMBER.fullmatch(number) or not len(series) or ctx.code not in ("M", "C", "G"):
        # (no number, or a phrase that is none: biblatex-chicago's "\\partedit C. R. Stimpson")
        return _join([series, title], ctx.rules.colon)
    if number.isdigit():
        forms = ctx.rules.series_number_forms
        number = forms.get(ctx.lang, forms["*"]).format(number)
    return _join([Text(series, ctx.rules.colon, _s(number)), title], "\u2003")


_EVENT_WORDS = re.compile(r"\b(?:proceedings|conference|symposium|workshop|congress|colloquium|"
                          r"meeting|summit|actes|tagung|kongress)\b", re.IGNORECASE)


def _names_event(ctx: EntryContext) -> bool:
    """Whether the larger work is named after an event (proceedings of a conference)."""
    if ctx.entry.type.lower() in ("inproceedings", "conference") or ctx.get("eventtitle"):
        return True
    return bool(_EVENT_WORDS.search(ctx.get("booktitle")))


def _publisher(ctx: EntryContext) -> Text:
    if ctx.code == "P" and not ctx.get("publisher"):
        # A patent has no publisher: its organization is the holder (专利申请者或所有者,
        # before the title, GB/T 7714—2015 §4.5.1), not a body after "[P]" (abnTeX2's
        # cruvinel1989 printed "[P]. Embrapa. …").
        return Text()
    for name in ("publisher", "school", "institution", "organization"):
        if ctx.get(name):
            return _field_text(ctx, ctx.runs(name))
    if ctx.code == "PP" and ctx.eprint_archive():
        return _s(ctx.eprint_archive())
    return Text()


def _place(ctx: EntryContext) -> Text:
    if ctx.code == "P":
        return Text()  # a patent's "address" is its country, not a place of publication
    if not ctx.get("booktitle") and ctx.get("eventtitle") and not (ctx.get("publisher") or ctx.get("institution")):
        # the venue of an event, not a place of publication (an institution's place is its own:
        # biblatex-mla's @artwork "…, National Museum of the American Indian, New York City")
        return Text()
    return _field_text(ctx, ctx.runs("address") or ctx.runs("location"))


def _pages(ctx: EntryContext) -> str:
    pages = ctx.get("pages") or ctx.get("eid")
    return format_pages(plain(parse(pages))) if pages else ""


def publication_block(ctx: EntryContext) -> Text:
    """Place: publisher, date: pages, and the dates of online resources."""
    rules = ctx.rules
    place, publisher = _place(ctx), _publisher(ctx)
    head = _join([place, publisher], rules.colon) if len(publisher) else place
    if ctx.code == "S" and (not len(publisher) or not rules.standard_imprint):
        # A standard's year is part of its number ("GB/T 7714—2015").
        cite = _cite_date(ctx) if rules.cite_date_all_online else Text()
        if not ctx.get("number") and _year(ctx):
            # One with no number (hagenberg-thesis's W3C working draft) would lose its date:
            # online it is dated as a web page is, "(2018-10-18)", else by its year.
            date = _s(f"({_full_date(ctx)})") if ctx.online else _s(_year(ctx))
            return Text(date, cite)
        return cite
    if _uses_update_date(ctx):
        pages = _pages(ctx)
        date = _full_date(ctx)
        if ctx.code == "EB" and re.fullmatch(r"\d{4}(?:[-–]\d{4})?|\[[\dX]{4}\]", date):
            # A web page's year alone is its year of publication, not an update:
            # "Houston, Tex: University of Houston Libraries, 1989[1995-05-17]" (GB/T
            # 7714—2015 §4.6.2, PACS-L); pages follow it, "出版年: 引文页码" (§4.6.1).
            # So are the years a site ran ("1995-1998", abnTeX2's coordena1995): an update
            # is one day, and "Gerais(1995-1998)" read as no element of the standard.
            # (A data set's year stays in parentheses: "Repository（2022）", 2025.)
            text = _join([head, _s("" if ctx.author_year else date)], rules.comma)
            if pages:
                text = _join([text, _s(pages)], rules.colon)
            return Text(text, _cite_date(ctx))
        if pages:
            # "出版年: 引文页码(更新或修改日期)" (GB/T 7714—2015 §4.6.1).
            head = _join([head, _s(pages)], rules.colon)
        tail = Text()
        if date:
            tail = _paren(ctx, date)
        tail = Text(tail, _cite_date(ctx))
        if len(head) and len(tail):
            # "(update date)" follows the publisher directly, as "57(34)" does.
            # no second full stop after one that ends the publisher ("Apple Inc.")
            return Text(head, "" if date else (
                " " if str(head).endswith(_NO_PERIOD_END) else ". "), tail)
        return head if not len(tail) else tail
    if ctx.code in rules.date_codes and not (ctx.code == "R" and len(publisher)):
        date = _full_date(ctx)
    elif ctx.code in rules.year_and_update_codes and ctx.online and _has_day(_full_date(ctx)) \
            and not ctx.author_year:
        updated = f"{rules.open_paren}{_full_date(ctx)}{rules.close_paren}"
        date = f"{_year(ctx)}{updated}"
    else:
        date = "" if ctx.author_year else _year(ctx)
    text = _join([head, _s(date)], rules.comma)
    return _pages_and_cite_date(ctx, text)


def _pages_and_cite_date(ctx: EntryContext, text: Text | str) -> Text | str:
    """The cited pages after ": " and, where the edition dates every online item, the citation
    date: the tail of a part printed in a serial (a newspaper's, a law report's)."""
    rules = ctx.rules
    pages = _pages(ctx)
    if pages:
        text = _join([text, _s(pages)], rules.colon)
    if rules.cite_date_all_online:
        text = Text(text, _cite_date(ctx))
    return text


def _journal_runs(ctx: EntryContext) -> tuple[Run, ...]:
    """The journal's title, its subtitle after a colon, and the part of it that
    ``journaltitleaddon`` names in parentheses: "北京大学学报（自然科学版）"
    (GB/T 7714—2015 §8.2 example 5, 2025 B.4 example 3)."""
    base = "journal" if ctx.get("journal") else "journaltitle"
    runs = ctx.titled(base, "journalsubtitle")
    addon = ctx.runs("journaltitleaddon")
    if addon:
        runs = runs + (Run("（"),) + addon + (Run("）"),) if runs else addon
    return runs


def _law_report(ctx: EntryContext) -> str:
    """The law report, official journal or treaty series a legal document is printed in
    (:data:`~wenxian.gbt7714.doctypes.LEGAL_TYPES`; biblatex-oscola names it ``reporter``), "" for none."""
    if ctx.entry.type.lower() not in LEGAL_TYPES:
        return ""
    return ctx.get("reporter") or ctx.get("journaltitle") or ctx.get("journal")


def law_report_block(ctx: EntryContext) -> Text:
    """A legal document printed in a law report, an official journal or a treaty series: the
    series, then year, volume (issue): pages, as a serial's part is printed ("连续出版物题名, 年, 卷(期):
    页码", GB/T 7714—2015 §4.4.1, 8.8.2): "Boulton v Jones[Z]. H&N, 1857, 2: 564." The document's
    ``number`` is its own (printed after its title), not the issue; its ``series`` is the
    report's ("OJ L", "N.E. 2", "SLT (Land Ct)"), not a book series before the title."""
    rules = ctx.rules
    name = "reporter" if ctx.get("reporter") else ("journal" if ctx.get("journal") else "journaltitle")
    # as the law cites it, points kept ("N.E.", "A.C."), with its series ("OJ L", "C.P.R. (4th)")
    report = _join([_field_text(ctx, ctx.runs(name)), _field_text(ctx, ctx.runs("series"))], " ")
    text = _join([report, _s("" if ctx.author_year else _year(ctx))], rules.comma)
    volume, issue = _plain_field(ctx, "volume"), _plain_field(ctx, "issue")
    if volume:
        text = _join([text, _s(volume)], rules.comma)
    if issue:
        text = Text(text, _paren(ctx, issue))
    return _pages_and_cite_date(ctx, text)


def serial_block(ctx: EntryContext) -> Text:
    """Journal, year, volume (issue): pages — or newspaper, date (page)."""
    rules = ctx.rules
    journal = _field_text(ctx, _journal_runs(ctx), journal=True)
    if ctx.code == "N":
        date = _full_date(ctx)
        text = _join([journal, _s(date)], rules.comma)
        # The page (版次); biblatex-gb7714-2015 and the gbt7714 package take it
        # from ``number`` when there is no ``pages``.
        pages = _pages(ctx) or _plain_field(ctx, "number")
        if pages:
            text = Text(text, _paren(ctx, pages))
    else:
        volume, number = _plain_field(ctx, "volume"), _plain_field(ctx, "number")
        date = _full_date(ctx)
        if not volume and not number and _has_day(date):
            when = date
        else:
            when = "" if ctx.author_year else _year(ctx)
        text = _join([journal, _s(when)], rules.comma)
        if volume:
            text = _join([text, _s(volume)], rules.comma)
        if number:
            issue = _paren(ctx, number)
            text = Text(text, issue) if len(text) else issue
        pages = _pages(ctx)
        if pages:
            text = _join([text, _s(pages)], rules.colon)
    if rules.cite_date_all_online:
        text = Text(text, _cite_date(ctx))
    elif ctx.code in rules.update_date_codes:
        text = Text(text, _cite_date(ctx))
    return text


_SERIAL_NUMBER = re.compile(r"^(\d+)(?:\s*(?:-+|–|—)\s*(\d+))?$")
_YEARS = re.compile(r"^(\d{4})(?:\s*(?:/|-+|–|—)\s*(\d{4})?)?$")


def _holdings(ctx: EntryContext) -> tuple[str, str] | None:
    """A periodical's holdings and years built from its parts, as biblatex files
    give them (``date = {1957/1990}``, ``volume = {1}``, ``number = {1-4}``):
    ("1984, 1(1)-", "1984-") or ("1957(1)-1990(4)", "1957-1990") — the first
    issue, then the last one or nothing while it still appears (GB/T 7714—2015
    §4.3.1 "年, 卷(期)-年, 卷(期)", its examples in §4.3.2). None when the
    fields already hold the holdings as text ("1883, 1(1)-")."""
    volume, number = _plain_field(ctx, "volume"), _plain_field(ctx, "number")
    years = _YEARS.match(plain(parse(ctx.get("year") or ctx.get("date"))).strip())
    parts = [_SERIAL_NUMBER.match(v) if v else None for v in (volume, number)]
    unread = any(value and not match for value, match in zip((volume, number), parts))
    if not years or not (volume or number) or unread:
        return None
    vol, num = parts
    rules = ctx.rules

    def issue(index: int, year: str | None) -> str:
        v = vol.group(index) if vol else None
        n = num.group(index) if num else None
        text = year or ""
        if v:
            text = f"{text}{rules.comma}{v}" if text else v
        if n:
            text += f"{rules.open_paren}{n}{rules.close_paren}"
        return text

    first, last = years.group(1), years.group(2)
    closed = bool(last or (vol and vol.group(2)) or (num and num.group(2)))
    if not closed and (ctx.get("pages") or ctx.get("month")):
        # One issue (biblatex's @periodical is "an entire issue"; abnTeX2's @journalpart):
        # a month or its pages name one issue, not a run still appearing — no open dash.
        return issue(1, first), first
    end = issue(2, last) if closed else ""
    holdings = f"{issue(1, first)}{rules.year_dash}{end}"
    return holdings, f"{first}{rules.year_dash}{last or ''}"


def periodical_blocks(ctx: EntryContext) -> list[Text]:
    """A whole journal: "1883, 1(1)-. Place: Publisher, 1883-"."""
    built = _holdings(ctx)
    if built:
        holdings, years = built
        place, publisher = _place(ctx), _publisher(ctx)
        head = _join([place, publisher], ctx.rules.colon) if len(publisher) else place
        return [_s(holdings), _join([head, _s(years)], ctx.rules.comma)]
    blocks = []
    holdings = ctx.get("volume") or ctx.get("number")
    if holdings:
        runs = convert_punct(parse(year_dashes(holdings, ctx.rules)), ctx.rules)
        blocks.append(to_rich(runs))
    blocks.append(publication_block(ctx))
    return blocks


# Every backslash of a file path doubled, as a path is escaped in code and .bib files
# (abnTeX2's vaso1999: ``url = {C:\\Carol\\VASO.TIFF}``; NBR 6023's example prints
# "C:\Carol\VASO.TIFF"). A UNC path (two backslashes, then single ones) is left as typed.
_ESCAPED_PATH = re.compile(r"^(?:[A-Za-z]:)?(?:\\\\[^\\\s]+)+\\?$")


def _path_text(path: str) -> str:
    """A path that is not a web link, as its reader types it: escaped backslashes halved."""
    path = path.strip()
    return path.replace("\\\\", "\\") if _ESCAPED_PATH.match(path) else path


def access_blocks(ctx: EntryContext) -> list[Text]:
    """URL, then DOI or CSTR (an identifier already in the URL is not repeated)."""
    rules = ctx.rules
    url, doi, cstr = ctx.url, ctx.get("doi"), ctx.get("cstr")
    blocks = []
    if url:
        blocks.append(Text(HRef(url, url)) if LINKED_SCHEMES.match(url.strip())
                      else Text(_path_text(url)))
    low = url.lower()
    if doi and doi.lower() not in low and not (cstr and rules.cstr_replaces_doi):
        blocks.append(Text("DOI:", HRef(f"https://doi.org/{doi}", doi)))
    if cstr and cstr.lower() not in low:
        blocks.append(Text("CSTR:", HRef(f"https://cstr.cn/{cstr}", cstr)))
    return blocks


def build_blocks(ctx: EntryContext) -> list[Text]:
    """The blocks of one entry in the standard's order (empty ones dropped)."""
    kind = ctx.entry.type.lower()
    title = title_block(ctx)
    blocks: list[Text] = [names_block(ctx), title]
    if is_contribution(ctx.entry):
        translator = translator_block(ctx)
        if len(translator):
            blocks.append(translator)
        blocks = [b for b in blocks if len(b)]
        container = container_blocks(ctx)
        if not len(title) and ctx.code not in ("J", "N") and any(len(b) for b in container):
            # A part with no title of its own (biblatex-archaeology's @inbook citing pages of a
            # book under the part's author, Kohlmeyer1983): its code and "//" still say what
            # the book is to it — biblatex prints "In:" there — instead of the book's editors
            # and title running on after the names with no type code.
            title = Text(f"[{ctx.code}{carrier(ctx.entry, ctx.online)}]")
            blocks.append(title)
        if blocks and len(title):
            blocks[-1] = Text(blocks[-1], _CONTRIB_JOIN)
        blocks.extend(container)
        edition = edition_block(ctx)
        imprint = publication_block(ctx)
        if len(_place(ctx)) or len(_publisher(ctx)) or len(edition):
            blocks.extend([edition, imprint])
        elif len(imprint):
            # No place or publisher (a conference known by its name, GB/T 7714—2025
            # §8.6.3): the date follows the larger work's title after a comma; a
            # citation date alone is glued to it, as it is to any element.
            glue = "" if str(imprint).startswith("[") else ctx.rules.comma
            blocks[-1] = Text(blocks[-1], glue, imprint)
    elif ctx.code in ("J", "N") and kind != "periodical":
        blocks.append(translator_block(ctx))
        blocks.append(serial_block(ctx))
    elif kind == "periodical":
        blocks.extend(periodical_blocks(ctx))
    elif _law_report(ctx):
        blocks.append(law_report_block(ctx))
    else:
        blocks.append(translator_block(ctx))
        blocks.append(edition_block(ctx))
        blocks.append(publication_block(ctx))
        if ctx.code == "CM" and ctx.get("dimensions"):
            blocks.append(_s(plain(parse(ctx.get("dimensions")))))
        if ctx.code == "Z":
            # howpublished is part of the description; a note only when it is the whole
            # of it (an entry with no title, like a placeholder): notes are often
            # private remarks, and the standard has no such element.
            names = ("howpublished",) if ctx.get("title") else ("howpublished", "note")
            for name in names:
                if not wrapped_url(ctx.get(name)):
                    blocks.append(to_rich(ctx.runs(name)))  # free text, printed as written
    blocks.extend(access_blocks(ctx))
    return [b for b in blocks if len(b)]


def join_blocks(blocks: list[Text]) -> Text:
    """Blocks joined by ". " (no period after "//" or a closing period)."""
    parts: list = []
    for i, block in enumerate(blocks):
        parts.append(block)
        text = str(block)
        last = i == len(blocks) - 1
        if text.endswith(_CONTRIB_JOIN):
            continue  # "[M]//王夫之": the larger work follows "//" directly
        if not text.endswith(_NO_PERIOD_END):
            parts.append(".")
        if not last:
            parts.append(" ")
    return Text(*parts)


def render_entry(ctx: EntryContext) -> Text:
    """The whole entry as rich text.

    An entry whose ``verbatim`` field holds the reference as an article printed
    it (what ``wenxian import`` could not read into fields) is printed as
    written: a guess at its parts would show the reader a line nobody wrote.
    """
    if ctx.get("verbatim"):
        return to_rich(ctx.runs("verbatim"))
    return join_blocks(build_blocks(ctx))
