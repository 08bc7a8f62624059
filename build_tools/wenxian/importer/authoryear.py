"""Author-year citations in running text: ``（张三等，2015）``, ``Smith et al. (2011)``.

Parenthetical forms cite one or more works inside one pair of parentheses,
separated by ``；``/``;``: ``（Lee et al.，2020；李四等，2022）``, ``(Smith and
Jones, 2011a, 2011b)``. Textual forms name the authors in the sentence and put
the year(s) in parentheses: ``Smith et al. (2011)``, ``张三和李四（2015）``.
Both languages, ``等``/``et al.`` (also ``etal.``), a/b suffixes, a page after the
year (``（张三，2015：23）``, ``Smith (2011, p. 5)``: printed after the citation, as GB/T 7714
prints it) and a word before the first work of a parenthesis (``（参见张三，2015）``,
``(see also Cai, 2016)``: kept before it). A work not yet dated has ``n.d.``, ``in press`` or
``待刊`` for its year; APA's initials may stand before a first author (``T. D. Allen (2001)``), and a
body's name may have several words (``World Health Organization（2010）``).

A Latin name is a capitalised word, so it is found by its shape. A Chinese name
has no boundary in the text (``研究表明张三（2015）``), so a textual Chinese
citation is found by the names the article's own reference list holds
(``known``); without one it must carry ``等``. Citations are recognised here and
linked to entries by :mod:`wenxian.refparse.citematch`.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from wenxian.model import Inline, NamedCitation, NamedWork, Text
from wenxian.refparse.entryhead import IN_PRESS_ZH, IN_PRESS_ZH_RE, entry_head
from wenxian.namekeys import (simplified_name, DOTS, NATION, PARTICLE_ANY_CASE, PARTICLE_CAPS, PARTICLES, abbreviates, acronym,
                              defined_short_names, family_key, half_width, is_body, names_of_body, other_spellings,
                              is_pinyin_of, same_body, simplified_text, stands_for, transliterated_names,
                              transliteration_before, unpad)

MARK = "\ue001"  # stands for an author-year citation until the paragraph is assembled

_HAN = r"[\u3400-\u9fff]"
# A work not yet dated stands where its year would: "n.d." (no date), "in press", "待刊" (to appear), and
# the Chinese APA's "印刷中"/"出版中" (in press, Taiwan's and the mainland's).
UNDATED = r"(?:n\.\s?d\.|in\s+press|forthcoming|" + IN_PRESS_ZH_RE + ")"
_Y4 = r"(?:1[6-9]\d\d|20\d\d)"
# A republished or translated work gives the original's year and the edition's: APA 7's "(Piaget,
# 1950/1972)", the Chinese journals' "（韦伯，1905/2010）" and "（韦伯，2010[1905]）", Chicago's "[1905] 2010".
# APA 7 tells one author's undated works apart by a letter after a hyphen ("n.d.-a", "in press-b").
_YEAR = (rf"(?:[\[［]{_Y4}[\]］]\s*{_Y4}|{_Y4}(?:\s*[/／]\s*{_Y4}|\s*[\[［]{_Y4}[\]］])|{_Y4}[a-z]?"
         rf"|{UNDATED}(?:-[a-z](?![A-Za-z]))?)")
# A later work of the same year may give its letter alone ("Smith (2011a, b)", "（张三，2007a，b）").
_YEARS = rf"{_YEAR}(?:\s*[,，、]\s*(?:{_YEAR}|(?<=[a-z][,，、])[a-z](?![A-Za-z.])|(?<=[a-z][,，、]\s)[a-z](?![A-Za-z.])))*"
# "et. al." is a common slip for "et al." and is read as it.
# "及其同事"/"和同事" ("Aiken 及其同事（2002）": and colleagues) is the Chinese prose's et al. too.
_ETAL = r"(?:\s*et\.?\s*al\.?|\s*等人?|\s*(?:及其|和其?|与其?)同事(?:们)?)"
# A page or a range after the year: "2015：23", "2015: 23-25", "2011, p. 5", "2011，第 23 页".
# A supplement's page keeps its letter ("1988：S98").
# Chicago's page after a comma alone ("(Walker 2000, 45)", "Cuno (2008, 3)"): a number that is no year.
# A page after a space alone ("(Kafka, 1924/2010 p. 1)"); APA 7's other parts of a work, kept with their
# word ("(Hartley, 2017, para. 4)", "(Armstrong, 2015, Chapter 8)", "(…, 2019, Table 2)", "（张三，2015：表 2）",
# "（张三，2015，第 3 章）").
_PART = r"(?:paras?\.|¶|chaps?\.|[Cc]hapter|sec\.|[Ss]ection|Table|Fig(?:ure|\.)|表|图)"
# A page range's dash: the hyphen, the dashes, the tildes, and the hyphens a font may give for its hyphen
# (U+2010, the non-breaking U+2011 that PyMuPDF and pdftotext read XeLaTeX's hyphen as, "pp. 87‑95"; U+2012
# the figure dash; U+2212 the minus).
_DASH = "[-–—~～\u2010\u2011\u2012\u2212]"
_LOCATOR = (r"(?:\s*[,，:：]\s*(?:" + _PART + rf"\s*\d+(?:\s*{_DASH}\s*\d+)?|第\s*\d+\s*[章节])"
            rf"|\s*[:：]\s*[A-Z]?\d+(?:\s*{_DASH}\s*[A-Z]?\d+)?"
            rf"|(?:\s*[,，]\s*|\s+)(?:pp?\.\s*|第\s*)\d+(?:\s*{_DASH}\s*\d+)?(?:\s*页)?(?!\s*[章节])"
            rf"|\s*[,，]\s*(?!(?:1[6-9]|20)\d\d(?!\d))\d{{1,4}}(?:\s*{_DASH}\s*\d+)?(?![\d.]))")
_PAGE_DIGITS = re.compile(rf"[A-Z]?\d+(?:\s*{_DASH}\s*[A-Z]?\d+)?")
# A word before the first work of a parenthesis.
# Also before a later work ("（梁晨，2019；另见周雪梅，2003）", "(Porter, 1998; see also Lin et al., 2001)").
_PREFIX = (r"(?:see\s+also|also\s+see|but\s+see|see|e\.\s?g\.,?|cf\.|compare|参见|参看|参阅|另参见|另见|亦见|又见|也见|详见"
           r"|转引自|引自|综述见|述评见|见|例如|如|参考)")
_PREFIX_RE = re.compile(rf"^\s*({_PREFIX})\s*[:：]?\s*")  # "（例如：王一鸣，2018；…）"
# Characters of a Chinese body's name (国务院发展研究中心课题组; 国务院第七次全国人口普查领导小组办公室: 19);
# one longer than ``MAX_LISTED_BODY`` is taken only when the list opens an entry with it.
MAX_CJK_BODY, MAX_LISTED_BODY = 24, 16
MAX_NAMES_WRITTEN = 4  # names of a Chinese citation written out ("王小鲁、樊纲和刘鹏（2009）")
# Latin letters with their accents too ("Demirgüç-Kunt", "Sánchez", "Øksendal").
# A surname's particle, also capitalised as some write it ("van der Klaauw", "Van Reenen", "De Loecker").
_LATIN = (rf"(?:{PARTICLE_ANY_CASE}\s+)*"
          r"[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f'’\-_]+")  # _: see _mask_bodies
# A first author's initials before the family name, which APA 7 prints to tell two first authors of
# one family name apart ("T. D. Allen (2001)", "(N. J. Allen & Meyer, 1990)").
_INITIALS = r"(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)?){1,3}\s*"
# A family name after its particles written with a capital ("Van Reenen", "De Loecker"): one name.
_PARTICLES = re.compile(rf"^(?:(?:{'|'.join(p.capitalize() for p in PARTICLES)})\s+)+[A-Z]\S*$")
_NOT_NAMES = frozenset({"In", "See", "As", "The", "For", "And", "But", "Table", "Figure", "Fig", "Eq"})
# A body's name of several capitalised words ("World Bank", "World Health Organization"), not
# opening with a word that is no name ("The World Bank (2014)" is "World Bank (2014)").
_BODY = rf"(?!(?:{'|'.join(sorted(_NOT_NAMES))})\b)[A-Z][a-z]+(?:\s(?:of\s|for\s|on\s)?[A-Z][a-z]+(?:-[a-z]+)?){{1,5}}"
_BODY_RE = re.compile(_BODY)
_LEADING_BODY = re.compile(rf"^\s*({_BODY})\s*[,.，（(]")
# Names: one, two, or three and more set off by commas ("Calonico, Cattaneo, and Titiunik") or, in
# Chinese text, by 、 ("Huang、Pagano 和 Panizza（2020）").
# GB/T 7714 prints a Western name's initials after it, without points, and some texts cite it so
# ("Acemoglu D 等（2019）", "Hsieh C T 和 Klenow P J（2009）"): such a name is taken when the list has it.
# (…or with their points, as a text writes the list's "Li, H." after the name: "Li H.（2019）")
_AFTER_INITIALS = r"(?:\s[A-Z](?:[\s-]?[A-Z]){0,2}(?![A-Za-z.’'\u00c0-\u024f])|\s[A-Z]\.(?:[\s-]?[A-Z]\.){0,2}(?![A-Za-z’'\u00c0-\u024f]))"
_LATIN_I = rf"{_LATIN}{_AFTER_INITIALS}?"
_LATIN_NAMES = rf"(?:{_BODY}(?=\s*[,，（(\[［])|(?:{_INITIALS})?{_LATIN_I}(?:\s*[,，、]\s*{_LATIN_I}(?=\s*(?:[,，、]|and\b|&|和|与|及|等)))*(?:\s*(?:,\s*)?(?:and|&|和|与|及|、)\s*{_LATIN_I})?(?:,?{_ETAL})?)"
_INITIALS_AFTER_RE = re.compile(rf"{_AFTER_INITIALS}(?=\s*(?:$|[,，、和与及&]|and\b|et\b|等))")
# Names set off by 、/和/与/及 or a comma ("丁雅琴，罗振华，2018" as GB/T's author-year lists print them).
# A translated name keeps its given names before a dot ("理查德·霍尔顿", "艾伦•布朗宁").
_CJK_NAMES = rf"(?:{_HAN}{{1,8}}[{DOTS}])?{_HAN}{{2,{MAX_CJK_BODY}}}?(?:\s*[和与及、,，]\s*{_HAN}{{2,4}}?){{0,{MAX_NAMES_WRITTEN - 1}}}{_ETAL}?"  # 16: a body (国务院发展研究中心课题组)
# A Chinese name may stand before its year without a comma ("（高志远 2016）"); such a work is taken only
# when the list knows its names (see find_author_year).
# Chicago author-date sets no comma between a Western name and its year ("(Walker 2000)"): taken only
# when the list knows the name. APA's first citation of a body gives its acronym in brackets
# ("(World Health Organization [WHO], 2020)"); older Chinese texts put 年 after the year ("（张三，2015年）").
_ITEM = (rf"(?:(?P<names>{_LATIN_NAMES})(?:\s*[\[［][A-Z]{{2,8}}[\]］])?(?:\s*(?P<lsep>[,，])|\s|(?<=等|人))|(?P<cjk>{_CJK_NAMES})(?:\s*[\[［][A-Z]{{2,8}}[\]］])?\s*(?P<sep>[,，])?)"
         rf"\s*(?P<years>{_YEARS})(?:\s*年)?(?P<page>{_LOCATOR})?")
_ITEM_RE = re.compile(rf"^\s*{_ITEM}\s*$")
_BARE_ITEM = re.sub(r"\?P<\w+>", "", _ITEM)
# A later work of the same names gives its year alone ("（苏明远，2019a；2019b）").
_YEAR_ITEM = rf"(?P<years>{_YEARS}|[a-z](?![A-Za-z]))(?P<page>{_LOCATOR})?"  # "（吴琼等，2007a；b）": the letter alone
_YEAR_ITEM_RE = re.compile(rf"^\s*{_YEAR_ITEM}\s*$")
_BARE_YEAR_ITEM = re.sub(r"\?P<\w+>", "", _YEAR_ITEM)
# Each work is an atomic group: "张三等" reads as a name + 等 or as one name, and without the
# group a long parenthesis that does not close would try every split (exponential time).
# Square brackets too ("［王海燕，2015］", "［郭宏伟，2016：45］"), as some journals print them.
# 等 after the last work says there are more ("（林毅夫，1994；蔡昉，2000 等）"): kept after the citation.
# A label before the first work, set off by ";": the acronym of a scale or a test the work made, no name
# and no year ("(SAS-SV; Kwon, Kim, et al., 2013)", "(PSQI; Buysse et al., 1989)"): kept before it.
_LABEL = r"[A-Z](?:[A-Z0-9]|-(?=[A-Z0-9]))+\s*[;；]"
# Works set off by a comma, as some author-date styles join them ("(Smith 2016a, Lee 2018)",
# "(张伟 2015, Garcia et al. 2020)"): a comma after a year, before a name.
_WORKS_COMMA = r"(?<=\d|[a-z])\s*[,，]\s*(?=[^\W\d_])"
_WORKS_COMMA_RE = re.compile(r"(?<=(?:1[6-9]|20)\d\d)[a-z]?\s*[,，]\s*(?=[^\W\d_])")
PAREN = re.compile(rf"[（(［\[]\s*(?:(?P<pre>{_PREFIX}|{_LABEL})\s*(?:(?<![;；])[:：])?\s*)?"
                   rf"(?P<items>(?>{_BARE_ITEM})(?:\s*[；;]\s*(?:{_PREFIX}\s*)?(?>{_BARE_ITEM}|{_BARE_YEAR_ITEM})"
                   rf"|{_WORKS_COMMA}(?>{_BARE_ITEM}))*)(?P<etc>\s*等)?\s*[)）］\]]")
# (a comma slipped in after "et al." before the parenthesis, "Lin et al., (2001)", is read past)
LATIN_TEXTUAL = re.compile(rf"(?<![A-Za-z\u00c0-\u024f])(?P<names>{_LATIN_NAMES})(?:(?<=al\.)\s*[,，])?\s*[（(]\s*(?P<years>{_YEARS})"
                           rf"(?:\s*年)?(?P<page>{_LOCATOR})?\s*[)）]")
# APA's first citation of a body in the sentence, its acronym inside the parentheses
# ("World Health Organization (WHO, 2020)").
BODY_TEXTUAL = re.compile(rf"(?P<names>{_BODY}|[A-Z][A-Za-z\-]*(?:_[A-Za-z\-]+)+)\s*[（(]\s*(?P<short>[A-Z]{{2,8}})\s*[,，]\s*(?P<years>{_YEARS})"
                          rf"(?P<page>{_LOCATOR})?\s*[)）]")
# ...and in Chinese prose, the body's Chinese name before its acronym ("世界卫生组织（WHO，2020）"): the
# run's end that the table of bodies names so (namekeys.same_body) is the name.
CJK_BODY_TEXTUAL = re.compile(rf"(?P<head>{_HAN}{{2,24}})\s*[（(]\s*(?P<short>[A-Z]{{2,8}})\s*[,，]\s*(?P<years>{_YEARS})"
                              rf"(?P<page>{_LOCATOR})?\s*[)）]")
# A work cited without parentheses of its own after a word that points to it, inside an aside's
# parentheses opened earlier ("（关于东亚家庭的比较，参见 Raymo et al.，2015）", "（…模式，见黎雨桐, 2014: 88）",
# "（另参见 Cohen, 1988 对“涌现的真实性”的讨论）"): the names and year as a parenthesis would hold them.
_POINTING_AFTER_COMMA = re.compile(r"[,，]\s*(?:参见|参看|参阅|另参见|另见|亦见|又见|也见|详见|综述见|述评见|见)")
POINTED = re.compile(rf"(?<![A-Za-z])(?:{_PREFIX})\s*(?P<item>(?>{_BARE_ITEM}))")
# (年 after the year, as after a parenthetical one: "马骁和赵婉清（2020 年）")
YEARS_IN_PARENS = re.compile(rf"[（(]\s*(?P<years>{_YEARS})(?P<nian>\s*年)?(?P<page>{_LOCATOR})?\s*[)）]")
# Every form ends so: a year, maybe a page after it, and the parenthesis.
_YEAR_IN_PARENS = re.compile(rf"(?:(?:1[6-9]|20)\d\d[a-z]?(?:\s*[,，、；;]\s*[a-z])?(?:\s*[\[［]{_Y4}[\]］])?|{UNDATED}(?:-[a-z])?)"
                             rf"(?:\s*年)?{_LOCATOR}?(?:\s*等)?\s*[)）］\]]")
_SPLIT_NAMES = re.compile(r"\s*(?:,\s*)?(?:\band\b|&|和|与|及|、)\s*|\s*[,，]\s*(?=[^\W\d_])")
_ETAL_END = re.compile(rf"{_ETAL}$")
_HAN_ONLY = re.compile(rf"^{_HAN}+$")
MAX_HAN_NAME = 4  # characters of a person's Chinese name


class Found(NamedTuple):
    """One author-year citation found in a text: where, which works, textual or not, the page
    after each work ("" for none) and a word before the first ("参见", "see also")."""

    start: int
    end: int
    works: list[NamedWork]
    textual: bool
    pages: list[str]
    pre: str = ""
    year_only: bool = False  # the name stands earlier in the sentence ("该研究（2014）")
    post: str = ""  # 等 after the last work ("（…，2000 等）")
    pres: tuple[str, ...] = ()  # a word before each work ("另见", "see also"; "" for none), () when none
    bare: bool = False  # no parentheses of its own, inside an aside ("（…，参见 Raymo et al.，2015）")
    lead: str = ""  # the names' Chinese transliteration before the original's parenthesis ("奈达（Nida，1964）")


def _work(names: str, year: str) -> NamedWork:
    names = _TITLE_END.sub("", names.strip())  # "周明远教授": the name
    others = bool(_ETAL_END.search(names))
    names = _ETAL_END.sub("", names).strip().rstrip(",，").strip()  # "Kwon, Kim, et al."
    # (a body's name of several words was joined by "_" to read as one: _mask_bodies)
    parts = tuple(_INITIALS_AFTER_RE.sub("", p.strip()).replace("_", " ")  # "Acemoglu D": Acemoglu
                  for p in _SPLIT_NAMES.split(names) if p.strip())
    if len(parts) > 1 and all(_HAN_ONLY.match(p) for p in parts) and (
            any(len(p) > MAX_HAN_NAME for p in parts) or is_body(re.sub(r"\s+", "", names))):
        # A body's name holding 和 or 与 ("人力资源和社会保障部", "国家发展和改革委员会"): a person's
        # Chinese name has two to four characters, so the pieces are no two persons; nor are those
        # of a body the table of bodies knows ("经济合作与发展组织": 经济合作, 发展组织).
        parts = (re.sub(r"\s+", "", names),)
    return NamedWork(parts, others, year.strip())


def _works(names: str, years: str) -> list[NamedWork]:
    out: list[NamedWork] = []
    for y in re.split(r"\s*[,，、]\s*", years.strip()):
        if re.fullmatch(r"[a-z]", y) and out:
            y = out[-1].year[:4] + y  # "2011a, b": the year of the work before
        out.append(_work(names, y))
    return out


def _pages(works: list[NamedWork], page: str | None) -> list[str]:
    """The page of each work: a page after the years belongs to the last of them (APA's paragraph
    keeps its word: "para. 4")."""
    digits = _PAGE_DIGITS.search(page) if page else None
    found = re.sub(rf"\s*{_DASH}\s*", "-", digits.group(0)) if digits else ""
    if found and re.search(rf"{_PART}|[章节]", page):  # no page: the part as printed ("Table 2", "第3章")
        found = re.sub(r"\s+", " ", re.sub(r"^\s*[,，:：]\s*", "", page)).strip()
    return [""] * (len(works) - 1) + [found]


# A title between a Chinese name and its year ("周明远教授（2016）", "李华研究员（2019）"): kept in the citation.
_TITLE_END = re.compile(r"(?:副?教授|(?:副|助理)?研究员|博士(?:后)?|院士|讲师|先生|女士|老师)$")
# A Chinese short name in square brackets right before the year's parenthesis.
_SHORT_NAME_BRACKETED = re.compile(r"\s*[\[［]\s*[\u3400-\u9fff]{2,10}\s*[\]］]\s*\Z")


def _cjk_lead(text: str, end: int, known: frozenset[str], guess: bool = True) -> tuple[int, str] | None:
    """Where a Chinese author group ending at ``end`` starts, and the group, if names are known (or,
    with ``guess``, the two or three characters before 等 where none is)."""
    end = len(text[:end].rstrip(" \u3000"))  # "张三 (2015)": a space before a half-width parenthesis
    if (short := _SHORT_NAME_BRACKETED.search(text, max(0, end - 16), end)) is not None:
        # APA's first citation of a body gives its short name in brackets before the year
        # ("中国社会科学院社会学研究所［社科院社会学所］（2021）"): the body's name the list knows before it
        return _cjk_lead(text, short.start(), known, guess=False)
    head = text[max(0, end - 24):end]
    m = re.search(rf"(?:{_ETAL})$", head)
    others = head[m.start():] if m else ""
    body = head[: len(head) - len(others)]
    if not others and (t := _TITLE_END.search(body)) is not None and any(body[:t.start()].endswith(k) for k in known):
        # a title between the name and the year ("周明远教授（2016）"): kept with the citation, after the name
        others, body = body[t.start():], body[:t.start()]
    best = None
    for name in known:
        if body.endswith(name) and (best is None or len(name) > len(best)):
            best = name
    if best is None:
        # a body's short name the list prints in full ("国家发改委（2019）" for 国家发展和改革委员会)
        best = next((body[-n:] for n in range(8, 2, -1) if len(body) >= n and _HAN_ONLY.match(body[-n:])
                     and any(abbreviates(body[-n:], k) for k in known)), None)
    if best is None:
        if not guess or not others or "等" not in others:
            return None
        g = re.search(rf"{_HAN}{{2,3}}$", body)
        if not g:
            return None
        best = g.group(0)
    start = len(body) - len(best)
    written = re.sub(f"[{DOTS}]", "·", body)
    given = max((k for k in known if "·" in k and written.endswith(k)), key=len, default=None)
    if given:  # a translated name with its given names ("理查德·霍尔顿（2012）"; the list: 理查德·K. 霍尔顿)
        start = len(body) - len(given)
    for _ in range(MAX_NAMES_WRITTEN - 1):
        # the names before it, each known, set off by 、/和/与/及 ("王小鲁、樊纲和刘鹏（2009）")
        # (or by a comma, as a list in an English style joins them: "刘洋, 陈静和赵磊（2019）"); a
        # translated or Uyghur name with its given names ("阿不都热合曼·吐尔逊和王海军（2019）")
        pair = re.search(rf"((?:{_HAN}{{1,8}}[{DOTS}])?{_HAN}{{2,4}})\s*[和与及、,，]\s*$", body[:start])
        if not pair:
            break
        stem = re.sub(f"[{DOTS}]", "·", pair.group(1))
        first = max((n for n in known if stem.endswith(n)), key=len, default=None)
        if not first:
            break
        start = pair.start() + len(stem) - len(first)
    group = body[start:] + others
    return end - len(head) + start, group


# The names before the title ("张三, 李四. 题名", "张三（2015）") or, in the author-date style of
# Chinese social-science journals, before the year ("张三、李四，2015：《题名》") — or before the title in
# quotation or book marks when the list puts the year after the journal, as 经济学（季刊） does
# ("蔡明远、都晓雯，“题名”，《经济研究》，2012 年第 5 期").
_LEADING_CJK_NAMES = re.compile(
    rf"^\s*({_HAN}{{2,20}}(?:\s*[,，、]\s*(?:&\s*)?{_HAN}{{2,4}})*)\s*(?:[,，]\s*等)?\s*(?:[.．。(（]|[,，]\s*(?:(?:1[6-9]|20)\d\d|{UNDATED}|[“\"《]))")


# A body's acronym opening an entry ("OECD. (2019).", "OECD, 2019.").
_LEADING_ACRONYM = re.compile(r"^\s*([A-Z]{2,8})\s*[,.，（(]")
# A name in capitals alone: an acronym — a body's when an entry opens with it ("OECD（2019）"),
# otherwise a survey's or a data set's, whose wave is no citation ("CFPS（2018）的数据", "CHARLS (2015)").
_ACRONYM = re.compile(r"^[A-Z]{2,8}$")


# A translated author's name ("〔美〕理查德·K. 霍尔顿，2012：", "艾伦·布朗宁. (2012)."): given names, a dot,
# maybe an initial, the family name.
_LEADING_TRANSLATED = re.compile(rf"^\s*((?:{_HAN}{{1,8}}[{DOTS}])+(?:[A-Z]\.\s*)*{_HAN}{{2,8}})\s*[,，.．(（]")
# A person's family name of several capitalised words before the initials ("Zuiderveen Borgesius, F. J.,
# Trilling, D., …", "Lloyd Webber, A. (1990)."): the text cites the words together ("Zuiderveen
# Borgesius et al.（2016）"), so they are one name (read as one by _mask_bodies).
_LEADING_FAMILY_WORDS = re.compile(r"^\s*([A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+){1,2}),\s*[A-Z]\.(?:\s?-?[A-Z]\.)*\s*(?:[,&(]|$)")
_FAMILY_WORDS = re.compile(r"[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+){1,2}")
# A body's name of capitalised words as a list prints it ("Organisation for Economic Co-operation and
# Development, 2018,"), its acronym the text may cite ("OECD（2018）").
_LEADING_LONG_BODY = re.compile(r"^\s*([A-Z][a-z]+(?:\s(?:(?:of|for|on|and|the)\s)*[A-Z][A-Za-z\-]+){1,6})\s*[,.，（(]")


def _list_heads(text: str) -> tuple[list[str], str | None]:
    """The names a list's entry opens with as the text may cite them, and its first author's."""
    text = unpad(NATION.sub("", text))  # "〔日〕青木健一郎，2003：": the author's country; "梁　晨，2019："
    if (m := _LEADING_TRANSLATED.match(text)) is not None:
        name = family_key(m.group(1))  # "霍尔顿", and "理查德·霍尔顿" as a text writes it
        given = re.split(f"[{DOTS}]", m.group(1))[0]
        return [name, f"{given}·{name}"], name
    if (m := _LEADING_CJK_NAMES.match(text)) is not None:
        names = [n for n in re.split(r"\s*[,，、]\s*(?:&\s*)?", m.group(1)) if n]
        # a body's other names: without the state's ("教育部" for 中华人民共和国教育部), in English
        return names + (list(names_of_body(names[0])) if len(names) == 1 else []), names[0] if names else None
    if (m := _LEADING_FAMILY_WORDS.match(text)) is not None:
        return [m.group(1)], m.group(1)  # "Zuiderveen Borgesius, F. J., …": one family name of several words
    if (m := _LEADING_BODY.match(text) or _LEADING_LONG_BODY.match(text) or _LEADING_ACRONYM.match(text)) is not None:
        short = acronym(m.group(1))
        # its other names ("世界银行" for World Bank, "World Health Organization" for WHO)
        return [m.group(1), *([short] if short else []), *names_of_body(m.group(1))], m.group(1)
    return [], None


def names_in_list(texts) -> frozenset[str]:
    """The Chinese author names that open the entries of a reference list (a translated name's
    family name), and the names of several words — and their acronyms — of the bodies that open
    them ("World Health Organization. (2010).", "OECD. (2019)."); a Chinese author's country
    before the name is left out ("〔日〕青木健一郎")."""
    names: set[str] = set()
    for text in texts:
        names.update(_list_heads(text)[0])
        # the Chinese names and the bodies' names of several words the entry's head gives, whatever
        # its style ("李明 and 王芳 (2017)", "刘洋, 陈静, and 赵磊. 2019.": wenxian.refparse.entryhead)
        head = entry_head(text)
        names.update(n for n in head.names
                     if re.fullmatch(rf"{_HAN}{{2,20}}", n) or _LEADING_LONG_BODY.fullmatch(n))
        if len(head.names) == 1 and re.fullmatch(r"[A-Z]+(?: [A-Z]+){1,6}", head.names[0]) \
                and not re.match(PARTICLE_CAPS + " ", head.names[0]):
            # a body's name in GB/T's capitals ("WORLD BANK, 2019."), as a text writes it ("World Bank")
            names.add(" ".join(w.capitalize() if w.lower() not in ("of", "for", "on", "and", "the") else w.lower()
                               for w in head.names[0].split()))
    # a name the list prints in Traditional script, as a Simplified text cites it ("林惠寧": 林惠宁)
    return frozenset(names | {simplified_name(n) for n in names})


def with_defined_names(known: frozenset[str], text: str) -> frozenset[str]:
    """``known`` (:func:`names_in_list`) and the short names ``text`` defines for them
    (``中华全国工商业联合会（以下简称全国工商联）``, ``(中国互联网络信息中心[CNNIC], 2023)``), so that
    ``全国工商联（2021）`` and ``CNNIC（2023）`` are read as citations; a short name for a name no entry
    opens with ("社会情感财富（SEW）") stays text."""
    # (and the transliterations it pairs with a Western name at a citation: "诺德（1997）" after "诺德（Nord，1997）",
    # whether or not the list holds a Chinese name)
    learnt = frozenset(transliterated_names(text))
    if not known:
        return learnt  # no names in the list: nothing to define a short name for
    defined = defined_short_names(text)
    return known | learnt | {short for short in defined if any(stands_for(short, name, defined) for name in known)}


def _known_names(names: str, known: frozenset[str]) -> bool:
    """Whether every name of a Chinese author group ("王丽娟", "林晓燕等") opens an entry of the list."""
    parts = [p for p in _SPLIT_NAMES.split(_ETAL_END.sub("", names.strip())) if p]
    return bool(parts) and all(p in known or family_key(p) in known for p in parts)  # "理查德·霍尔顿": 霍尔顿


# The year of an entry's head ("刘建华，2017：", "黄静. (2020a).", "Mincer, J. (1974).", "Marmot M, 2005.").
_HEAD_YEAR = re.compile(r"(?<!\d)((?:1[6-9]|20)\d\d)(?!\d)")
# A Latin first author: with particles, also in capitals as GB/T prints them ("VAN DER BERG H, 1995.").
_LEADING_LATIN = re.compile(rf"^\s*((?:{PARTICLE_CAPS}\s+)*{_LATIN})")


_UNDATED_SENTENCE = re.compile(r"\.\s(?:Forthcoming|In press)\.")


def dated_names(texts) -> frozenset[tuple[str, str]]:
    """The first author and the year of each entry of a reference list ("张德胜", "2014"), for a
    year cited alone after the name earlier in its sentence."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        heads, name = _list_heads(text)
        if name is None and (m := _LEADING_LATIN.match(text)) is not None:
            heads, name = [m.group(1)], m.group(1)
        # (the head's year; or, where the list puts the year after a long title and the journal, as the
        # economics journals do — "Li, H., “…”, China Economic Review, 2019, 58, 101-118." — the entry's)
        found = _HEAD_YEAR.search(text[:120]) or _HEAD_YEAR.search(text)
        # a work not yet dated ("(in press).", "n.d.", "待刊") is listed by its name too
        # (…also as a sentence of its own, capitalised: Chicago's "Chen, Wei. Forthcoming. “…”")
        year = found.group(1) if found else ("n.d." if re.search(UNDATED, text[:160]) or _UNDATED_SENTENCE.search(text[:160])
                                             else None)
        if name and year:
            pairs.update((head.strip(), year) for head in ([name] + [h for h in heads if h.isupper()]))
        head = entry_head(text)  # the first name and year whatever the style (wenxian.refparse.entryhead)
        if head.names and head.year:
            pairs.add((head.names[0], head.year))
    return frozenset(pairs | {(simplified_name(n), y) for n, y in pairs})


