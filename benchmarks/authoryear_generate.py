"""A generated stress part for the author-year recogniser and linker (``--part generated``).

A small grammar writes short articles, each with its own reference list and author-year
citations tagged as the hand-written parts are (``<c n="2,5">…</c>``), from a fixed seed, so the
part is the same on every run and every machine. It combines the forms the hand-written parts
show one at a time, in the ways real articles combine them:

- lists in three forms Chinese journals print: GB/T 7714 author-year as 管理世界 does
  (``陈晓东，刘思远，2018a. 题名[J]. 刊名，34（6）：120-135.``, ``HSIEH C T, KLENOW P J, 2009.``),
  APA 7 as 心理学报 does (``陈晓, 吴琼. (2019).``, ``Hsieh, C.-T., & Klenow, P. J. (2009).``) and the
  author-date form of 经济研究 (``黄志明、孔令宇，2019：《题名》，《刊名》第 8 期。``,
  ``Banerjee, A., E. Duflo, and C. Kinnan, 2015, “…”, Journal, 7(1), 22-53.``);
- citations parenthetical and textual, Chinese and English names, one, two (、/和/与/及/&/and) or
  three and more authors (等/等人/et al./etal., or three names written out), several works in one
  parenthesis (；/;), one author's several years, a/b suffixes, pages (``：23``, ``, p. 23``),
  bodies (国家统计局, 人力资源和社会保障部, World Bank, OECD), a word before the first work
  (参见, 如, see, e.g.,), full- and half-width parentheses and commas, with and without spaces;
- names with particles (``van der Berg``, ``Van Reenen``, ``de Vries``), hyphens
  (``Demirgüç-Kunt``), a Chinese compound family name (欧阳), two authors of one family name in
  one work (刘洋和刘静) and two first authors of one family name and year told apart by
  initials as APA 7 asks (``J. Lee (2020)`` / ``S. Lee (2020)``);
- a citation broken over a line's end at every place a line may end inside it (between two
  characters of Chinese, at a space, after a hyphen; not inside a Latin word or number, not
  before closing punctuation nor after an opening parenthesis), and a name hyphenated at a line's
  end (``Finkel-`` / ``stein``);
- round 12f, the forms sealed4 showed: a body's short name the article defines (``中华全国总工会（以下
  简称全国总工会）``, APA's ``(中国社会科学院[CASS], 2019)``), a scale's acronym before ``;`` (``(PSQI; Duflo,
  2002)``) and APA 7's second author telling two works of one first author and year apart
  (``(Kwon, Kim, et al., 2013)``, ``Kwon, Lee 等(2013)``);
- round 11b, the forms sealed3 showed: a Chinese name before its year without a comma
  (``（高志远 2016）``), square brackets (``［王海燕，2015］``), Chinese names set off by a comma
  (``（丁雅琴，罗振华，2018）``), one author's years set off by ``；`` (``（苏明远，2019a；2019b）``),
  Western names written out with 、 and 和 (``Huang、Pagano 和 Panizza（2020）``), a body ending in
  课题组, and a year alone after its name earlier in the sentence (``张德胜较早讨论了…，该研究（2014）``,
  ``参照 Mincer 的经典设定（1974）``);
- round 13d, the forms the style manuals and the journals' guides show that no part had: a republished or
  translated work's two years (APA 7's ``(Perrault, 1950/1972)`` with ``(Original work published 1950)`` in
  the list, ``（霍尔顿，1990/2012）``, ``（霍尔顿，2012[1990]）``), APA 7's undated works of one author told
  apart by a letter (``(n.d.-a)``), a word before a later work (``；另见…``, ``; see also …``), a page after a
  space and the other parts of a work (``p. 23`` without a comma, ``para. 4``, ``Table 2``, ``表 2``, ``第 3
  章``), GB/T's initials after a Western name in the text (``Acemoglu D 等（2019）``), a body by a name the
  list does not print (``世界银行`` for ``World Bank``, ``World Trade Organization`` for ``WTO``, ``教育部`` for
  ``中华人民共和国教育部``), two-character Chinese names padded to three in a list (``王　芳``), and names
  whose letters a text lacks (``Mueller`` for ``Müller``, ``Lv``/``Lyu`` for ``Lü``);
- years in parentheses that are no citations: ``（2015年）``, ``2020—2022年``, ``（第2版）``,
  ``（N=2015）``, ``《中国制造2025》（2015 年）``.

The names, titles and journals are made up (licence: the project's own). What the grammar
writes is only forms that real articles print (the hand-written parts hold real examples of
each); it does not invent forms that would be easy to read.

    .venv/bin/python benchmarks/authoryear_generate.py [--out DIR]   # writes the texts to look at
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from pypinyin import lazy_pinyin

SEED = 20261130
HELDOUT_SEED = 20261131  # a second draw of the same grammar, only scored (``--part generated-heldout``)
STYLES = ("gbt", "apa", "econ")


@dataclass(frozen=True)
class Person:
    family: str  # a Chinese person's whole name; a Western family name with its particles
    given: str = ""  # Western initials without points ("C T", "J"), "" for a Chinese name
    hyphen_given: bool = False  # initials of a hyphenated given name ("C.-T.")
    body: bool = False  # a body (国家统计局, World Bank)
    # round 12c: how a text may shorten a body's name ("国家发改委", "WHO" for "World Health
    # Organization"), a translated name's given names and its author's country ("〔美〕理查德·霍尔顿")
    short: str = ""
    translated: str = ""  # the given names before "·" ("理查德·K.")
    nation: str = ""  # 美, 日, 英: printed before the name in the list ("〔日〕青木健一郎")
    # round 13d: a name the text may cite a body by that the list does not print ("世界银行" for World
    # Bank, "World Trade Organization" for WTO)
    other: str = ""

    @property
    def chinese(self) -> bool:
        return "\u4e00" <= self.family[0] <= "\u9fff"

    def listed(self, dot: str = "·") -> str:
        """The name as a Chinese list prints it: a translated name with its given names and
        country ("〔美〕理查德·K. 霍尔顿"), a Japanese author's with the country."""
        nation = f"〔{self.nation}〕" if self.nation else ""
        if self.translated:
            given = self.translated.replace("·", dot)
            return f"{nation}{given}{'' if given.endswith(dot) else ' '}{self.family}"
        return nation + self.family


