"""BibTeX/biblatex entry types → GB/T 7714 document-type codes, as data.

Codes (GB/T 7714 table B.1 / 2025 table): M 普通图书, C 会议录, G 汇编, N 报纸,
J 期刊, D 学位论文, R 报告, S 标准, P 专利, DB 数据库, CP 计算机程序,
EB 电子公告, A 档案, CM 舆图, DS 数据集, PP 预印本 (2025), Z 其他.
``/OL`` is added when the entry has a URL or DOI.
"""

from __future__ import annotations

import logging
import re

from pybtex.database import Entry, Person

from wenxian.gbt7714.eprints import SOFTWARE_HOSTS

__all__ = ["TYPE_CODES", "CONTRIBUTION_TYPES", "MISC_TYPES", "STYLE_TYPES", "SUBTYPE_CODES",
           "article_has_journal", "as_documented_type", "carrier", "chapter_is_title", "doc_code", "is_contribution",
           "report_number_in_type"]

log = logging.getLogger("wenxian.gbt7714")

TYPE_CODES: dict[str, str] = {
    "book": "M", "mvbook": "M", "inbook": "M", "bookinbook": "M", "incollection": "M",
    "collection": "G", "mvcollection": "G", "booklet": "M", "manual": "R",
    "reference": "M", "mvreference": "M", "inreference": "M",
    "proceedings": "C", "mvproceedings": "C", "inproceedings": "C", "conference": "C",
    "newspaper": "N",
    "article": "J", "periodical": "J", "suppperiodical": "J",
    # apacite.bst's own types (apacite's manual): an article in a magazine, a report
    # in a series of reports
    "magazine": "J", "intechreport": "R",
    # biblatex's supplementary material (a foreword, liner notes) in a book or collection
    "suppbook": "M", "suppcollection": "G",
    "thesis": "D", "phdthesis": "D", "mastersthesis": "D",
    "report": "R", "techreport": "R",
    "standard": "S",
    "patent": "P",
    "database": "DB",
    "software": "CP", "program": "CP",
    "online": "EB", "www": "EB", "electronic": "EB", "webpage": "EB",
    "image": "Z", "video": "Z", "audio": "Z", "music": "Z", "movie": "Z",
    "archive": "A", "letter": "A", "legislation": "A", "legal": "A",
    "map": "CM",
    "dataset": "DS", "data": "DS",
    "preprint": "PP",
    "misc": "Z", "unpublished": "Z",
    # a talk at an event (biblatex-archaeology's @talk, biblatex-apa's @presentation): the
    # standard has no code for it; [Z], or a web page [EB] where it is online, as misc
    "talk": "Z", "presentation": "Z",
    # types users write that no style file of biblatex defines but whose meaning is plain
    # (quantum's and asmejour's sample databases): a web site, a code repository (a
    # program, 计算机程序 [CP], as biblatex-software's @software), a dictionary (a reference
    # work, as @reference), an item in a book series (a contribution, as @incollection)
    "website": "EB", "repository": "CP", "dictionary": "M", "inserialcollection": "M",
    # a court decision (biblatex's manual §2.1.3 lists @jurisdiction beside @legislation and
    # @legal, types its standard styles leave to others: biblatex-jura2, biblatex-bath): GB/T
    # 7714 has no code for it (2015 table B.1), so it is "other" [Z], as the gbt7714 package
    # prints it; not an unknown type
    "jurisdiction": "Z",
}
# Types that are a web page [EB] when they have a URL, else "other" [Z].
MISC_TYPES = frozenset({"misc", "unpublished", "image", "video", "audio", "music", "movie",
                        "talk", "presentation"})
# Legal documents (biblatex's @legislation, @legal, @jurisdiction): a statute, a treaty, a court's
# decision. Each may be printed in a law report, an official journal or a treaty series
# (biblatex's ``journaltitle``; biblatex-oscola's ``reporter``: "[2009] BCC 328", "OJ L192/27",
# "2351 UNTS 13"), and carries its own number (a neutral citation "[2009] EWHC 442 (Ch)", a
# directive's "2002/60/EC", a docket "General List No 104").
LEGAL_TYPES = frozenset({"legislation", "legal", "jurisdiction"})
# Contributions printed "…[M]// container".
CONTRIBUTION_TYPES = frozenset({"incollection", "inbook", "inproceedings", "inreference",
                                "bookinbook", "suppbook", "suppcollection", "inserialcollection"})