def _listed_latin(names: str, dated: frozenset[tuple[str, str]], known: frozenset[str]) -> bool:
    """Whether a Western name cited without a comma before its year ("(Walker 2000)") is the first
    author of an entry of the list (or a body's name it knows)."""
    first = _SPLIT_NAMES.split(_ETAL_END.sub("", names.strip()))[0]
    first = _INITIALS_AFTER_RE.sub("", re.sub(rf"^{_INITIALS}", "", first)).strip()
    if first.replace("_", " ") in known:  # a body's name of several words, masked ("(World_Bank 2019)")
        return True
    key = family_key(first)
    return any(family_key(n) == key or family_key(n).split()[-1:] == key.split()[-1:]
               or key in other_spellings(n)  # "Mueller 2001" for the list's Müller, "Lv" for Lü
               for n, _ in dated if not re.search(_HAN, n))


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Where a sentence ends: a year alone looks for its name back to here.
_SENTENCE_END = re.compile(r"[。！？!?]")


def _year_alone(text: str, m: re.Match[str], dated: frozenset[tuple[str, str]]) -> str | None:
    """The name a year alone in parentheses cites ("张德胜较早讨论了…，该研究（2014）发现", "参照 Mincer
    的经典设定（1974）"), or several years ("宋佳宁曾多次讨论这一问题（1998，2001a）"), or the year after a
    work's title ("何立平在《县域金融发展与创业选择》（2015）一文中", as 经济研究's guide shows): the last name
    in its sentence before it whose works of those years the list holds. Only after a Chinese word
    or a title's 》 (not "CFPS（2018）"), no page."""
    before = text[: m.start()].rstrip()
    if m.group("page") or not before or not (re.match(_HAN, before[-1]) or before[-1] == "》") or not dated:
        return None
    years = [y[:4] if re.fullmatch(r"(?:1[6-9]|20)\d\d[a-z]", y) else y
             for y in re.split(r"\s*[,，、]\s*", m.group("years"))]
    if not all(re.fullmatch(r"(?:1[6-9]|20)\d\d", y) for y in years):
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(before)]
    sentence = before[ends[-1] if ends else 0:]
    best, where = None, -1
    for name, y in dated:
        if y != years[0] or any((name, other) not in dated for other in years[1:]):
            continue
        # a Latin name as the list prints it: "SMITH J, 2015." for "Smith" in the text
        for hit in re.finditer(re.escape(name), sentence, 0 if re.search(_HAN, name) else re.IGNORECASE):
            # a Latin name is a whole word ("Lee" not inside "Kleen"); Chinese may touch it ("参照Mincer")
            latin_edge = not re.search(_HAN, name) and (
                (hit.start() and _LATIN_LETTER.match(sentence[hit.start() - 1])) or
                (hit.end() < len(sentence) and _LATIN_LETTER.match(sentence[hit.end()])))
            if not latin_edge and hit.start() > where:
                best, where = hit.group(0), hit.start()
    return best


