"""Linking author-year citations (``（张三等，2015）``) to the entries of a reference list.

A cited work matches an entry when the year is the same and the first cited
name is the entry's first author (family name; a whole Chinese name; the
English translation of a Chinese entry's authors counts too). When several
entries match, the a/b suffix the list printed, a second cited name, then
either the a/b suffix by the entries' order in the list or, without a suffix,
``等``/``et al.`` (more than two authors first, then two) decide. What still matches none or several is not
linked, and the reason is given: the year differs from the entries by those names, no entry has
that author (or those co-authors), or two candidates or more remain. A work not yet dated ("n.d.", "in press", "待刊") matches the entry
that prints so where its year stands; initials before a cited name ("T. D. Allen") choose among
entries whose first authors share the family name.

Names are compared as :mod:`wenxian.namekeys` says a name may be written in the text and in the
list: a translated name by its family name (``霍尔顿`` for ``〔美〕理查德·K. 霍尔顿``), apostrophes, accents
and full-width letters aside, and a body by its short name (``WHO``, ``国家发改委``) — the evidence is
weighed here, in :func:`match`, and nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pybtex.database import Entry

from wenxian.model import Article, Caption, NamedWork, Paragraph
from wenxian.refparse.entryhead import IN_PRESS_ZH_RE, Head, entry_head, follows
from wenxian.namekeys import (PARTICLE, defined_short_names, family_key, fold, half_width, is_pinyin_of, same_body,
                              stands_for, other_spellings, simplified_name, transliterated_names)

_HAN_NAME = re.compile(r"[\u3400-\u9fff]+")  # a Chinese name: Han characters only

@dataclass
class Candidate:
    key: str
    families: list[str]  # first author first, lower case, braces and accents gone
    many: bool  # more than two authors (or "et al." in the list)
    year: str
    suffix: str = ""  # the a/b the list printed after the year
    aliases: list[str] = field(default_factory=list)  # the authors' names in the English translation
    # An entry kept as printed (no names read): its text, where a second cited name is looked for
    verbatim: str = ""
    initials: str = ""  # the first author's ("td" for "Allen, T. D."), lower case
    printed: str = ""  # the first author's name as printed, for a body's short name ("WHO", "国家发改委")
    # The short names the article defines for that body ("中华全国工商业联合会（以下简称全国工商联）"), folded
    shorts: tuple[str, ...] = ()
    # Each author's family name as a text may spell it without its letters ("mueller", "lv": namekeys)
    spelled: tuple[tuple[str, ...], ...] = ()
    # The names and year the entry's raw text opens with, read without its style
    # (:mod:`wenxian.refparse.entryhead`): what links a citation when the read fields do not
    head: Head | None = None


def _initials(names: str) -> str:
    """The initials of given names, lower case: "T. D." → "td", "Jong-Wha" → "jw"."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", fold(names)))


# A work not yet dated: "n.d." (no date) or to appear ("in press", "forthcoming", "待刊"; the Chinese APA's
# "印刷中", "出版中"), in a
# citation where its year would stand and in the entry's head (or the list reader's title, as
# "待刊：《题名》" is read).
# (Capitalised as a sentence of its own in Chicago's head: "Chen, Wei. Forthcoming. “…”", "In press.")
_UNDATED = re.compile(r"(?<![^\W\d_])(?:(?P<nd>n\.\s?d\.)|(?i:in\s+press|forthcoming)|" + IN_PRESS_ZH_RE + ")")


def undated(text: str) -> str:
    """"n.d." or "in press" for a work not yet dated, "" for any other text."""
    m = _UNDATED.search(text)
    return "" if m is None else "n.d." if m.group("nd") else "in press"