@dataclass
class Work:
    authors: list[Person]
    year: str
    suffix: str = ""
    title: str = ""
    journal: str = ""
    volume: int = 0
    issue: int = 0
    pages: str = ""
    place: int = 0  # in the list, from 1
    orig: str = ""  # round 13d: a republished or translated work's original year ("1950" of 1950/1972)

    @property
    def chinese(self) -> bool:
        return self.authors[0].chinese


CN = [Person(n) for n in ("陈晓东", "刘思远", "王芳", "李强", "张伟", "赵敏", "孙丽", "周涛", "吴琼",
                          "郑凯文", "黄志明", "孔令宇", "许嘉怡", "马骏", "何思源", "罗晓峰", "邓佳",
                          "欧阳明华", "司马云", "谢婷婷")]
# round 12c: translated names (the family name alone in the text, or with "·" and the given names)
# and Japanese authors written in kanji (five characters), their country before them in a list
CN_FOREIGN = [Person("霍尔顿", translated="理查德·K.", nation="美"), Person("布朗宁", translated="艾伦·", nation="英"),
              Person("青木健一郎", nation="日"), Person("山田智子", nation="日")]
CN_SAME = (Person("刘洋"), Person("刘静"))  # two authors of one family name in one work
CN_BODIES = [Person(n, body=True, short=s) for n, s in (
    ("国家统计局", ""), ("人力资源和社会保障部", "人社部"), ("中国人民银行", ""), ("国务院发展研究中心课题组", ""),
    ("国家发展和改革委员会", "国家发改委"),
    # round 12f: short names the article itself defines, no abbreviation by rule (the first
    # character differs; an acronym of Chinese words): "中华全国总工会（以下简称全国总工会）",
    # APA's "(中国社会科学院[CASS], 2019)" on first citation
    ("中华全国总工会", "全国总工会"), ("中国社会科学院", "CASS"),
    # round 13d: the list prints the state's name before a ministry's, the text leaves it out
    ("中华人民共和国教育部", "教育部"), ("中华人民共和国国家统计局", "国家统计局"))]
EN = [Person("Smith", "J"), Person("Brown", "K A"), Person("van der Berg", "H"), Person("Van Reenen", "J"),
      Person("de Vries", "M"), Person("Demirgüç-Kunt", "A"), Person("Hsieh", "C T", True),
      Person("Klenow", "P J"), Person("O’Brien", "P"), Person("García", "M"), Person("Müller", "T"),
      Person("McKenzie", "D"), Person("Nakamura", "E"), Person("Acemoglu", "D"), Person("Restrepo", "P"),
      Person("Finkelstein", "A"), Person("Kinnan", "C"), Person("Duflo", "E"), Person("Taylor", "M"),
      Person("Smith-Jones", "R"),
      # round 12c: more particles, an apostrophe after one letter, Korean and Japanese authors
      Person("dos Santos", "M"), Person("D’Souza", "R"), Person("Al-Rashid", "N"), Person("da Silva", "L"),
      Person("Kim", "J H", True), Person("Park", "S Y", True), Person("Yamamoto", "K"),
      # round 13d: a pinyin ü (the text writes "Lv" or "Lyu")
      Person("Lü", "X")]
# round 13d: how a text writes a name whose letters it lacks
SPELLED = {"Müller": ("Mueller",), "Lü": ("Lv", "Lyu")}
EN_SAME_YEAR = (Person("Lee", "J"), Person("Lee", "S"))  # two first authors of one family name and year
EN_BODIES = [Person(n, body=True, short=s, other=o) for n, s, o in (
    ("World Bank", "", "世界银行"), ("OECD", "", "经济合作与发展组织"), ("International Monetary Fund", "IMF", "国际货币基金组织"),
    ("World Health Organization", "WHO", "世界卫生组织"),
    ("Organisation for Economic Co-operation and Development", "OECD", "经合组织"),
    # round 13d: the list prints the acronym, the text the full name
    ("WTO", "", "World Trade Organization"))]

TITLES_CN = ["数字金融与企业创新", "最低工资与劳动力配置", "产业政策的资源配置效应", "信贷约束与家庭消费",
             "城市化与收入差距", "环境规制与企业生产率", "人口流动与公共服务", "教育扩张与代际流动"]
TITLES_EN = ["Credit constraints and firm growth", "Misallocation and manufacturing productivity",
             "Minimum wages and employment", "Mobile money and household welfare",
             "Automation and the labor share", "Trade shocks and local labor markets"]
JOURNALS_CN = ["管理世界", "经济研究", "中国工业经济", "金融研究", "世界经济", "心理学报"]
JOURNALS_EN = ["American Economic Review", "Journal of Development Economics", "Review of Economic Studies",
               "Journal of Finance", "Management Science"]

CLAIMS = ["数字金融缓解了企业的融资约束", "人力资本积累提高了地区的创新水平", "最低工资上调改变了企业的用工结构",
          "信贷可得性影响家庭的消费决策", "产业政策改善了资源在企业间的配置", "环境规制倒逼企业进行技术升级",
          "人口流动扩大了城市的公共服务需求", "教育扩张提高了代际流动性"]