# ``entrysubtype`` values that name a document type (biblatex-gb7714 / gbt7714).
SUBTYPE_CODES = {"newspaper": "N", "news": "N", "inproceedings": "C", "report": "R",
                 "techreport": "R", "standard": "S", "patent": "P", "dataset": "DS"}
# A newspaper subtype names a newspaper's item (biblatex: @article, @review, @periodical);
# on a book it is not one (biblatex-mla-handbook9-messy.bib: a @book with entrysubtype =
# {newspaper} printed [N] without its publisher).
_NEWS_KINDS = frozenset({"article", "review", "periodical", "suppperiodical", "misc", "online",
                         "newspaper", "magazine"})
# biblatex-gb7714-2015's convention (its .bbx source maps): an @article whose
# ``note`` says "news" is a newspaper article, a @book/@inbook whose ``note``
# says "standard" is a standard. Only a note that is just that word counts (a
# note is otherwise free text).
NOTE_CODES = {("article", "news"): "N", ("article", "newspaper"): "N",
              ("book", "standard"): "S", ("inbook", "standard"): "S"}
# Fields in which a user gives the code itself ("entrytypeid" 2025, "mark" 2015).
CODE_FIELDS = ("entrytypeid", "mark")
_CODE = re.compile(r"^[A-Z]{1,2}$")
# Fields giving the carrier instead of "OL" (e.g. "CD", "MT", "DK").
MEDIUM_FIELDS = ("entrymediumid", "medium")
ONLINE_TYPES = frozenset({"online", "webpage", "www", "electronic", "website"})
# Types one style package defines, with the standard type its manual says they are:
# type → (standard type, what the manual says). abnTeX2 (abntex2cite's manual, "@journalpart —
# Partes de periódicos": an issue or supplement of a periodical, cited as a whole, i.e.
# biblatex's @periodical; "@monography — Monografias": "use exactly as @mastersthesis and
# @phdthesis", an academic work, 学位论文 [D]). The entry is formatted as the standard type and
# `wenxian check` says which type to write (other styles print [Z] for them).
STYLE_TYPES: dict[str, tuple[str, str]] = {
    "journalpart": ("periodical", "abnTeX2's part of a periodical (an issue or supplement)"),
    "monography": ("thesis", "abnTeX2's academic monograph, used as @mastersthesis/@phdthesis"),
    # biblatex-arthistory-bonn (its manual, "arthistory-bonn-specific entry types"): @Exhibcatalog
    # "is for catalogs of temporary exhibitions", edited, "the exhibition's title is listed in
    # eventtitle and eventsubtitle" — a collection [G] whose title is the exhibition's when it
    # has none; @Inexhibcatalog, an entry of such a catalogue, a contribution to it; @Catalog,
    # "catalogs of the permanent inventory of a museum's art collection" (Bestandskatalog), a
    # book [M] (an author's, or an editor's)
    "exhibcatalog": ("collection", "biblatex-arthistory-bonn's exhibition catalogue"),
    "inexhibcatalog": ("incollection", "biblatex-arthistory-bonn's entry in an exhibition catalogue"),
    "catalog": ("book", "biblatex-arthistory-bonn's catalogue of a museum's collection"),
    # biblatex-jura2 (its manual, "Eintragsart commentary"): a legal commentary or handbook,
    # a book cited by its editors or its title (Palandt, Maunz/Dürig), [M]
    "commentary": ("book", "biblatex-jura2's legal commentary (a book)"),
    # biblatex-fiwi (its manual, "archival": "für Dokumente aus Archiven", documents from
    # archives, with ``library`` and ``librarylocation``): 档案 [A] (2015 table B.1)
    "archival": ("archive", "biblatex-fiwi's document from an archive"),
    # a court decision as legal .bib files type it (droit-fr's JabRef export: ``@case`` with the court
    # in ``institution``, the law report in ``journal``), biblatex's @jurisdiction
    "case": ("jurisdiction", "a court decision (biblatex's @jurisdiction)"),
}
# Fields one style package defines for a type, read as the standard fields they are:
# biblatex-jura2's court decision (its manual's @jurisdiction examples: ``gericht`` the court,
# ``dokumententyp`` Beschluss/Urteil, ``entscheidungsdatum`` the date, ``aktenzeichen`` the
# docket number, ``fundstelle`` where it is printed; ``datenbank``, the database it was read in, is no element
# of the standard).
# The court is its author (an organization), the kind of decision and its docket number its
# title, as the court prints them; nothing else is made up (an entry with none of these
# fields is left as it is).
_JURA2_DECISION = ("gericht", "dokumententyp", "aktenzeichen", "entscheidungsdatum")


