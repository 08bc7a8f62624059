"""How one author's name is written in different places: a citation in the text and the head of
an entry of the article's list, a reference list's line and the next.

The cutter of lists (:mod:`wenxian.refparse.listcut`), the recogniser of author-year citations
(:mod:`wenxian.importer.authoryear`) and their linker (:mod:`wenxian.refparse.citematch`) read
names with the same rules, kept here:

- a family name's particles, in lower case or capitalised (``van der Berg``, ``dos Santos``,
  ``Van Reenen``);
- a translated author's country before the name in a Chinese list (``〔美〕``, ``[日]``) and the
  dot between a translated name's parts (``理查德·K. 霍尔顿``; ``·``, ``•``, ``・``), the family
  name being its last part, which the text often cites alone (``霍尔顿（2012）``);
- the forms of one letter that the text and the list print differently: apostrophes
  (``O'Brien``/``O’Brien``), full-width letters and digits (``２０１６``), accents;
- a body's short name: an acronym of its capitalised words (``WHO`` for ``World Health
  Organization``, ``OECD`` for ``Organisation for Economic Co-operation and Development``), a
  Chinese body's abbreviation keeping its characters in order, its first and its head noun's
  (``国家发改委`` for
  ``国家发展和改革委员会``, ``人社部`` for ``人力资源和社会保障部``);
- round 13d: a body's name without the state's before it (``教育部`` for ``中华人民共和国教育部``), its name in
  another language (``世界银行`` for ``World Bank``, from the table ``data/bodies.tsv``), the full name where
  the list prints the acronym (``World Health Organization`` for ``WHO``); a two-character Chinese name
  padded to three in a list (``梁　晨``, ``孙  立``); a German name's umlaut written out (``Mueller`` for
  ``Müller``) and pinyin's ü as v or yu (``Lv``, ``Lyu`` for ``Lü``).
- a Chinese name and its pinyin (:func:`is_pinyin_of`): a Chinese author's English work is listed as
  ``WANG N``, ``Wang, N.`` or ``WU Zhihui`` and cited in a Chinese text as ``王宁（1999）``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

# A family name's particles, as they stand before it ("van der Berg", "dos Santos", "de Mel"; the
# Philippines' "dela Cruz", "Dela Rosa").
PARTICLES = ("van", "von", "de", "des", "der", "den", "du", "da", "das", "di", "do", "dos", "del",
             "della", "dela", "le", "la", "ten", "ter", "zu")
PARTICLE = "(?:" + "|".join(PARTICLES) + ")"
# ...also capitalised, as some write them ("Van Reenen", "De Loecker", "Dos Santos").
PARTICLE_ANY_CASE = "(?:" + "|".join(f"[{p[0]}{p[0].upper()}]{p[1:]}" for p in PARTICLES) + ")"
# ...and in capitals, as GB/T's 2015 edition prints names ("VAN DER BERG H").
PARTICLE_CAPS = "(?:" + "|".join(p.upper() for p in PARTICLES) + ")"

# The country of a translated author, before the name in a Chinese list ("〔美〕", "［日］", "(英)").
NATION = re.compile(r"^\s*[〔［\[【（(][\u4e00-\u9fff]{1,2}[〕］\]】）)]\s*")
# The dot between the parts of a translated name ("保罗·萨缪尔森"), as texts print it.
DOTS = "·•・‧∙⋅"
_DOT_RE = re.compile(f"[{DOTS}]")

_ONE_LETTER = {"’": "'", "‘": "'", "`": "'", "ʼ": "'", "＇": "'", "‐": "-", "‑": "-", "－": "-"}
# Full-width letters and digits ("２０１６", "ＯＥＣＤ"), one character for one: positions stay.
_FULL_WIDTH = {chr(0xFF10 + i): chr(0x30 + i) for i in range(10)}
_FULL_WIDTH.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FULL_WIDTH.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
HALF_WIDTH = str.maketrans(_FULL_WIDTH)
_LETTERS = str.maketrans({**_ONE_LETTER, **_FULL_WIDTH})


_ANY_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def half_width(text: str) -> str:
    """``text`` with full-width letters and digits made ASCII, one character for one (the common text
    that holds none is given back as it is: a scan costs far less than a translation)."""
    return text.translate(HALF_WIDTH) if _ANY_FULL_WIDTH.search(text) else text


def fold(name: str) -> str:
    """A name to compare: no braces, no accents, one apostrophe and hyphen, lower case."""
    name = name.replace("{", "").replace("}", "").strip().translate(_LETTERS)
    name = unicodedata.normalize("NFKD", name)
    return "".join(c for c in name if not unicodedata.combining(c)).lower()


_HAN = re.compile(r"[\u3400-\u9fff]")


@functools.lru_cache(maxsize=4096)
def simplified_name(name: str) -> str:
    """A Chinese name in Simplified script (OpenCC's ``t2s``), to compare a name a list prints in
    Traditional script with the text's Simplified one ("林惠寧" and "林惠宁", "臺灣大學" and "台湾大学");
    a name without Han characters is given back as it is."""
    return _t2s().convert(name) if _HAN.search(name) else name


def simplified_text(text: str) -> str:
    """``text`` in Simplified script (OpenCC's ``t2s``, as :func:`simplified_name`), one character for one,
    so that a place found in it is the same place in ``text``: a Traditional article's citations are read
    as a Simplified one's ("Cervero 與 Kockelman（1997）", "（參見…）"). Where a phrase of the table changes a
    text's length, each character is converted alone (one that would become two stays as it is)."""
    if not _HAN.search(text):
        return text
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(s := _t2s().convert(c)) != 1 else s for c in text)


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_LATIN_INITIALS = re.compile(r"^(?:[A-Za-z]\.\s*-?)+\s*")


def family_key(name: str) -> str:
    """The part of a name a citation gives: a translated name's last part ("〔美〕理查德·K. 霍尔顿"
    and "理查德·霍尔顿" are "霍尔顿"), without the country before it; folded (:func:`fold`)."""
    name = NATION.sub("", name.replace("{", "").replace("}", ""))
    if _DOT_RE.search(name) and _HAN.search(name):
        name = _DOT_RE.split(name)[-1]
        name = _LATIN_INITIALS.sub("", name.strip())  # "K. 霍尔顿": the middle initial goes
        name = re.sub(r"\s+", "", name)
    return fold(name)


_SMALL_WORDS = frozenset({"of", "for", "and", "on", "the", "in", "de", "des", "du", "la", "le", "et", "&"})


def acronym(name: str) -> str:
    """A body's acronym from its name's capitalised words ("World Health Organization" → "WHO";
    "Organisation for Economic Co-operation and Development" → "OECD"); "" for one word."""
    words = [w for w in re.split(r"\s+", name.strip()) if w and w.lower() not in _SMALL_WORDS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is a body's short name for ``full``: its acronym (``WHO``), or, in Chinese,
    its characters kept in order with the first and the last (``国家发改委``, ``人社部``)."""
    short, full = short.strip(), full.strip()
    if not short or not full or len(short) >= len(full):
        return False
    if re.fullmatch(r"[A-Z]{2,8}", short):
        return acronym(full) == short
    # the head noun stays, shortened maybe ("委" for "委员会"): the last character among the last three
    if not (_HAN.match(short) and len(short) >= 3 and len(full) > 4 and short[0] == full[0] and short[-1] in full[-3:]):
        return False
    rest = iter(full)
    return all(c in rest for c in short)  # each character found after the one before


# A short name the article itself defines for a body, right after its full name: "中华全国工商业联合会
# （以下简称全国工商联）", "国家统计局（简称统计局）", APA's "中国互联网络信息中心[CNNIC]" and "World Health
# Organization [WHO]", or "National Sleep Research Council (NSRC)". The full name is a Chinese run of
# characters or capitalised words; the short one is Chinese after 简称/称 or an acronym in capitals.
_DEFINED = re.compile(
    r"(?P<full>[\u3400-\u9fff]{4,24}|[A-Z][a-z]+(?:\s(?:(?:of|for|on|and|the)\s)*[A-Z][A-Za-z\-]+){1,8})\s*"
    r"(?:[（(]\s*(?:以下)?(?:简称|称)[“\"「]?(?P<han>[\u3400-\u9fff]{2,10})[”\"」]?\s*[)）]"
    r"|[\[［(（]\s*(?P<acr>[A-Z][A-Z\-]{1,9})\s*[\]］)）,，]"
    # APA's short name in square brackets, a Chinese body's Chinese one ("中国社会科学院社会学研究所［社科院社会学所］")
    r"|[\[［]\s*(?P<hanbr>[\u3400-\u9fff]{2,10})\s*[\]］]"
    # ...or in the citation's parentheses before the year ("国家发展委员会（国发会，2021）": APA's first citation
    # of a body in Chinese prose, its short name where its name would stand)
    r"|[（(]\s*(?P<hanyr>[\u3400-\u9fff]{2,10})\s*[,，]\s*(?:1[6-9]|20)\d\d)")

# Where a definition can end: its bracket ("（以下简称…）", "[CNNIC]"); the full name is looked for
# only before one (searching for it everywhere cost more than the rest of an import's reading).
_DEFINED_END = re.compile(
    r"[（(]\s*(?:以下)?(?:简称|称)[“\"「]?[\u3400-\u9fff]{2,10}[”\"」]?\s*[)）]"
    r"|[\[［(（]\s*[A-Z][A-Z\-]{1,9}\s*[\]］)）,，]|[\[［]\s*[\u3400-\u9fff]{2,10}\s*[\]］]"
    r"|[（(]\s*[\u3400-\u9fff]{2,10}\s*[,，]\s*(?:1[6-9]|20)\d\d")
_DEFINED_AT = re.compile(_DEFINED.pattern + r"\Z")
_FULL_NAME_SPAN = 240  # characters: 24 Chinese, or nine capitalised words and their spaces, to spare


def _definitions(text: str):
    """The matches of ``_DEFINED`` in ``text``, as ``finditer`` gives them, found from their brackets."""
    done = 0
    for end in _DEFINED_END.finditer(text):
        m = _DEFINED_AT.search(text, max(done, end.start() - _FULL_NAME_SPAN), end.end())
        if m is not None:
            done = m.end()
            yield m


_BROKEN_HAN = re.compile(r"(?<=[\u3400-\u9fff])[ \t]*\n[ \t]*(?=[\u3400-\u9fff（(\[［])")


def defined_short_names(text: str) -> dict[str, str]:
    """The short names ``text`` defines, each with the full name it stands for (``{"全国工商联":
    "中华全国工商业联合会", "CNNIC": "中国互联网络信息中心"}``); the first definition of a short name
    holds. A Chinese run before the bracket may hold words before the name ("调查显示中华全国工商业联合会"):
    it is kept whole, and a name it ends with is the full name (:func:`stands_for`). A Chinese short
    name keeps characters of the run in order; Western words are cut to those whose acronym it is."""
    out: dict[str, str] = {}
    # (a name broken over a line's end, "中华全国工商业\n联合会"; Traditional script read as Simplified)
    text = simplified_text(_BROKEN_HAN.sub("", half_width(text)))
    for m in _definitions(text):
        full, short = m.group("full"), m.group("han") or m.group("hanbr") or m.group("hanyr") or m.group("acr")
        if m.group("hanyr") and not any(abbreviates(short, full[k:]) for k in range(len(full) - 3)):
            continue  # "经济增长（张三，2015）": a person cited after prose, no short name of a body's
        if m.group("han") or m.group("hanbr") or m.group("hanyr"):
            if not _in_order(short, full):
                continue  # "（以下简称本文）": no short name of the words before it
        elif not _HAN.match(full):
            words = full.split()
            ends = [" ".join(words[i:]) for i in range(len(words)) if acronym(" ".join(words[i:])) == short.replace("-", "")]
            if not ends:
                continue  # "Smith (NSRC)": no words whose acronym it is
            full = ends[-1]  # the fewest words: "World Health Organization", not "the World …"
        out.setdefault(short, full)
    return out


def stands_for(short: str, name: str, defined: dict[str, str]) -> bool:
    """Whether the cited ``short`` is ``name`` by a definition of the article (:func:`defined_short_names`):
    the full name defined for it is ``name`` or ends with it (the words before it in the sentence)."""
    short = simplified_text(half_width(short).strip())
    full = defined.get(short)
    name = simplified_name(name.strip())  # a list in Traditional script (the definitions are read as Simplified)
    if not full or not name or len(name) <= len(short.strip()):
        return False
    if full == name:
        return True
    if _HAN.match(short) and not _in_order(short, name):
        return False  # "全国工商联" is no short name of "工商业联合会"
    return bool(_HAN.match(name)) and full.endswith(name) if _HAN.match(full) else fold(full).endswith(" " + fold(name))


def _in_order(short: str, full: str) -> bool:
    rest = iter(full)
    return all(c in rest for c in short)


# The state's name before a ministry's or a bureau's in a list ("中华人民共和国教育部"), which texts leave out.
STATE = "中华人民共和国"


# A two-character Chinese name padded to the width of three in a list ("梁　晨，2019", "孙  立. (2016)"),
# at the head of an entry or after a separator.
_PADDED = re.compile(r"(?:^|(?<=[,，、]))(\s*[\u3400-\u9fff])[ \u3000]{1,3}(?=[\u3400-\u9fff](?:[\s,，、.．(（:：]|$))")


def unpad(text: str) -> str:
    """``text`` with its padded two-character Chinese names closed up ("梁　晨，2019" → "梁晨，2019")."""
    return _PADDED.sub(r"\1", text) if " " in text or "\u3000" in text else text


@functools.lru_cache(maxsize=1)
def _body_lines() -> tuple[tuple[str, ...], ...]:
    """The names of each body of ``data/bodies.tsv`` (a comment line has none)."""
    text = resources.files("wenxian").joinpath("data/bodies.tsv").read_text(encoding="utf-8")
    return tuple(() if line.startswith("#") or not line.strip() else tuple(line.split("\t"))
                 for line in text.splitlines())


@functools.lru_cache(maxsize=1)
def _body_rows() -> dict[str, int]:
    """Each name of ``data/bodies.tsv``, folded, with the number of its body's line."""
    rows: dict[str, int] = {}
    for number, names in enumerate(_body_lines()):
        for name in names:
            rows.setdefault(fold(name), number)
    return rows


def is_body(name: str) -> bool:
    """Whether ``name`` is a name of a body of ``data/bodies.tsv`` ("经济合作与发展组织", "World Bank")."""
    return fold(name.strip()) in _body_rows()


def names_of_body(name: str) -> tuple[str, ...]:
    """The other names a text may cite a body by: without the state's name before it
    (``教育部`` for ``中华人民共和国教育部``) and, for a body of ``data/bodies.tsv``, its names in the other
    language (``世界银行`` for ``World Bank``)."""
    name = name.strip()
    out: list[str] = []
    if name.startswith(STATE) and len(name) > len(STATE) + 1:
        out.append(name[len(STATE):])
    row = next((r for r in (_body_rows().get(fold(n)) for n in [name, *out]) if r is not None), None)
    if row is not None:
        out += [n for n in _body_lines()[row] if fold(n) != fold(name)]
    return tuple(out)


def same_body(cited: str, printed: str) -> bool:
    """Whether a cited name is a body's whose name the list prints otherwise: a short name of it
    (:func:`abbreviates`), its full name where the list prints the acronym (``World Health Organization``
    for ``WHO``), the name without the state's (``教育部``), or its name in the other language."""
    cited, printed = half_width(cited).strip(), printed.strip()
    if not cited or not printed:
        return False
    if abbreviates(cited, printed) or abbreviates(printed, cited):
        return True
    if printed.startswith(STATE) and (cited == printed[len(STATE):] or abbreviates(cited, printed[len(STATE):])):
        return True
    rows = _body_rows()
    row = rows.get(fold(cited))
    return row is not None and row == rows.get(fold(printed))


# Family names of two characters, which a name of three or four may begin with (the rest being a single
# family name and its given name): the common ones of the Baijiaxing.
_COMPOUND_FAMILIES = frozenset("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 西门 "
                               "南宫 独孤 轩辕 万俟 闻人 澹台 公冶 宗政 濮阳 太史 申屠 钟离 赫连 呼延".split())


def _readings(han: str) -> set[str]:
    """Every pinyin of ``han``, each character in any of its readings ("单" is dan and shan), joined."""
    from pypinyin import Style, pinyin  # tables loaded only where a name needs them

    out = {""}
    for readings in pinyin(han, style=Style.NORMAL, heteronym=True):
        # ü as pypinyin writes it (v), as accents folded leave it (u) and as passports do (yu)
        spelled = {r.lower().replace("ü", "v").replace("v", u) for r in readings for u in ("v", "u", "yu")}
        out = {o + r for o in out for r in spelled}
    return out


def is_pinyin_of(han: str, family: str, given: str = "", one_initial: bool = False) -> bool:
    """Whether the Chinese name ``han`` ("王宁", "欧阳修") is the one written in pinyin with the family
    name ``family`` ("WANG", "Ouyang") and, where ``given`` is not empty, the given name ``given`` in
    full or as initials ("N", "Zhihui", "Z H", "Zh H": a zh, ch or sh kept whole; with ``one_initial``, "Z"
    or "Zh" alone too, the initial of a given name written as one word, as APA's "Sima, Y." for 司马云峰). Any reading of a
    character counts (a family name is often read otherwise than the word: 单 Shan, 曾 Zeng)."""
    han = han.strip()
    if not re.fullmatch(r"[\u3400-\u9fff]{2,4}", han):
        return False
    family = re.sub(r"[\s\-']", "", fold(family))
    cut = 2 if len(han) >= 3 and han[:2] in _COMPOUND_FAMILIES else 1
    if not family or family not in _readings(han[:cut]):
        return False
    given = re.sub(r"[\s\-.'’]", "", fold(given))
    if not given:
        return True
    from pypinyin import Style, lazy_pinyin

    syllables = [s.replace("ü", "v") for s in lazy_pinyin(han[cut:], style=Style.NORMAL)]
    forms = {"".join(syllables), "".join(s[:1] for s in syllables),
             "".join(s[:2] if s.startswith(("zh", "ch", "sh")) else s[:1] for s in syllables)}
    if one_initial:
        # a given name of two syllables written as one word ("Yunfeng") has one initial ("Sima, Y.", as
        # APA prints it): its first letter (or zh, ch, sh) stands for the whole
        forms |= {syllables[0][:1], syllables[0][:2] if syllables[0].startswith(("zh", "ch", "sh")) else ""}
    return given in forms - {""}


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def other_spellings(name: str) -> tuple[str, ...]:
    """How a text may write a name whose letters it lacks, folded: a German name's umlauts written out
    ("Müller" → "mueller"), pinyin's ü as "v" or "yu" ("Lü" → "lv", "lyu"); () for a name without them.
    (Accents alone are dropped by :func:`fold`: "Lü" is "lu" too.)"""
    if not re.search("[äöüÄÖÜß]", name):
        return ()
    out = [fold(name.translate(_UMLAUTS))]
    if re.search("[üÜ]", name):
        out += [fold(re.sub("[üÜ]", v, name)) for v in ("v", "yu")]
    return tuple(out)


# -- a Western name's Chinese transliteration ------------------------------------------------------------
# Chinese humanities and social-science journals write a foreign author's name in Chinese characters and give
# the original with the year at the first citation ("奈达（Nida，1964）", "韦努蒂（Venuti，1995）", "奈达和泰伯
# （Nida & Taber，1969）"), then the Chinese alone ("诺德（1997）"). A transliteration renders the name's
# sounds in order, one syllable a character, so its characters' initial consonants are the name's
# consonants in order (vowels aside): the evidence :func:`transliterates` weighs. Sounds are compared by
# class, as transliteration tables render them: voiced and voiceless stops alike (d/t, b/p, g/k), l for r,
# the sibilants and affricates together, w for v.
_PINYIN_CLASS = {"b": "B", "p": "B", "d": "D", "t": "D", "g": "G", "k": "G", "h": "H", "f": "F", "m": "M",
                 "n": "N", "l": "L", "r": "L", "j": "S", "q": "S", "x": "S", "z": "S", "c": "S", "s": "S",
                 "zh": "S", "ch": "S", "sh": "S", "y": "", "w": "W", "": ""}
# (pinyin's y and a syllable without a consonant render a vowel, and a j sounded as y: "Jakobson" 雅各布森)
# A Western name's letters (folded, lower case) as classes: digraphs first; "" a vowel (or a silent letter).
_LATIN_SOUNDS = (("sch", "S"), ("tsch", "S"), ("ph", "F"), ("th", "DS"), ("sh", "S"), ("ch", "SGH"), ("ck", "G"),
                 ("qu", "G"), ("gh", "G"), ("b", "B"), ("p", "B"), ("d", "D"), ("t", "D"), ("g", "GS"),
                 ("k", "GS"), ("q", "G"), ("c", "GS"), ("f", "F"), ("v", "WFB"), ("w", "WFB"), ("h", "H"),
                 ("j", "SLY"), ("l", "L"), ("r", "L"), ("m", "M"), ("n", "N"), ("s", "S"), ("z", "S"))
MAX_TRANSLITERATION = 6  # characters of one name's transliteration (韦努蒂, 魏敦瑞, 维特根斯坦: 5)
# The characters transliteration tables render foreign names' syllables with (新华社's tables for names, and
# women's names' 娜, 丽, 莎 …; a few of the older conventional names': 魏敦瑞, 韩礼德): a prose word before a
# citation ("直立人", "分析") holds characters that are none of them.
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安昂奥敖巴拜班邦保鲍贝本比彼毕宾波伯博布步查察柴彻楚茨达戴黛丹道德登邓迪蒂丁东都杜敦顿多厄恩尔"
    "法范凡方菲费芬丰冯夫弗伏福富盖甘冈高戈哥格葛根贡古瓜圭哈海汉翰豪赫黑亨洪侯胡华怀惠霍基吉季加贾杰捷金"
    "居卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾累黎里理礼利莉丽列林琳隆娄卢鲁陆路伦罗洛吕马玛迈麦曼"
    "芒毛梅门蒙孟米密敏明缪摩莫默姆穆纳娜奈南内尼妮宁纽努诺欧帕派潘庞佩彭皮珀普奇齐契恰乔切钦琴丘萨塞赛"
    "桑瑟森沙莎尚绍舍申圣施什史舒斯思松苏索塔泰坦汤唐陶特滕提廷通图托瓦万旺威韦维卫温文沃乌伍武西希锡席"
    "夏肖谢辛休修雅亚扬耶伊因英尤于约扎泽詹朱兹卓佐瑞魏芙萝薇娅琼各")


def _latin_sounds(name: str) -> list[str]:
    """The consonants of a Western family name, each as the classes it may be rendered by ("" for a vowel)."""
    word = re.sub(r"[^a-z]", "", fold(name))
    out, k = [], 0
    while k < len(word):
        if word[k] == "x":  # two sounds, k and s ("Marx" 马克思)
            out += ["G", "S"]
            k += 1
            continue
        for letters, classes in _LATIN_SOUNDS:
            if word.startswith(letters, k):
                if not out or out[-1] != classes:  # a double letter is one sound ("Poirier", "Munns")
                    out.append(classes)
                k += len(letters)
                break
        else:  # a vowel (y too, at a word's start a consonant sounded as a vowel by pinyin's y)
            if not out or out[-1] != "":
                out.append("")
            k += 1
    return out


@functools.lru_cache(maxsize=4096)
def _han_sounds(han: str) -> tuple[frozenset[str], ...]:
    """Each character's initial consonant classes (er, 尔, as an r)."""
    from pypinyin import Style, pinyin  # tables loaded only where a name needs them

    out = []
    # (each character's common reading, the one a table chose it for: "立" is li, not wei)
    for readings, initials in zip(pinyin(han, style=Style.NORMAL), pinyin(han, style=Style.INITIALS, strict=False)):
        classes = {_PINYIN_CLASS.get(i, "?") for i in initials}
        if any(r == "er" for r in readings):
            classes.add("L")
        out.append(frozenset(classes))
    return tuple(out)


def transliterates(han: str, name: str) -> bool:
    """Whether the Chinese characters ``han`` may render the Western family name ``name`` ("奈达" Nida,
    "韦努蒂" Venuti, "图里" Toury, "泰伯" Taber): characters of the transliteration tables, the first
    rendering the name's first sound (a vowel by a syllable without a consonant), every later one a later
    consonant of the name in order, or none (a syllable of a vowel alone, y, w)."""
    if not re.fullmatch(rf"[\u3400-\u9fff]{{2,{MAX_TRANSLITERATION}}}", han) \
            or not re.fullmatch(r"[A-Za-z'’\-\u00c0-\u024f]{2,}", name):
        return False
    if not set(han) <= TRANSLITERATION_CHARS:
        return False
    sounds = _latin_sounds(name)
    chars = _han_sounds(han)
    if len(chars) > len(sounds):
        return False
    first = sounds[0]
    if first == "":
        if not chars[0] & {"", "W"}:  # "Eco" 艾柯, "Oakley" 奥克利, "Ulrich" 乌尔里希
            return False
    elif not chars[0] & set(first) and not ("Y" in first and "" in chars[0]):
        return False
    at = 1
    for classes in chars[1:]:
        if classes & {"", "W"}:
            continue  # a vowel's syllable (恩, 厄, 伊) or w's, rendering a vowel or a w
        while at < len(sounds) and not classes & set(sounds[at]):
            at += 1
        if at >= len(sounds):
            return False
        at += 1
    return True


_JOINER_END = re.compile(r"\s*[和与及、]\s*$")


def transliteration_before(text: str, end: int, names: tuple[str, ...] | list[str],
                           others: bool = False) -> tuple[int, list[str]] | None:
    """Where the Chinese transliteration of the Western ``names`` ("Nida", "Taber") that ends at ``end`` in
    ``text`` starts, and each name's Chinese ("奈达和泰伯（Nida & Taber，1969）": 奈达, 泰伯), or None: each
    name rendered (:func:`transliterates`), the later ones set off by 和/与/及/、, 等 for ``others`` (et al.)
    and only then. The first name is the longest run of characters before that renders it."""
    end = len(text[:end].rstrip())
    tail = re.search(r"等人?$", text[:end])
    if bool(tail) != others:
        return None
    if tail:
        end = len(text[:tail.start()].rstrip())
    found: list[str] = []
    for k in range(len(names) - 1, -1, -1):
        family = names[k].split()[-1] if names[k].split() else ""
        hit = None
        for size in range(MAX_TRANSLITERATION, 1, -1):
            start = end - size
            if start >= 0 and transliterates(text[start:end], family) and (
                    k == 0 or _JOINER_END.search(text, 0, start)):
                hit = start
                break
        if hit is None:
            return None
        found.insert(0, text[hit:end])
        if k == 0:
            return hit, found
        end = _JOINER_END.search(text, 0, hit).start()
    return None


_WESTERN = r"[A-Z][A-Za-z'’\-\u00c0-\u024f]+"
# A Chinese run, then Western names and a year in parentheses ("奈达（Nida，1964：159）", "奈达和泰伯（Nida &
# Taber，1969）", "沃尔波夫等（Wolpoff et al.，1984）"): where a transliteration is paired with its original.
# (The parenthesis is matched and the Chinese character before it tested after: a pattern that opens with a
# look-behind is tried at every position of the text, five times the cost on a long article.)
_PAIRED = re.compile(rf"[（(]\s*(?P<names>{_WESTERN}(?:\s*(?:,\s*)?(?:&|and|和|与|及|、|,|，)\s*{_WESTERN})*)"
                     rf"(?P<etal>\s*(?:et\.?\s*al\.?|等))?\s*[,，]?\s*(?:1[6-9]|20)\d\d")
_WESTERN_SPLIT = re.compile(r"\s*(?:,\s*)?(?:&|\band\b|和|与|及|、|,|，)\s*")


def transliterated_names(text: str) -> dict[str, str]:
    """The transliterations ``text`` pairs with Western names at a citation, each with the family name it
    renders ("奈达（Nida，1964）", "奈达和泰伯（Nida & Taber，1969）": {"奈达": "Nida", "泰伯": "Taber"}), so that
    the transliteration cited alone ("诺德（1997）", "（奈达，1964）") is the original's; the first pairing of a
    transliteration holds. Learnt from the text, never guessed: a name the text never pairs has none."""
    out: dict[str, str] = {}
    text = half_width(text)
    for m in _PAIRED.finditer(text):
        end = m.start()
        while end and text[end - 1].isspace():
            end -= 1
        if not end or not "\u3400" <= text[end - 1] <= "\u9fff":
            continue  # (no Chinese run before the parenthesis)
        names = [n for n in _WESTERN_SPLIT.split(m.group("names")) if n]
        lead = transliteration_before(text, end, names, bool(m.group("etal")))
        if lead is None:
            continue
        for han, name in zip(lead[1], names):
            if not is_pinyin_of(han, name):  # a Chinese author's own name is no transliteration to learn
                out.setdefault(han, name)
    return out