VERBS = ["认为", "发现", "指出", "的研究表明", "据此认为", "进一步区分了两种机制，", "等研究发现"]
LEADS = ["", "研究表明", "早期研究中，", "此外，", "与之相近，", "对此，", "例如"]
# Where a Western name is hyphenated at a line's end, by its syllables.
HYPHENATION = {"Finkelstein": 6, "Nakamura": 6, "Restrepo": 6, "Acemoglu": 5, "McKenzie": 5}
# Years in parentheses, and years before 年, that are no citations.
DISTRACTORS = ["自《中国制造2025》（2015年）发布以来，制造业的数字化进程明显加快。",
               "样本期为2020—2022年，共涉及三个调查轮次。",
               "本文沿用该教材（第2版）的定义。",
               "问卷共回收有效样本（N=2015）份，回收率较高。",
               "该政策于试点地区（2015 年）率先实施，（2018 年起）推广至全国。",
               "2016—2019 年间，相关指标保持稳定（见表 1）。",
               "基于CFPS（2018）的数据，本文构造了家庭层面的指标。",
               "本文使用 CHARLS (2015) 的调查数据进行稳健性检验。"]


def _initials(person: Person, after: str = ".") -> str:
    if person.hyphen_given:
        return "-".join(f"{i}{after}" for i in person.given.split())
    return " ".join(f"{i}{after}" for i in person.given.split())


def _year(work: Work) -> str:
    return work.year + work.suffix


def _padded(person: Person, padded: str) -> str:
    """A two-character Chinese name padded to the width of three, as some lists print it ("王　芳")."""
    name = person.listed()
    if padded and person.chinese and not person.body and not person.translated and len(name) == 2:
        return name[0] + padded + name[1]
    return name


def entry(work: Work, style: str, variant: bool = False, padded: str = "") -> str:
    """The work's line in the reference list, in one of the three forms. ``variant``: GB/T with
    half-width marks and Western names in mixed case (``Finkelstein A, Taubman S, et al., 2012.``),
    APA with a Chinese entry's marks full-width (``陈思远、李婉清（2017）。题名。刊名，38（5），67–78。``)."""
    a = work.authors
    if style == "gbt":
        sep = ", " if variant else "，"
        if work.chinese:
            names = sep.join(_padded(p, padded) for p in a[:3]) + (f"{sep}等" if len(a) > 3 else "")
            if a[0].body:
                return f"{names}{sep}{_year(work)}. {work.title}[R]. 北京{':' if variant else '：'}{names}."
            if variant:
                return f"{names}, {_year(work)}. {work.title}[J]. {work.journal}, {work.volume}({work.issue}): {work.pages}."
            return (f"{names}，{_year(work)}. {work.title}[J]. {work.journal}，{work.volume}（{work.issue}）："
                    f"{work.pages}.")
        if a[0].body:
            return f"{a[0].family}, {_year(work)}. {work.title}[R]. Washington, DC: {a[0].family}."
        names = ", ".join(f"{p.family if variant else p.family.upper()} {p.given}" for p in a[:3]) + (
            ", et al." if len(a) > 3 else "")
        return f"{names}, {_year(work)}. {work.title}[J]. {work.journal}, {work.volume}({work.issue}): {work.pages}."
    if style == "apa":
        if work.chinese and variant and not a[0].body:
            return (f"{'、'.join(p.listed() for p in a)}（{_year(work)}）。{work.title}。{work.journal}，"
                    f"{work.volume}（{work.issue}），{work.pages.replace('-', '–')}。")
        if work.chinese:
            names = ", ".join(p.listed() for p in a)
            if a[0].body:
                return f"{names}. ({_year(work)}). {work.title}. {names}."
            return f"{names}. ({_year(work)}). {work.title}. {work.journal}, {work.volume}({work.issue}), {work.pages}."
        if a[0].body:
            return f"{a[0].family}. ({_year(work)}). {work.title}. {a[0].family}."
        people = [f"{p.family}, {_initials(p)}" for p in a]
        names = people[0] if len(a) == 1 else ", ".join(people[:-1]) + ", & " + people[-1]
        original = f" (Original work published {work.orig})" if work.orig else ""  # APA 7's republished work
        return (f"{names} ({_year(work)}). {work.title}. {work.journal}, {work.volume}({work.issue}), "
                f"{work.pages.replace('-', '–')}.{original}")
    # econ: 经济研究's author-date form
    if work.chinese:
        names = "、".join(_padded(p, padded) for p in a)
        if a[0].body:
            return f"{names}，{_year(work)}：《{work.title}》，中国统计出版社。"
        return f"{names}，{_year(work)}：《{work.title}》，《{work.journal}》第 {work.issue} 期。"
    if a[0].body:
        return f"{a[0].family}, {_year(work)}, {work.title}, Washington, DC: {a[0].family}."
    first = f"{a[0].family}, {_initials(a[0])}"
    rest = [f"{_initials(p)} {p.family}" for p in a[1:]]
    names = first if not rest else (f"{first}, and {rest[0]}" if len(rest) == 1
                                    else ", ".join([first, *rest[:-1]]) + ", and " + rest[-1])
    return f"{names}, {_year(work)}, “{work.title}”, {work.journal}, {work.volume}({work.issue}), {work.pages}."