# The rest of a Chinese court's case number after its year in parentheses — the court, its number, the
# kind of case, the case's number and 号 ("（2019）京 01 行初 56 号", "（2020）最高法行申 1234 号",
# "（2018）粤0304民初1234号", "（2005）民二终字第 1 号"): the year is the case's, no citation. The kind of
# case names its trial (民 civil, 刑 criminal, 行 administrative, 执 enforcement, 赔 compensation), so
# "王五（2019）指出第 3 号文件" stays a citation.
_CASE_NUMBER_REST = re.compile(r"\s*[\u4e00-\u9fff]{0,4}\s*\d{0,4}\s*[\u4e00-\u9fff]{0,3}[民刑行执赔][\u4e00-\u9fff]{0,4}"
                               r"\s*\d{1,6}\s*号")


# Chinese names (maybe with 等) right before a year in parentheses: the window they are read in.
_HAN_NAMES_BEFORE = re.compile(rf"{_HAN}[{_HAN[1:-1]}\s和与及、]*?(\s*等人?)?\s*$")
# What sets off the names of a Chinese author group cited in pinyin's list (no comma: "研究，王宁（1999）"
# is prose and a name).
_PINYIN_JOINER = re.compile(r"\s*[和与及、]\s*$")


def _name_groups(core: str) -> list[tuple[int, list[str]]]:
    """Each way to read the end of ``core`` as one to four Chinese names of two to four characters set
    off by 、/和/与/及 ("何佳、罗婷和唐翔"): where the group starts, and its names."""
    out: list[tuple[int, list[str]]] = []

    def walk(end: int, names: list[str]) -> None:
        for size in (2, 3, 4):
            start = end - size
            if start < 0 or not _HAN_ONLY.match(core[start:end]):
                continue
            group = [core[start:end], *names]
            out.append((start, group))
            if len(group) < MAX_NAMES_WRITTEN and (joiner := _PINYIN_JOINER.search(core, 0, start)):
                walk(joiner.start(), group)

    walk(len(core), [])
    return out