def _documented_fields(kind: str, fields: dict, persons: dict) -> tuple[dict, dict]:
    """The fields (and name lists) of a type one style package defines, as standard fields."""
    given = {name.lower(): value for name, value in fields.items()}

    def get(name: str) -> str:
        return given.get(name, "").strip()
    if kind == "exhibcatalog" and not get("title") and get("eventtitle"):
        # the exhibition's title is the catalogue's; its ``location`` is the book's place
        # (the manual: "year and location refer to the published book itself"), not the
        # venue of an event
        fields = {name: value for name, value in fields.items()
                  if name.lower() not in ("eventtitle", "eventsubtitle")}
        fields["title"] = get("eventtitle")
        if get("eventsubtitle") and not get("subtitle"):
            fields["subtitle"] = get("eventsubtitle")
    elif kind == "jurisdiction" and not get("title") and any(get(n) for n in _JURA2_DECISION):
        fields = dict(fields)
        # a docket number keeps its capitals ("6 P 7.12"): braced, as a name is
        fields["title"] = "{" + " ".join(v for v in (get("dokumententyp"), get("aktenzeichen")) if v) + "}"
        if get("entscheidungsdatum") and not get("date"):
            fields["date"] = get("entscheidungsdatum")
        if get("fundstelle") and not get("howpublished"):
            fields["howpublished"] = get("fundstelle")
        if get("gericht") and not any(r.lower() in ("author", "editor") for r in persons):
            persons = dict(persons)
            persons["author"] = [Person("{" + get("gericht") + "}")]
    return fields, persons



# The "journal" NASA ADS (and the exports that copy it) gives an e-print: the server's e-print series.
_EPRINT_SERIES = re.compile(r"^\s*\{*\s*(?:arxiv|biorxiv|medrxiv|chemrxiv)\s+e-?prints?\s*\}*\s*$", re.IGNORECASE)


def as_documented_type(entry: Entry) -> Entry:
    """``entry`` as the standard type its style package documents (:data:`STYLE_TYPES`); the
    entry itself when its type is not one of them (a new :class:`Entry` otherwise)."""
    kind = entry.type.lower()
    mapped = STYLE_TYPES.get(kind)
    given = {name.lower(): value for name, value in entry.fields.items()}
    if kind == "commentary" and (given.get("journal", "").strip() or given.get("journaltitle", "").strip()):
        # a commentary printed in a periodical — a case note or chronicle, as French law cites it
        # ("D. 1991, II, 417, note Thouvenin": droit-fr's @commentary with ``journal``) — is no book
        # but an article of that periodical [J] (2015 §4.4)
        mapped = ("article", "a legal commentary printed in a periodical (a case note)")
    elif kind == "article" and _EPRINT_SERIES.match(given.get("journal", "") or given.get("journaltitle", "")) and (
            given.get("eprint", "").strip()):
        # NASA ADS exports an arXiv e-print as an @article of the "journal" "arXiv e-prints": a
        # preprint on its server, no journal's article; formatted as biblatex's @misc with its eprint
        # (2015: [EB/OL]; 2025: 预印本 [PP/OL]). Its "pages" are the e-print's own (all of them, "1--9",
        # or its identifier, "arXiv:1306.1593"): the work is cited whole, as a preprint is, without them.
        fields = {name: value for name, value in entry.fields.items()
                  if name.lower() not in ("journal", "journaltitle", "pages", "eid")}
        copy = Entry("misc", fields=fields, persons=entry.persons)
        copy.key = getattr(entry, "key", None)
        return copy
    fields, persons = _documented_fields(kind, entry.fields, entry.persons)
    if mapped is None:
        if fields is entry.fields and persons is entry.persons:
            return entry
        copy = Entry(entry.original_type, fields=fields, persons=persons)
        copy.key = getattr(entry, "key", None)
        return copy
    log.warning("%s: entry type @%s is %s; formatted as @%s (write @%s)",
                getattr(entry, "key", "?"), entry.type.lower(), mapped[1], mapped[0], mapped[0])
    copy = Entry(mapped[0], fields=fields, persons=persons)
    copy.key = getattr(entry, "key", None)
    return copy