@dataclass
class Voice:
    """How one citation is written: widths of its marks and its words for 'and' and 'et al.'."""

    full_parens: bool
    full_comma: bool
    space: bool  # a space after a half-width comma and before a half-width parenthesis
    conn_cn: str  # between two Chinese names
    conn_en: str  # between two Western names
    etal_cn: str
    etal_en: str
    spell_three: bool  # three Western names written out ("A, B, and C")
    # round 11b (sealed3's forms):
    bare: bool = False  # a Chinese name before its year without a comma ("（高志远 2016）")
    square: bool = False  # square brackets ("［王海燕，2015］")
    comma_cn: bool = False  # Chinese names set off by a comma ("（丁雅琴，罗振华，2018）")
    semi_years: bool = False  # one author's years set off by ； ("（苏明远，2019a；2019b）")
    dun_en: bool = False  # Western names written out with 、 and 和 ("Huang、Pagano 和 Panizza（2020）")
    # round 12c (author guides of 经济研究/管理世界, APA 7, Chicago author-date):
    chicago: bool = False  # no comma between a Western name and its year ("(Walker 2000, 45)")
    nian: bool = False  # 年 after the year inside a parenthesis ("（张三，2015年）")
    tail_etc: bool = False  # 等 after the last work of a parenthesis ("（张三，2015；李四，2016 等）")
    short: bool = False  # a body's short name ("国家发改委", "(WHO, 2020)")
    first_mention: bool = False  # APA's first citation of a body ("(World Health Organization [WHO], 2020)")
    given_cn: bool = False  # a translated name with its given names ("理查德·霍尔顿（2012）")
    dot: str = "·"  # the dot of a translated name as the text prints it
    apostrophe: str = "’"  # as the text prints it ("O'Brien" for the list's "O’Brien")
    fw_digits: bool = False  # the year in full-width digits ("（王立华，２０１６）")
    letter_only: bool = False  # a later work of the same year by its letter alone ("Smith (2011a, b)")
    # round 13d:
    two_years: bool = False  # a republished work's two years ("1950/1972"; "2012[1990]" in Chinese)
    bracket_orig: bool = False  # the original's year in brackets after the edition's ("（韦伯，2010[1905]）")
    later_word: bool = False  # a word before a later work of a parenthesis ("；另见…", "; see also …")
    gbt_initials: bool = False  # GB/T's initials after a Western name ("Acemoglu D 等（2019）")
    other_name: bool = False  # a body by a name the list does not print ("世界银行（2020）")
    spelled: bool = False  # a name without its letters ("Mueller", "Lv")
    spelling: int = 0  # which of them ("Lv" or "Lyu")
    etal_comma: bool = False  # the slip of a comma after "et al." before the parenthesis ("Lin et al., (2001)")


def _voice(rng: random.Random, style: str) -> Voice:
    half = style == "apa"
    return Voice(full_parens=rng.random() < (0.3 if half else 0.85),
                 full_comma=rng.random() < (0.3 if half else 0.85),
                 space=rng.random() < 0.7,
                 conn_cn=rng.choice(["、", "和", "与", "和", "及"]),
                 conn_en=rng.choice(["and", "&", "和", " and ", "与"]).strip() if not half else rng.choice(["&", "and"]),
                 etal_cn=rng.choice(["等", "等", "等人"]),
                 etal_en=rng.choice(["et al.", "et al.", "etal.", "等", "et al", "等人", "et. al."]),
                 spell_three=rng.random() < 0.15,
                 bare=rng.random() < 0.08, square=rng.random() < 0.05,
                 comma_cn=rng.random() < (0.3 if style == "gbt" else 0.05), semi_years=rng.random() < 0.3,
                 dun_en=rng.random() < 0.3,
                 chicago=rng.random() < 0.15, nian=rng.random() < 0.1, tail_etc=rng.random() < 0.15,
                 short=rng.random() < 0.4, first_mention=rng.random() < 0.4, given_cn=rng.random() < 0.4,
                 dot=rng.choice(["·", "·", "•", "・"]), apostrophe=rng.choice(["’", "'"]),
                 fw_digits=rng.random() < 0.04, letter_only=rng.random() < 0.3,
                 two_years=rng.random() < 0.6, bracket_orig=rng.random() < 0.4, later_word=rng.random() < 0.2,
                 gbt_initials=style == "gbt" and rng.random() < 0.2, other_name=rng.random() < 0.4,
                 spelled=rng.random() < 0.5, spelling=rng.randint(0, 1), etal_comma=rng.random() < 0.1)


def _family(person: Person, voice: Voice) -> str:
    """A Western family name as the text writes it: its apostrophe; maybe without letters it lacks
    ("Mueller", "Lv"); maybe GB/T's initials after it ("Acemoglu D")."""
    family = person.family.replace("’", voice.apostrophe)
    if voice.spelled and person.family in SPELLED:
        options = SPELLED[person.family]
        family = options[voice.spelling % len(options)]
    if voice.gbt_initials and person.given and not voice.chicago:
        family += " " + person.given
    return family


def names(work: Work, voice: Voice, initials: bool, textual: bool) -> str:
    a = work.authors
    if a[0].body and a[0].other and voice.other_name and (voice.full_parens or a[0].other.isascii()):
        return a[0].other  # "世界银行（2020）", "(World Trade Organization, 2019)"
    if a[0].chinese:
        if a[0].body:
            if a[0].short.isascii() and a[0].short and voice.short and voice.first_mention and not textual:
                return f"{a[0].family}[{a[0].short}]"  # APA: "(中国社会科学院[CASS], 2019)"
            return a[0].short if voice.short and a[0].short else a[0].family
        if a[0].translated and voice.given_cn and len(a) == 1:
            return a[0].translated.split("·")[0] + voice.dot + a[0].family  # "理查德·霍尔顿"
        if len(a) == 1:
            return a[0].family
        if len(a) == 2:
            return f"{a[0].family}{voice.conn_cn}{a[1].family}"
        if len(a) == 3 and voice.spell_three:  # "王小鲁、樊纲和刘鹏（2009）": three names written out
            return f"{a[0].family}、{a[1].family}{voice.conn_cn}{a[2].family}"
        return f"{a[0].family}{voice.etal_cn}"
    first = (f"{_initials(a[0])} " if initials else "") + (a[0].family if a[0].body else _family(a[0], voice))
    if a[0].body and a[0].short and voice.short:
        if not voice.first_mention:
            return a[0].short  # "(WHO, 2020)", "WHO (2020)"
        # APA's first citation: "(World Health Organization [WHO], 2020)"; in the sentence the
        # short name goes inside the parentheses ("World Health Organization (WHO, 2020)", cite_textual)
        return a[0].family if textual else f"{a[0].family} [{a[0].short}]"
    if a[0].body or len(a) == 1:
        return first
    conn = voice.conn_en
    if conn == "&" and textual and not voice.full_parens:
        conn = "and"  # APA: "&" inside parentheses, "and" in the sentence
    join = f" {conn} " if conn in ("and", "&") else (f" {conn} " if voice.space else conn)
    if len(a) == 2:
        return f"{first}{join}{_family(a[1], voice)}"
    if len(a) == 3 and voice.spell_three and conn in ("and", "&"):
        return f"{first}, {a[1].family}, {conn} {a[2].family}"
    if len(a) in (3, 4) and voice.dun_en and (textual or voice.full_parens):
        # in Chinese prose: "Huang、Pagano 和 Panizza（2020）", "Hanushek、Schwerdt、Woessmann 和 Zhang"
        return "、".join([first] + [p.family for p in a[1:-1]]) + (" 和 " if voice.space else "和") + a[-1].family
    etal = voice.etal_en
    if _second_needed(work, works_of(work)):
        # APA 7: the second author tells two "Kwon et al., 2013" apart ("(Kwon, Kim, et al., 2013)",
        # in Chinese prose "Kwon, Lee 等(2013)")
        return f"{first}, {a[1].family}" + (", et al." if not textual or etal not in ("等", "等人") else f" {etal}")
    return f"{first}{'' if etal in ('等', '等人') and not voice.space else ' '}{etal}"