def _pinyin_lead(text: str, m: re.Match[str], dated: frozenset[tuple[str, str]]) -> tuple[int, str] | None:
    """Where a Chinese author group cited before a year in parentheses starts, and the group, when the
    list prints its first author in pinyin with that year ("王宁（1999）" for "WANG N. …, 1999";
    "何佳、罗婷和唐翔（2022）" for "He, J., Luo, T., & Tang, X. (2022)."; "朱凯等人（2023）"): of the ways to
    read the characters before it as names set off by 、/和/与/及 (:func:`_name_groups`), those whose first
    name's family name has the pinyin of a Latin first author of an entry of that year; the most names,
    then the longest first name (the later names and the given names are checked when the citation
    is linked)."""
    year = m.group("years")[:4]
    if not dated or not re.fullmatch(r"(?:1[6-9]|20)\d\d", year):
        return None
    before = _HAN_NAMES_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if before is None:
        return None
    families = {n for n, y in dated if y == year and n.isascii() and n.replace(" ", "").isalpha() and len(n) <= 12}
    if not families:
        return None
    core = text[before.start():before.start(1) if before.group(1) else before.end()].rstrip()
    best = None
    for start, names in _name_groups(core):
        if any(is_pinyin_of(names[0], family) for family in families):
            rank = (len(names), len(names[0]))
            if best is None or rank > best[0]:
                best = rank, start
    if best is None:
        return None
    start = before.start() + best[1]
    return start, text[start:before.end()].rstrip()