# The whole work a part's type belongs to (biblatex's @inreference is an article of a @reference …).
_WHOLE_OF = {"inreference": "reference", "incollection": "collection", "inproceedings": "proceedings",
             "inbook": "book", "bookinbook": "book", "suppbook": "book"}
_WHOLE_TITLES = (("booktitle", "title"), ("booksubtitle", "subtitle"), ("booktitleaddon", "titleaddon"))


def as_whole_work(entry: Entry) -> Entry:
    """A part with neither a title nor an author of its own, only its larger work's title (OSCOLA's
    ``@inreference{halsbury5:57, volume = 57, crossref = halsbury5}``: a volume of Halsbury's Laws cited
    whole) is that work, or its volume: ``@reference`` with the book's title as its own, printed
    "Halsbury's laws: Vol. 57[M]. 5th ed. …" (GB/T 7714—2015 §8.1.3) — not a part with nothing before
    "[M]//". Any other entry is given back as it is."""
    kind = entry.type.lower()
    given = {name.lower(): name for name in entry.fields}
    if kind not in _WHOLE_OF or "booktitle" not in given or entry.fields.get(given.get("title", "title"), "").strip() \
            or any(role.lower() in ("author", "bookauthor") and people for role, people in entry.persons.items()):
        return entry
    fields = {name: value for name, value in entry.fields.items()
              if name.lower() not in ("title", "subtitle", "titleaddon", "booktitle", "booksubtitle", "booktitleaddon")}
    for part, whole in _WHOLE_TITLES:
        if part in given and entry.fields[given[part]].strip():
            fields[whole] = entry.fields[given[part]]
    copy = Entry(_WHOLE_OF[kind], fields=fields, persons=entry.persons)
    copy.key = getattr(entry, "key", None)
    return copy


def doc_code(entry: Entry, edition: str, has_url: bool | None = None) -> str:
    """The document-type code of ``entry`` (without "/OL"); ``has_url`` says whether
    it has a link (default: a ``url`` field)."""
    kind = entry.type.lower()
    kind = STYLE_TYPES[kind][0] if kind in STYLE_TYPES else kind
    fields = entry.fields
    for name in CODE_FIELDS:
        value = fields.get(name, "").strip().upper()
        if _CODE.match(value):
            return value
    subtype = SUBTYPE_CODES.get(fields.get("entrysubtype", "").strip().lower())
    if subtype and not (subtype == "N" and kind not in _NEWS_KINDS):
        return subtype
    noted = NOTE_CODES.get((kind, fields.get("note", "").strip().lower()))
    if noted:
        return noted
    eprint = any(fields.get(name) for name in ("eprint", "archiveprefix", "eprinttype"))
    if kind == "preprint" or (eprint and (kind in MISC_TYPES or kind == "online" or (
            kind == "article" and not (fields.get("journal") or fields.get("journaltitle"))))):
        # 2015 has no preprint code: a preprint is read online (its server gives the
        # link), an electronic bulletin [EB] as the gbt7714 package also prints it.
        # What a software host holds (CTAN, GitHub …) is no preprint in either edition.
        software = fields.get("eprinttype", "").strip().lower() in SOFTWARE_HOSTS
        return "PP" if edition != "2015" and not software else "EB"
    if has_url is None:
        has_url = bool(fields.get("url"))
    if kind in MISC_TYPES and has_url:
        return "EB"  # a web page exported as @misc (BibTeX has no @online)
    if kind == "article" and has_url and not article_has_journal(entry):
        # [J] is a journal's article: its line names the journal (连续出版物题名,
        # 2015 §4.4.1). An @article with none but a link (hep-bibliography.bib: a class's
        # web page) is an electronic resource, as the gbt7714 package reads it; `wenxian
        # check` reports it (article-without-journal). Without a link it stays [J] (the
        # standard's own examples of a volume or issue alone are @article fragments) and
        # check reports the missing journal.
        return "EB"
    if (kind in ("letter", "misc") or (kind in ONLINE_TYPES and (
            fields.get("volume") or fields.get("number") or fields.get("issue")))) \
            and (fields.get("journal") or fields.get("journaltitle")):
        # A letter to the editor or an advertisement printed in a journal
        # (biblatex-mla-handbook9-messy.bib): an item of the journal, [J] with its journal,
        # as the gbt7714 package reads it (it printed [A]/[Z] without the journal). So is a
        # web page that names its journal and the volume or issue it is in (vancouver.bib's
        # @webpage "serial on the Internet", journal = {Am J Nurs}, volume, number): a
        # journal's article read online, [J/OL]. A web page whose "journal" is the site it is
        # on, with no volume or issue (biblatex-mla's @online: an advertisement on The New
        # Yorker's site, a newsletter's e-mail), stays a web page.
        return "J"
    if kind == "review":
        # biblatex's @review is "a subtype of @article" (biblatex manual §2.1.2): a
        # review in a journal is [J]; one without a journal (a blog comment) is "other".
        if fields.get("journal") or fields.get("journaltitle"):
            return "J"
        return "EB" if has_url else "Z"
    code = TYPE_CODES.get(kind)
    if code is None:
        log.warning(
            "%s: unknown entry type @%s, formatted as [Z] (other); use a standard BibTeX/"
            "biblatex type", getattr(entry, "key", "?"), kind)
        return "Z"
    return code