def _page(voice: Voice, rng: random.Random, latin: bool = False) -> str:
    if rng.random() > 0.12:
        return ""
    n = rng.randint(12, 240)
    if rng.random() < 0.3:  # a range of pages
        m = n + rng.randint(1, 9)
        if voice.chicago and latin:
            return f", {n}–{m}"  # Chicago: "(Hughes et al. 2008, 24–25)"
        return f"：{n}-{m}" if voice.full_comma else rng.choice([f": {n}-{m}", f", pp. {n}–{m}"])
    if voice.chicago and latin:
        return f", {n}"
    if rng.random() < 0.25:  # round 13d: APA 7's other parts of a work, a page after a space
        k = rng.randint(1, 9)
        if voice.full_comma:
            return rng.choice([f"：表 {k}", f"，第 {k} 章", f"，第{k}章"])
        return rng.choice([f", para. {k}", f", Table {k}", f", Chapter {k}", f" p. {n}"])
    if voice.full_comma and rng.random() < 0.3:
        return f"，第{n}页"  # 经济研究's guide: "（李四，1989，第34页）"
    return f"：{n}" if voice.full_comma else rng.choice([f": {n}", f", p. {n}"])


_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _years_text(works: list[Work], voice: Voice, between: str) -> str:
    """The years of one author's works; a later work of the same year by its letter alone when the
    voice says so ("2011a, b")."""
    out = []
    for k, w in enumerate(works):
        same = (k and voice.letter_only and w.suffix and works[k - 1].year == w.year and works[k - 1].suffix
                and w.year.isdigit())  # (not "n.d.-a, -b")
        out.append(w.suffix if same else _year_text(w, voice))
    return between.join(out)


def _year_text(work: Work, voice: Voice) -> str:
    year = _year(work)
    if work.orig and voice.two_years:
        # a republished work: "1950/1972" (APA 7, Chinese texts), "2012[1990]" (Chinese sociology)
        return f"{year}[{work.orig}]" if voice.bracket_orig and work.chinese else f"{work.orig}/{year}"
    return year.translate(_FULL_DIGITS) if voice.fw_digits and voice.full_comma and work.chinese else year


@dataclass
class Article:
    style: str
    works: list[Work]
    paragraphs: list[str] = field(default_factory=list)


def _works(rng: random.Random, style: str) -> list[Work]:
    """About twenty works: Chinese and Western persons, one to four authors, bodies, a pair by the
    same authors in one year (a/b), two authors of one family name."""
    works: list[Work] = []
    cn, en = rng.sample(CN, 12), rng.sample(EN, 14)
    years = iter(rng.sample(range(1990, 2024), 32))
    for n in (1, 1, 2, 2, 3, 4):  # (people may author several works)
        works.append(Work(rng.sample(cn[:10], n), str(next(years))))
    for n in (1, 2, 2, 3, 4, 1):
        works.append(Work(rng.sample(en[:12], n), str(next(years))))
    works.append(Work(list(CN_SAME), str(next(years))))
    works.append(Work([rng.choice(CN_FOREIGN)], str(next(years))))  # a translated or Japanese author
    works.append(Work([cn[1]], str(next(years))))  # one author's works of two years:
    works.append(Work([cn[1]], str(next(years))))  # "张三（2015，2018）", "张三曾多次指出（2015，2018）"
    works.append(Work([rng.choice(CN_BODIES)], str(next(years))))
    works.append(Work([rng.choice(EN_BODIES)], str(next(years))))
    # the same authors in one year: a and b
    twin_cn = [cn[10], cn[11], cn[0]][: rng.choice((1, 2, 3))]
    y = str(next(years))
    works += [Work(list(twin_cn), y, "a"), Work(list(twin_cn), y, "b")]
    twin_en = [en[12], en[13]][: rng.choice((1, 2))]
    y = str(next(years))
    works += [Work(list(twin_en), y, "a"), Work(list(twin_en), y, "b")]
    if style == "apa":  # two first authors of one family name in one year: initials tell them apart
        y = str(next(years))
        works += [Work([EN_SAME_YEAR[0]], y), Work([EN_SAME_YEAR[1], en[0]], y)]
        # round 12f: one first author's two works of one year, three authors or more each, told
        # apart by the second (APA 7: "Kwon, Kim, et al., 2013" beside "Kwon, Lee, et al., 2013")
        y = str(next(years))
        works += [Work([en[1], en[2], en[3]], y), Work([en[1], en[4], en[5], en[6]], y)]
    # round 13d: a republished or translated work (the list dates the edition; APA 7 adds the original's
    # year after the entry): the translated author's, or a Western person's alone in APA
    republished = [w for w in works if len(w.authors) == 1 and not w.authors[0].body and not w.suffix
                   and (w.authors[0].translated or w.authors[0].nation or (style == "apa" and not w.chinese))]
    if republished:
        w = rng.choice(republished)
        w.orig = str(int(w.year) - rng.randint(15, 60))
    if style == "apa":  # round 13d: APA 7's undated works of one author told apart by a letter
        person = rng.choice([p for p in EN if p not in en and p.family not in SPELLED])
        works += [Work([person], "n.d.", "-a"), Work([person], "n.d.", "-b")]
    if style != "gbt":  # a work not yet dated: 待刊 (经济研究), in press (APA), n.d.
        person = [w for w in works if not w.authors[0].body and not w.suffix and not w.orig
                  and (style == "econ" or not w.chinese)]
        w = rng.choice(person)
        w.year = "待刊" if w.chinese and style == "econ" else rng.choice(["in press", "n.d."])
    for w in works:
        w.title = rng.choice(TITLES_CN if w.chinese else TITLES_EN)
        w.journal = rng.choice(JOURNALS_CN if w.chinese else JOURNALS_EN)
        w.volume, w.issue = rng.randint(10, 60), rng.randint(1, 12)
        start = rng.randint(1, 300)
        w.pages = f"{start}-{start + rng.randint(8, 30)}"

    def order(w: Work):
        a = w.authors[0]
        head = "".join(lazy_pinyin(a.family)) if a.chinese else a.family.lower().replace("van der ", "").replace("de ", "")
        return (not a.chinese if style != "apa" else False, head, w.year, w.suffix)

    works.sort(key=order)
    for place, w in enumerate(works, 1):
        w.place = place
        _ALL_WORKS[id(w)] = works
    return works