# A republished or translated work's two years, the original's and the edition's, as APA 7 and the
# Chinese journals print them: "1950/1972", "2010[1905]", "[1905] 2010" (the list dates it by either).
_TWO_YEARS = re.compile(r"[\[［]?((?:1[5-9]|20)\d\d)[\]］]?\s*[/／\[［]?\s*((?:1[5-9]|20)\d\d)[\]］]?")
# An undated work's letter ("n.d.-a", "in press-b": APA 7 tells one author's undated works apart so)
_UNDATED_LETTER = re.compile(r"-([a-z])$")


def cited_years(year: str) -> tuple[list[str], str]:
    """The years a cited work may have in the list (its year; both of a republished work's, or
    "n.d."/"in press" for a work not yet dated) and its a/b letter."""
    if undated(year):
        letter = _UNDATED_LETTER.search(year.strip())
        return [undated(year)], letter.group(1) if letter else ""
    two = _TWO_YEARS.fullmatch(year.strip())
    if two:
        return [two.group(2), two.group(1)], ""
    return [year[:4]], year[4:]


# The a/b the list printed after an entry's year ("2016a", APA 7's "(n.d.-a)", "(in press-b)").
_PRINTED_SUFFIX = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d([a-z])(?![a-z])|(?:n\.\s?d\.|in\s+press)-([a-z])(?![a-z])")


def printed_suffix(text: str) -> str:
    """The a/b letter a reference list's line printed after the entry's year, "" for none."""
    m = _PRINTED_SUFFIX.search(text)
    return (m.group(1) or m.group(2)) if m else ""


def _year_of(entry: Entry) -> str:
    year = (entry.fields.get("year") or entry.fields.get("date") or "")[:4]
    if year:
        return year
    head = (entry.fields.get("pubstate", "") + " " + entry.fields.get("note", "")[:20] + " "  # APA's "(in press)"
            + entry.fields.get("verbatim", "")[:80] + " "
            + entry.fields.get("title", "")[:6] + " "
            # (…or the end of what was read as the title, where a list that puts the year after the
            # journal puts its "待刊": "钱卫，“题名”，《中国农村观察》，待刊。")
            + entry.fields.get("title", "")[-6:])
    return undated(head)


# A body's name of capitalised words ("World Bank", "Organisation for Economic Co-operation and Development").
_BODY = re.compile(r"^[A-Z][a-z]+(?:\s(?:(?:of|for|on|and|the)\s)*[A-Z][A-Za-z\-]+){1,6}$")


def _printed(entry: Entry) -> list[str]:
    """The authors' family names as printed (a Chinese name, a body's, whole)."""
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    out = []
    for person in people:
        if str(person) == "others":
            continue
        out.append((" ".join(person.last_names) or str(person)).replace("{", "").replace("}", ""))
    if not out and entry.fields.get("verbatim"):
        lead = re.match(r"^\s*([^.,，。(（:：\[]+)", entry.fields["verbatim"])
        if lead:
            name = lead.group(1).strip()
            # A person's family name is the first word ("Zhao, Y.", "MAS A"); a Chinese name and a
            # body's name of capitalised words ("World Bank", "World Health Organization") are whole.
            whole = re.match(r"[\u3400-\u9fff]", name) or _BODY.match(name)
            family = re.match(rf"(?:{PARTICLE}\s+)*\S+", name)
            if re.match(r"[\u3400-\u9fff]", name):
                # Chinese names one after another with the enumeration comma, as 经济学（季刊）'s list
                # prints them before the title ("蔡明远、都晓雯，“题名”，《经济研究》，2012 年第 5 期"): each
                out.extend(n for n in re.split(r"\s*、\s*", name) if n)
            else:
                out.append(name if whole else family.group(0))  # "de Vries, M., …": "de Vries"
    return out


