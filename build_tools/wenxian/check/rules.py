"""The rules of ``wenxian check``, as data: name, severity, and the function finding it.

Each rule reads a :class:`Context` (the project's refs.bib as parsed by
:mod:`wenxian.bibfmt`, the scanned articles, the GB/T edition in conf.py) and
yields :class:`~wenxian.check.findings.Finding` s. ``--strict`` turns warnings
into errors in the command, not here.
"""

from __future__ import annotations

import re

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pybtex.database import Entry as PybtexEntry

from pybtex.bibtex.utils import split_name_list

from wenxian.bibdate import read_date, timestamp_year
from wenxian.bibfmt import (BibDocument, Entry, Macro, StringDef, duplicate_keys,
                            read_bib_document)
from wenxian.check.articles import ArticleScan, article_files, scan_article
from wenxian.check.findings import Finding, Severity
from wenxian.check.required_fields import ONLINE, REQUIRED
from wenxian.check.settings import style_settings
from wenxian.errors import WenxianError
from wenxian.gbt7714.crossref import NOT_WORKS
from wenxian.gbt7714.eprints import eprint_url
from wenxian.gbt7714.latex import parse, plain
from wenxian.gbt7714.names import repair_names, top_level_parts
from wenxian.gbt7714.text import format_pages
from wenxian.gbt7714.doctypes import (CONTRIBUTION_TYPES, STYLE_TYPES, TYPE_CODES,
                                      article_has_journal, as_documented_type, carrier,
                                      doc_code)
from wenxian.project import Project

# A ``review`` field starting with one of these says the entry is checked …
CONFIRMED_STATUS = ("confirmed", "quote confirmed", "quotes confirmed", "ok", "checked")
# … unless it also says that part of it is not ("quote confirmed; date and
# page inferred": the words are the source's, the carrier is a guess).
DOUBT_WORDS = re.compile(r"\b(inferred|guess(?:ed)?|unverified|unresolved|low confidence|uncertain|"
                         r"needs?\b|todo|to check)", re.IGNORECASE)
STATUS_FIELD = "review"


def is_confirmed(status: str) -> bool:
    """Whether a ``review`` status says the entry needs nothing more."""
    status = status.strip().lower()
    return status.startswith(CONFIRMED_STATUS) and not DOUBT_WORDS.search(status)


@dataclass
class Context:
    project: Project
    bib: BibDocument | None  #: None when refs.bib does not parse
    bib_error: WenxianError | None
    articles: list[ArticleScan]
    edition: str

    def rel(self, path: Path | str) -> str:
        try:
            return str(Path(path).resolve().relative_to(self.project.root.resolve()))
        except ValueError:
            return str(path)

    @property
    def bib_name(self) -> str:
        return self.rel(self.project.bib)

    def keys(self) -> set[str]:
        return {e.key for e in self.bib.entries} if self.bib else set()


Rule = Callable[[Context], Iterator[Finding]]


def bib_syntax(ctx: Context) -> Iterator[Finding]:
    err = ctx.bib_error
    if err is not None:
        yield Finding(Severity.ERROR, "bib-syntax", err.message, ctx.bib_name, err.line,
                      err.column, err.hint)


def duplicate_key(ctx: Context) -> Iterator[Finding]:
    for first, again in duplicate_keys(ctx.bib) if ctx.bib else []:
        yield Finding(Severity.ERROR, "duplicate-key",
                      f"key {again.key!r} is already used by the entry on line {first.line}",
                      ctx.bib_name, again.line, 1,
                      "every entry needs its own key; rename or remove one of them")


# The macros BibTeX styles define for every file (the months).
BUILTIN_STRINGS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                             "oct", "nov", "dec"})