_ALL_WORKS: dict[int, list[Work]] = {}  # the article's works, by the id of each


def works_of(work: Work) -> list[Work]:
    return _ALL_WORKS.get(id(work), [work])


def _second_needed(work: Work, works: list[Work]) -> bool:
    """Whether another work of three authors or more has the same first author and year but another
    second one (APA 7 prints no a/b for them: the second name tells them apart)."""
    a = work.authors
    return len(a) > 2 and any(o is not work and o.year == work.year and len(o.authors) > 2 and o.authors[0] == a[0]
                              and o.authors[1] != a[1] for o in works)


def _initials_needed(work: Work, works: list[Work]) -> bool:
    a = work.authors[0]
    return not a.chinese and any(o is not work and o.year == work.year and not o.authors[0].chinese
                                 and o.authors[0].family == a.family and o.authors[0] != a for o in works)


def cite_parenthetical(group: list[Work], works: list[Work], voice: Voice, rng: random.Random, style: str) -> str:
    """One parenthesis citing ``group`` (works by the same authors share one name: "王芳，2017，2019")."""
    open_, close = (("［", "］") if voice.square else ("（", "）")) if voice.full_parens else ("(", ")")
    comma = "，" if voice.full_comma else (", " if voice.space else ",")
    semi = "；" if voice.full_comma else "; "
    items: list[str] = []
    k = 0
    while k < len(group):
        w = group[k]
        same = [w]
        while k + len(same) < len(group) and group[k + len(same)].authors == w.authors:
            same.append(group[k + len(same)])
        n = names(w, voice, _initials_needed(w, works), textual=False)
        person_cn = w.chinese and not w.authors[0].body
        if person_cn and voice.comma_cn and voice.full_comma and len(w.authors) in (2, 3):
            n = "，".join(p.family for p in w.authors)  # "（丁雅琴，罗振华，2018）"
        between = "、" if voice.full_comma and rng.random() < 0.2 else comma  # "（王芳，2017、2019）"
        if voice.semi_years:
            between = semi  # "（苏明远，2019a；2019b）"
        after = (" " if voice.space else "") if person_cn and voice.bare and "，" not in n else comma  # "（高志远 2016）"
        latin = not w.chinese and not w.authors[0].body
        if voice.chicago and latin and not voice.full_comma:
            after = " "  # Chicago author-date: "(Walker 2000)", "(Al-Rashid and Brennan 2016)"
        years = _years_text(same, voice, between)
        if voice.nian and person_cn and len(same) == 1 and voice.full_comma and same[0].year.isdigit() and not same[0].suffix and not same[0].orig:
            years += "年"  # "（张三，2015年）"
        word = ""
        if items and voice.later_word:  # round 13d: "（梁晨，2019；另见周雪梅，2003）", "(…; see also Lin, 2001)"
            word = rng.choice(["另见", "参阅", "亦见"]) if voice.full_parens else rng.choice(["see also ", "cf. "])
            if voice.full_parens and not w.chinese and voice.space:
                word += " "
        items.append(word + n + after + years)
        k += len(same)
    last = group[-1]
    page = "" if items[-1].endswith("年") else _page(voice, rng, not last.chinese)
    body = semi.join(items) + page if len(items) == 1 else semi.join(items)
    if voice.tail_etc and len(items) > 1 and voice.full_parens:
        body += rng.choice(["等", " 等"])  # "（林毅夫，1994；蔡昉，2000 等）": and other works
    pre = ""
    if len(group) == 1 and not last.chinese and not last.authors[0].body and rng.random() < 0.1:
        # round 12f: a scale's acronym before the work that made it ("(PSQI; Buysse et al., 1989)")
        pre = rng.choice(["PSQI", "ISI", "BDI", "MAAS"]) + semi.rstrip() + ("" if voice.full_comma else " ")
    elif rng.random() < 0.15:
        pre = (rng.choice(["参见", "如", "参见 ", "转引自", "另见", "参阅"]) if voice.full_parens
               else rng.choice(["see ", "e.g., ", "see also ", "cf. "]))
    return f"{open_}{pre}{body}{close}"