def candidate(key: str, entry: Entry, suffix: str = "", text: str = "") -> Candidate:
    """The entry ``key`` as a citation's target; ``text``, the list's raw line, gives its head."""
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    printed = _printed(entry)
    families = [family_key(name) for name in printed]
    year = _year_of(entry)
    translated = entry.fields.get("authortranslation", "")
    alias = [fold(p.split(",")[0]) for p in translated.split(" and ") if p.strip() and p.strip() != "others"]
    many = len(people) > 2 or any(str(p) == "others" for p in people)
    verbatim = fold(entry.fields.get("verbatim", "")) if not people else ""
    first = next((p for p in people if str(p) != "others"), None)
    initials = _initials(" ".join(first.first_names + first.middle_names)) if first else ""
    spelled = tuple(other_spellings(name) for name in printed)
    return Candidate(key, families, many, year, suffix, alias, verbatim, initials, printed[0] if printed else "",
                     spelled=spelled, head=entry_head(text) if text else None)


def with_short_names(candidates: list[Candidate], defined: dict[str, str]) -> list[Candidate]:
    """``candidates`` with the short names the article defines for their first authors
    (:func:`wenxian.namekeys.defined_short_names` of its text): ``（CNNIC，2023）`` after
    ``（中国互联网络信息中心[CNNIC]，2023）`` cites the entry of 中国互联网络信息中心; and with the Chinese
    transliterations it pairs with their authors' names (:func:`wenxian.namekeys.transliterated_names`, given
    in ``defined`` by :func:`short_names`): ``诺德（1997）`` after ``诺德（Nord，1997）`` cites Nord's."""
    if not defined:
        return candidates
    out = []
    for c in candidates:
        shorts = tuple(fold(short) for short in defined if c.printed and stands_for(short, c.printed, defined))
        # an author's Chinese transliteration the text paired with the name ("诺德（Nord，1997）", then
        # "诺德（1997）"; "奈达和泰伯（Nida & Taber，1969）": 泰伯 for the second): one more spelling of that author
        added = [tuple(fold(han) for han, name in defined.items() if _HAN_NAME.fullmatch(han) and name.isascii()
                       and family_key(name) == family) for family in c.families]
        if any(added):
            c = replace(c, spelled=tuple((*(c.spelled[k] if k < len(c.spelled) else ()), *more)
                                         for k, more in enumerate(added)))
        out.append(replace(c, shorts=shorts) if shorts else c)
    return out


def short_names(article: Article) -> dict[str, str]:
    """The short names ``article`` defines in its paragraphs, its tables' and figures' notes and its
    footnotes, each with the full name (:func:`wenxian.namekeys.defined_short_names`), and the Western names
    it transliterates, each with the name (:func:`wenxian.namekeys.transliterated_names`)."""
    texts = [b.plain_text() if isinstance(b, Paragraph) else b.note or "" for b in article.blocks
             if isinstance(b, (Paragraph, Caption))]
    text = "\n".join(texts + [f.text for f in article.footnotes])
    # (the Western names it gives in Chinese and pairs with the original at a citation: "奈达（Nida，1964）")
    return {**transliterated_names(text), **defined_short_names(text)}


def _first(cited: str, c: Candidate) -> bool:
    """Whether a cited first name is the candidate's first author's (or a short name the article gave it)."""
    return bool(c.families) and (_same(cited, c.families[0], c.printed, c.spelled[:1], c.initials)
                                  or fold(half_width(cited).strip()) in c.shorts)