def undefined_string(ctx: Context) -> Iterator[Finding]:
    """A value that uses an @string the file does not define before it (files copied
    from a larger collection, e.g. Beebe's, whose macros live in another file): BibTeX
    and wenxian read it as nothing."""
    defined = set(BUILTIN_STRINGS)
    for block in ctx.bib.blocks if ctx.bib else []:
        if isinstance(block, StringDef):
            defined.add(block.name)
        if not isinstance(block, Entry):
            continue
        for field in block.fields:
            for part in field.value:
                if isinstance(part, Macro) and part.name not in defined:
                    yield Finding(
                        Severity.WARNING, "undefined-string",
                        f"entry {block.key!r}: {field.name} uses the @string {part.name!r}, "
                        "which the file does not define (it prints as nothing)",
                        ctx.bib_name, block.line, 1,
                        f"define it before the entry (@string{{{part.name} = {{…}}}}) "
                        "or write the value in braces")


# Entry types the GB/T styles know (anything else would print as [Z] "other").
# xdata: data, never printed; review: biblatex's review, which the styles code by its journal
# ([J], else [EB]/[Z]) — `refs format` printed it while check called it unknown, an error
# that stops `wenxian build` (biblatex-archaeology's Taylor2008, biblatex-mla's reviews).
KNOWN_TYPES = frozenset(TYPE_CODES) | CONTRIBUTION_TYPES | NOT_WORKS | {"review"} \
    | frozenset(STYLE_TYPES)  # reported by style-type
# biblatex date fields: ISO 8601 / EDTF level 1 (2024, 2024-05, 2024-05-01,
# ranges 1883/1885 or open 1883/, approximate 1936~, uncertain 1936?); read by
# wenxian.bibdate, the same reading the styles print.
DATE_FIELDS = ("date", "urldate", "origdate", "eventdate")
# ``year`` is free text in GB/T 7714 ("[1936]", "c1980", "1705（康熙四十四年）"),
# but it names a year.
YEAR_IN_TEXT = re.compile(r"(?<!\d)\d{4}(?!\d)")
# A year followed by what a journal line puts after it: "2011, 33(2):20-25".
YEAR_WITH_MORE = re.compile(r"\d{4}\s*,\s*\d+\s*\(|[:;]\s*\d")