def _in_aside(text: str, at: int) -> bool:
    """Whether ``at`` stands inside parentheses opened earlier in its paragraph and not closed."""
    before = text[:at]
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))


def _is_dated(work: NamedWork, dated: frozenset[tuple[str, str]]) -> bool:
    """Whether an entry of the list opens with the work's first name and has its year."""
    key, year = family_key(work.names[0]), work.year[:4]
    return any(y == year and family_key(n) == key for n, y in dated)


@functools.lru_cache(maxsize=16)
def _bodies(known: frozenset[str]) -> tuple[str, ...]:
    """The names of several Latin words among ``known``, longest first (worked out once per list, not
    once per paragraph); two capitalised words too, a family name ("Zuiderveen Borgesius") or a body's ("World Bank")."""
    bodies = (k for k in known if not re.search(_HAN, k) and (k.count(" ") > 1 or re.search(r"\s[a-z]|-", k)
                                                              or _FAMILY_WORDS.fullmatch(k)))
    return tuple(sorted(bodies, key=len, reverse=True))


def _mask_bodies(text: str, known: frozenset[str]) -> str:
    """``text`` with the names of several Latin words the list opens entries with joined by ``_``, so
    that a body's name holding "and" or a hyphen reads as one name ("Organisation for Economic
    Co-operation and Development（2018）"), not as two persons; one character for one."""
    for name in _bodies(known):
        if name in text:
            text = text.replace(name, name.replace(" ", "_"))
    return text