def cite_textual(group: list[Work], works: list[Work], voice: Voice, rng: random.Random) -> str:
    open_, close = ("（", "）") if voice.full_parens else (" (" if voice.space else "(", ")")
    if voice.full_parens and not group[0].chinese and voice.space and rng.random() < 0.3:
        open_ = " （"
    comma = "，" if voice.full_comma else ", "
    years = _years_text(group, voice, comma)
    page = _page(voice, rng, not group[0].chinese) if len(group) == 1 else ""
    a = group[0].authors[0]
    if a.body and a.short and voice.short and voice.first_mention and not a.chinese:
        years = f"{a.short}{comma}{years}"  # APA 7: "World Health Organization (WHO, 2020)"
    written = names(group[0], voice, _initials_needed(group[0], works), textual=True)
    if voice.etal_comma and written.endswith("et al.") and not voice.full_parens:
        written += ","  # round 13d: "Lin et al., (2001)"
    return f"{written}{open_}{years}{page}{close}"


def _tag(text: str, group: list[Work]) -> str:
    return f'<c n="{",".join(str(w.place) for w in group)}">{text}</c>'


def _groups(works: list[Work], rng: random.Random) -> list[list[Work]]:
    """What each citation cites: mostly one work; a/b twins and works by the same authors together;
    sometimes two or three works of different authors."""
    out: list[list[Work]] = []
    for w in works:
        out.append([w])
    twins = [[a, b] for a, b in zip(works, works[1:]) if a.authors == b.authors]
    out += twins
    for _ in range(6):
        out.append(sorted(rng.sample(works, rng.choice((2, 2, 3))), key=lambda w: w.place))
    rng.shuffle(out)
    return out


_CLOSING = set("）)］]，,；;：:、.。》”’")
_OPENING = set("（(［[《“‘")


def _latin(c: str) -> bool:
    return c in "’'" or (c.isalnum() and not "\u3400" <= c <= "\u9fff")


def break_places(cite: str) -> list[int]:
    """Every place a line may end inside ``cite``: between two characters, not inside a Latin word
    or a number, not before closing punctuation nor after an opening parenthesis."""
    places = []
    for i in range(1, len(cite)):
        a, b = cite[i - 1], cite[i]
        if _latin(a) and _latin(b):
            continue  # inside a word ("García", "O’Brien") or a number
        if b in _CLOSING or a in _OPENING or b in " -–—":  # (a hyphen or dash never opens a line)
            continue
        if (a in "-" and not (cite[i - 2:i - 1].isalpha() and b.isupper())):
            continue  # a hyphen ends a line only between the parts of a name
        if a == "." and b.isalpha():
            continue  # "C.-T." keeps its initials
        places.append(i)
    return places


_TAG = re.compile(r"<c n=\"[\d,]+\">|</c>")
COLUMN = 40  # a line's width in CJK cells


def _cells(c: str) -> float:
    return 0.5 if c.isascii() or c in "’ü" else 1.0


def wrap(tagged: str, column: float = COLUMN) -> list[str]:
    """A paragraph's tagged text cut into lines of a column: each line ends at the last place a
    line may end (:func:`break_places`' rules, and at a space, which goes) before it is full."""
    pieces = [p for p in _TAG.split(tagged)]
    tags = _TAG.findall(tagged)
    text = "".join(pieces)
    allowed = set(break_places(text)) | {i + 1 for i, c in enumerate(text) if c == " "}
    out_lines: list[str] = []
    start, width, last = 0, 0.0, None
    for i, c in enumerate(text):
        if i in allowed and i > start:
            last = i
        width += _cells(c)
        if width > column and last is not None:
            out_lines.append((start, last))
            start, last = last, None
            width = sum(_cells(x) for x in text[start:i + 1])
    out_lines.append((start, len(text)))
    # put the tags back: a tag stands before the character it preceded
    where: list[tuple[int, str]] = []
    pos = 0
    for piece, tag in zip(pieces, tags + [""]):
        pos += len(piece)
        if tag:
            where.append((pos, tag))
    lines = []
    for a, b in out_lines:
        line = ""
        for k in range(a, b):
            line += "".join(t for p, t in where if p == k and not (k == a and t == "</c>" and a > 0)) + text[k]
        line += "".join(t for p, t in where if p == b and (t == "</c>" or b == len(text)))
        lines.append(line.rstrip(" "))
    return lines


def broken(cite: str, place: int) -> str:
    """``cite`` with a line's end at ``place``; a space there goes (the line is stripped)."""
    return cite[:place].rstrip(" ") + "\n" + cite[place:].lstrip(" ")


