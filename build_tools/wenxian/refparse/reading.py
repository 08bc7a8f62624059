"""One entry of a real reference list → a BibTeX entry, never a refusal.

The readers are tried from the most to the least certain:

1. the GB/T 7714 parser (:mod:`.parser`), which reads a line completely or
   not at all, also in the author-year system's order (:mod:`.authoryear_gbt`);
2. the readers of other styles (:func:`style_readings`: the patterns of
   :mod:`.otherstyles` for APA, Chicago, Vancouver, publisher styles, GB/T
   without type code, then the CRF of :mod:`.crf`), whose fields are
   kept when the line reads completely and the result is plausible
   (:func:`plausible`);
3. otherwise the line is kept whole in ``verbatim`` (the GB/T styles print
   it as it stands), with what could be read safely (year, DOI, URL) beside
   it and ``review`` saying what to check.

DOI and URL are taken by pattern before any reader runs, so they are never
lost. Every entry gets ``langid`` from its script. A Chinese entry's English
translation is read the same way and kept in ``titletranslation``,
``journaltranslation`` and ``authortranslation``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pybtex.database import Entry

from wenxian.errors import WenxianError
from wenxian.gbt7714.lang import script_language
from wenxian.refparse.authoryear_gbt import is_author_year_line, read_author_year_gbt
from wenxian.refparse.entryhead import IN_PRESS_ZH
from wenxian.refparse.checks import check, check_learned, names_doubt, title_from_names, year_of
from wenxian.refparse.listcut import _NAMES_DASH, BACKREF, DESCRIPTION_FIRST, ONE_DASH, SAME_AUTHORS, SOME_SAME_AUTHORS, ListItem
from wenxian.refparse.otherstyles import PLAIN_TITLE_YEAR
from wenxian.refparse.parser import parse_reference
from wenxian.refparse.spans import Spans, take_identifiers, to_entry
from wenxian.refparse.text import canonical, tex_escape
from wenxian.refparse.westnames import parse_author_list

LANGIDS = {"zh": "chinese", "ja": "japanese", "ko": "korean", "en": "english", "ru": "russian"}
_IN_LANGUAGE = re.compile(r"\s*[(（]\s*in\s+(?:Chinese|Japanese|Korean)\s*[)）]\s*\.?\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)([a-z])?(?![\d])")
_ENTRY_MARK = re.compile(r"^\s*[∗*＊]\s+(?=\S)")
# The first area: "Zhao M. …", "Paul W. Abrahams, Karl Berry. …" (an initial's period does not end it).
_INITIAL_IN_NAME = (r"(?:(?<=\s[A-Z])\.(?=\s[A-Z][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*"
                    r"(?:,|\s+and\b|\s*&|\.|\s*[(（](?:1[5-9]|20)\d\d))"
                    # ...nor do packed initials' ("Switchenska, A.A.", "Eschmeyer, W.N., & …")
                    r"|(?<=[\s.][A-Z])\.(?=[A-Z]\.)|(?<=[\s.\-][A-Z])\.(?=,\s)"
                    # ...nor an initial before "and" or a hyphenated one's ("Qian, Y. and Weingast, B. R.",
                    # "Zhou, L.-A.": the English entries of 管理世界 and 经济研究)
                    r"|(?<=\s[A-Z])\.(?=\s+(?:and\b|&))|(?<=\s[A-Z])\.(?=-[A-Z]\.)"
                    # ...nor a translated name's initial after its dot ("〔美〕理查德·K. 霍尔顿")
                    r"|(?<=[·•・‧][A-Z])\.)")
# It ends at a period that no "and" / "&" follows ("Babiker, Mustafa H. and Richard S. Eckaus" is one
# area), or before the year of an author-year head, in parentheses ("… Eckaus (2007) “…”") or set
# off by commas ("Qian, Y. and Weingast, B. R., 1997, …").
_LEAD = re.compile(rf"^\s*((?:[^.。(（\[\]:：]|{_INITIAL_IN_NAME}){{2,60}}?)\s*"
                   rf"(?:(?!{_INITIAL_IN_NAME})[.。]\s(?!and\b|&)|(?=[(（](?:1[5-9]|20)\d\d[a-z]?[)）])"
                   # ... or before ", Year," (管理世界's and 经济研究's English entries: "Qian, Y. and
                   # Weingast, B. R., 1997, \"…\", Journal…, Vol.11, No.4, pp.83~92.")
                   r"|(?=,\s*(?:1[5-9]|20)\d\d[a-z]?\s*[,，])"
                   # ... or before "，Year：" (经济研究's Chinese head: "〔美〕理查德·K. 霍尔顿，2012：《…》")
                   r"|(?=，\s*(?:(?:1[5-9]|20)\d\d[a-z]?|待刊)\s*[：:，]))")


def _plain_name(person) -> str:
    """"Family, Given" without the braces the GB/T reader puts around full given names."""
    if not person.first_names:
        return str(person)
    first = " ".join(person.first_names).replace("{\\relax ", "").replace("{", "").replace("}", "")
    return f"{' '.join(person.last_names)}, {first}"


@dataclass
class Reading:
    entry: Entry
    how: str  # "gbt", a style name ("apa", "vancouver", …) or "verbatim"
    review: str | None = None
    year_suffix: str = ""  # the list's own "a"/"b" after the year
    # "author" or "editor" when the entry leaves out the names of the entry before it ("(2004) …",
    # "ed. (2009) …", "———. 1935. …"): the list's reader gives it that entry's names
    # (:func:`fill_left_out_names`) — all of them, or, when a dash stands in the place of some
    # ("— and Name", "—, — and Name"), those in the dashes' places (the entry's names hold
    # stand-ins there).
    same_names: str = ""
    # What a style reader read (its spans) in which text (the line without its DOI and URL): the
    # list's template is induced from them (:mod:`.listtemplate`); ``text`` is kept for a verbatim
    # entry too, which the template may read.
    spans: Spans | None = None
    text: str = ""


def style_readings(text: str) -> Iterator[tuple[Spans, str]]:
    """The style rules first (a pattern reads a line whole or not at all), each style that reads
    the whole line in turn, then the CRF; :func:`read_entry` takes the first plausible reading.

    Measured on the held-out lists (benchmarks/reflist_score.py, 50 entries):
    field accuracy with the rules alone 94.6 % (1 wrong value), the CRF alone
    92.6 % (3 wrong), rules then CRF 96.1 % (1 wrong); GB/T lines only 51.2 %.
    """
    from wenxian.refparse.crf import _tagger, features, read_with_crf, tokens
    from wenxian.refparse.otherstyles import other_style_readings

    yield from other_style_readings(text)
    learned = read_with_crf(text)
    if learned is not None:
        toks = tokens(text)
        title = title_from_names(text, toks, _tagger().tag(features(text, toks)))
        if title is not None:  # a title labelled from its middle: it begins after the names
            spans, how = learned
            learned = {**spans, "title": title}, how
        yield learned


IN_PRESS = ("in press", *IN_PRESS_ZH)  # a work accepted, not yet published, as the lists print it


def plausible(spans: Spans) -> bool:
    """Whether spans read by a style look like a reference: a title, names, a year, a source."""
    title = spans.get("title", "")
    # Physics styles print an article without its title ("Cisneros A 1971 Astrophys. Space Sci. 10
    # 87") and a thesis by its school alone; a preprint has its arXiv number for a source.
    # Chemistry's "J. Chem. Soc. 1962, 2099–2106." has no volume (the year is its volume).
    container = spans.get("container", "")
    preprint = (spans.get("type") == "unpublished" and spans.get("note", "").startswith("Preprint ")) or bool(
        spans.get("eprint"))  # "e-print arXiv:cond-mat/040426 (2008)": its number in the archive is its source
    online = spans.get("type") == "online"  # "Names. Title, Year. URL …": the address is its source
    patent = spans.get("type") == "patent" and spans.get("number")  # its number is its source
    # …and a report's ("Rep., Hydr. Engrg. Circular No. 18", its body the author, the place after it;
    # Physical Review's "TWI Report 666/1999 (Jan. 1999)", which names no body)
    patent = patent or (spans.get("type") == "techreport" and spans.get("number") and (
        spans.get("address") or re.search(r"\bRep(?:ort|\.)", spans["number"])))
    # Physical Review and Science cite a patent, a report or an e-print by its number alone, and a
    # chapter by its book ("J. M. Smith, in Molecular Dynamics, edited by C. Brown (Academic, …)").
    untitled = (container and spans.get("pages") and (
        spans.get("volume") or re.match(r"[A-Z][a-z]{0,5}\.\s", container))) or (
        spans.get("type") in ("phdthesis", "mastersthesis") and spans.get("publisher")) or (
        container and spans.get("note") in IN_PRESS) or (  # Science's "Angew. Chem. Int. Ed. in press."
        patent or (preprint and spans.get("eprint"))) or (
        spans.get("type") == "incollection" and container and spans.get("publisher"))
    # "Names. Title, Year." and nothing else (a manual, a translation passed round as a file): the
    # whole line is read, the work has no source to name.
    # (An address may follow it: "Title. Documentation accompanying the translator. URL", Harvard's.)
    bare = spans.get("type") == "misc" and not (spans.keys() & {"container", "publisher"})
    if online and not spans.get("url"):
        return False  # an item online is read with where it is: its URL, or its path on CTAN
    # A book whose imprint names only its place or edition ("(Edinburgh, 1768)", "(3rd edn., 1990)",
    # the Oxford style; Chicago's "…. Chiang Mai, Thailand."): the imprint was read, no publisher printed.
    imprint = spans.get("type") == "book" and (spans.get("address") or spans.get("edition"))
    # An item online may print no year, nor may a work not yet published ("submitted for
    # publication"): that is reported; anything else without one is not read.
    forthcoming = spans.get("note") in ("to be published", "to appear", "submitted for publication", *IN_PRESS) or (
        spans.get("form") == "no-date")  # Chicago's "n.d.": no date, said so
    # A list that prints a work by its names and title alone ("FRANK MITTELBACH, The lthooks package"): what
    # is printed is read; the year (reported) and the source are not there.
    if spans.get("form") == "cross-reference":  # MLA's "“Title.” Oates and Atwan, pp. 171–75." (the year is its collection's)
        return bool(title and spans.get("author") and spans.get("pages"))
    if spans.get("form") == "communication":  # "M. P. Johnson and K. Smith, personal communication (2007)."
        return bool(spans.get("author") and spans.get("year") and spans.get("note"))
    if spans.get("form") == "untitled":  # APA's "Adams. (1999). [Unknown].": names, year, what stands for the title
        return bool(spans.get("author") and spans.get("year") and spans.get("note")) and not (
            spans.keys() & {"title", "container", "publisher"})
    if spans.get("form") == "names-title":
        return bool(title and spans.get("author")) and not (spans.keys() & {"container", "publisher", "url"})
    if not (title or untitled) or not (spans.get("year") or online or forthcoming) or not (
            spans.get("container") or spans.get("publisher") or preprint or online or patent or bare or imprint):
        return False
    # A style may say a work has no names: "Anon." (the Oxford style), a law case named by its parties.
    names = spans.get("author") or spans.get("editor") or spans.get("anonymous")
    if not names and online and title and spans.get("year"):
        names = "-"  # a page online by no one named (Science's "CORINA: … (2006; URL)"): its title leads
    if not names or len(names) > 300 or re.fullmatch(r"[A-Z]\.?", names.strip()):
        return False  # no names, or a lone initial: the line was cut at an initial's period
    source = (spans.get("container") or spans.get("publisher")
              or (spans.get("eprint") or spans.get("note") or spans.get("number", "") if preprint or patent else "")
              or (spans["url"] if online else "")
              or (spans.get("address") or spans.get("edition") if imprint else ""))
    if not re.search(r"[^\W\d_]", source) and not bare:
        return False  # a source without a letter ("1") is a number cut off its place
    if re.search(r"\[[A-Z]{1,3}(?:/OL)?\]", title):
        return False  # a GB/T type code inside the title: a GB/T line the GB/T reader did not take
    if not _quotes_closed(title) or title.count('"') % 2:
        return False  # a quotation mark left open: the title was cut in the wrong place
    # "2019;12(3)" or "2019:45" in a title: a Vancouver source the title ran into (not "1400–1600: Late …",
    # nor a standard's number and year: "ABNT NBR 10520:2002", "ISO 690:2010").
    title = re.sub(r"\b(?:NBR|ISO|IEC|DIN|EN|BS|GB(?:/T)?)\s?[\d.\-]+:\s?\d{4}\b", "", title)
    return not re.search(r"\d{4}(?:;|:\s*\d)", title) and len(title) < 400


def _quotes_closed(title: str) -> bool:
    """Whether each quotation opened in ``title`` is closed: “…” (English), „…“ (German; „…” too)."""
    if "„" in title:
        return title.count("„") == title.count("“") + title.count("”")
    return title.count("“") == title.count("”")


def _years(text: str) -> list[tuple[str, str]]:
    """The line's years, the likeliest to be the work's first.

    Chicago's reprint "(1911) 1966." names the original's year in parentheses first;
    a year printed in parentheses ("(1962)", "(2022-08-29)") or after GB/T's type code
    comes before one inside a title ("GB/T 7714-2015 …[EB/OL]"); a number past 2035 is a page.
    """
    text = re.sub(r"\((?:1[6-9]|20)\d\d\)\s+(?=(?:1[6-9]|20)\d\d)", "", text)
    years = [y for y in _YEAR.findall(text) if int(y[0]) <= 2035]
    preferred = [(m.group(1), m.group(2) or "") for m in re.finditer(
        r"[(（]((?:1[6-9]|20)\d\d)([a-z])?(?:[-–/]\d{1,2}){0,2}[)）]", text) if int(m.group(1)) <= 2035]
    code = re.search(r"\[[A-Z]{1,3}(?:/OL)?\]", text)
    if not preferred and code:
        preferred = [y for y in _YEAR.findall(text[code.end():]) if int(y[0]) <= 2035]
    return preferred + [y for y in years if y not in preferred]


def language_of(text: str) -> str | None:
    head = re.sub(r"(?i)https?://\S+|10\.\d{4,9}/\S+", "", text)
    code = script_language(head)
    return LANGIDS.get(code) if code else None


_STAND_IN = "Idem"  # a name read in place of the left-out one, then taken out again


def _read_without_names(text: str, read_style) -> Reading:
    """An entry that leaves out its authors' names (the same as the entry before's): read with
    a stand-in name where they would be, which is then taken out again."""
    head = (SAME_AUTHORS.match(text) or ONE_DASH.match(text)).group(0)
    role = "editor" if re.match(rf"\s*(?:eds?\.|{_NAMES_DASH}\s*,\s*eds?\.)", head) else "author"
    if ONE_DASH.match(text) and not SAME_AUTHORS.match(text):
        # biblatex-fiwi's one en dash and the title, "– »Fiction about the Future« (1938). In: …", "– (Hg.): Handbuch
        # …": the stand-in takes the names' place with the colon the names have in the list
        body = text[len(head):]
        reading = read_entry(_STAND_IN + (" " if body.startswith("(") else ": ") + body.strip(), read_style)
        if reading.how != "verbatim" and any(_STAND_IN in str(p) for role_people in reading.entry.persons.values()
                                             for p in role_people):
            for people in reading.entry.persons.values():
                people[:] = [p for p in people if _STAND_IN not in str(p)]
            reading.entry.persons = {k: v for k, v in reading.entry.persons.items() if v}
            reading.same_names = "editor" if re.match(r"\s*\((?:Hg|Hgg|Hrsg|eds?|Eds?)\.\)", body) else "author"
            return reading
        reading = read_entry(body.strip(), read_style, names_left_out=False)
        reading.entry.persons.pop("author", None)
        reading.same_names = role
        return reading
    body = re.sub(r"^\s*(?:eds?\.|trans\.)\s*(?=\()", "", text)
    # (Springer's one en dash before the year in parentheses, "– (1907) …", is the names' too.)
    body = re.sub(rf"^\s*(?:{_NAMES_DASH}|–(?=\s+\())\s*(?:,\s*(?:eds?|trans)\.)?", "", body)
    body = re.sub(r"^\s*(?:Ders|Dies|Derselbe|Dieselbe)\.?(?=:)", "", body)  # German "Ders.: Title": the stand-in and its colon
    reading = read_entry(_STAND_IN + (" " if body.lstrip().startswith("(") else "") + body.strip(), read_style)
    stand_in = [p for p in reading.entry.persons.get("author", []) if _STAND_IN in str(p)]
    if reading.how == "verbatim" or not stand_in:
        reading = read_entry(text, read_style, names_left_out=False)
        reading.entry.persons.pop("author", None)
        reading.same_names = role
        return reading
    del reading.entry.persons["author"]
    reading.same_names = role
    return reading


def _is_stand_in(person) -> bool:
    return " ".join(person.last_names) == _STAND_IN


def _read_with_some_names(text: str, read_style) -> Reading:
    """An entry with a dash in the place of each name it shares with the entry before ("— and
    GERTLER, M. (1995) …", "—, SMITH, S. and WHITE, W."): read with a stand-in name in each
    dash's place, written the way the entry's other names are (family first or last)."""
    head = SOME_SAME_AUTHORS.match(text).group(0)
    rest = text[len(head):]
    inverted = re.match(r"[^\W\d_][^\s,]*(?:\s[^\W\d_][^\s,.]*)?,\s", rest)
    stand_in = f"{_STAND_IN}, I." if inverted else f"I. {_STAND_IN}"
    reading = read_entry(re.sub(_NAMES_DASH, lambda _: stand_in, head) + rest, read_style,
                         names_left_out=False)
    people = reading.entry.persons.get("author", [])
    if not any(_is_stand_in(p) for p in people):
        people = []
    if reading.how == "verbatim":  # kept as printed, dashes and all; only the names were read
        reading = read_entry(text, read_style, names_left_out=False)
        reading.entry.persons.pop("author", None)
    if people:
        reading.entry.persons["author"] = people
    reading.same_names = "author"
    return reading


def fill_left_out_names(reading: Reading, before: Entry | None) -> bool:
    """Give an entry that left out its names (:attr:`Reading.same_names`) those of the entry
    ``before`` it in the list: all of them, or those in the places of its stand-ins. Whether
    names were filled in."""
    if not reading.same_names:
        return False
    persons = reading.entry.persons
    own = persons.get(reading.same_names)
    names = (before.persons.get("author") or before.persons.get("editor")) if before is not None else None
    if not names:  # nothing to take them from: the stand-ins go, the names stay left out
        if own:
            persons[reading.same_names] = [p for p in own if not _is_stand_in(p)]
        return False
    if own and any(_is_stand_in(p) for p in own):
        filled = [names[k] if _is_stand_in(p) and k < len(names) else p for k, p in enumerate(own)]
        persons[reading.same_names] = [p for p in filled if not _is_stand_in(p)]
    else:
        persons[reading.same_names] = list(names)
    return True


def read_entry(text: str, read_style: Callable[[str], tuple[Spans, str] | None] | None = None,
               *, names_left_out: bool = True, template: Callable[[str], tuple[Spans, str] | None] | None = None
               ) -> Reading:
    """The reading of one reference (label already removed); ``template``, the list's own reader
    (:mod:`.listtemplate`), is tried last, before the line is kept verbatim."""
    # A PDF's text layer may give an accented letter as the letter and a combining mark ("e" +
    # U+0301): composed, it is one letter to every rule below (and to the title's case braces).
    text = unicodedata.normalize("NFC", text)
    marked = _ENTRY_MARK.match(text)
    if marked:  # "∗ Names (Year). …": the list's mark of some entries (said above the list), not the names'
        reading = read_entry(text[marked.end():], read_style, names_left_out=names_left_out, template=template)
        note = "the list marks this entry with an asterisk (what it means is said above the list)"
        reading.review = f"{reading.review}; {note}" if reading.review else note
        return reading
    if names_left_out and (SAME_AUTHORS.match(text) or ONE_DASH.match(text)):
        return _read_without_names(text, read_style)
    if names_left_out and SOME_SAME_AUTHORS.match(text):
        return _read_with_some_names(text, read_style)
    text = _IN_LANGUAGE.sub("", BACKREF.sub("", text)).strip()
    described = DESCRIPTION_FIRST.match(text)
    if described:  # "[dataset] Names (Year). Title. …": the kind of work, then the entry
        reading = read_entry(text[described.end():], read_style, names_left_out=names_left_out)
        if reading.how != "verbatim" and "data" in described.group(0).lower():
            reading.entry.type = "dataset"
        return reading
    language = language_of(text)
    suffix = ""
    years = _years(text)
    if years and years[0][1]:
        suffix = years[0][1]
    try:
        if is_author_year_line(text):
            raise WenxianError("the year stands after the names (the author-year system)")
        entry = parse_reference(text)
        if language and "langid" not in entry.fields:
            entry.fields["langid"] = language
        _, ids = take_identifiers(text)
        for name, value in ids.items():  # a DOI printed only inside a doi.org URL
            if not entry.fields.get(name):
                entry.fields[name] = value
        return Reading(entry, "gbt", None, suffix)
    except WenxianError as err:
        gbt_problem = err.message
    entry = read_author_year_gbt(text)
    if entry is not None:  # the author-year system's GB/T line: the year after the names
        if language and "langid" not in entry.fields:
            entry.fields["langid"] = language
        _, ids = take_identifiers(text)
        for name, value in ids.items():
            if not entry.fields.get(name):
                entry.fields[name] = value
        return Reading(entry, "gbt-author-year", None, suffix)
    rest, ids = take_identifiers(canonical(text) if language == "chinese" else text)
    if read_style is None:
        readings = style_readings(rest)
    else:  # one reader's reading (the scorer's choice of reader)
        readings = iter([found] if (found := read_style(rest)) is not None else [])
    rejected = []  # the readings the checks (:mod:`.checks`) did not take, and why
    for spans, style in readings:
        if spans.get("type") == "online" and not ids.get("url") and PLAIN_TITLE_YEAR.match(rest):
            spans = {**spans, "type": "misc"}  # "Names. Title, Year." with no address after it
        checked = check(spans, rest)
        if checked.rejected:
            rejected.append(f"{style}: {checked.rejected}")
            continue
        spans = checked.spans
        if style == "crf":  # the learned reader's fields, each checked by its kind's form
            learned = check_learned(spans)
            spans = learned.spans
            checked.notes.extend(learned.notes)
        if plausible({**spans, **ids}):
            entry, problems = to_entry({**spans, **ids}, language)
            if not problems:
                review = None if spans.get("year") else (
                    "no year is printed: add the year the item was published or updated, if it can be found")
                if spans.get("form") == "untitled":
                    review = (f"no title is printed: {spans['note']!r} in brackets stands in its place (kept in 'note'); "
                              "add the title if it can be found")
                return Reading(entry, style, _joined(review, checked.notes), suffix, spans=spans, text=rest)
    if template is not None and (found := template(rest)) is not None:
        spans, note = found
        checked = check(spans, rest)
        if checked.rejected:
            rejected.append(f"template: {checked.rejected}")
        elif plausible({**checked.spans, **ids}):
            entry, problems = to_entry({**checked.spans, **ids}, language)
            if not problems:
                return Reading(entry, "template", _joined(note, checked.notes), suffix, spans=checked.spans, text=rest)
    fields = {"verbatim": tex_escape(text)}  # prints as the text, braces and all
    if years:
        fields["year"] = year_of(text, years[0][0])
    fields.update(ids)
    if language:
        fields["langid"] = language
    review = (f"not read as GB/T 7714 ({gbt_problem}) nor as another known style: kept as printed "
              "in 'verbatim'; type its fields (author, title, journal or publisher …) and delete "
              "'verbatim'")
    if rejected:
        review += "; readings not taken: " + "; ".join(rejected)
    persons = {}
    lead = _LEAD.match(text)
    people = parse_author_list(lead.group(1)) if lead and not names_doubt(lead.group(1)) else None
    if people:
        # An author-year citation names the work by its first area: keep it as the author.
        persons["author"] = people
        review += f"; its author was read from the start of the line ({lead.group(1)!r})"
    return Reading(Entry("misc", fields=fields, persons=persons), "verbatim", review, suffix, text=rest)


def _joined(review: str | None, notes: list[str]) -> str | None:
    return "; ".join(([review] if review else []) + notes) or None


def read_item(item: ListItem, read_style: Callable[[str], tuple[Spans, str] | None] | None = None,
              template: Callable[[str], tuple[Spans, str] | None] | None = None) -> Reading:
    """The reading of one list entry, with its English translation when it has one."""
    reading = read_entry(item.text, read_style, template=template)
    if item.review:  # what the list's cutting could not decide
        reading.review = f"{reading.review}; {item.review}" if reading.review else item.review
    if item.translation:
        other = read_entry(item.translation, read_style)
        fields = reading.entry.fields
        if other.how == "verbatim":
            fields["titletranslation"] = _IN_LANGUAGE.sub("", item.translation).strip()
            note = "the English translation was not read: it is whole in 'titletranslation'"
            reading.review = f"{reading.review}; {note}" if reading.review else note
        else:
            for name, target in (("title", "titletranslation"), ("journal", "journaltranslation"),
                                 ("booktitle", "booktitletranslation")):
                if other.entry.fields.get(name):
                    fields[target] = other.entry.fields[name]
            people = other.entry.persons.get("author")
            if people:
                fields["authortranslation"] = " and ".join(_plain_name(p) for p in people)
    return reading