# What every match of ``_YEAR_IN_PARENS`` holds: a year, or a word of ``UNDATED``. Searched first:
# the engine skips to a year's first digit, where the whole pattern (an alternation it cannot
# skip through) is tried at every position — a paragraph without a year is ruled out at a fifth
# of the cost.
_A_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_UNDATED_WORDS = ("n.", "press", "forthcoming", *IN_PRESS_ZH)


def _may_cite(text: str) -> bool:
    return _A_YEAR.search(text) is not None or any(word in text for word in _UNDATED_WORDS)


def _items(items: str) -> list[str]:
    """The works of a parenthesis: set off by ";", or by a comma after a year where every part is a
    work of names and year ("(Smith 2016a, Smith 2016b)"; not "(Smith, 2016, p. 5)")."""
    out = []
    for item in re.split(r"\s*[；;]\s*", items):
        cuts = [c.end() for c in _WORKS_COMMA_RE.finditer(item)]
        if cuts:
            parts, at = [], 0
            for c in cuts:
                comma = item.rindex(",", at, c) if "," in item[at:c] else item.rindex("，", at, c)
                parts.append(item[at:comma].strip())
                at = c
            parts.append(item[at:].strip())
            if all(_ITEM_RE.match(p) for p in parts):
                out += parts
                continue
        out.append(item)
    return out