def article(index: int, rng: random.Random) -> str:
    style = STYLES[index % len(STYLES)]
    works = _works(rng, style)
    lines = [f"生成文章{index + 1}：作者—年份引用的组合", "摘要：本文为检验作者—年份引用的识别而生成。",
             "关键词：作者—年份；引用；生成", "一、引言"]
    # round 12f: a body's short name the article defines ("中华全国总工会（以下简称全国总工会）",
    # "中国社会科学院（CASS）"), in the first paragraph: the text cites the body by it
    defined = [w.authors[0] for w in works if w.authors[0].body and w.authors[0].short
               and w.authors[0].chinese and not w.authors[0].family.startswith(w.authors[0].short[0])
               and not w.authors[0].family.startswith("中华人民共和国")]  # (round 13d: no definition needed)
    groups = _groups(works, rng)
    cites: list[tuple[str, str]] = []  # (citation, tagged)
    sentences: list[str] = []
    for g in groups:
        voice = _voice(rng, style)
        same_authors = all(w.authors == g[0].authors for w in g)
        textual = same_authors and rng.random() < 0.5
        if len(g) == 2 and not same_authors and rng.random() < 0.35:
            # two textual citations side by side: "张三（2015）和李四（2016）", "Smith (2011) and Lee (2015)"
            one, two = cite_textual(g[:1], works, voice, rng), cite_textual(g[1:], works, voice, rng)
            join = rng.choice(["和", "、", "与", " and "] if not g[1].chinese else ["和", "、", "与"])
            sentences.append(f"{rng.choice(LEADS)}{_tag(one, g[:1])}{join}{_tag(two, g[1:])}{rng.choice(VERBS)}"
                             f"{rng.choice(CLAIMS)}。")
            cites.append((one, g[:1]))
        elif textual:
            c = cite_textual(g, works, voice, rng)
            sentences.append(f"{rng.choice(LEADS)}{_tag(c, g)}{rng.choice(VERBS)}{rng.choice(CLAIMS)}。")
            cites.append((c, g))
        else:
            c = cite_parenthetical(g, works, voice, rng, style)
            sentences.append(f"{rng.choice(CLAIMS)}{_tag(c, g)}。")
            cites.append((c, g))
        if rng.random() < 0.25:
            sentences.append(rng.choice(DISTRACTORS))
    # a year alone, its name earlier in the sentence ("张德胜较早讨论了…，该研究（2014）发现",
    # "参照 Mincer 的经典设定（1974）"): a work of one person, dated
    alone = [w for w in works if len(w.authors) == 1 and not w.authors[0].body and not w.suffix
             and w.year.isdigit() and not _initials_needed(w, works)]
    if alone:
        w = rng.choice(alone)
        year = "（" + w.year + "）" if rng.random() < 0.8 else " (" + w.year + ")"
        if w.chinese:
            sentences.append(f"{w.authors[0].family}较早讨论了这一问题，该研究{_tag(year.strip(), [w])}发现{rng.choice(CLAIMS)}。")
        else:
            sentences.append(f"参照 {w.authors[0].family} 的经典设定{_tag(year.strip(), [w])}，{rng.choice(CLAIMS)}。")
    # round 12c: the year after a title, the name before it ("何立平在《县域金融发展与创业选择》（2015）一文中"),
    # and one author's years alone ("宋佳宁曾多次讨论这一问题（1998，2001a）"), as 经济研究's guide shows them
    titled = [w for w in alone if w.chinese]
    if titled:
        w = rng.choice(titled)
        sentences.append(f"{w.authors[0].family}在《{w.title}》{_tag('（' + w.year + '）', [w])}一文中指出，{rng.choice(CLAIMS)}。")
    by_one: dict[Person, list[Work]] = {}
    for w in works:
        if len(w.authors) == 1 and w.chinese and not w.authors[0].body and w.year.isdigit():
            by_one.setdefault(w.authors[0], []).append(w)
    several = [ws for ws in by_one.values() if len(ws) > 1 and len({x.year for x in ws}) == len(ws)]
    if several:
        ws = rng.choice(several)
        years = "，".join(_year(x) for x in ws)
        sentences.append(f"{ws[0].authors[0].family}曾多次讨论这一问题{_tag('（' + years + '）', ws)}，认为{rng.choice(CLAIMS)}。")
    # paragraphs of four sentences: every other one wrapped into a column's lines as pdftotext
    # gives them (breaks where a line may end), the others one line each (a word processor's text)
    for body in defined:
        short = f"以下简称{body.short}" if not body.short.isascii() else body.short
        sentences.insert(0, f"{body.family}（{short}）的调查显示，{CLAIMS[0]}。")
    for k in range(0, len(sentences), 4):
        paragraph = "".join(sentences[k:k + 4])
        lines += wrap(paragraph) if (k // 4) % 2 else [paragraph]
    lines.append("二、换行")
    # two citations broken over a line's end at every place a line may end inside them
    # (each its own short paragraph; what follows the citation differs from one to the next, as a
    # text's lines do, so no line repeats as a page's running head would, digits aside)
    variant = 0
    for c, g in rng.sample(cites, 3):
        for place in break_places(c):
            variant += 1
            head = CLAIMS[variant % 8]  # the next seven lines open otherwise
            tail = f"{CLAIMS[(variant + 3) % 8]}，{CLAIMS[(variant // 8 + variant) % 8]}"  # none the same
            lines.append(f"{head}，相关讨论见{_tag(broken(c, place), g)}，且{tail}。")
    # a name hyphenated at a line's end ("Finkel-" / "stein")
    long_names = [(c, g) for c, g in cites if g[0].authors[0].family in HYPHENATION]
    for c, g in long_names[:2]:
        family = g[0].authors[0].family
        cut = HYPHENATION[family]
        lines.append(f"{rng.choice(CLAIMS)}，相关讨论见{_tag(c.replace(family, family[:cut] + '-' + chr(10) + family[cut:], 1), g)}。")
    # a table's note citing works, as journals print under a table ("注：…参照刘海川等（2018）；资料来源：…")
    noted = rng.sample(cites, 2)
    lines += ["表 1 主要变量的定义与来源", "变量 定义 来源",
              f"注：变量定义参照{_tag(noted[0][0], noted[0][1])}；数据来源：{_tag(noted[1][0], noted[1][1])}。"]
    lines.append("三、结论")
    lines.append(f"{rng.choice(CLAIMS)}。" + rng.choice(DISTRACTORS))
    lines.append("参考文献")
    variant = rng.random() < 0.5
    padded = rng.choice(["", "", "\u3000", "  "]) if style != "apa" else ""  # round 13d: "王　芳，2017"
    lines += [entry(w, style, variant, padded) for w in works]
    return "\n".join(lines) + "\n"


def texts(count: int = 6, seed: int = SEED) -> dict[str, str]:
    """The part's texts by name, the same on every run (``HELDOUT_SEED``: the held-out draw)."""
    rng = random.Random(seed)
    return {f"generated_{k + 1:02d}_{STYLES[k % len(STYLES)]}.txt": article(k, rng) for k in range(count)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="write the texts here to look at them")
    args = parser.parse_args(argv)
    for name, text in texts().items():
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / name).write_text(text, encoding="utf-8")
        else:
            print(f"== {name}\n{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