def unknown_type(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.bib.entries if ctx.bib else []:
        if entry.type not in KNOWN_TYPES:
            yield Finding(Severity.ERROR, "unknown-type",
                          f"entry {entry.key!r} has an unknown type @{entry.type}",
                          ctx.bib_name, entry.line, 1,
                          "use a BibTeX/biblatex type, e.g. @book, @article, @incollection, "
                          "@newspaper, @thesis, @report, @online or @misc")


def style_type(ctx: Context) -> Iterator[Finding]:
    """A type one style package defines (abnTeX2's @journalpart, @monography): the GB/T
    styles format it as the standard type its manual names; other styles print [Z]."""
    for entry in ctx.bib.entries if ctx.bib else []:
        mapped = STYLE_TYPES.get(entry.type.lower())
        if mapped:
            yield Finding(Severity.WARNING, "style-type",
                          f"entry {entry.key!r} has the type @{entry.type}, {mapped[1]}; it is "
                          f"formatted as @{mapped[0]}", ctx.bib_name, entry.line, 1,
                          f"write @{mapped[0]}{{{entry.key}, …}}")


def bad_date(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.bib.entries if ctx.bib else []:
        for name in DATE_FIELDS:
            value = (entry.get(name) or "").strip()
            if not value:
                continue
            reading = read_date(value)
            if reading.exact:
                continue
            if reading.iso:
                # The styles print the date it means; the field should say it so.
                yield Finding(Severity.WARNING, "bad-date",
                              f"entry {entry.key!r}: {name} = {{{value}}} is not an ISO date; "
                              f"it is printed as {reading.iso}",
                              ctx.bib_name, entry.line, 1, f"write {name} = {{{reading.iso}}}")
            else:
                yield Finding(Severity.ERROR, "bad-date",
                              f"entry {entry.key!r}: {name} = {{{value}}} is not a date",
                              ctx.bib_name, entry.line, 1,
                              f"write {name} as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-05-01; "
                              "a range 2023/2024); free text belongs in note")
        year = (entry.get("year") or "").strip()
        if year and not YEAR_IN_TEXT.search(year):
            yield Finding(Severity.ERROR, "bad-date",
                          f"entry {entry.key!r}: year = {{{year}}} names no year",
                          ctx.bib_name, entry.line, 1,
                          "write the year in digits, e.g. year = {2024} or {[1936]}")
        elif year and timestamp_year(year):
            iso = read_date(year).iso or year
            yield Finding(Severity.WARNING, "bad-date",
                          f"entry {entry.key!r}: year = {{{year}}} is a whole date or timestamp; "
                          f"it is read as {iso} (the year {timestamp_year(year)} where a "
                          "reference prints only the year)",
                          ctx.bib_name, entry.line, 1,
                          f"write year = {{{timestamp_year(year)}}} (or date = {{{iso}}})")
        elif year and YEAR_WITH_MORE.search(year):
            first = YEAR_IN_TEXT.search(year).group(0)
            yield Finding(Severity.WARNING, "bad-date",
                          f"entry {entry.key!r}: year = {{{year}}} holds more than a year "
                          "(a volume, an issue or pages?); it is printed as written",
                          ctx.bib_name, entry.line, 1,
                          f"write year = {{{first}}} and the rest in volume, number and pages")


NAME_ROLES = ("author", "editor", "translator", "bookauthor", "holder")
_EMPTY_NAME = re.compile(r"(?:^|\s)and\s+and(?=\s|$)", re.IGNORECASE)


def _name_list(entry: Entry, role: str) -> str:
    """A name list as BibTeX reads it: any run of white space (a line break before or
    after "and") is one space."""
    return " ".join((entry.get(role) or "").split())


def bad_names(ctx: Context) -> Iterator[Finding]:
    """Malformed name lists, read the way the styles repair them."""
    for entry in ctx.bib.entries if ctx.bib else []:
        for role in NAME_ROLES:
            value = _name_list(entry, role)
            if not value:
                continue
            names, problems = [], []
            for written in split_name_list(value):
                fixed, found = repair_names(written)
                names += fixed
                problems += [p for p in found if p not in problems]
            if value.rstrip().lower().endswith((" and", ",")) and not problems:
                problems.append("'and' next to a comma or at an end of the list")
            if _EMPTY_NAME.search(value):
                # "R. J. Barro and and J.-W. Lee" (cje's ageing database): BibTeX reads an
                # empty name between the two, which it prints as ", ," ("There is no name in").
                problems = ["an empty name ('and and')"] + [
                    p for p in problems if p != "'and' next to a comma or at an end of the list"]
            if problems:
                fixed_list = " and ".join(names)
                yield Finding(Severity.WARNING, "bad-names",
                              f"entry {entry.key!r}: {role} list has {'; '.join(problems)}; "
                              f"it is read as {{{fixed_list}}}", ctx.bib_name, entry.line, 1,
                              f"write {role} = {{{fixed_list}}}")
    yield from braced_comma_names(ctx)
    yield from unbraced_body_names(ctx)
    yield from comma_joined_names(ctx)
    yield from suffix_not_a_suffix(ctx)
    yield from hyphen_particle_names(ctx)


# Two whole names joined by a comma instead of "and" (hep-bibliography.bib: "Frank
# Mittelbach, David Carlisle"): BibTeX reads one person, surname "Frank Mittelbach". Both
# sides are two or more capitalised words; "Last, First" has one side of one word (or an
# initial) in nearly every name — on the real .bib corpus (1860 entries) only the two
# such mistakes match. A double surname with two given names would too, so the hint says "if".
_NAME_WORD = r"[A-ZÀ-ÞĀ-Ž][\w'’-]+"
_COMMA_JOINED = re.compile(rf"^({_NAME_WORD}(?: {_NAME_WORD})+), ({_NAME_WORD}(?: {_NAME_WORD})+)$")


def comma_joined_names(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.bib.entries if ctx.bib else []:
        for role in NAME_ROLES:
            value = _name_list(entry, role)
            written = split_name_list(value) if value else []
            for name in written:
                match = _COMMA_JOINED.match(name.strip())
                if match is None:
                    continue
                fixed = " and ".join(
                    f"{match.group(1)} and {match.group(2)}" if n is name else n.strip()
                    for n in written)
                yield Finding(Severity.WARNING, "bad-names",
                              f"entry {entry.key!r}: {role} name {{{name.strip()}}} is read as one "
                              f"person whose surname is '{match.group(1)}'",
                              ctx.bib_name, entry.line, 1,
                              f"if these are two people, write {role} = {{{fixed}}}")


# BibTeX's "von Last, Jr, First": the middle part is a suffix ("Arduengo, III, Anthony J.", "Ford,
# Jr., Henry", "Cretella, J\\'unior, J."). One that is not (umthesis-felty.bib's "Hirsh, I.,
# Elizabeth g.": two people's names run together; apacite's "Strong, Edward K., Jr.", the suffix
# last; "Zhu Z, Singh A, Loveland T", people listed with commas) is printed as a suffix after the
# initials. "I." with its full stop is an initial, not the Roman one.
_SUFFIX = re.compile(r"^(?:jr|sr|jun|sen|junior|júnior|senior|fils|père|filho|neto|sobrinho|"
                     r"[ivx]{2,}|v|x|\d+(?:st|nd|rd|th)?)\.?$|^I$", re.IGNORECASE)


def _is_suffix(text: str) -> bool:
    words = plain(parse(text)).split()
    return bool(words) and bool(_SUFFIX.match(words[0]))


def suffix_not_a_suffix(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.bib.entries if ctx.bib else []:
        for role in NAME_ROLES:
            value = _name_list(entry, role)
            for name in split_name_list(value) if value else []:
                name = name.strip()
                parts = [p.strip() for p in top_level_parts(name)]
                if len(parts) != 3 or not all(parts) or "=" in name or _is_suffix(parts[1]):
                    continue
                if _is_suffix(parts[2]):
                    hint = f"write {{{parts[0]}, {parts[2]}, {parts[1]}}} (the suffix between the commas)"
                else:
                    hint = ("if these are several people, join them with 'and'; if one, write "
                            "'Last, First'")
                yield Finding(Severity.WARNING, "bad-names",
                              f"entry {entry.key!r}: {role} name {{{name}}} has two commas, so "
                              f"'{parts[1]}' is read as a suffix like 'Jr.' and printed after the "
                              "initials", ctx.bib_name, entry.line, 1, hint)


def hyphen_particle_names(ctx: Context) -> Iterator[Finding]:
    """A compound surname typed first without a comma ("Sala-i-Martin Xavier", cje's ageing
    database, for Xavier Sala-i-Martin): BibTeX splits names at hyphens too and reads the
    lower-case "i" as a particle, the surname "Martin Xavier" (the package printed "I MARTIN
    XAVIER S"); pybtex reads the surname "Xavier" ("XAVIER S I M"). Either way not the person."""
    for entry in ctx.bib.entries if ctx.bib else []:
        for role in NAME_ROLES:
            value = _name_list(entry, role)
            for name in split_name_list(value) if value else []:
                name = name.strip()
                if "," in name or "{" in name:
                    continue
                words = name.split()
                for word in words[:-1]:
                    pieces = word.split("-")
                    if len(pieces) >= 3 and pieces[0][:1].isupper() and pieces[-1][:1].isupper() \
                            and any(p[:1].islower() for p in pieces[1:-1]):
                        rest = " ".join(w for w in words if w is not word)
                        yield Finding(Severity.WARNING, "bad-names",
                                      f"entry {entry.key!r}: {role} name {{{name}}} has '{word}' before "
                                      f"the surname: BibTeX reads its lower-case part as a particle and "
                                      f"prints a surname that is neither '{word}' nor '{words[-1]}'",
                                      ctx.bib_name, entry.line, 1,
                                      f"if '{word}' is the surname, write {role} = {{{word}, {rest}}}")
                        break


# Words that name a body, not a person ("Hughes Aircraft Company", biblatex-ieee.bib's
# patent holder): unbraced, BibTeX reads such a name as a person's, "Company" the surname.
_BODY_WORDS = re.compile(r"\b(?:Company|Corporation|Corp\.|Incorporated|Inc\.?|Ltd\.?|LLC|GmbH|"
                         r"University|Institute|Laborator(?:y|ies)|Association|Society|"
                         r"Foundation|Committee|Council|Agency|Ministry|Consortium|"
                         r"Collaboration|"
                         # a company's legal form (hagenberg-thesis's patent holder "Alcatel-Lucent
                         # SAS", printed "SAS A L"): France's SAS/SA, Germany's AG, Britain's PLC …
                         r"SAS|S\.A\.S?\.?|AG|PLC|plc|S\.p\.A\.?|N\.V\.?|B\.V\.?|Pty|Co\.|"
                         # Russian bodies (disser's GOST patents: holder = {заявитель Спейс
                         # Системз/Лорал, инк.}, {… Воронеж. науч.-ислед. ин-т связи.})
                         r"инк\.?|ин-т|институт|университет|ООО|ОАО|ЗАО|ПАО|НИИ)(?=\W|$)")


_LEGAL_FORM = re.compile(r"^(?:Inc|Ltd|LLC|GmbH|Corp|Co|AG|SAS|PLC|plc|инк)\.?$")


def unbraced_body_names(ctx: Context) -> Iterator[Finding]:
    """A body's name written without braces: read as a person, surname first."""
    for entry in ctx.bib.entries if ctx.bib else []:
        for role in NAME_ROLES:
            value = _name_list(entry, role)
            for written in split_name_list(value) if value else []:
                written = written.strip()
                parts = top_level_parts(written)
                if written.startswith("{") or not _BODY_WORDS.search(parts[-1]) \
                        or len(parts) > 2 or (len(parts) == 2 and not _LEGAL_FORM.match(parts[1].strip())):
                    continue
                # "Acme, Inc." / "Лорал, инк.": a legal form after the comma is read as given names
                family = parts[0].strip() if len(parts) == 2 else written.split()[-1]
                yield Finding(Severity.WARNING, "bad-names",
                              f"entry {entry.key!r}: {role} name {{{written}}} names a body, "
                              f"but without braces it is read as a person whose surname is "
                              f"'{family}'", ctx.bib_name, entry.line, 1,
                              f"write {role} = {{{{{written}}}}} (braces keep a body's name whole)")


# "Patrick {Wood, editor}", "Allen R. {Dyer, Esquire}" (Beebe's bibliographies): a comma
# inside braces makes role or suffix part of the surname, which is then printed whole.
_BRACED_COMMA = re.compile(r"\{([^{}]*),([^{}]*)\}")
_ROLE_WORDS = re.compile(r"^(?:eds?|editors?|trans|translators?|comp|compilers?|"
                         r"主编|编|编著|译)\.?$", re.IGNORECASE)


def braced_comma_names(ctx: Context) -> Iterator[Finding]:
    """A person's name whose surname in braces holds a comma: a role or a suffix."""
    for entry in ctx.bib.entries if ctx.bib else []:
        for role in NAME_ROLES:
            value = _name_list(entry, role)
            for written in split_name_list(value) if value else []:
                written = written.strip()
                match = _BRACED_COMMA.search(written)
                if match is None or (written.startswith("{") and written.endswith("}")):
                    continue  # no such brace, or a body's name ("{Bosch, Inc.}") as a whole
                given = (written[:match.start()] + written[match.end():]).strip()
                last, rest = match.group(1).strip(), match.group(2).strip()
                if _ROLE_WORDS.match(rest):
                    target = "editor" if rest.lower().startswith(("ed", "主", "编")) else (
                        "translator" if rest.lower().startswith(("trans", "译")) else role)
                    yield Finding(Severity.WARNING, "bad-names",
                                  f"entry {entry.key!r}: {role} name {{{written}}} holds the role "
                                  f"'{rest}' in braces, printed as part of the surname",
                                  ctx.bib_name, entry.line, 1,
                                  f"write {target} = {{{last}, {given}}} (a role is not a name)")
                else:
                    yield Finding(Severity.WARNING, "bad-names",
                                  f"entry {entry.key!r}: {role} name {{{written}}} has a comma "
                                  f"in braces, so '{last}, {rest}' is printed as one surname",
                                  ctx.bib_name, entry.line, 1,
                                  f"write {role} = {{{last}, {rest}, {given}}} "
                                  "(BibTeX's Last, Jr, First)")


def missing_crossref(ctx: Context) -> Iterator[Finding]:
    """A crossref to a key the file does not have: the book it names is not printed."""
    keys = {k.lower() for k in ctx.keys()}
    for entry in ctx.bib.entries if ctx.bib else []:
        target = (entry.get("crossref") or "").strip()
        if target and target.lower() not in keys:
            yield Finding(Severity.WARNING, "missing-crossref",
                          f"entry {entry.key!r}: crossref = {{{target}}} names no entry in "
                          f"{ctx.bib_name}; the work it is part of is not printed",
                          ctx.bib_name, entry.line, 1,
                          f"add the entry {target!r}, or write its fields (booktitle, editor, "
                          f"publisher, address, year) in {entry.key!r}")


# "??", "????": what some bibliographies (Beebe's) write for a value not known yet.
_PLACEHOLDER = re.compile(r"^[?？]+$")


def placeholder_value(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.bib.entries if ctx.bib else []:
        for field in entry.fields:
            value = (entry.get(field.name) or "").strip().strip("{}")
            if value and _PLACEHOLDER.match(value):
                yield Finding(Severity.WARNING, "placeholder-value",
                              f"entry {entry.key!r}: {field.name} = {{{value}}} stands for "
                              "something unknown; it is printed as written",
                              ctx.bib_name, entry.line, 1,
                              f"write the {field.name} if you know it, else leave the field out")


def article_without_journal(ctx: Context) -> Iterator[Finding]:
    """An @article with a link that names no journal: GB/T's [J] line names one, so it
    is printed as an electronic resource [EB/OL] (without a link, missing-fields says
    that the [J] lacks its journal)."""
    for entry in ctx.bib.entries if ctx.bib else []:
        if entry.type != "article":
            continue
        built = _pybtex_entry(entry)
        if article_has_journal(built):
            continue
        fields = built.fields
        linked = bool(fields.get("url", "").strip() or fields.get("doi", "").strip()
                      or eprint_url(fields.get("archiveprefix") or fields.get("eprinttype", ""),
                                    fields.get("eprint", ""), fields.get("eprintclass", "")))
        code = doc_code(built, ctx.edition or "2015", has_url=linked)
        if code == "EB":
            printed = code + carrier(built, linked)
            yield Finding(Severity.WARNING, "article-without-journal",
                          f"entry {entry.key!r} is an @article with no journal; it is printed "
                          f"as [{printed}], not as a journal article [J]",
                          ctx.bib_name, entry.line, 1,
                          "add journal = {…}, or give it the type it has (@online for a web "
                          "page, @software or @manual for a program)")


def missing_entry(ctx: Context) -> Iterator[Finding]:
    if ctx.bib is None:
        return
    keys = ctx.keys()
    for scan in ctx.articles:
        for cite in scan.citations:
            if cite.key not in keys:
                yield Finding(Severity.ERROR, "missing-entry",
                              f"citation key {cite.key!r} has no entry in {ctx.bib_name}",
                              ctx.rel(scan.path), cite.line, cite.column,
                              "add it (wenxian refs add …) or correct the key")


def myst_syntax(ctx: Context) -> Iterator[Finding]:
    for scan in ctx.articles:
        for problem in scan.myst:
            yield Finding(Severity.ERROR, "myst-syntax", problem.message, ctx.rel(scan.path),
                          problem.line, problem.column, problem.hint)


def uncited(ctx: Context) -> Iterator[Finding]:
    cited = {c.key for scan in ctx.articles for c in scan.citations}
    for entry in ctx.bib.entries if ctx.bib else []:
        if entry.key not in cited and entry.type not in NOT_WORKS:  # data, not a work
            yield Finding(Severity.WARNING, "uncited", f"entry {entry.key!r} is cited by no article",
                          ctx.bib_name, entry.line, 1,
                          "cite it, or remove it if no article needs it")


def _pybtex_entry(entry: Entry) -> PybtexEntry:
    built = PybtexEntry(entry.type, fields={f.name: entry.get(f.name) or "" for f in entry.fields})
    built.key = entry.key  # the styles' warnings name the entry ("None: unknown entry type" else)
    return built


def missing_fields(ctx: Context) -> Iterator[Finding]:
    table = REQUIRED[ctx.edition]
    by_key = {e.key.lower(): e for e in ctx.bib.entries} if ctx.bib else {}
    for entry in ctx.bib.entries if ctx.bib else []:
        if entry.type in NOT_WORKS:
            continue  # data lent to other entries or to a style, never printed
        present = {f.name for f in entry.fields if (entry.get(f.name) or "").strip()}
        for key in (entry.get("xdata") or "").split(","):
            # What biblatex's @xdata entries lend is there too (wenxian.gbt7714.crossref).
            lender = by_key.get(key.strip().lower())
            if lender is not None:
                present |= {f.name for f in lender.fields if (lender.get(f.name) or "").strip()}
        parent, seen = entry, set()
        while (parent := by_key.get((parent.get("crossref") or "").strip().lower())) \
                and parent.key not in seen:
            # What the crossref lends is there (wenxian.gbt7714.crossref); its title is
            # the child's booktitle.
            seen.add(parent.key)
            lent = {f.name for f in parent.fields if (parent.get(f.name) or "").strip()}
            present |= lent | ({"booktitle"} if "title" in lent else set())
        kind = entry.type.lower()
        # The fields a style package defines are the standard fields its manual names
        # (biblatex-jura2's court decision: gericht, dokumententyp, aktenzeichen → author, title).
        documented = as_documented_type(_pybtex_entry(entry))
        present |= {name.lower() for name, value in documented.fields.items() if value.strip()}
        present |= {role.lower() for role in documented.persons}
        if STYLE_TYPES.get(kind, (kind,))[0] == "periodical" and "title" in present:
            present.add("journal")  # a whole periodical (or an issue): its title names it
        code = doc_code(_pybtex_entry(entry), ctx.edition)
        needed = list(table.get(code, table["Z"]))
        if "url" in present or "doi" in present:
            needed += [r for r in ONLINE if r not in needed]
        missing = [" or ".join(alts) for alts in needed if not present.intersection(alts)]
        if missing:
            yield Finding(Severity.WARNING, "missing-fields",
                          f"entry {entry.key!r} [{code}] lacks what GB/T 7714—{ctx.edition} "
                          f"requires: {', '.join(missing)}", ctx.bib_name, entry.line, 1,
                          "add the fields, or note in its review field why they are unknown")


def needs_review(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.bib.entries if ctx.bib else []:
        status = (entry.get(STATUS_FIELD) or "").strip()
        if status and not is_confirmed(status):
            yield Finding(Severity.WARNING, "needs-review",
                          f"entry {entry.key!r} needs review: {status}", ctx.bib_name,
                          entry.line, 1, f"check the source, then set {STATUS_FIELD} = "
                          "{confirmed …}")


def unmapped_citation(ctx: Context) -> Iterator[Finding]:
    for scan in ctx.articles:
        for mark in scan.stray_marks:
            yield Finding(Severity.WARNING, "unmapped-citation",
                          f"citation number {mark.key} is plain text, not linked to an entry",
                          ctx.rel(scan.path), mark.line, mark.column,
                          "replace it by {cite:p}`key`, or escape it if it is not a citation")


# A page range typed with a mixed or lopsided dash ("23–-26", an en dash and a hyphen; "1098- 1116",
# a Web of Science export's line break; umthesis-felty.bib): the GB/T styles read one range, BibTeX
# styles print it as typed.
_ODD_RANGE = re.compile(r"\d(?:\s*(?:–-|-–|—-|-—|---+|–+-+|-+–+)\s*|-\s+|\s+-)(?=\d)")


def bad_pages(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.bib.entries if ctx.bib else []:
        value = (entry.get("pages") or "").strip()
        if value and _ODD_RANGE.search(value):
            fixed = re.sub(r"\s*[-–—]+\s*", "--", value)
            yield Finding(Severity.WARNING, "bad-pages",
                          f"entry {entry.key!r}: pages = {{{value}}} has an odd dash; it is read as "
                          f"{format_pages(value)}", ctx.bib_name, entry.line, 1,
                          f"write pages = {{{fixed}}}")


@dataclass(frozen=True)
class RuleSpec:
    name: str
    severity: Severity
    find: Rule


RULES: tuple[RuleSpec, ...] = (
    RuleSpec("bib-syntax", Severity.ERROR, bib_syntax),
    RuleSpec("duplicate-key", Severity.ERROR, duplicate_key),
    RuleSpec("unknown-type", Severity.ERROR, unknown_type),
    RuleSpec("style-type", Severity.WARNING, style_type),
    RuleSpec("bad-date", Severity.ERROR, bad_date),
    RuleSpec("bad-names", Severity.WARNING, bad_names),
    RuleSpec("bad-pages", Severity.WARNING, bad_pages),
    RuleSpec("missing-crossref", Severity.WARNING, missing_crossref),
    RuleSpec("placeholder-value", Severity.WARNING, placeholder_value),
    RuleSpec("article-without-journal", Severity.WARNING, article_without_journal),
    RuleSpec("undefined-string", Severity.WARNING, undefined_string),
    RuleSpec("missing-entry", Severity.ERROR, missing_entry),
    RuleSpec("myst-syntax", Severity.ERROR, myst_syntax),
    RuleSpec("uncited", Severity.WARNING, uncited),
    RuleSpec("missing-fields", Severity.WARNING, missing_fields),
    RuleSpec("needs-review", Severity.WARNING, needs_review),
    RuleSpec("unmapped-citation", Severity.WARNING, unmapped_citation),
)


# Errors that make a build refuse to start: input Sphinx would misread
# without failing (a cut-off refs.bib, a repeated key, an unknown type, a
# date that is not one, a directive fence never closed).
BUILD_BLOCKERS = ("bib-syntax", "duplicate-key", "unknown-type", "bad-date", "myst-syntax")


def refuse_broken_input(project: Project) -> None:
    """Raise :class:`WenxianError` for the first blocking error in the project, if any.

    A project without refs.bib is left to Sphinx (its configuration may name
    other files).
    """
    rules = BUILD_BLOCKERS if project.bib.is_file() else ("myst-syntax",)
    for finding in check_project(project, rules=rules):
        if finding.severity is not Severity.ERROR:
            continue  # e.g. a date written loosely: read, printed and reported, not blocking
        raise WenxianError(
            f"{finding.message} [{finding.code}]",
            file=project.root / finding.file,
            line=finding.line,
            column=finding.column,
            hint=(finding.hint + "; " if finding.hint else "") + "nothing was built (wenxian check lists every problem)",
        )


def check_project(
    project: Project, *, edition: str | None = None, rules: tuple[str, ...] | None = None
) -> list[Finding]:
    """Every finding of every rule (or of the ``rules`` named), sorted by file, line and column."""
    try:
        # A comment line between fields is TeX's comment, as refs format reads it.
        bib, bib_error = read_bib_document(project.bib, comment_lines=True), None
    except WenxianError as err:
        bib, bib_error = None, err
    chosen = [rule for rule in RULES if rules is None or rule.name in rules]
    if edition is None and any(rule.name == "missing-fields" for rule in chosen):
        edition = style_settings(project).edition
    ctx = Context(project, bib, bib_error,
                  [scan_article(p) for p in article_files(project.source)],
                  edition or "")
    findings = [f for rule in chosen for f in rule.find(ctx)]
    return sorted(findings, key=Finding.sort_key)