def find_author_year(text: str, known: frozenset[str] = frozenset(),
                     dated: frozenset[tuple[str, str]] = frozenset()) -> list[Found]:
    """Each author-year citation of ``text``, in order (``dated``: :func:`dated_names` of the list,
    for a year cited alone). Full-width letters and digits are read as ASCII ("（王立华，２０１６）")."""
    text = half_width(text)  # one character for one: the places found stand in the text as given
    if not _may_cite(text) or not _YEAR_IN_PARENS.search(text):
        return []  # the common case, decided in one scan (a body's name, masked below, holds no year)
    # A Traditional article is read as a Simplified one, one character for one ("Cervero 與 Kockelman（1997）",
    # "（參見 …）"): the names found are Simplified, as ``known`` and ``dated`` hold every name too.
    text = simplified_text(text)
    text = _mask_bodies(text, known)
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in BODY_TEXTUAL.finditer(text):
        if acronym(m.group("names").replace("_", " ")) == m.group("short"):  # "World Health Organization (WHO, 2020)"
            works = _works(m.group("names"), m.group("years"))
            found.append(Found(m.start(), m.end(), works, True, _pages(works, m.group("page"))))
            taken.append((m.start(), m.end()))
    for m in CJK_BODY_TEXTUAL.finditer(text):
        head = m.group("head")
        name = next((head[k:] for k in range(len(head) - 1) if same_body(head[k:], m.group("short"))), None)
        if name is not None:
            start = m.start("head") + len(head) - len(name)
            works = _works(name, m.group("years"))
            found.append(Found(start, m.end(), works, True, _pages(works, m.group("page"))))
            taken.append((start, m.end()))
    for m in PAREN.finditer(text):
        if not free(m.start(), m.end()):
            continue
        works: list[NamedWork] = []
        pages: list[str] = []
        pres: list[str] = []
        names = ""
        items = _items(m.group("items"))
        for k, item in enumerate(items):
            word = ""
            if k and (pm := _PREFIX_RE.match(item)) is not None and _ITEM_RE.match(item[pm.end():]):
                word, item = pm.group(1), item[pm.end():]  # "；另见周雪梅，2003": the word before this work
            pres += [word]
            im = _ITEM_RE.match(item)
            if im is None and names and (ym := _YEAR_ITEM_RE.match(item)):
                im = ym  # the year alone: the names of the work before
                if re.fullmatch(r"[a-z]", ym.group("years")):
                    if not re.fullmatch(r"\d{4}[a-z]", works[-1].year):
                        works = []  # a letter alone only after a year with its letter
                        break
                    more = [_work(names, works[-1].year[:4] + ym.group("years"))]
                    works += more
                    pages += _pages(more, ym.group("page"))
                    pres += [""] * (len(more) - 1)
                    continue
            elif im is None or (im.group("names") or im.group("cjk")).split()[0] in _NOT_NAMES:
                works = []
                break
            elif im.group("cjk") and not im.group("sep") and not _known_names(im.group("cjk"), known):
                works = []  # "（截至2015）": no name the list knows before a year without a comma
                break
            elif im.group("cjk") and _POINTING_AFTER_COMMA.search(im.group("cjk")):
                works = []  # "（具体模式，见张三, 2014）": prose, then a work pointed to (POINTED reads it)
                break
            elif im.group("cjk") and len(_SPLIT_NAMES.split(im.group("cjk"))[0]) > MAX_LISTED_BODY \
                    and not _known_names(im.group("cjk"), known):
                works = []  # a long run of prose before a year is no body's name the list has
                break
            elif im.group("names") and (not im.group("lsep") or _INITIALS_AFTER_RE.search(im.group("names"))) \
                    and not _listed_latin(im.group("names"), dated, known):
                works = []  # "(CHARLS 2015)": a Western name without a comma is taken when the list has it
                break
            else:
                names = im.group("names") or im.group("cjk")
            more = _works(names, im.group("years"))
            works += more
            pages += _pages(more, im.group("page"))
            pres += [""] * (len(more) - 1)
        if works:
            start, textual, written = m.start(), False, ""
            if len(items) == 1 and im.group("names") and not m.group("pre") and not m.group("etc"):
                # the names' Chinese transliteration before the original ("奈达（Nida，1964：159）", "奈达和泰伯
                # （Nida & Taber，1969）"): one textual citation, the transliteration written back as printed
                lead = transliteration_before(text, m.start(), works[0].names, works[0].others)
                if lead is not None and free(lead[0], m.end()):
                    start, textual, written = lead[0], True, text[lead[0]:m.start()].rstrip()
            # "（…，2000 等）": and other works — written after the citation ("（…）等"); a page
            # would split the citation's parentheses, as GB/T prints a page after each
            found.append(Found(start, m.end(), works, textual, pages, m.group("pre") or "",
                               post="等" if m.group("etc") else "", pres=tuple(pres) if any(pres) else (),
                               lead=written))
            taken.append((start, m.end()))
    for m in POINTED.finditer(text):
        start = m.start("item")
        if not free(start, m.end()) or not _in_aside(text, start):
            continue
        im = _ITEM_RE.match(m.group("item"))
        names = im.group("names") or im.group("cjk")
        works = _works(names, im.group("years"))
        if all(_is_dated(w, dated) for w in works):  # only a work the list dates so: no year of prose taken
            found.append(Found(start, m.end(), works, False, _pages(works, im.group("page")), bare=True))
            taken.append((start, m.end()))
    for m in LATIN_TEXTUAL.finditer(text):
        if free(m.start(), m.end()) and m.group("names").split()[0] not in _NOT_NAMES:
            start, names = m.start(), m.group("names")
            if _ACRONYM.match(names) and known and names not in known:
                continue  # a survey's wave ("CFPS（2018）的数据"): no entry of the list opens with it
            if _INITIALS_AFTER_RE.search(names) and not _listed_latin(names, dated, known):
                continue  # "Wave B (2015)": initials after a name the list does not have
            if _BODY_RE.fullmatch(names) and names not in known and not _PARTICLES.match(names):
                # Capitalised words before a year that open no entry of the list as a body's name
                # are prose and a name ("Moreover Smith (2011)", "In China Lee (2020)"): the last
                # word is the name, the words before it stay text.
                last = names.rsplit(None, 1)[-1]
                start, names = m.start("names") + len(names) - len(last), last
            works = _works(names, m.group("years"))
            found.append(Found(start, m.end(), works, True, _pages(works, m.group("page"))))
            taken.append((start, m.end()))
    for m in YEARS_IN_PARENS.finditer(text):
        if not free(m.start(), m.end()) or _CASE_NUMBER_REST.match(text, m.end()):
            continue
        # (names the list knows; else a name whose pinyin it prints; else the characters before 等)
        lead = (_cjk_lead(text, m.start(), known, guess=False) or _pinyin_lead(text, m, dated)
                or _cjk_lead(text, m.start(), known))
        if lead is None:
            if not m.group("nian") and (name := _year_alone(text, m, dated)) is not None:
                # (not "…的城市（2014 年）": a date of prose, no year cited alone)
                works = _works(name, m.group("years"))
                found.append(Found(m.start(), m.end(), works, False, [""] * len(works), year_only=True))
                taken.append((m.start(), m.end()))
            continue
        start, group = lead
        if free(start, m.end()):
            works = _works(group, m.group("years"))
            found.append(Found(start, m.end(), works, True, _pages(works, m.group("page"))))
            taken.append((start, m.end()))
    return sorted((_in_press_of_year(f, dated) for f in found), key=lambda f: f.start)