def article_has_journal(entry: Entry) -> bool:
    """Whether an @article names the journal it is in."""
    return any(entry.fields.get(name, "").strip()
               for name in ("journal", "journaltitle", "crossref", "xref"))


def carrier(entry: Entry, online: bool) -> str:
    """"/OL" for an online resource, "/CD", "/MT" … when a medium is given, else ""."""
    for name in MEDIUM_FIELDS:
        value = entry.fields.get(name, "").strip()
        if value:
            return f"/{value.upper()}"
    return "/OL" if online or entry.type.lower() in ONLINE_TYPES else ""


# "2", "Chapter 3", "IV", and a section number "1.2" (BibTeX's xampl.bib: ``chapter = "1.2"``).
_CHAPTER_NUMBER = re.compile(r"(?:ch(?:apter|ap)?\.?\s*)?(?:\d+(?:\.\d+)*|[IVXLCivxlc]+)\.?",
                             re.IGNORECASE)


def chapter_is_title(chapter: str) -> bool:
    """True when BibTeX's ``chapter`` names the part ("The Origins"); a number
    ("2", "Chapter 3") only says where the part is, and the book is cited with the
    part's pages (econ-example.bib's wong95: not "2[M]//WONG K Y. International …")."""
    chapter = chapter.strip().strip("{}")
    return bool(chapter) and not _CHAPTER_NUMBER.fullmatch(chapter)


def is_contribution(entry: Entry) -> bool:
    """True for a part of a larger work, joined to it with "//"."""
    kind = entry.type.lower()
    if kind == "inbook" and not entry.fields.get("booktitle"):
        # BibTeX's @inbook: ``title`` is the book; the part is ``chapter`` (if any).
        return chapter_is_title(entry.fields.get("chapter", ""))
    if kind in CONTRIBUTION_TYPES:
        # A part needs the larger work it is part of: an @inreference or @incollection
        # without a booktitle (biblatex-chicago's notes-test.bib: the dictionary's own
        # title, the article's name in ``lista``) is the whole work, not "[M]//, 1902".
        return any(entry.fields.get(name) for name in _CONTAINER_FIELDS)
    # A standard or report printed inside a collection (GB/T 7714—2015 A.7). A whole
    # work is never a part: a booktitle in a @collection is there for the entries that
    # crossref it (biblatex-examples.bib's westfahl:frontier); a @review's booktitle is the
    # book it reviews (biblatex-mla's "Review of Zero Zone, by Scott O'Connor"), not a work it
    # is printed in — it is a journal's article.
    return kind not in _WHOLE_WORKS and "booktitle" in entry.fields


_CONTAINER_FIELDS = ("booktitle", "booksubtitle", "booktitleaddon", "maintitle", "eventtitle",
                     "crossref", "xref")
_WHOLE_WORKS = frozenset({"article", "review", "periodical", "book", "mvbook", "collection",
                          "mvcollection", "proceedings", "mvproceedings", "reference",
                          "mvreference"})


# A report's number in BibTeX's ``type`` ("NASA CR--2250", "AIAA Paper 90--3068", "NACA
# Rept.~1135"): words and a number; a type in words alone ("Technical Report") is no number.
_NUMBERED_TYPE = re.compile(r"\d")


def report_number_in_type(value: str) -> bool:
    """Whether a report's ``type`` holds its number (BibTeX prints "type number")."""
    return bool(value and _NUMBERED_TYPE.search(value))