def _same(cited: str, family: str, printed: str = "", spelled: tuple[tuple[str, ...], ...] = (),
          initials: str = "") -> bool:
    """Whether a cited name is an author's: the same family name (a translated name's last part,
    apostrophes and accents aside, umlauts written out: ``spelled``), a body's other name for the
    name ``printed`` (:func:`wenxian.namekeys.same_body`), or a Chinese name whose pinyin the list
    prints (``王宁`` for ``WANG N``: the family name and, where the list gives them, the ``initials``)."""
    if printed and same_body(cited, printed):
        return True  # "WHO" for "World Health Organization", "国家发改委" for "国家发展和改革委员会", "世界银行"
    cited = family_key(half_width(cited))
    if not cited or not family:
        return False
    if spelled and cited in spelled[0]:
        return True  # "Mueller" for Müller; "诺德" for Nord, as the text paired them (with_short_names)
    if _HAN_NAME.fullmatch(cited) and family.isascii() and family.isalpha():
        # (a list's one initial may stand for a given name written as one word: "Sima, Y." for 司马云峰)
        return is_pinyin_of(cited, family, initials, one_initial=True)
    if cited == family or (spelled and cited in spelled[0]):
        return True
    if re.match(r"[\u3400-\u9fff]", family):
        # "参见张三" → 张三; a name the list prints in Traditional script is the text's in Simplified ("林惠寧", 林惠宁)
        return cited.endswith(family) or simplified_name(cited).endswith(simplified_name(family))
    return family.split()[-1] == cited.split()[-1]  # "van der Linde" ~ "Linde"


def _names_match(work: NamedWork, families: list[str], verbatim: str = "", printed: str = "",
                 shorts: tuple[str, ...] = (), spelled: tuple[tuple[str, ...], ...] = (), initials: str = "") -> bool:
    if not families or not (_same(work.names[0], families[0], printed, spelled[:1], initials)
                            or fold(half_width(work.names[0]).strip()) in shorts):
        return False
    if len(work.names) > 1:
        if len(families) == 1 and verbatim:
            # Only the first name of an entry kept as printed is known: the second cited name must
            # stand in its names, before the year ("Mas, A., and A. Pallais, 2017, …").
            head = re.split(r"(?<!\d)(?:1[6-9]|20)\d\d", verbatim, maxsplit=1)[0]
            return re.search(rf"(?<![^\W\d_]){re.escape(fold(work.names[1]))}(?![^\W\d_])", head) is not None
        return len(families) > 1 and _same(work.names[1], families[1], spelled=spelled[1:2])
    return True


def _why_not(work: NamedWork, year: str, by_names: list[Candidate], candidates: list[Candidate]) -> str:
    """Why no entry matches: the year differs from the entries by these names, or no entry has the
    first name (or the names together), said with what the list has instead."""
    cited = " & ".join(work.names) + (" et al." if work.others else "")
    if by_names:
        years = ", ".join(sorted({c.year + c.suffix for c in by_names if c.year}))
        return (f"year differs: the list has {cited} in {years or 'no year'}, not {year or 'no year'} "
                f"({', '.join(c.key for c in by_names)})")
    first = [c for c in candidates if _first(work.names[0], c)]
    if first and len(work.names) > 1:
        return (f"no entry by {cited}: the entries by {work.names[0]} ({', '.join(c.key for c in first)}) "
                f"have other co-authors")
    return f"no entry with the author {work.names[0]} in the list"


def _by_head(work: NamedWork, years: list[str], suffix: str, candidates: list[Candidate]) -> list[Candidate]:
    """The entries whose printed head (:func:`wenxian.refparse.entryhead.entry_head`) has the cited
    names in their order and the cited year; several are told apart as the read fields are — the
    a/b printed, then 等/et al. (more names) or a name alone (one name), then the a/b by the list's order."""
    hits = [c for c in candidates if c.head and c.head.year in years and follows(work.names, c.head)
            and not (suffix and c.head.suffix and c.head.suffix != suffix)]  # another a/b printed: another work
    if len(hits) > 1 and len(work.names) == 1:
        # 等/et al.: the heads of the most names; a name alone: of the fewest (a given name written
        # out counts as a name in every head of the list alike, "Garcia, Maria, Ken Tanaka, and …")
        size = [len(c.head.names) + 99 * c.head.others for c in hits]
        best = max(size) if work.others else min(size)
        hits = [c for c, n in zip(hits, size) if n == best]
    if len(hits) > 1 and suffix and not any(c.head.suffix for c in hits):
        index = ord(suffix) - ord("a")
        hits = [hits[index]] if 0 <= index < len(hits) else []
    return hits