def _in_press_of_year(f: Found, dated: frozenset[tuple[str, str]]) -> Found:
    """``f`` with a year and an in-press word after it read as one work where the list dates the names so
    and prints no undated work by them ("马晓峰（2023，出版中）" for "马晓峰，2023. …，出版中[2023‑06‑12]": an
    article online first, its year and its state); two works where the list has an undated one too (APA's
    "(Smith, 2015, in press)" for Smith's 2015 work and the one in press)."""
    works, pages = list(f.works), list(f.pages)
    k = 1
    while k < len(works):
        before, work = works[k - 1], works[k]
        if (work.names == before.names and re.fullmatch(UNDATED, work.year) and re.fullmatch(r"\d{4}[a-z]?", before.year)
                and _is_dated(before, dated) and not _is_dated(NamedWork(work.names, work.others, "n.d."), dated)):
            pages[k - 1] = pages[k] or pages[k - 1]
            del works[k], pages[k]
            if f.pres:
                f = f._replace(pres=f.pres[:k] + f.pres[k + 1:])
            continue
        k += 1
    return f if len(works) == len(f.works) else f._replace(works=works, pages=pages)


def extract_author_year(text: str, line_starts: list[int], line_numbers: list[int],
                        known: frozenset[str] = frozenset(),
                        dated: frozenset[tuple[str, str]] = frozenset()) -> tuple[str, list[NamedCitation]]:
    """``text`` with each author-year citation replaced by :data:`MARK`, and the citations."""
    out: list[str] = []
    cites: list[NamedCitation] = []
    pos = 0
    for f in find_author_year(text, known, dated):
        line = line_numbers[bisect.bisect_right(line_starts, f.start) - 1]
        out.append(text[pos:f.start])
        out.append(MARK)
        pages = tuple(f.pages) if any(f.pages) else ()
        cites.append(NamedCitation(tuple(f.works), f.textual, text[f.start:f.end], line, pages, f.pre, f.year_only,
                                   f.post, f.pres, f.bare, f.lead))
        pos = f.end
    out.append(text[pos:])
    return "".join(out), cites


def note_inlines(text: str, line: int, known: frozenset[str] = frozenset(),
                 dated: frozenset[tuple[str, str]] = frozenset()) -> list[Inline]:
    """A footnote's text with its author-year citations ("① …口径与刘建华（2017）一致"), as
    :class:`~wenxian.model.Footnote` holds it: [] when it cites none (its text alone is written)."""
    marked, named = extract_author_year(text, [0], [line], known, dated)
    if not named:
        return []
    inlines: list[Inline] = []
    for k, part in enumerate(marked.split(MARK)):
        if part:
            inlines.append(Text(part))
        if k < len(named):
            inlines.append(named[k])
    return inlines