def match(work: NamedWork, candidates: list[Candidate]) -> tuple[str | None, str]:
    """The key ``work`` cites, or None and why not: by the entries' read fields, or where they link
    none, by the names and year each entry prints (then with a note saying so)."""
    key, why = _match_read(work, candidates)
    if key is None and len(work.names) > 1 and all(_HAN_NAME.fullmatch(n) for n in work.names):
        # A body's name holding 和 or 与 that the recogniser read as persons ("（文化和旅游部，2023）": 文化,
        # 旅游部; 工业和信息化部, 住房和城乡建设部): one name where the list has it so and no entry has the pieces.
        for joiner in ("和", "与"):
            whole, whole_why = match(NamedWork((joiner.join(work.names),), work.others, work.year), candidates)
            if whole is not None:
                return whole, whole_why
    if key is None:
        years, suffix = cited_years(work.year)
        heads = _by_head(work, years, suffix, candidates)
        if len(heads) == 1:
            c = heads[0]
            return c.key, (f"linked by the names and year the list prints ({', '.join(c.head.names)}, "
                           f"{c.head.year}{c.head.suffix}): the entry's fields read otherwise; check "
                           f"its authors and year ({c.key})")
    return key, why


def _match_read(work: NamedWork, candidates: list[Candidate]) -> tuple[str | None, str]:
    """The key ``work`` cites by the entries' read fields, or None and why not."""
    years, suffix = cited_years(work.year)
    year = years[0]
    by_names = [c for c in candidates
                if _names_match(work, c.families, c.verbatim, c.printed, c.shorts, c.spelled, c.initials)
                or _names_match(work, c.aliases)]
    found = [c for c in by_names if c.year in years]
    if not found:
        return None, _why_not(work, year, by_names, candidates)
    given = re.match(r"^((?:[A-Z]\.\s?-?)+)\s*\S", work.names[0])
    if len(found) > 1 and given:
        # APA 7 prints a first author's initials to tell two of one family name apart
        # ("T. D. Allen, 2001" beside "N. J. Allen & Meyer"): the entry whose initials they are.
        found = [c for c in found if c.initials == _initials(given.group(1))] or found
    if len(found) > 1 and suffix and any(c.suffix == suffix for c in found):
        found = [c for c in found if c.suffix == suffix]  # the list printed the same a/b
    if suffix and found and all(c.suffix and c.suffix != suffix for c in found):
        # the list printed another letter for every entry left ("2016b" for a citation of 2016a): the
        # work cited is not among them (an entry the reader ran into the one before, say)
        return None, (f"no entry for the suffix {suffix!r} of {work.names[0]} {year}: the list prints "
                      f"{', '.join(c.year + c.suffix for c in found)} ({', '.join(c.key for c in found)})")
    if len(found) > 1 and len(work.names) == 1 and not suffix:
        # 等/et al. is for three authors or more; GB/T 7714 uses it for two as well,
        # so a two-author entry counts only when no entry of three or more matches.
        # (An a/b the list did not print says the text counts all of them: order decides.)
        if work.others:
            narrowed = ([c for c in found if c.many]
                        or [c for c in found if len(c.families) > 1])
        else:  # one name, no 等: a work of that author alone before a pair ("Bian, 1997" beside "Bian & Ang, 1997")
            narrowed = ([c for c in found if len(c.families) == 1 and not c.many]
                        or [c for c in found if not c.many])
        found = narrowed or found
    if len(found) > 1 and suffix:
        index = ord(suffix) - ord("a")
        found = [found[index]] if 0 <= index < len(found) else []
    if len(found) == 1:
        return found[0].key, ""
    if not found:
        return None, f"no entry for the suffix {suffix!r} of {work.names[0]} {year}"
    return None, (f"two candidates or more: {len(found)} entries by {work.names[0]} in {year} "
                  f"({', '.join(c.key for c in found)}); add a/b to the year to say which")
