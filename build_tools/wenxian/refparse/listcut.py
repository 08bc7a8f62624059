"""Cutting a reference list as it really stands in an article into entries.

Real lists are not clean: labels damaged by OCR (``[i9]``, ``B1]``, ``[s]``),
no labels at all (APA, Chicago), entries wrapped inside a URL or DOI
(``https:`` / ``//doi.org/…``), a Chinese entry followed by its English
translation, and, after the list, the authors' biographies or the English
title and abstract; in text from a PDF, the page's number and running head
between two entries and URLs spaced out (``https : / / doi . org / …``). The
decisions are in small tests, each on one line: :func:`label_of` (does an
entry start here, with which number), :func:`is_translation` (is this the
previous entry again, in English), :func:`ends_list` (is this no longer the
list; a heading, also "本文参考文献", or a sub-heading inside the list,
:data:`SUBHEADING`, is skipped), in a numbered list :func:`_between_entries` (is an unlabelled
line after a finished entry a note, sub-heading or running head — an aside, reported — the
entry going on, or an entry whose label was lost) and, in a list without labels, :func:`_starts_entry` (does an author
list — or an author-year head, "Name, I. (2019)" — open a new entry here).

A list without labels is cut on the evidence of its own lines, in this order: a head that opens an entry by its form
(names and the year, "Name, I. (2019)"; names and a colon, "Family, Given: »Title«", "Family, Given/Family, Given
(Hgg.):"; a dash for the names of the entry above, "———.", "– »Title«"), after an entry that reads finished (a year,
a final full stop); the back-references that close each entry of a list that prints them ("Citado na p. 36."); then,
in a second cut, what the first showed of the list (:func:`cut_list`): the form its names are printed in, learned
from the lines that opened entries (:func:`name_form`: "FAMILY, I." in capitals or small capitals spaced out, "Given
Family," given names first), and whether its entries end with their year ("Berlin 2004, 151–161.", "USA 1960."), after
which a line opening with a capital opens the next. What stands under the heading before the first entry and reads as
prose (a note on the list), the document's text above the heading where the line after the heading opens in the
list's form and no line above did, and an annotation under a finished entry (a paragraph of prose, no names in the
list's form: :func:`_annotation_at`, up to the next entry's head) are no entry's text; pages' numbers a page apart are
no labels (:func:`_bare_labels`).
"""

from __future__ import annotations

from collections import Counter
import re
import unicodedata
from dataclasses import dataclass, field, replace

from wenxian.cjk import has_cjk
from wenxian.namekeys import NATION, PARTICLE, is_pinyin_of
from wenxian.refparse.entryhead import IN_PRESS_ZH_RE
from wenxian.refparse.fragments import LATIN_CAPITALS, LATIN_SMALL, half_width
from wenxian.refparse.text import (close_small_caps, close_spaced_identifiers, close_spaced_urls, join_wrapped,
                                   without_soft_hyphens)

# (and the same in Portuguese, Spanish, French, German: "Referências", "Referencias", "Références", "Bibliografia",
# "Literatur", "Literaturverzeichnis", "Quellen- und Literaturverzeichnis")
# (…numbered as a section, "3 Reference bibliography", "7. References", as a thesis or a manual numbers it)
HEADING = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:本\s*文\s*|主\s*要\s*)?参\s*考\s*文\s*献"
                     r"|references|reference\s+(?:list|bibliography)|bibliography"
                     r"|refer[êeé]ncias?|références|bibliograf[ií]a|bibliographie"
                     # (…and with their adjective: "Referências Bibliográficas", "Références bibliographiques")
                     r"|(?:refer[êeé]ncias?|références|referencias)\s+bibliogr[áa](?:f|ph)(?:icas|iques)"
                     r"|(?:works|literature|sources)\s+(?:cited|consulted)|参考資料"
                     r"|literatur(?:verzeichnis)?|(?:quellen-\s*und\s*)?literaturverzeichnis|quellenverzeichnis"
                     r"|(?:verwendete|zitierte)\s+literatur)\W*$", re.IGNORECASE)
# A heading letter-spaced by the PDF ("R E F E R E N C E S", "B I B L I O G R A P H Y") or set in small
# capitals split after its first letter ("R EFERENCES"): single letters apart, or one capital before
# the rest.
_SPACED_LETTERS = re.compile(r"^\W*(?:[^\W\d_](?:\s+[^\W\d_]){3,}|[A-Z]\s[A-Z]{4,})\W*$")


def is_heading(text: str) -> bool:
    """Whether the line is a reference list's heading, letter-spaced or not."""
    text = text.strip()
    return bool(HEADING.match(text) or (_SPACED_LETTERS.match(text) and HEADING.match(re.sub(r"\s+", "", text))))


# A sub-heading inside a list ("其它参考文献示例（引自文献 …）", "Further references"): a few words
# around "参考文献" before any area separator, with no type code, label or URL — not an entry.
SUBHEADING = re.compile(r"^\s*[^\s\d\[\]［］【】.。,，:：;；/]{0,8}参\s*考\s*文\s*献[^\[\]［］.。/]{0,60}$"
                        r"|^\s*(?:further|additional|other|more)\s+(?:references|reading)\b[^.]{0,40}$",
                        re.IGNORECASE)
# A label, possibly damaged: "[12]", "［3］", "【3】", "12.", "[i9]" (1 read as i), "B1]" ([ read as B).
# (…and a number closed by a parenthesis, as JPSJ and the Japanese journals print it: "1) L. Lamport: …")
_LABEL = re.compile(r"^\s*(?:(?P<open>[\[［【(（]|B(?=[\dilIsSoO|]{1,3}[\]］】]))\s*(?P<n>[\dilIsSoO|]{1,3})"
                    r"\s*[\]］】)）]|(?P<dot>\d{1,3})\s*[.．、](?!\d)|(?P<paren>\d{1,3})\)(?=\s))\s*")
_OCR_DIGITS = str.maketrans({"i": "1", "l": "1", "I": "1", "|": "1", "s": "5", "S": "5",
                             "o": "0", "O": "0"})
# A copyright line: the page's footer, after the list.
_COPYRIGHT = re.compile(r"^\s*(?:Copyright\b|©|\(c\)\s*(?:1[89]|20)\d\d)", re.IGNORECASE)
# After the list: biographies, the English abstract or key words, a journal's field labels, a
# copyright footer.
_END = re.compile(
    r"^\s*(?:作\s*者\s*简\s*介|通\s*讯\s*作\s*者|收\s*稿\s*日\s*期|基\s*金\s*项\s*目|Abstract\b|Key\s*-?\s*words\b"
    r"|Copyright\b|©"
    r"|About the authors?\b|致\s*谢|Acknowledge?ments?\s*$"
    # (…or as the run-in heading of the paragraph after the list, as the AMS styles set it: "Acknowledgments. We are …")
    r"|Acknowledge?ments?\.\s+[A-Z])"
    r"|^\s*\S{2,4}[（(]\s*\d{4}\s*[—–-]+\s*[)）]\s*[，,]\s*[男女]"
    # …and in English: "ZHANG San (1985-), male, …", "Li Si (1990–), female, …".
    r"|^\s*[A-Z][A-Za-z\-]+(?:\s[A-Z][A-Za-z\-]+){1,2}\s*\(\s*\d{4}\s*[—–-]+\s*\)\s*,\s*(?:fe)?male\b")
# What follows a list in a document and is no entry: a figure's or table's caption ("图 21. 文献表…",
# "Figure 3: …"), an appendix heading ("附录 A …", "Appendix B 外文资料…"), the index. In a
# numbered list such a line with the next label after it is a running head (an aside); otherwise
# the list has ended (:func:`_after_list`).
_AFTER_LIST = re.compile(
    r"^\s*(?:(?:图|表|Fig(?:ure)?\.?|Table)\s*\d{1,3}(?:[.\-–]\d{1,3})*\s*[.:：．]?\s*(?=[^\W\d_])"
    r"|(?:附\s*录|Appendix|APPENDIX)(?:\s*[A-Z\d一二三四五六七八九十]\b|\s*$|\s+[^\W\d_])"
    r"|(?:关键词索引|索\s*引|Index)\s*$)")
# An English title alone on its line: capitalised words, no digit, no final period.
_TITLE_LINE = re.compile(r"^[A-Z][^\d.:/\[\]]*(?:\s+[A-Za-z][^\s\d./]*){2,}$")
_IN_LANGUAGE = re.compile(r"\(\s*in\s+(?:Chinese|Japanese|Korean)\s*\)\.?\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_OLD_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")  # a year, early prints too
_NUMBERS = re.compile(r"\d+")
_CODE_LETTERS = re.compile(r"\[([A-Z]{1,2})(?:/OL)?\]")
_FIRST_NAME_HAN = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})[,，、.．\s]")
_FIRST_NAME_LATIN = re.compile(r"^\s*([A-Za-z]+(?:[ \-][A-Za-z]+){0,3})[,.]")
_ENTRY_END = re.compile(r"(?:[.。]|\d|[)）]|[.。][\]］])\s*$")
_DOI_LINE = re.compile(r"^\s*(?:DOI\s*[:：]|(?:https?://)?(?:dx\.)?doi\.org/)\s*10\.\d", re.IGNORECASE)
_CONTINUES = re.compile(r"^\s*(?:[a-z0-9/(（:：,，;；.)\]–\-]|//|et al)")
# An author-year entry's head: names, then the first parenthesis of the line
# holds the year ("Bergeson, S. (2019, January 4).", "KS in NJ. (2019)",
# "W. J. Kennedy and R. E. Garrison (1975a)", "Brown, B. (in press)", a body's acronym after its name:
# "Federal Highway Administration (FHWA) (1991)"). APA 7 tells one author's undated works apart by
# a letter after a hyphen ("Dewitt, L. (n.d.-a).", "(in press-b)"). APA names a role in parentheses after the
# names ("American Psychological Association (Producer). (2000).") and dates a collection by its years
# ("Allport, G. W. (1930–1967)."); biblatex dates a work by its day and month in the language of the list ("Baez,
# J. C. et A. D. Lauda (27 oct. 2004a).", "(juin 1950).", "(3 fév. 2016)."; not a journal's issue, "Studies 29 (July 2003): 365–85"),
# and German journals' author-date lists by the month and a colon before the title ("Abels, S. und Beenken, P. (Nov. 2004): Amatex").
_YEAR_HEAD = re.compile(
    r"^\s*(?:[dDlL][’']|" + PARTICLE + r"\s){0,3}[A-Z\u4e00-\u9fff][^()]{0,200}?\s?(?:\([A-Z]{2,10}\)\s)?(?:\((?:(?:Eds?|eds?|Hrsg|Trans)\.|"
    r"(?:Executive )?Producers?|Directors?|Writers?|Hosts?|Composer|Narrator|Photographer|Artist|Speaker"
    r"|with [^()]{2,60})\)\.?\s?)?"  # (APA's "Bulatao, E. (with Winford, C. A.). (n.d.).")
    r"\((?:c|ca\.\s?)?(?:(?:\d{1,2}(?:er)?\s)?[^\W\d_]{3,9}\.?\s(?=(?:1[5-9]|20)\d\d[a-z]?\)(?:\.|:\s+(?!\d+(?:\s*[–\-,]\s*\d|\.?\s*$)))))?(?:(?:1[5-9]|20)\d\d[a-z]?(?:[–-](?:1[5-9]|20)\d\d)?"
    r"(?:,[^()]{0,30}|\sversion)?|in press(?:-[a-z])?|n\.\s?d\.(?:-[a-z])?|" + IN_PRESS_ZH_RE + r")\)")
# A Chicago author-date head: names (or a title) and the year as a sentence of its own
# ("Stendhal [Marie Henri Beyle]. 1925. ", "Schweitzer, Albert. (1911) 1966. ", "Twain, Mark. n.d. ",
# "van Herwijnen, Eric. 1988. ").
_DATE_HEAD = re.compile(
    r"^\s*(?:" + PARTICLE + r"\s){0,3}[A-Z\u4e00-\u9fff].{0,200}?\.\s(?:\(\d{4}\)\s)?(?:(?:1[5-9]|20)\d\d[a-z]?"
    r"(?:[–-]\d{2,4})?\.|n\.\s?d\.|[Ff]orthcoming\.|[Ii]n [Pp]ress\.)(?:\s|$)")  # (the line may end after the year: the title wrapped)
# (…or the words of a work not yet dated in the year's place: "Chen, Wei. Forthcoming. “…”.")
# An entry that leaves out the names of the entry before (the same authors): econ.bst's "(2004) “…”",
# "ed. (2009) …", "eds. (1985) …"; Chicago's 3-em dash "———. 2004. …"; one em dash in the
# economics journals' styles ("— (1999b). …", "—. 1959. …").
_NAMES_DASH = r"(?:—{1,3}|–{2,3}|-{3,})"
SAME_AUTHORS = re.compile(r"^\s*(?:(?:eds?\.|trans\.)\s*)?\((?:1[5-9]|20)\d\d[a-z]?\)\s+\S"
                          rf"|^\s*{_NAMES_DASH}(?:\s*\[[^\[\]]{{1,40}}\])?\s*(?:,\s*(?:eds?|trans)\.)?\s*\.\s"
                          rf"|^\s*(?:{_NAMES_DASH}|–)\s+\((?:1[5-9]|20)\d\d[a-z]?\)"
                          # the dash, a comma and the year, as the Chinese law and social-science journals'
                          # author-date lists print it ("——，2017b：《…》", "——, 2020, …")
                          rf"|^\s*{_NAMES_DASH}\s*[,，]\s*(?:1[5-9]|20)\d\d[a-z]?\s*[,，:：.。]"
                          # Springer's one en dash ("– (1907) De Anima."); a dash the PDF's text lost
                          # (". “Pottery, Poetry …”": SBL's 3-em dash)
                          r"|^\s*\.\s+[“\"A-Z]"
                          # German "Ders.:", "Dies.:" ("the same", as biblatex-dw prints the author of the entry above)
                          r"|^\s*(?:Ders|Dies|Derselbe|Dieselbe)\.?:\s+\S")
# Springer's author-year head: family names with their initials packed after them, set off by
# commas ("Bertram A, Wentworth R (1996)", "Brandt A von, Hoffmann E (1987)", "Almendro JL et al.
# (1998)"), or one name alone ("Aristotle (1877)", "CMS (2003)"), then the year in parentheses, maybe
# with its day ("(Oct. 27, 2004a)"). Its entries end without a full stop ("…Clarendon Press, Oxford").
_SPRINGER_NAME = r"[A-Z][^\W\d_]+(?:[\-’'][A-Z]?[^\W\d_]+)*(?:\s[A-Z]{1,3}(?:\s(?:von|van|de|da|di|le))?)"
# …and Chinese names (a body's too) where such a style prints Chinese items: "王晓峰 (2018) 区域…",
# "郑凯, 许冬 (2021) …", "国家统计局（2022）…".
_CJK_NAME = r"[\u3400-\u9fff][\u3400-\u9fff·•]{0,15}"
SPRINGER_HEAD = re.compile(
    rf"^\s*(?:(?:{_SPRINGER_NAME}(?:,\s{_SPRINGER_NAME})*(?:,?\set\sal\.?)?|[A-Z][^\W\d_]+)\s\("
    rf"|{_CJK_NAME}(?:(?:[,，]\s?|、){_CJK_NAME})*(?:[,，]?\s?等)?\s?[(（])"
    r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s)?(?:1[5-9]|20)\d\d[a-z]?[)）]\s*\S")
_SPRINGER_OPEN_END = re.compile(r"(?:\b(?:in|by|of|and|the|ed|eds|trans)\.?|[,:;&(–—-])$")
# MLA's entries without names: a title in quotation marks ("“Azimuthal Equidistant Projection.”
# Merriam-Webster’s …"), an unsigned review ("Review of …"), or a body's name of capitalised words
# ("American Medical Association. The …", "Bayerische Akademie der Wissenschaften. Allgemeine …").
_NO_NAMES_START = re.compile(r"^\s*(?:[“\"][A-Z]|Review of\s"
                             r"|[A-Z][^\W\d_]+(?:\s(?:of\s|for\s|and\s|der\s|des\s|de\s|du\s|la\s)?[A-Z][^\W\d_]+){1,4}\.\s+[A-Z“]"
                             # ...or its acronym ("BBC. “Blair Announces …”")
                             r"|[A-Z]{2,6}\.\s+[A-Z“])")
# The names of the entry before left out as a sentence of their own: Chicago's 3-em dash ("———. Materials
# …"), maybe in a bibliographer's brackets ("[——— ]. Vestiges …": the attribution is supplied).
_DASH_SENTENCE = re.compile(rf"^\s*(?:{_NAMES_DASH}|\[\s*{_NAMES_DASH}\s*\])\s*\.\s+[“\"\[(]?[A-Z]")
# One dash and a space for the names of the entry above, then the title, its quotation mark or the editors' mark
# (biblatex-fiwi, the German humanities' styles: "– »Fiction about the Future« (1938). In: Ders.: …", "– (Hg.):
# Handbuch …", "– Das Durchdrehen der Schraube. …"): after a finished entry, no title's dash wrapped to a line's start.
# (An en dash: GOST sets an em dash between an entry's areas, "— ISSN 1818-796X.", "— Vol. 78, no. 3. —".)
ONE_DASH = re.compile(r"^\s*–\s+(?!(?:ISSN|ISBN|Vol|No|URL|pp?|S|С|Т)\b)(?=[»«›‹„“\"]|\((?:Hg|Hgg|Hrsg|eds?|Eds?)\.\)|["
                      + LATIN_CAPITALS + r"])")
_DASH_YEAR = re.compile(rf"^\s*(?:{_NAMES_DASH}|–)\s+\((?:1[5-9]|20)\d\d[a-z]?\)")
# ...or some of them: a dash for each name the entry shares with the one before, in its place,
# then the others ("— and G ERTLER , M. (1995)", "—, — and G ILCHRIST, S.", "—, S MITH , S. and …").
SOME_SAME_AUTHORS = re.compile(rf"^\s*{_NAMES_DASH}(?:\s*,\s*{_NAMES_DASH})*\s*(?:,|\band\b|&)\s*(?=[^\W\d_])")
# The end of a URL that is complete (it does not stop after "/", "-" or "."), an FTP address's too, or
# of a DOI after its label, as APA 6 prints it ("doi:10.1045/january2003-smith").
_URL_END = re.compile(r"(?:(?:https?|ftp)\s?:\s?/\s?/|www\.|\b(?i:doi)\s?:\s?10\.\d{4,9}/)\S*[\w)]$")
# Where the document cited the entry, as biblatex's backref option prints it after each entry
# ("(cit. on p. 67).", "(cited on pages 9, 10)", "(引用页: 3)"), or abntex2cite's ("Citado na página 42.",
# "Citado 2 vezes nas páginas 35 e 49."), or biblatex-abnt's ("Citado na p. 36.", "Citado nas pp. 15, 25."): the
# document's, not the work's.
BACKREF = re.compile(r"\s*(?:[(（]\s*(?:cit(?:\.|ed)\s+on\s+(?:pp?\.|pages?)|引用页\s*[:：]?|被引页\s*[:：]?)\s*"
                     r"[\d\s,，–—-]+[)）]|Citado\s+(?:\d+\s+vezes\s+)?nas?\s+(?:páginas?|pp?\.)\s*\d+(?:(?:,|\s+e)\s+\d+)*)"
                     r"\s*\.?\s*$", re.IGNORECASE)
# The rest of a back-reference wrapped to the next line ("Citado 2 vezes nas páginas 35" / "e 44.").
_BACKREF_TAIL = re.compile(r"^\s*(?:(?:,|e|and)\s*)?\d+(?:(?:,|\s+e|\s+and)\s+\d+)*\s*[.)）]?\s*$")
_BACKREF_OPENS = re.compile(r"[(（]\s*cit(?:\.|ed)\s+on\s|\bCitado\s+(?:\d+\s+vezes\s+)?nas?\s+p", re.IGNORECASE)
# A line with nothing but a number in a list is the page's number (a label has its brackets or dot).
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")
# The page's furniture between two entries: its number set between marks ("· 45 ·", "— 45 —", "- 45 -"),
# a running head in capitals beside the page's number ("147 JOURNAL OF APPLIED STUDIES", "ECONOMIC
# INQUIRY 23"), or a Chinese journal's head with its issue ("经济研究 2021 年第 5 期", "第 50 卷 第 3
# 期 · 45 ·") — no punctuation of an entry's fields in it.
_DECORATED_PAGE = re.compile(r"^[·•∙\-–—]\s*\d{1,4}\s*[·•∙\-–—]$")
_CAPITALS_HEAD = re.compile(r"^(?:\d{1,4}\s+[A-Z][A-Z&\-]*(?:\s+[A-Z&\-]+)+|[A-Z][A-Z&\-]*(?:\s+[A-Z&\-]+)+\s+\d{1,4})$")
_ISSUE_STAMP = re.compile(r"(?:1[89]|20)\d\d\s*年\s*第\s*\d{1,2}\s*期|第\s*\d{1,3}\s*卷\s*第\s*\d{1,2}\s*期")
_FIELD_MARKS = re.compile(r"[.,，。;；:：\[\]()（）/]")
# A running head in any case with the page's number set apart from it by a rule or a wide gap ("Alex Ball
# | 11", "10 | The dccpaper bundle", "Reading lists as they stand   243"): a few words, none of an entry's
# field marks or digits.
_RULED_HEAD = re.compile(r"^(?:\d{1,4}(?:\s*\|\s*|\s{2,})[^\W\d][^\d|.,;:()\[\]/]{2,60}"
                         r"|[^\W\d][^\d|.,;:()\[\]/]{2,60}?(?:\s*\|\s*|\s{2,})\d{1,4})$")


def page_furniture(text: str) -> bool:
    """Whether the line is the page's number or running head printed between two entries (the
    page's number alone is :data:`_PAGE_NUMBER`'s): a number between marks, a head in capitals
    beside its page number (no year: "NATURE 2019" is a name and a year), a Chinese journal's head
    with its year and issue and none of the marks an entry's fields are set off by."""
    text = text.strip()
    if _DECORATED_PAGE.match(text):
        return True
    if _CAPITALS_HEAD.match(text):
        return not re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", text)
    if _RULED_HEAD.match(text):
        return len(text.split()) <= 10
    return bool(_ISSUE_STAMP.search(text)) and not _FIELD_MARKS.search(_ISSUE_STAMP.sub("", text))


# An address going on: the entry so far ends inside a URL or DOI (no space since its start) and the line
# is one token of an address's characters ("…/10.5555/STROKEA" / "HA.117.017887", "…/thesis-" / "class").
_OPEN_LINK = re.compile(r"(?:https?://|ftp://|www\.|doi\.org/|\b10\.\d{4,9}/)\S*$", re.IGNORECASE)
_LINK_TAIL = re.compile(r"^[\w.\-/~%?=&#+@]+$", re.ASCII)


def link_goes_on(previous: str, text: str) -> bool:
    """Whether ``text`` is the rest of the URL or DOI that ``previous`` ends in, wrapped to a line of
    its own (a bare number is the page's, decided before)."""
    return bool(_OPEN_LINK.search(previous) and _LINK_TAIL.match(text.strip()) and not _PAGE_NUMBER.match(text.strip()))
# A sub-heading opened by the section sign ("§ CTAN 上的其它网络资源："); "§ 12" wrapped to a line's start
# is a statute's section, the entry's.
# A date with its time of day, as a draft's footer prints it ("DRAFT 2016-12-31 22:30").
_STAMP = re.compile(r"\b(?:1[89]|20)\d\d-\d\d-\d\d[ T]\d{1,2}:\d\d\b")
_SECTION_SIGN = re.compile(r"^\s*§(?!\s*\d)")
# A line of marks alone — arrows or bullets set in the margin ("⇓", "↓ ↓") — holds no entry's text.
_MARKS_ONLY = re.compile(r"^[\s\u2190-\u21ff\u2794-\u27bf\u25a0-\u25ff\u2022]+$")
# Two to six words in capitals, nothing else: a running head (the list's heading, "RIFERIMENTI ITALIANI").
_CAPITALS_LINE = re.compile(r"^[A-Z" + LATIN_CAPITALS + r"]{2,}(?:['’\-][A-Z" + LATIN_CAPITALS + r"]+)*"
                            r"(?:\s+[A-Z" + LATIN_CAPITALS + r"]{2,}(?:['’\-][A-Z" + LATIN_CAPITALS + r"]+)*){1,5}$")
# A word alone on its line, no period: a heading, not an entry's start.
_LONE_WORD = re.compile(r"^\W?[^\W\d_]+$")
# Prose, not entries: a paragraph of the document's text has the words of sentences ("is", "this",
# "can", "we"), which titles in a list have few of.
_PROSE_WORDS = re.compile(r"\b(?:is|are|was|were|be|been|this|these|that|it|its|can|will|would|which|we|you|our"
                          r"|here|there|also|used|using|has|have|not)\b", re.IGNORECASE)


# A sub-heading's words: two to four in sentence case, no digit, no mark of a sentence or a field ("Secondary
# literature", "Primary sources"); not a body's name wrapped before the rest of its head, each word capitalised
# ("American Psychological" / "Association. (2010).").
_SHORT_SUBHEADING = re.compile(r"^\s*[^\W\d_][^\W\d_’'\-]*(?:\s+[^\W\d_A-Z" + LATIN_CAPITALS + r"][^\W\d_’'\-]*){1,3}\s*$")


# The marks a list sets before some entries (APA's asterisk for the studies of a meta-analysis).
ENTRY_MARKS = ("∗", "*", "＊")
_MARK_ALONE = "∗"
# A sentence of words alone: no digit, bracket or colon, six words or more, a final stop.
_LIST_NOTE = re.compile(r"^\s*[A-Z][^\W\d_]*(?:\s[^\W\d_](?:[^\W\d_]|[’'\-])*,?){5,40}\.\s*$")


def _heads_after(texts: list[str], index: int, within: int = 1) -> bool:
    """Whether one of the next ``within`` lines with text after ``index`` opens an author-year entry."""
    following = [t for t in texts[index + 1:index + 1 + 3 * within] if t.strip()][:within]
    return any(opens_author_year_entry(t) for t in following)


def _prose(text: str) -> bool:
    """Whether ``text`` reads as a paragraph of prose: many words, and among them at least one in
    twelve a word of sentences (entries' titles have a few at most)."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 30 and len(_PROSE_WORDS.findall(text)) * 12 >= len(words)


# The page's number and the document's page count in the footer: "5/5", "12 / 30".
_PAGE_OF = re.compile(r"^(\d{1,4})\s?/\s?(?!0)\d{1,4}$")
# A running head: a short line of words, no year, no digit but a name's note mark ("F. Last1 et al."), no address.
_RUNNING_HEAD = re.compile(r"^(?!.*(?:1[5-9]|20)\d\d)(?!.*://)[^\W\d_][^\d:;]{0,50}?(?:\d(?:,\d)*)?[^\d:;]{0,30}$")
# A section's number alone on its line ("5.2") inside a list divided into sections.
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}$")
# ... unless the line before stops inside a token ("…-0781-" / "4" is a DOI cut at its hyphen).
_BROKEN_END = re.compile(r"[-/:,]$")
# ...but after a URL's scheme ("https:") comes "//", never a digit: a number there is the page's.
_SCHEME_END = re.compile(r"(?i)\b(?:https?|ftp):$")
_TYPE_CODE = re.compile(r"\S\s*\[[A-Z]{1,2}(?:/OL)?\]")
# A GB/T author-year head: "YOUNG M, STONE J, 2008." — names with initials, then the year.
_GBT_YEAR_HEAD = re.compile(
    r"^\s*[A-Z][A-Za-z'’\-]+(?: [A-Z]{1,3})+(?:, [A-Z][A-Za-z'’\-]+(?: [A-Z]{1,3})+)*(?:, et al\.?)?,"
    r" (?:1[5-9]|20)\d\d[a-z]?\.")
# What kind of work an entry is, in brackets before its names ("[dataset] Kaul, H. & Rumpf, A. (2021).").
DESCRIPTION_FIRST = re.compile(r"^\s*\[(?:data\s?set|software|computer program|preprint|video|audio|map)\]\s+", re.IGNORECASE)
# A name (a body's: "OECD", "World Bank") and the year after it, as the economics journals' styles
# open an entry ("OECD, 2019, OECD Employment Outlook 2019 …"); a journal's name is followed by its
# volume, not a year and a comma (GB/T puts the year after the journal only in a numbered list).
# (No abbreviation: "J. Chem." / "Phys., 1996, 104(5)" is a journal's name wrapped.)
# (A body and its divisions, each a sentence, as the Harvard styles name a government's: "Great Britain.
# Ministry of Defence, 2004.", "Great Britain. Parliament. House of Commons, 1988.")
_NAME_YEAR_HEAD = re.compile(r"^\s*[" + LATIN_CAPITALS + r"](?:[^\W\d_]|[’'&\-])*(?: (?:[^\W\d_]|[’'&\-])+){0,6},\s*"
                             r"(?:1[5-9]|20)\d\d[a-z]?[,.](?:\s|$)")
# (each of its words capitalised but "of", "the", "and", "for": not a wrapped line "Press. Original edition, 1971.")
_BODY = r"[" + LATIN_CAPITALS + r"][^\W\d_]*(?: (?:of|the|and|for|[" + LATIN_CAPITALS + r"][^\W\d_]*)){0,6}"
_BODY_DIVISIONS_YEAR = re.compile(r"^\s*" + _BODY + r"(?:\. " + _BODY + r"){1,3},\s*(?:1[5-9]|20)\d\d[a-z]?[,.](?:\s|$)")
# A law report's or an official journal's year in brackets, then its series, as the Harvard and OSCOLA styles cite a
# case or a regulation: "Alessandrini Srl and others v. Commission (C-295/03 P) [2005] ECR I–5700.", "Council
# Regulation (EC) 1984/2003 of 8 April 2003 … [2003] OJ", "Donoghue v Stevenson [1932] AC 562": no entry's
# wrapped line opens with a capital and holds one, a new entry opens with it.
_LAW_REPORT = re.compile(r"^\s*[A-Z][^\[\]]{2,240}?\[(?:1[5-9]|20)\d\d\]\s+[A-Z]{2,}\b")
# A family name after its lower-case particles, then its initials or given name ("de Mel, S., D.
# McKenzie, and C. Woodruff, 2008, …", "van Praag, C. M., and …"): an entry's head, though it opens
# in lower case as an entry's tail does.
# (…or GB/T's initials without points after it: "de Vries M, Restrepo P, 2001.")
_PARTICLE_NAME = re.compile(r"^\s*(?:" + PARTICLE + r"\s){1,3}"
                            r"[A-Z][^\W\d_]+(?:[\-’'][A-Z]?[^\W\d_]+)*(?:,\s(?:[A-Z]\.|[A-Z][a-z]+\b)"
                            r"|(?:\s[A-Z]{1,3})+[,.])")
# A source's fields at a line's start: a name, maybe the year, then volume (issue) and pages after a colon
# ("Chemical Physics Letters, 1994, 224(10):260-266.", "经济研究, 4: 011.") — no names and a year open so.
_SOURCE_FIELDS = re.compile(r"^\s*[^\d,，.。]{2,80}[,，]\s*(?:(?:1[5-9]|20)\d\d[a-z]?[,，]\s*)?\d+\s*(?:[(（]\d+[)）])?\s*[:：]\s*\d")
# …or a journal, its volume and issue without a comma ("PLOS ONE 14(1) 2019, e0209899.", "经济研究 56(4) 2021,
# 45–61."), and an imprint's place with its state before the publisher ("Washington, DC: National Bureau …",
# "Austin, TX: UTCS …"), wrapped to a line's start: no names open so.
_SOURCE_VOLUME_ISSUE = re.compile(r"^\s*[^\d,，.。:：()（）]{2,80}?\s?\d+\s?[(（]\d+[)）]")
_WRAPPED_IMPRINT = re.compile(r"^\s*[A-Z][A-Za-z.\- ]{1,40},\s(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.)\s?:\s*\S")
_SOURCE_START = re.compile(r"^\s*[A-Z][A-Za-z’'&\- ]{1,80},\s*\d")
# (Capitals of Cyrillic names too: GOST's "Гуриев С., Цывинский О."; names a bibliographer supplied, in
# brackets: "[Bronn, Heinrich Georg]. Review of …")
_AUTHOR_START = re.compile(
    r"^\s*(?:\[(?=[^\[\]]{2,60}\]\.\s))?(?:[A-ZА-ЯЁ](?:[^\W\d_]|['’\-])+(?: [a-z]{1,3})?(?:,| [A-ZА-ЯЁ]{1,3}[ ,.]| [A-ZА-ЯЁ][a-zа-яё]+,"
    r"| (?:[A-ZА-ЯЁ][^\W\d_]+ ){1,2}[A-ZА-ЯЁ]{1,3}[ ,.])"
    r"|[" + LATIN_CAPITALS + r"][" + LATIN_CAPITALS + r"\-]+ [" + LATIN_CAPITALS + r"]"
    r"|[\u4e00-\u9fff]{1,6}[,，.、 ]|[\u4e00-\u9fff]{2,}(?:\.|．))")


@dataclass
class ListItem:
    """One entry of the list: its number (None without labels), text, first line (1-based)."""

    number: int | None
    text: str
    line: int
    translation: str | None = None
    translation_line: int | None = None
    label: str | None = None  # the label as printed, when it was damaged
    review: str | None = None  # what the cutting could not decide (a URL's words closed up)
    why: str = ""  # the evidence this entry was cut on ("label [3]", "an author-year head after a finished entry")


@dataclass
class CutList:
    items: list[ListItem]
    trailing_line: int | None = None  # first line after the list that is not a reference
    # Lines inside a labelled list that are no entry and no part of one (notes, sub-headings,
    # running heads: "源代码：CTAN: …", "宏包、模版", "Appendix A"), by line number.
    asides: list[int] = field(default_factory=list)


def label_of(line: str, expected: int | None) -> tuple[int, str, int] | None:
    """``(number, printed label, end of label)`` if ``line`` opens an entry.

    A damaged label counts only where the list expects its next number, or
    when its letters read as digits give a number.
    """
    m = _LABEL.match(line)
    if not m:
        return None
    printed = m.group(0).strip()
    if m.group("dot") or m.group("paren"):
        return int(m.group("dot") or m.group("paren")), printed, m.end()
    digits = m.group("n")
    read = digits.translate(_OCR_DIGITS)
    damaged = read != digits or m.group("open") == "B"
    if m.group("open") in "(（" and not digits.isdigit():
        return None
    if not read.isdigit():
        return None
    number = int(read)
    if damaged and expected is not None and number != expected:
        # "[i5]" where 5 is due: OCR read one character too many; trust the sequence.
        if str(expected) not in (read, read[-1:], read[-2:]):
            return None
        number = expected
    return number, printed, m.end()


def ends_list(line: str) -> bool:
    return bool(_END.match(line))


# The note an English entry ends with when the work is in another language, misspelt too ("(in Japaneese)").
_IN_OTHER_LANGUAGE = re.compile(r"[(（]\s*in\s+[A-Z][a-z]+\s*[)）]\.?\s*$")
# A Chinese or Japanese entry's head: names in CJK before "・", "，", "：" or a space.
_CJK_HEAD = re.compile(r"^\s*[\u3040-\u30ff\u4e00-\u9fff]{1,6}(?:\s[\u3040-\u30ff\u4e00-\u9fff]{1,4})?[・，,：:、\s]")


def is_translation(line: str, previous: str) -> bool:
    """Whether ``line`` is the English version of the entry ``previous`` (Chinese), or the Chinese or Japanese
    version of the English entry ``previous`` (as IEEJ prints a Japanese work: the English entry, then the same in
    Japanese, one entry)."""
    if has_cjk(line) and not has_cjk(previous):
        return _cjk_version(line, previous)
    if has_cjk(line) or not has_cjk(previous):
        return False
    if re.match(r"^\s*(?:https?:|www\.|//|doi\b|10\.\d)", line, re.IGNORECASE) or len(
            re.findall(r"[A-Za-z]{2,}", line)) < 3:
        return False  # a wrapped URL or DOI, not a translation
    if _IN_LANGUAGE.search(line):
        return True
    years = set(_YEAR.findall(previous))
    same_year = bool(years & set(_YEAR.findall(line)))
    numbers = set(_NUMBERS.findall(previous)) - years
    shared = numbers & set(_NUMBERS.findall(line))
    if same_year and len(shared) >= 2:
        return True  # volume, issue or pages repeated
    # A book or a thesis has no numbers but its years: the same type code, every year again,
    # and the first author's name in pinyin ("邬志辉…[M]…2020." / "WU Zhihui…[M]…2020.").
    codes = set(_CODE_LETTERS.findall(previous))
    return bool(same_year and years <= set(_YEAR.findall(line)) and codes & set(_CODE_LETTERS.findall(line))
                and _same_first_author(previous, line))


def _cjk_version(line: str, english: str) -> bool:
    """Whether ``line``, opening as a CJK entry's names, is the version of ``english`` in Chinese or Japanese: the
    same year and the same volume, issue or pages ("Vol.15, No.10, p.21 (2019-12)" / "Vol.15，No.10，p.21（2019-12）"),
    or, after an entry that says its work is in another language ("(in Japanese)"), the same year and no number of
    its own (a book: "1st ed., Japanese Publisher (2010)" / "初版，日本語出版（2010）")."""
    if not _CJK_HEAD.match(line) or re.match(r"^\s*(?:https?:|www\.|doi\b|10\.\d)", line, re.IGNORECASE):
        return False
    years, line_years = set(_YEAR.findall(english)), set(_YEAR.findall(line))
    if not line_years or not line_years <= years:
        return False
    numbers, line_numbers = set(_NUMBERS.findall(english)) - years, set(_NUMBERS.findall(line)) - line_years
    if len(numbers & line_numbers) >= 2:
        return True
    return bool(_IN_OTHER_LANGUAGE.search(english)) and line_numbers <= numbers


def _same_first_author(chinese: str, english: str) -> bool:
    """Whether ``english`` opens with the first name of ``chinese`` in pinyin: the family name
    in any of its readings ("单" shàn), the given name whole ("WU Zhihui") or as initials
    ("Wu Z H")."""
    han, latin = _FIRST_NAME_HAN.match(chinese), _FIRST_NAME_LATIN.match(english)
    if not han or not latin:
        return False
    words = latin.group(1).split()
    return len(words) > 1 and is_pinyin_of(han.group(1), words[0], "".join(words[1:]))


def _join(parts: list[str]) -> str:
    return close_small_caps(close_spaced_urls(close_spaced_identifiers(join_wrapped(parts))))


def _url_review(parts: list[str]) -> str | None:
    """What to check in an entry whose URL the PDF spaced out between the words of its file name."""
    guessed: list[str] = []
    close_spaced_urls(close_spaced_identifiers(join_wrapped(parts)), guessed)
    if not guessed:
        return None
    return (f"the URL {guessed[0]!r} was spaced out in the PDF's text between the words of its file name and "
            "was closed up: what stood between them (often '_') may be lost; check it against the document")


# The most text an author-year list has for each of its heads, and a numbered list for each of its labels
# (characters; see cut_list). Over the corpus, wrapped again or not: numbered lists have 87–230
# characters a label, lists that are not numbered 490 or more (855 and more where a line opens with a
# number: a volume, a page); author-year lists 120–280 characters a head, other lists 318 or more.
HEAD_SPACING = 300
LABEL_SPACING = 400


def cut_list(lines: list[str], first_line: int = 1) -> CutList:
    """The entries of a reference list given as its physical lines.

    ``first_line`` is the number of ``lines[0]`` in the file. A heading line
    before the first entry is skipped; the list ends at the first line that
    :func:`ends_list`, or at a run of Latin lines after a labelled list that
    is followed by such a line (an English title before its abstract).

    A list without labels is cut twice: the entries the first cut opened show the form the list prints its
    names in (:func:`name_form`: "FAMILY, I." in capitals, small capitals spaced out by the PDF included, or
    "Given Family," given names first); where most of them share one, a line opening with names of that form
    opens an entry too in the second cut, after an entry that is finished (given names first) or dated and not
    left open (capitals, which no title or imprint wrapped to a line's start is set in).
    """
    cut = _cut_list(lines, first_line)
    if cut.items and all(item.number is None for item in cut.items):
        texts = [unicodedata.normalize("NFC", line.rstrip()) for line in lines]
        form = name_form([texts[item.line - first_line] for item in cut.items if 0 <= item.line - first_line < len(texts)])
        # (…and whether the list's entries end with their year, "Berlin 2004, 151–161.", "Daniel Haller, GB 1965.": then
        # a line after one so ending opens an entry, where it opens with a capital, a digit or a quotation mark)
        dated_ends = len(cut.items) >= 3 and sum(1 for item in cut.items if _DATED_END.search(item.text)) >= (
            NAME_FORM_SHARE * len(cut.items))
        if form or dated_ends:
            return _cut_list(lines, first_line, form, dated_ends)
    return cut


# The forms a list without labels prints its entries' names in, at a line's start: a family in capitals and an
# initial ("ADAMS, P.", "VAN GIGCH, J. P.", small capitals spaced out by the PDF: "K NUTH , D. E.", "T ÉRRIFIC , T."),
# or given names first, then the family (double surnames, particles, "y"/"e" between two names), a body's
# abbreviation in brackets maybe, and the comma ("Ignacio Bosque y Violeta Demonte,", "V. Martínez Sicluna,", "Real
# Academia Española [RAE],").
_NAME_WORD = r"[" + LATIN_CAPITALS + r"][" + LATIN_SMALL + r"]+(?:-[" + LATIN_CAPITALS + r"][" + LATIN_SMALL + r"]+)?"
_JOINS = r"(?:\s(?:" + PARTICLE + r"|y|e|i|and|und))*"
NAME_FORMS = {
    "capitals": re.compile(r"^\s*(?:" + PARTICLE + r"\s)?[" + LATIN_CAPITALS + r"](?:\s?[" + LATIN_CAPITALS
                           + r"’'\-]){1,30}\s?,\s[" + LATIN_CAPITALS + r"]\."),
    "given first": re.compile(r"^\s*(?:(?:[" + LATIN_CAPITALS + r"]\.\s?){1,3}" + _NAME_WORD + rf"(?:{_JOINS}\s{_NAME_WORD}){{0,3}}"
                              rf"|{_NAME_WORD}(?:{_JOINS}\s(?:{_NAME_WORD}|[" + LATIN_CAPITALS + r"]\.)){1,8})"
                              r"(?:\s\[[" + LATIN_CAPITALS + r"]{2,8}\])?,\s"),
}
NAME_FORM_SHARE = 0.6  # of the entries' first lines, at the fewest, in one form (and three at least)


def name_form(first_lines: list[str]) -> str | None:
    """The form (a key of NAME_FORMS) most entries of a list without labels open in, by their first lines; None
    where no form holds for NAME_FORM_SHARE of them and three at least."""
    for form, pattern in NAME_FORMS.items():
        hits = sum(1 for line in first_lines if pattern.match(line))
        if hits >= 3 and hits >= NAME_FORM_SHARE * len(first_lines):
            return form
    return None


# An entry's end with its year last, maybe its pages or the original's year after it, and its full stop ("Berlin 2004,
# 151–161.", "Chicago 1973/1964.", "Frankfurt a. M 1634).", "USA, HBO 2003– .").
_DATED_END = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d[a-z]?(?:/\d{2,4})?(?:–\s?)?(?:[,:]\s*\d+(?:\s*[–\-]\s*\d+)?)?\)?\s*\.$")
_OPENS_WORK = re.compile(r"^\s*(?:[" + LATIN_CAPITALS + r"\d]|[»«„“\"])")
def _annotation_at(texts: list[str], index: int) -> bool:
    """Whether the paragraph that opens at ``index`` (its lines up to a blank line or a head, eight at most) reads as
    prose: an annotation under an entry, not the entry going on (nor names wrapped before their year)."""
    first = texts[index].strip()
    if (_names_only(first) and not _PROSE_WORDS.search(first) and first.count(",") * 3 >= len(first.split())) or (
            DESCRIPTION_FIRST.match(first)) or len(first.split()) < 8 or _head_ahead(
            first, _lines_after(texts, index, 3)):
        return False  # (names, or a head, wrapped: the next entry; an annotation's first line is a long one of prose)
    block: list[str] = []
    for t in texts[index:index + 8]:
        if not t.strip() or (block and (opens_author_year_entry(t) or _COLON_HEAD.match(t) or any(
                pattern.match(t) for pattern in NAME_FORMS.values()))):
            break  # (to a blank line or the next entry's head)
        block.append(t.strip())
    if any(_OLD_YEAR.search(t) or "://" in t for t in block):
        return False  # (an entry has its year or address; an annotation says what the work is)
    words = re.findall(r"[^\W\d_]+", " ".join(block))
    # (an abstract names its subject's features more than a paragraph does: one word of sentences in twenty-five
    # words is enough, where a title has none)
    return len(words) >= 30 and len(_PROSE_WORDS.findall(" ".join(block))) * 25 >= len(words)


def _in_form(text: str, form: str | None) -> bool:
    """Whether ``text`` opens with names in the list's form: names and their colon, or the form learned."""
    return bool(_COLON_HEAD.match(text) or (form and NAME_FORMS[form].match(text)))


def _form_after(texts: list[str], index: int, form: str | None) -> bool:
    """Whether the next line with text after ``index`` opens with names in the list's form."""
    return any(_in_form(t, form) for t in _lines_after(texts, index, 1))


_LEFT_OPEN = re.compile(r"(?:[,:;&(/\-]|and|und|In|in)$")


def _opens_in_form(form: str, text: str, previous: str) -> bool:
    """Whether ``text`` opens an entry with names in the list's ``form``, after the entry ``previous`` so far."""
    if not NAME_FORMS[form].match(text) or _LEFT_OPEN.search(previous.rstrip()):
        return False
    return form == "capitals" or (_complete(previous) and previous.rstrip().endswith("."))


def _cut_list(lines: list[str], first_line: int = 1, name_form: str | None = None, dated_ends: bool = False) -> CutList:
    """:func:`cut_list`'s one cut, ``name_form`` the form learned from the first (None: none yet), ``dated_ends``
    whether its entries end with their year."""
    # (composed, NFC: a PDF's text layer may give "DĚŤA" as "E" and a combining caron, which no
    # pattern of a name's letters reads as one)
    texts = without_soft_hyphens([unicodedata.normalize("NFC", line.rstrip()) for line in lines])
    alpha = _alpha_labels(texts)
    for k, index in enumerate(sorted(alpha), 1):
        # Labels made of the names and the year ("[Knu86]", "[OPHS18]", "[wik18]"), as BibTeX's alpha style prints
        # them: read as the list's numbers in order, the printed label kept with its entry.
        texts[index] = f"[{k}]" + texts[index][_ALPHA_LABEL.match(texts[index]).end():]
    printed_labels = sum(1 for t in texts if label_of(t, None))
    # The list's labels are the form whose numbers run 1, 2, 3, … furthest: printed ("[1]", "1.", "(1)", "1)"),
    # set apart by space alone ("1 Lee K, Zhang W. …", a hanging label's tab as pdftotext gives it), or alone
    # on their line (AIP's "1" / "R. A. Allen, …"). A page number or a volume wrapped to a line's start
    # ("179.") is a printed "label" out of the sequence: it does not make the list's labels printed ones.
    in_order = _sequence_length(hit[0] for t in texts if (hit := label_of(t, None)))
    spaced = _spaced_labels(texts)
    bare = _bare_labels(texts)
    label_lines: dict[int, int] = {}  # a line given the label printed alone on the line above it: that line
    if len(spaced) > in_order and len(spaced) >= len(bare):
        # (read as the "[1]" they stand for: a bare number out of the sequence is then no label)
        for index in spaced:
            texts[index] = _SPACED_LABEL.sub(r"[\1] ", texts[index], count=1)
        printed_labels, bare = len(spaced), set()
    elif len(bare) > in_order:
        unmoved = list(texts)
        # (each read as the "[1]" it stands for, put before the line it labels — the entry keeps the label's line;
        # a printed "label" out of the sequence, "179.", is then none)
        for index in sorted(bare):
            # (past the page's running head or number a page break put between the label and its text)
            below = next((k for k in range(index + 1, len(texts)) if texts[k].strip() and not (
                page_furniture(texts[k].strip()) or _PAGE_NUMBER.match(texts[k].strip()))), None)
            if below is None:
                continue
            texts[below] = f"[{texts[index].strip()}] {texts[below].strip()}"
            texts[index] = ""
            label_lines[below] = index
        printed_labels = len(bare)
    else:
        bare = set()
    # A numbered list: a label for every LABEL_SPACING characters of text or fewer (a measure that holds
    # however narrow the column the list was wrapped to: per line, a list wrapped again to a column
    # half as wide stopped being numbered), or labels running 1, 2, 3, … in order.
    # Its numbers go up one by one at least every other time (numbers at lines' starts out of order —
    # volumes, pages — are no labels).
    labels = printed_labels
    hits = [hit for t in texts if (hit := label_of(t.strip(), None))]
    first = next((k for k, t in enumerate(texts) if label_of(t.strip(), None)), len(texts))
    numbers = [hit[0] for hit in hits]
    ascending = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1) * 2 >= len(numbers) - 1
    # (the form the list prints its labels in, "[n]", "n.", "(n)", "n)": a number out of the sequence printed
    # otherwise is no label — a page "209." or "(4)." wrapped to a line's start in a list labelled "1)" or "[1]")
    form = Counter(_label_form(hit[1]) for hit in hits).most_common(1)[0][0] if hits else ""
    heads_above = any(_YEAR_HEAD.match(t) or _DATE_HEAD.match(t) or _GBT_YEAR_HEAD.match(t) for t in texts[:first])
    labelled = (labels >= max(1, len([t for t in texts if t.strip()]) // 4) or _in_sequence(texts) or (
        bool(labels) and ascending and sum(len(t.strip()) for t in texts) <= LABEL_SPACING * labels
        and not heads_above) or (len(bare) >= 3 and not heads_above)) and not (label_lines and heads_above)
    notes_at = None  # numbers alone on their lines after an author-year list: its notes, after its end
    if label_lines and not labelled:
        texts, label_lines, notes_at = unmoved, {}, min(bare)
    # (numbers alone on their lines running 1, 2, 3, … each before text are labels however long the entries
    # under them: a numbered author-year style, "3" / "Fowler, H.W. (1903) …")
    # (…and no author-year entry above its first label: numbered notes after an author-year list.)
    groups: list[dict] = []
    asides: list[int] = []
    back_referenced = not labelled and sum(1 for t in texts if _BACKREF_OPENS.search(t)) >= 3
    # An author-year list: its entries open with names and the year ("Duvant, G. and Lions, J. L. (1972)."),
    # so a finished sentence without a year that does not ("Dunod, Paris, France (in French).", "Whittier,
    # Calif.") goes on with the entry above.
    # It is told by its heads: five at least, one for every HEAD_SPACING characters of text or fewer (a
    # measure that holds however narrow the column, as the labels' above).
    heads = sum(1 for t in texts if opens_author_year_entry(t) or SAME_AUTHORS.match(t))
    heads_only = not labelled and heads >= 5 and sum(len(t.strip()) for t in texts) <= HEAD_SPACING * heads
    last_page: int | None = None
    page_top = False  # the lines after the page's number, before the next entry or text of one
    furniture: set[int] = set()  # the page's running heads and numbers between marks, by line number
    trailing = None
    expected = 1
    seen_heading = False
    section_above = False  # a section's heading in capitals seen above the list's heading
    in_section = False  # inside a "§" sub-heading of a numbered list (until the next label)
    note_open = False  # the line before was a note between entries ending with a colon ("文档：CTAN:")
    in_note = False  # inside a note in brackets between entries, not yet closed ("[Periodical, …" / "omitted]")
    annotation: list[str] | None = None  # the lines of an annotation under an entry of a list without labels
    last_line = None  # the number of the last line with text
    for index, raw in enumerate(texts):
        number_in_file = first_line + index
        text = raw.strip()
        if not text:
            continue
        if index == notes_at and groups:
            trailing = number_in_file
            break
        # (the page's furniture is no aside of the entries': an address goes on after it)
        after_aside = bool(asides) and asides[-1] == last_line and last_line not in furniture
        last_line = number_in_file
        if in_note and labelled and not _label_in_list(text, expected, form):
            # A note in brackets between numbered entries goes on up to its closing bracket.
            asides.append(number_in_file)
            in_note = "]" not in text
            continue
        in_note = False
        if note_open and _NOTE_PATH.fullmatch(text):
            # The path a note between entries names, on a line of its own ("文档：CTAN:" /
            # "info/lshort/english/lshort.pdf"): the note's, not the entry's (it would run into its URL).
            asides.append(number_in_file)
            note_open = False
            continue
        note_open = False
        if _MARKS_ONLY.match(text):
            continue  # marks from the margin ("⇓"), no letter or digit: no entry's text
        if groups and _PAGE_NUMBER.match(text) and (
                not _BROKEN_END.search(_join(groups[-1]["parts"])) or int(text) == (last_page or -1) + 1
                or _page_break_around(texts, index) or _SCHEME_END.search(_join(groups[-1]["parts"]))):
            # The page's number; after a line stopping inside a token ("…-0781-" / "4") only
            # when it is the page after the last one seen (a URL ending in "/" / "18" after "17"), or
            # when the page's break shows around it (a blank line, the running head).
            last_page = int(text)
            page_top = True
            continue
        if page_top and groups and heads_only and _complete(_join(groups[-1]["parts"])) and _RUNNING_HEAD.match(text) and (
                not _starts_entry(text, _join(groups[-1]["parts"]), labelled, heads_only, _lines_after(texts, index))) and any(
                opens_author_year_entry(t) for t in _lines_after(texts, index, 3)):
            # After the page's number, between a finished entry and the next head of an author-year list: the next
            # page's running heads, short lines without a year or an entry's marks ("Titre de l’article (French)",
            # "F. Last1 et al.").
            asides.append(number_in_file)
            furniture.add(number_in_file)
            continue
        page_top = False
        if groups and _PAGE_OF.match(text) and not _BROKEN_END.search(_join(groups[-1]["parts"])):
            asides.append(number_in_file)  # the page's number and the pages' count, "5/5", after an entry
            furniture.add(number_in_file)
            continue
        if groups and page_furniture(text):
            asides.append(number_in_file)
            furniture.add(number_in_file)
            continue  # the page's number between marks, or its running head
        if is_heading(text) and not seen_heading and groups and all(g["number"] is None for g in groups) and (
                section_above or _prose(" ".join(_join(g["parts"]) for g in groups)) or any(
                    _SOURCE_CODE.search(_join(g["parts"])) for g in groups) or all(
                    not re.search(r"://", joined := _join(g["parts"])) and not _OLD_YEAR.search(joined) for g in groups)
                or (not labelled and _heads_after(texts, index, 3) and not any(
                    opens_author_year_entry(_join(g["parts"])) for g in groups))
                or (not labelled and _form_after(texts, index, name_form) and not any(
                    _in_form(g["parts"][0], name_form) for g in groups))):
            # (…or the line after it opens an entry in the list's form, names and their colon or the form learned,
            # while none of the lines above it opened in that form: the document's paragraphs above, which may cite
            # "Müller (2010)" as a head would)
            # (…or lines above it of which none opens as an entry, while an author-year entry opens right after it:
            # "Compiled on 3. Januar 2023 for DTK 2022-04", the document's date line, is no entry; within three lines, as
            # a first entry's head may be one no pattern reads: "Hàn Thế Thành (Mai 2004):")
            # The list's first heading after unlabelled lines without a year or a URL (a running
            # head comes after entries, which have a year or an address; the paragraph above
            # may have numbers, "14 = 2 · 7"), or after prose (which may cite "Lamport (1986)") or a manual's
            # example source ("@jurisdiction{srl2005,", "year = {2005},", "\\fullcite"): the text above it.
            groups = []
        if is_heading(text) and not seen_heading and groups and labelled and groups[0]["number"] != 1 and not any(
                b["number"] == (a["number"] or -2) + 1 for a, b in zip(groups, groups[1:])) and _next_label(
                texts, index, 1, form) == 1:
            # The list's heading with its first entry, 1, after it, and above it numbered lines that do not run on
            # (a two-column page's entries 11–25 set before the heading do): the document's ("3. LaTeX and
            # related issues", a section's heading before the list's).
            groups = []
        if is_heading(text) or _SECTION_NUMBER.match(text) or (SUBHEADING.match(text) and (
                not groups or _complete(_join(groups[-1]["parts"])))):
            seen_heading = seen_heading or is_heading(text)
            continue  # the heading, or a page's running head inside the list
        if not seen_heading and (not labelled or not groups) and (ends_list(text) or _after_list(texts, index, labelled, expected) or (
                groups and _capitals_heading(texts, index, _join(groups[-1]["parts"])))) and any(
                is_heading(t) for t in texts[index + 1:]):
            # "Acknowledgement" or "Appendix A1: …" above the list's heading ("References" comes after
            # it, as in a journal that sets its appendices first), or a section's heading in capitals
            # ("ACKNOWLEDGEMENTS" after a table of citation commands, MNRAS's guide): the document's text
            # before the list, not its end.
            groups = []
            # (…and what follows a section's heading in capitals up to the list's heading is that section's
            # text: "DATA AVAILABILITY" / "The inclusion of …" / "REFERENCES")
            section_above = section_above or not (ends_list(text) or _after_list(texts, index, labelled, expected))
            continue
        if seen_heading and not groups and not labelled and _SHORT_SUBHEADING.match(text) and _heads_after(texts, index):
            continue  # a sub-heading under the list's heading, before its first entry ("Secondary literature")
        if seen_heading and not groups and not labelled and _LIST_NOTE.match(text) and not opens_author_year_entry(
                text) and _heads_after(texts, index):
            # A note on the list under its heading, before the first author-year entry ("References marked with an
            # asterisk indicate studies included in the meta-analysis.", APA's): no entry.
            asides.append(number_in_file)
            continue
        if not groups and not labelled and (_PAGE_NUMBER.match(text) or _LONE_WORD.match(text)):
            continue  # the page's number or a section's one-word title ("@article") above the first entry
        if labelled and groups and _COPYRIGHT.match(text) and (after := _next_label(texts, index, expected, form)) and (
                after >= expected):
            # The page's copyright footer with the list's numbers going on after it (a two-column page's entries
            # [26]–[31] on the next page, after [10]): the page's furniture, not the list's end.
            asides.append(number_in_file)
            furniture.add(number_in_file)
            continue
        if ends_list(text) or _after_list(texts, index, labelled, expected, form) or (
                not labelled and groups and _capitals_heading(texts, index, _join(groups[-1]["parts"]))):
            trailing = number_in_file
            if _COPYRIGHT.match(text) and groups:
                # The page's footer ends here: the lines of its block above the copyright line
                # ("CTEX FAQ （常见问题集） v0.4 beta", after a blank line) are no part of the entry.
                block = _block_above(texts, index)
                parts = groups[-1]["parts"]
                if block and len(parts) > len(block) and parts[-len(block):] == block:
                    del parts[-len(block):]
                    trailing -= len(block) + sum(1 for t in texts[index - len(block):index] if not t.strip())
            break
        found = _label_in_list(text, expected, form) if labelled else None
        if found and found[0] > expected and _next_label(texts, index, expected, form) == expected:
            # A number ahead of the sequence with the sequence going on after it ("209." wrapped to a line's start
            # between "7." and "8."): a page or a volume, no label. (A number again, "[4]" after "[4]", may be a
            # numbered example's; one behind, a list numbered anew.)
            found = None
        current = groups[-1] if groups else None
        if labelled and not found and (in_section or _SECTION_SIGN.match(text)):
            # A sub-heading opened by "§" in a numbered list, and its lines up to the next label
            # ("§ TEX 发行版内置的资源…" / "，可以在本地使用 texdoc 命令" / "查找…："): no entry's.
            in_section = True
            asides.append(number_in_file)
            continue
        in_section = False
        if found and _NOTE_ENTRY.match(text[found[2]:]):
            # A note numbered among the entries, as the physics journals set their footnotes in the list
            # ("4) E-mail address is …", "[5] Electronic address: …"): no work, an aside.
            asides.append(number_in_file)
            expected = found[0] + 1
            continue
        if found:
            number, printed, end = found
            alone = index in label_lines
            groups.append({"number": number, "parts": [text[end:]],
                           "line": first_line + label_lines[index] if alone else number_in_file,
                           "tr": [], "tr_line": None,
                           "label": alpha.get(index) or (
                               printed if not re.fullmatch(r"[\[［【]?\d+[\]］】.．、)]?", printed) else None),
                           "why": f"label {number} alone on its line, next in the sequence" if alone else
                           f"label {alpha.get(index) or printed}"})
            expected = number + 1
            continue
        if (current and not labelled and not seen_heading and len(groups) == 1 and len(current["parts"]) == 1
                and _TITLE_LINE.match(current["parts"][0].strip()) and "," not in current["parts"][0]
                and opens_author_year_entry(text)):
            # The document's title above an author-year list that has no heading ("Unified biblatex
            # style sheet for linguistics" / "Blevins, Juliette. 2004. …"): words alone, no comma,
            # digit or final stop, where the line after opens an entry by its names and year.
            groups, current = [], None
        previous = _join(current["parts"]) if current else ""
        if current and not labelled and current["parts"] == [_MARK_ALONE] and not current["tr"]:
            current["parts"].append(text)  # the entry the mark above stands for
            continue
        if current and not labelled and text.strip() in ENTRY_MARKS and _heads_after(texts, index):
            # A mark alone on its line before an author-year head: the next entry's ("∗" / "Bretschneider, J. G.
            # (1968). …", APA's studies in a meta-analysis, the star set on a line of its own), not the last's end.
            groups.append({"number": None, "parts": [_MARK_ALONE], "line": number_in_file, "tr": [], "tr_line": None,
                           "label": None, "why": "a mark alone on its line before an author-year head"})
            continue
        if (labelled and current and index and not texts[index - 1].strip() and _CAPITALS_LINE.match(text)
                and (after := _lines_after(texts, index, 1)) and _label_in_list(after[0].strip(), expected, form)):
            # Words in capitals alone after the page's break, the next label right after them: the page's running
            # head (the list's heading in capitals, "RIFERIMENTI ITALIANI"), not the end of the entry above — which
            # may end in an address it would run into ("…/ArteLaTeX.pdfRIFERIMENTI").
            asides.append(number_in_file)
            furniture.add(number_in_file)
            continue
        if current and not labelled and annotation is not None:
            after = _lines_after(texts, index)
            if not (opens_author_year_entry(text) or _head_ahead(text, after) or _in_form(text, name_form)
                    or _starts_entry(text, " ".join(annotation), labelled, heads_only, after)):
                annotation.append(text)  # the annotation under the entry goes on
                asides.append(number_in_file)
                continue
            annotation = None
        if current and not labelled and not back_referenced and len(text) == 1 and text.isupper():
            asides.append(number_in_file)  # a letter alone, lost from a logo the PDF drew ("E" of XƎLATEX): no text
            continue
        if current and not labelled and not back_referenced and _complete(previous) and _annotation_at(texts, index) and not (
                opens_author_year_entry(text) or _in_form(text, name_form)
                or _starts_entry(text, previous, labelled, heads_only, _lines_after(texts, index))):
            # (…where the line would not open an entry by itself: "KOLLMANNOVÁ, Ludmila; …, 1991. Angličtina pro" does)
            # An annotation under a finished entry (biblatex-philosophy's abstracts): a paragraph of prose, no names in the
            # list's form; it goes on to the next entry's head, past the page's break.
            annotation = [text]
            asides.append(number_in_file)
            continue
        if current and not after_aside and link_goes_on(_join(current["tr"]) if current["tr"] else previous, text):
            (current["tr"] or current["parts"]).append(text)
        elif current and not current["tr"] and _translation_ahead(texts, index, previous, labelled, expected):
            current["tr"].append(text)
            current["tr_line"] = number_in_file
        elif current and current["tr"] and not _starts_entry(text, _join(current["tr"]), labelled):
            current["tr"].append(text)
        elif current and not labelled and name_form and not back_referenced and _opens_in_form(name_form, text, previous):
            groups.append({"number": None, "parts": [text], "line": number_in_file, "tr": [], "tr_line": None,
                           "label": None, "why": f"names in the list's form ({name_form}) after an entry"})
        elif current and not labelled and _LONE_WORD.match(text) and not texts[index - 1].strip() and _complete(
                previous) and ((nxt := next(iter(_lines_after(texts, index, 1)), "")) and _COLON_HEAD.match(nxt) or (
                    dated_ends and _DATED_END.search(previous) and _DATED_END.search(nxt) and _OPENS_WORK.match(nxt))):
            # A sub-heading of the list after a blank line, between a finished entry and names with their colon
            # ("Sekundärliteratur", "Internetquellen", "Notentexte"), or, where the list's entries end with their
            # year, an entry of one line so ending ("Filmographie" / "12 to the Moon. David Bradley, USA 1960."): no
            # entry's text (not a place wrapped before its state, "Washington" / "DC: World Bank").
            asides.append(number_in_file)
        elif current and not labelled and dated_ends and not back_referenced and _DATED_END.search(current["parts"][-1]) and (
                _OPENS_WORK.match(text)) and not _LONE_WORD.match(text) and not _head_only(previous) and (
                _OLD_YEAR.search(text) or not text.rstrip().endswith(".")):
            # (…a line that holds its year or goes on to the next; one sentence without a year, "Ein book-Eintrag.",
            # is a note under the entry above)
            groups.append({"number": None, "parts": [text], "line": number_in_file, "tr": [], "tr_line": None,
                           "label": None, "why": "after a line ending with its year, as the list's entries end"})
        elif current and not labelled and _complete(previous) and (_COLON_HEAD.match(text) and (
                re.search(r"[,/]", text.split(":", 1)[0]) or not texts[index - 1].strip()
                or re.match(r"\s*[»«›‹]", text.split(":", 1)[1]))) and not (
                opens_author_year_entry(previous) and not _OLD_YEAR.search(text)):
            # (…but in an author-year list a line of that form without a year is the entry's imprint wrapped:
            # "Canberra, Australian Capital Territory: Author.", APA's)
            # Names with their colon after a finished entry: "Müller, Peter: Title …", and after a blank line a
            # name alone, "Aristoteles: De Anima …" (the German humanities' styles; an annotation printed
            # under the entry above may end as an entry does).
            groups.append({"number": None, "parts": [text], "line": number_in_file, "tr": [], "tr_line": None,
                           "label": None, "why": "names and their colon after a finished entry"})
        elif current and ((not back_referenced and not _starts_entry(text, previous, labelled, heads_only,
                                                                      _lines_after(texts, index))) or (
                # A list whose entries close with the document's back-references: an entry goes
                # on until its own ("… Acesso em: 17 fev. 2013." / "Citado na página 48."), and the
                # line after it opens the next ("van GIGCH, J. P.; …", "IBGE. …").
                back_referenced and (not BACKREF.search(previous) or _BACKREF_TAIL.match(text)))) and not (
                labelled and (_complete(previous) or _address_closed(previous, text)) and not _CONTINUES.match(text)):
            current["parts"].append(text)
        elif labelled and (role := _between_entries(text, current is not None, _next_label(texts, index, expected, form),
                                                    expected)) != "entry":
            if role == "part":
                current["parts"].append(text)
            else:
                asides.append(number_in_file)
                note_open = text.endswith((":", "："))
                in_note = bool(_BRACKETED_NOTE.match(text)) and "]" not in text
        else:
            groups.append({"number": None, "parts": [text], "line": number_in_file, "tr": [],
                           "tr_line": None, "label": None,
                           "why": _why_unlabelled(text, previous if current else None, labelled, heads_only,
                                                  back_referenced, _lines_after(texts, index))})
    if trailing is not None and not labelled:
        # An unlabelled list: the English title before the abstract that ended it opened an
        # "entry" of its own; a line with no year just before the end is that title.
        while len(groups) > 1 and trailing - groups[-1]["line"] <= 3 and not _OLD_YEAR.search(
                text := _join(groups[-1]["parts"])) and "n.d." not in text and not groups[-1]["tr"]:
            trailing = groups.pop()["line"]
        # …or it was taken for the last line of the entry before: a line of words alone (no
        # digit, no URL, no final period) after an entry that was finished without it.
        parts = groups[-1]["parts"] if groups else []
        if len(parts) > 1 and _complete(_join(parts[:-1])) and _TITLE_LINE.match(parts[-1].strip()):
            where = max(k for k in range(trailing - first_line) if texts[k].strip() == parts[-1].strip())
            parts.pop()
            trailing = first_line + where
    items = [_inline_translation(ListItem(g["number"], _join(g["parts"]), g["line"], _join(g["tr"]) if g["tr"] else None,
                                          g["tr_line"], g["label"], _url_review(g["parts"]), g["why"]))
             for g in groups]
    if labelled:
        # Unlabelled lines after the last labelled entry (an English title before
        # its abstract) are not the list's.
        while items and items[-1].number is None:
            trailing = items.pop().line
        # …nor is the document's prose above the first entry (which may cite "[16]" at a line's start;
        # an entry labelled 1 is the list's first, whatever text a two-column page ran into it).
        while len(items) > 1 and items[0].number != 1 and _prose(items[0].text):
            asides.append(items.pop(0).line)
        # …nor is any unlabelled text above the entry labelled 1 (a document's title, authors and date above its
        # list, "Test document for software entries" / "Inria Software Citation Working Group" / "August 2, 2022")
        if any(item.number == 1 for item in items):
            while items[0].number is None:
                asides.append(items.pop(0).line)
        asides.sort()
    elif len(items) > 1 and _prose(items[0].text) and not opens_author_year_entry(items[0].text) and not _in_form(
            items[0].text, name_form):
        # A list without labels: a paragraph of prose above its first entry, under its heading (biblatex-philosophy's
        # "This is the primary bibliography of this document and it is typeset in classic style …"), is a note on
        # the list, no entry (an entry's title has a few words of sentences at most).
        asides.append(items.pop(0).line)
        asides.sort()
    if trailing is not None:
        asides = [line for line in asides if line < trailing]
    if alpha:
        # (an alpha list's entries have no number: "[Knu86]" is cited by its label)
        items = [replace(item, number=None) if item.label else item for item in items]
    return CutList(items, trailing, asides)


# An entry's English version in brackets after it, on its lines ("…生态学报, 40(6): 1921-1932. [Liu S T, 2020a.
# Scale effects of …. Acta Ecologica Sinica, 40(6): 1921-1932.]"), as geography and ecology journals print it.
_BRACKETED_TAIL = re.compile(r"\s*[\[［](?P<tr>[^\[\]［］\u3000-\u9fff\uff00-\uffef]{20,}[.。])[\]］]\s*$")


# A Russian translation's entry after the English one, on its lines ("… Volume C of Computers and Typesetting. Д. Е. Кнут
# Все про METAFONT. — ТД “Вильямс”, 2003.", the Russian MetaPost manual's list): after a sentence's end, names in
# Cyrillic (initials first or after), its own title and imprint, a year of its own.
_CYRILLIC_NAME = r"(?:(?:[А-ЯЁ]\.\s?){1,3}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s(?:[А-ЯЁ]\.\s?){1,3})"
_CYRILLIC_TAIL = re.compile(rf"(?<=[.!?])\s+(?P<tr>{_CYRILLIC_NAME}(?:,\s{_CYRILLIC_NAME})*\s[^\n]*?[А-ЯЁа-яё][^\n]*?"
                            r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)[^\n]{0,40}?)\s*$")


def _inline_translation(item: ListItem) -> ListItem:
    """``item`` with the English version it prints in brackets after the Chinese entry made its translation,
    as a translation on a line of its own is (:func:`is_translation`), or with the Russian version it prints after an
    English entry; else ``item`` as it is."""
    tail = _CYRILLIC_TAIL.search(item.text)
    if not item.translation and tail and not re.search(r"[А-ЯЁа-яё]", item.text[:tail.start()]) and _OLD_YEAR.search(
            item.text[:tail.start()]):
        return replace(item, text=item.text[:tail.start()].rstrip(), translation=tail.group("tr"),
                       translation_line=item.line)
    m = _BRACKETED_TAIL.search(item.text)
    if item.translation or m is None or not has_cjk(item.text[:m.start()]):
        return item
    tr, chinese = m.group("tr"), item.text[:m.start()]
    # (the brackets set it apart: a version with every year of the entry and words of its own is one, a
    # book's without pages too — "[Climate Change Center …, 2022. Blue Book … Beijing: Science Press.]")
    years = set(_YEAR.findall(chinese))
    if not (is_translation(tr, chinese) or (years and years <= set(_YEAR.findall(tr))
                                            and len(re.findall(r"[A-Za-z]{2,}", tr)) >= 3)):
        return item
    return replace(item, text=chinese, translation=tr, translation_line=item.line)


def _why_unlabelled(text: str, previous: str | None, labelled: bool, heads_only: bool, back_referenced: bool,
                    after: list[str]) -> str:
    """Why an entry without a printed label opens at ``text`` (``previous``: the entry before, None if
    it is the list's first), for :attr:`ListItem.why`."""
    if previous is None:
        return "the list's first line"
    if labelled:
        return "a numbered list's line after a finished entry, where the labels skip a number or end"
    if back_referenced:
        return "the line after the entry's own back-reference"
    return _entry_start(text, previous, labelled, heads_only, after) or "a line after a finished entry"


def _after_list(texts: list[str], index: int, labelled: bool, expected: int, form: str = "") -> bool:
    """Whether the line at ``index`` — a caption, an appendix heading, the index — is where the
    list has ended. It is weighed with the label sequence: in a numbered list, when the label due
    next comes after it, it is a running head between entries (left to :func:`_between_entries`)."""
    text = texts[index].strip()
    if not _AFTER_LIST.match(text) or label_of(text, expected):
        return False
    return not (labelled and _next_label(texts, index, expected, form) == expected)


# A BibTeX entry's or field's source, or a LaTeX command, as a style's manual prints its examples above the list.
_SOURCE_CODE = re.compile(r"@[a-z]+\s*\{\s*[\w:.\-]+,|^\s*[a-z]+\s*=\s*\{|\\[a-z]{3,}", re.MULTILINE)
_CAPITALS_LINE = re.compile(r"^[A-Z]{2,}(?: [A-Z]{2,}){0,3}$")


def _block_above(texts: list[str], index: int) -> list[str]:
    """The non-blank lines just above ``index`` back to the first blank line (none if no blank
    line comes within three lines)."""
    block: list[str] = []
    for k in range(index - 1, max(-1, index - 5), -1):
        if not texts[k].strip():
            if block:
                return [t.strip() for t in reversed(block)]
            continue
        block.append(texts[k])
        if len(block) > 3:
            return []
    return []


def _capitals_heading(texts: list[str], index: int, previous: str) -> bool:
    """In a list without labels, whether the line at ``index`` is a heading in capitals after it
    ("TABLES", "FIGURES", "APPENDIX"): a few words in capitals alone on their line after a finished
    entry, with no author-year head in the lines that follow (a running head has entries after it)."""
    if not _CAPITALS_LINE.match(texts[index].strip()) or not _complete(previous) or _head_only(previous):
        return False  # (an entry that is its head alone goes on: its title in capitals, "Calvo, J. A. (2004)." / "USING THE …")
    after = [t.strip() for t in texts[index + 1:] if t.strip()][:3]
    return not any(_YEAR_HEAD.match(t) or _DATE_HEAD.match(t) for t in after)


_OPEN_YEAR = re.compile(r"\((?:(?:1[5-9]|20)\d\d[a-z]?,[^()]{0,20}|in)$")
# What names may hold in parentheses besides the year: a handle, a body's acronym ("Souza, Pete (@petesouza).").
_ASIDE_IN_NAMES = re.compile(r"\s*\([^()\d]{1,30}\)")
_NAMES_THEN_YEAR = re.compile(r"^([^()（）]+)[(（](?:c|ca\.\s?)?(?:(?:1[5-9]|20)\d\d[a-z]?|in press|n\.\s?d\.)[,)）]")


def _head_ahead(text: str, after: list[str]) -> bool:
    """Whether ``text`` opens an author-year head by itself or with the lines ``after`` it, as long as
    they hold names only ("Chaves-Morillo, V., Gómez Calero," / "C., Fernández-Muñoz, J. J.," / … /
    "C. (2018). La anosmia …"), or wrapped inside the year's parentheses ("KS in NJ. (2019, January" /
    "15). From …")."""
    run = text
    for k in range(len(after) + 1):
        if opens_author_year_entry(run) or SAME_AUTHORS.match(run) or SPRINGER_HEAD.match(run):
            return True
        year = _NAMES_THEN_YEAR.match(run)  # (names past the head's length, "（2022）" in full width)
        if year and _names_only(year.group(1).strip()):
            return True
        if k == len(after) or (_SENTENCE_END.search(run) and not _YEAR_FIRST.match(after[k])) or not (
                _names_only(_ASIDE_IN_NAMES.sub("", run)) or re.search(r"\((?:1[5-9]|20)\d\d[^()]*$", run)):
            return False  # (names run on over lines that end inside them, not over a finished sentence)
        run = f"{run} {after[k]}"
    return False


def _head_only(text: str) -> bool:
    """Whether an author-year entry so far is its head and nothing after it ("Calvo, J. A. (2004)."):
    names and the year, no title yet."""
    head = _head_at(text)
    return bool(head) and not text[head.end():].strip(" .")


def _in_sequence(texts: list[str]) -> bool:
    """Whether the lines' printed labels run 1, 2, 3, … in order, two at least: a numbered list
    however much text stands around it (an index above it, an example's source code after it —
    then the labels are fewer than a quarter of the lines). Labels out of order (a volume or a
    page number at a line's start) do not make a list numbered, nor do numbered notes after an
    author-year list (a line above the first label opens an author-year entry)."""
    found = [(k, hit[0]) for k, t in enumerate(texts) if (hit := label_of(t.strip(), None))]
    numbers = [n for _, n in found]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return False
    above = texts[:found[0][0]]
    return not any(_YEAR_HEAD.match(t) or _DATE_HEAD.match(t) or _GBT_YEAR_HEAD.match(t) for t in above)


def _sequence_length(numbers) -> int:
    """How far ``numbers`` (labels in the order printed) run 1, 2, 3, …, skipping numbers out of the sequence."""
    expected = 1
    for number in numbers:
        expected += number == expected
    return expected - 1


def _bare_labels(texts: list[str]) -> set[int]:
    """Indexes of lines that hold only a number continuing 1, 2, 3, … with text after them.

    Some styles print the label alone on its line ("1" / "R. A. Allen, …"); pdftotext
    gives it as a line like a page number. Numbers in the sequence are labels; a page
    number out of it ("3" where 14 is due) stays a page number. Three at least, or none.
    Numbers running 1, 2, 3 a page's worth of lines apart each (PAGE_LINES lines with text or
    more between any two) are the pages' numbers of a document that begins with its list
    (biblatex-fiwi's example: "1" … "2" … "3"), no labels: an entry is not so long.
    """
    found: set[int] = set()
    expected = 1
    for index, text in enumerate(texts):
        if not _PAGE_NUMBER.match(text.strip()) or int(text) != expected:
            continue
        after = next((t.strip() for t in texts[index + 1:] if t.strip()), "")
        if after and not _PAGE_NUMBER.match(after):
            found.add(index)
            expected += 1
    at = sorted(found)
    if len(at) >= 3 and all(sum(1 for t in texts[a + 1:b] if t.strip()) >= PAGE_LINES for a, b in zip(at, at[1:])):
        return set()
    return found if len(found) >= 3 else set()


PAGE_LINES = 20  # lines with text on a page at the fewest; no entry runs so long


# The label, then a word: a letter, a quotation mark, or a word opened by digits ("9 21st century heart
# solution …", "4 3D printing …"), or the dashes of the names of the entry before ("2 ———. Title", "4 ---, ed.");
# a number then a space then a number ("12 2002;58(12)") is no label.
_SPACED_LABEL = re.compile(r"^\s*(\d{1,3})\s+(?=[^\W\d_]|[“\"‘'(（]|\d+[^\W\d_]|(?:—|–|-){2,})")


# A label of letters and the year's last digits in brackets, as BibTeX's alpha style makes it from the names: "[Knu86]",
# "[GMS04]", "[Ara16a]", "[OPHS18]", "[wik18]", "[Lam+94]" — the names' letters in any script ("[Öst19]", "[蔡13]"), and
# without digits for a work with no year ("[LZ]", "[CTAN]").
_ALPHA_LABEL = re.compile(r"^\s*\[(?P<label>[^\W\d_][^\W\d_+\-]{0,6}\+?(?P<year>\d{2})?[a-z]?)\]\s*")


def _sort_key(label: str) -> str:
    """A label as the styles sort it: case and accents aside ("Öst19" between "Lam94" and "Zho20")."""
    return "".join(c for c in unicodedata.normalize("NFKD", label.casefold()) if not unicodedata.combining(c))


def _alpha_labels(texts: list[str]) -> dict[int, str]:
    """Indexes of lines opened by an alpha label, and their labels as printed: three at least, one line in six or
    more or in the alphabet's order as the styles sort them (a list's labels, not a citation at a line's start,
    however much of the document stands above the list), each label once and most with the year's digits (a
    type code "[M]" or "[Online]" wrapped to a line's start repeats, and has none)."""
    found = {index: m for index, text in enumerate(texts) if (m := _ALPHA_LABEL.match(text))}
    lines = sum(1 for text in texts if text.strip())
    labels = [m.group("label") for m in found.values()]
    dated = sum(1 for m in found.values() if m.group("year"))
    in_order = labels == sorted(labels, key=_sort_key)
    if len(found) < 3 or (len(found) * 6 < lines and not in_order) or len(set(labels)) < len(labels) or (
            dated * 2 < len(labels)):
        return {}
    return {index: m.group(0).strip() for index, m in found.items()}


def _spaced_labels(texts: list[str]) -> set[int]:
    """Indexes of lines opened by a number and a space that run 1, 2, 3, … in order (three at least):
    the labels of a list whose style prints them without a stop or brackets ("1 Lee K, …"). Numbers out
    of the sequence (a volume or page wrapped to a line's start) are no labels."""
    found: set[int] = set()
    expected = 1
    # (the page's running head with its number, "14  JOURNAL OF …", is none)
    numbered = [(index, int(m.group(1))) for index, text in enumerate(texts)
                if (m := _SPACED_LABEL.match(text)) and not page_furniture(text.strip())]
    for k, (index, number) in enumerate(numbered):
        # (a label lost — a line the PDF gave otherwise — when the next number and the one after it follow)
        if number == expected or (number == expected + 1 and found and any(n == number + 1 for _, n in numbered[k + 1:])):
            found.add(index)
            expected = number + 1
    return found if len(found) >= 3 else set()


def _translation_ahead(texts: list[str], index: int, previous: str, labelled: bool, expected: int) -> bool:
    """Whether the line at ``index`` opens the English version of ``previous`` (it may wrap)."""
    run: list[str] = []
    for text in texts[index:index + 3]:
        text = text.strip()
        if not text or ends_list(text) or (run and labelled and label_of(text, expected)):
            break
        if run and _YEAR_HEAD.match(text):
            break  # the next entry's author-year head: a translation wraps into no head of its own
        run.append(text)
        if is_translation(_join(run), previous):
            return True
    return False


_FULL_WIDTH_MARKS = str.maketrans("［］【】（）．", "[][]().")


def _label_form(printed: str) -> str:
    """A printed label's form, its number left out: "[n]" for "[12]" and "［3］", "n." for "7.", "(n)", "n)"."""
    return re.sub(r"\d+", "n", printed.translate(_FULL_WIDTH_MARKS).replace(" ", ""))


def _label_in_list(text: str, expected: int, form: str) -> tuple[int, str, int] | None:
    """The label opening ``text`` in a numbered list (:func:`label_of`), but a number out of the sequence in
    another form than the list's labels (``form``, :func:`_label_form`) is none: in a list labelled "[1]" a
    bare number ("880." wrapped to the line's start, "1." numbering a subsection of the text a two-column page
    prints between entries) or a number in parentheses (a newspaper's page "(4)." wrapped to the line's
    start); in a list labelled "1)" a page "209." wrapped to the line's start."""
    found = label_of(text, expected)
    if found and form and found[0] != expected and _label_form(found[1]) != form and found[1][:1] in "0123456789(（":
        return None
    return found


def _next_label(texts: list[str], index: int, expected: int, form: str = "") -> int | None:
    """The number of the next labelled line after ``index`` (None: no label follows)."""
    for text in texts[index + 1:]:
        found = _label_in_list(text.strip(), expected, form)
        if found:
            return found[0]
    return None


# A note in brackets opening a line: a capitalised word, then more words or the closing bracket at the
# line's end ("[Periodical, paper accepted …]", "[Thesis]"), not a type code ("[EB/OL]") nor IEEE's
# "[Online]. Available: …".
_BRACKETED_NOTE = re.compile(r"^\[(?!Online\b|Internet\b)[A-Z][a-z]+(?:[ ,;/][^\]]*)?(?:\]$|$)")
_HEADING_WORDS = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,5}$")


def _between_entries(text: str, after_entry: bool, next_label: int | None, expected: int) -> str:
    """In a labelled list, what an unlabelled line is that does not read as going on with the
    entry above (that entry looks finished, or there is none yet, and the line does not start
    like a continuation): ``"entry"``, ``"part"`` of the entry above, or an ``"aside"``.

    The label sequence decides first: when the next label skips a number, this line is the
    entry whose label was lost (``"entry"``); when no label follows, the list may have ended
    (``"entry"``, then dropped as the text after the list). Otherwise the next entry is already
    labelled, so the line is no entry: with a year in it the entry above goes on ("[S]. 北京:
    中国标准出版社, 2015", "年 3 月修订版. (2017-03-27)"); without one it is a note, a
    sub-heading or a running head between entries ("源代码：CTAN: …", "宏包、模版",
    "Appendix A") — no entry and not part of one.
    """
    if after_entry and _DOI_LINE.match(text):
        return "part"  # the entry's DOI, which GB/T 7714 prints last, wrapped to a line of its own
    if after_entry and next_label is not None and (_BRACKETED_NOTE.match(text) or _HEADING_WORDS.match(text)):
        # A note in brackets after an entry ("[Conference Proceedings, two authors; DOI encouraged]",
        # "[Thesis]") or a few words alone, no digit or mark ("Abbreviated Form", "ONLINE SOURCE"),
        # with a labelled entry after it: a sub-heading — never an entry whose label was lost, which
        # has its fields' marks (with no label after it, the list may have ended: an English title).
        return "aside"
    if next_label is None or next_label != expected:
        return "entry"
    if after_entry and _STAMP.search(text) and not re.search(r"://|\[", text):
        return "aside"  # a date with its time of day ("DRAFT 2016-12-31 22:30"): the page's stamp
    if after_entry and _YEAR.search(re.sub(r"\S*/\S*", "", text)):
        return "part"  # a year outside a path ("CTAN: …/biblatex-gb7714-2015/…" has none)
    if after_entry and _FIELDS_SENTENCE.match(text):
        # A sentence of Latin words ending in its full stop or an address: the entry's fields
        # going on (ACM's "ACM Press, New York, NY, 226–236. https://doi.org/…", "Royal Institute
        # of Technology (KTH), Stockholm, Sweden."). A running head or sub-heading has no final
        # stop, a footnote opens with its mark ("∗", "†"), a note in Chinese is no Latin sentence.
        return "part"
    return "aside"


# A note numbered among the entries: an author's address, as a physics journal prints its footnotes in the list.
_NOTE_ENTRY = re.compile(r"^(?:E-?mail(?:\s+address)?|Electronic\s+(?:mail\s+)?address|Present\s+address|Permanent"
                         r"\s+address|Corresponding\s+author)\b", re.IGNORECASE)


# A path alone on its line, no scheme: "info/lshort/english/lshort.pdf", "macros/latex/contrib/ctex/".
_NOTE_PATH = re.compile(r"[\w.\-~]+(?:/[\w.\-~]+)+/?")


# A line of an entry's fields in Latin script: it opens with a capital, a digit or a quotation mark,
# has no CJK, and ends with a full stop or a URL.
_FIELDS_SENTENCE = re.compile(r"^[A-Z0-9“\"(][^\u3000-\u9fff\uff00-\uffef]*(?:[^.\s]\.|(?:https?://|doi\.org/)\S+)$")


def _complete(previous: str) -> bool:
    """Whether an entry reads as finished: a year in it, and it ends after a number or identifier
    (a DOI, an address), or with a word and its final period — not with a bare word ("London:
    National Literacy" / "Trust, 2020." goes on)."""
    text = half_width(previous.rstrip())
    if not _YEAR.search(text) or text.endswith(("-", "/", ":", "：", ",")):
        return False
    return bool(re.search(r"(?:\d|[)）]|\S*[/.]\S*\w|\S{2,}[.。])[.。]?$", text)) and not text.endswith("].")


# A book's imprint wrapped onto a line of its own: the publisher's name going on, the year, maybe
# the pages, the entry's full stop ("…[M]. Bristol: Hillside" / "Press, 2019: 45-67.").
_IMPRINT_TAIL = re.compile(r"^\s*[A-Z][A-Za-z&.'\- ]{0,60},\s*(?:1[5-9]|20)\d{2}[a-z]?(?:\s*[:：]\s*\d+(?:\s*[-–]\s*\d+)?)?\s*[.。]$")


def _address_closed(previous: str, text: str) -> bool:
    """Whether an entry ending in an address ("…//thetype.com/kongque/") is finished before ``text``: a line
    of words opening with a capital, no address's piece (the English title after a Chinese list)."""
    return bool(_OPEN_LINK.search(previous) and _YEAR.search(previous) and " " in text
                and re.match(r"[A-Z][a-z]+\s", text) and not _LINK_TAIL.match(text.split()[0]))


def continues_entry(text: str, previous: str) -> bool:
    """Whether the line ``text`` is the tail of the entry ``previous`` that does not read finished
    ("…比较教育研究, 2024," / "46(8): 92-99."): it opens as an entry goes on (a digit, a lower-case
    letter, a mark), not as a title or a name does — or it is the imprint's rest with the year
    ("…Bristol: Hillside" / "Press, 2019: 45-67.", round 14b). The English head after a list
    starts with a capital, and the entry before it is finished."""
    return bool(previous.strip()) and not _complete(previous) and bool(_CONTINUES.match(text) or _IMPRINT_TAIL.match(text))


def opens_author_year_entry(text: str) -> bool:
    """Whether the line opens an entry of an author-year list by its head — names and the year
    ("Smith, J. (2019).", "Smith, John. 2019.", "Young M, 2008.", "OECD, 2019,"): no English
    title or author line opens so."""
    return bool(_YEAR_HEAD.match(text) or _DATE_HEAD.match(text) or _GBT_YEAR_HEAD.match(text)
                or _NAME_YEAR_HEAD.match(text))


# A work not yet dated says so where its year would stand.
_UNDATED = re.compile(r"\bn\.\s?d\.|\bin\s+press\b|\bforthcoming\b|(?<![^\W\d_])(?:" + IN_PRESS_ZH_RE + ")")


def _dated(previous: str) -> bool:
    """Whether an entry has its date: a year, or the words of a work not yet dated ("(in press).",
    "n.d.", "待刊"), after which the next author-year head opens an entry."""
    return bool(_OLD_YEAR.search(previous) or _UNDATED.search(previous))


# Names and a colon opening an entry, as the German humanities' styles print them: "Angenendt, Arnold:", "Meier,
# Hans (Hrsg.):", "Brandt, Ahasver von und Erich Hoffmann:", "Gregor der Große:", "Aristoteles:" (no label, no URL's
# scheme: "Documentation URL:", nor a place before its publisher: "Cambridge, MA:", "Washington, D.C.:"); biblatex-fiwi
# joins the names by a slash and marks editors "(Hg.)", "(Hgg.)" ("Bordwell, David/Thompson, Kristin:", "Kirchner,
# Andreas/Prümm, Karl (Hgg.):"), and sets the title after the colon in guillemets ("Poe, Edgar Allan: »The Black
# Cat«").
_GIVEN = r"[" + LATIN_CAPITALS + r"][^\W\d_A-Z][^\W\d_]*|[" + LATIN_CAPITALS + r"]\."  # (not a state: "Columbus, OH:")
_COLON_NAME = (r"[" + LATIN_CAPITALS + r"][^\W\d_A-Z][^\W\d_]*(?:-[" + LATIN_CAPITALS + r"][^\W\d_]+)?"
               rf"(?:,(?:\s(?:{_GIVEN})){{1,3}}(?:\s(?:von|van|de|der|du))?|\s(?:der|die|von)\s[" + LATIN_CAPITALS
               + r"][^\W\d_]+)?")
_COLON_HEAD = re.compile(rf"^\s*{_COLON_NAME}(?:/{_COLON_NAME}){{0,5}}"
                         rf"(?:\s(?:und|and)\s(?:{_GIVEN})(?:\s(?:{_GIVEN})){{1,2}})?(?:\s\((?:Hrsg|Hg|Hgg)\.\))?:\s+"
                         r"(?!https?\b|ftp\b|www\.|doi\b)(?:[^\W\d_„“\"]|[»›«‹][^\W\d_])")


def _lines_after(texts: list[str], index: int, count: int = 10) -> list[str]:
    """The next ``count`` lines with text after ``index``, past the page's number and running head (a page
    may break inside an entry's head)."""
    out: list[str] = []
    for t in texts[index + 1:]:
        t = t.strip()
        if t and not _PAGE_NUMBER.match(t) and not page_furniture(t):
            out.append(t)
            if len(out) == count:
                break
    return out


def _page_break_around(texts: list[str], index: int) -> bool:
    """Whether the number alone at ``index`` stands where a page breaks: blank lines on both sides of it,
    or the page's running head the next or last line with text (a DOI's or URL's tail wrapped to a line
    of its own runs on from the line above)."""
    before = texts[index - 1].strip() if index else ""
    after = texts[index + 1].strip() if index + 1 < len(texts) else ""
    near = [t.strip() for t in texts[index + 1:] if t.strip()][:1] + [t.strip() for t in texts[:index] if t.strip()][-1:]
    return (not before and not after) or any(page_furniture(t) for t in near)


# A line of names only: letters, initials, commas, "&", "and", "et al." — no digit, parenthesis, quotation
# mark, colon or address.
_NAMES_ONLY = re.compile(r"^[^\W\d_][^\d()“”\"/:;?!]*$")
# The editors' mark after the names ("(Eds.).", "(Hrsg.)"), which a head may hold before its year.
_EDITORS_MARK = re.compile(r"\s*\((?:Eds?|eds?|Hrsg)\.?\)\.?$")


def _names_only(text: str) -> bool:
    return bool(_NAMES_ONLY.match(_EDITORS_MARK.sub("", text)))


def _head_at(text: str) -> re.Match | None:
    return _YEAR_HEAD.match(text) or _DATE_HEAD.match(text)


# A line ending as a sentence: a word of two letters or more and its full stop (not an initial, "Jr.", "eds.").
# …which names end before the year when the year opens the next line (APA: "Advisory Panel on
# Cyberinfrastructure." / "(2003). Revolutionizing …").
_YEAR_FIRST = re.compile(r"^\s*\((?:(?:1[5-9]|20)\d\d|in press|n\.\s?d\.)")
_SENTENCE_END = re.compile(r"(?:^|\s)(?!(?:Jr|Sr|eds?|Eds?|trans|St)\.$)[^\W\d_]{2,}\.$")


def _names_wrapped_before_year(text: str, previous: str, after: list[str]) -> bool:
    """Whether ``text`` opens an author-year entry whose head — names, then the year — runs on over the
    next lines ("International Federation of Library" / "Association and Institutions (1977).",
    "McDaniel, S. H., & Kazak, A. E. (Eds.)." / "(2018)."): a line of names only after a finished
    entry, the head complete with the lines after. A line ending as a sentence (a word and its full
    stop: "Cambridge University Press.", not an initial) opens one only when the lines after do not
    make the head without it ("Porter, M. E., & van der Linde, C." / "(1995)." do). A line with the words of a
    sentence ("This is a full MISC entry", a note after the entry above) is no names."""
    if not after or not _names_only(text) or _PROSE_WORDS.search(text):
        return False
    if not (_dated(previous) and (
            _ENTRY_END.search(previous) or _URL_END.search(previous))):
        return False
    sentence = text.endswith(".") and not re.search(r"\b[A-Z]\.$", text) and not _EDITORS_MARK.search(text)
    for k in range(1, len(after) + 1):
        head = _head_at(" ".join([text, *after[:k]]))
        if head and head.end() > len(text):
            return not (sentence and _head_at(" ".join(after[:k])))
        if not _names_only(after[k - 1]) or (_SENTENCE_END.search(after[k - 1]) and not (
                k < len(after) and _YEAR_FIRST.match(after[k]))):
            # (names run on over lines that end inside the names, not over a finished sentence:
            # "Joseph Regenstein Library," / "University of Chicago." / "Silverstein, Theodore, trans." /
            # "1974." is a place's end, then the next head)
            return False
    return False


# An entry so far ending in a name's initials after a comma ("… In J. Gonzalo, C." / "Thanos, M. F.
# Verdejo & R. C. Carrasco (Eds.), …"): its list of names goes on, though the period looks final.
# (Initials are spaced apart: "Washington, D.C." is a place, which ends an entry.)
_OPEN_NAMES_END = re.compile(r"(?:,|\band|&|\bIn)\s+[A-Z]\.(?:\s[A-Z]\.){0,2}$")


# Names with their initials, then the year in parentheses ("Mendoza, E. G. (1991)", "Aisa, R., and F. Pueyo
# (2004)"): no title or journal opens so ("Oxford Economic Papers (1990)" has no initial).
_INITIALLED_NAMES = re.compile(r"^[^()]*,\s*(?:[A-Z]\.\s?){1,3}[^()]*$")


# Names with their initials, then a colon and the title (Springer's Lecture Notes and mathphys, Karger:
# "Metcalf, S.W.: The Tort Hall …", "Martin G: Control of …", "Sirosh, J.R., Miikkulainen, J.A., Bednar: …"):
# no title or wrapped line opens with a family name, initials and a colon.
_NAME_INITIALLED = r"[A-Z][^\W\d_]+(?:[\-’'][A-Z]?[^\W\d_]+)*(?:,\s?(?:[A-Z]\.\s?){1,3}|\s[A-Z]{1,3}(?=[,:\s]))"
_NAMES_COLON = re.compile(rf"^\s*(?!\w+,\s?(?:D\.\s?C|N\.\s?Y|N\.\s?J|U\.\s?K|U\.\s?S)\.)(?!\w+,\s?[A-Z]{{2}}:){_NAME_INITIALLED}(?:,\s(?:{_NAME_INITIALLED}|[A-Z][^\W\d_]+))*"
                          rf"(?:,?\s(?:et al\.|and\s{_NAME_INITIALLED}))?\s?:\s+(?!https?\b|ftp\b|www\.|doi\b)\S")
# (…not a label and its address: "Documentation URL: https://…", nor a place and its state before the
# publisher: "Washington, D.C.: National Academy Press", "Cambridge, MA: MIT Press")
_INITIALS_YEAR = re.compile(rf"^\s*{_NAME_INITIALLED}(?:\s[A-Z])*(?:,\s(?:{_NAME_INITIALLED}|[A-Z][^\W\d_]+)(?:\s[A-Z])*)*"
                            rf"(?:,?\s(?:et al\.|and\s{_NAME_INITIALLED}(?:\s[A-Z])*))?,?\s(?:1[5-9]|20)\d\d[a-z]?\b")


def _initialled_head(text: str) -> bool:
    """Whether ``text`` opens with names carrying their initials and then the year in parentheses: in
    an author-year list such a head opens an entry even after one that ends without its full stop
    (the Canadian Journal of Economics prints none: "…Oxford: Oxford University Press" / "Mendoza, E.
    G. (1991) …")."""
    head = _NAMES_THEN_YEAR.match(text)
    return bool(head and _INITIALLED_NAMES.match(head.group(1).strip()) and _names_only(head.group(1).strip()))


def _starts_entry(text: str, previous: str, labelled: bool, heads_only: bool = False,
                  after: list[str] | None = None) -> bool:
    return _entry_start(text, previous, labelled, heads_only, after) is not None


def _entry_start(text: str, previous: str, labelled: bool, heads_only: bool = False,
                 after: list[str] | None = None) -> str | None:
    """In a list, why ``text`` opens a new (unlabelled) entry after ``previous`` (None: it does not); in an
    author-year list (``heads_only``) a line of names without the year opens one only when it does
    not end as a sentence (the year follows on the next line: "Kalnay, E., Kanamitsu, M.,") or the
    head is complete with the lines ``after`` it."""
    if labelled:
        return None
    text, previous = half_width(text), half_width(previous)  # (full-width marks as their twins)
    after = [half_width(a) for a in after] if after is not None else None
    if _NAMES_COLON.match(text) and _dated(previous) and (_ENTRY_END.search(previous) or _URL_END.search(previous) or previous.endswith("/")):
        return "names with their initials and a colon after a finished entry"
    if _head_only(previous) and not _head_ahead(text, after or []) and not has_cjk(NATION.sub("", text)[:1]):
        return None  # an entry that is its head alone ("Evans, L. (2004).") goes on with its title, in any list
    if after and _names_wrapped_before_year(text, previous, after):
        return "names wrapped before the year, after a finished entry"
    if heads_only and after is not None and not _OLD_YEAR.search(previous) and _NAMES_ONLY.match(previous) and (
            re.search(r",|\band\b|&", previous)):
        # The entry so far is names and nothing else: its head runs on to this line, whatever the line
        # looks like ("Sechzer, Jeri A., …, A. Griffin, and S. J." / "Blumenthal, eds. 1996. Women").
        return None
    end = previous.rstrip()
    if end.endswith(("doi.org/", "https:", "http:", ",", "&", " and")) or _OPEN_NAMES_END.search(end):
        return None
    if (SAME_AUTHORS.match(text) or SOME_SAME_AUTHORS.match(text)) and _OLD_YEAR.search(previous) and (
            _ENTRY_END.search(previous) or _URL_END.search(previous) or _DASH_YEAR.match(text)):
        return "the same authors left out (a dash or the year first)"  # the next work of the same authors, their names left out (a dash and the
        # year in parentheses open one even after an entry without its final full stop: Springer's)
    if ONE_DASH.match(text) and _ENTRY_END.search(previous) and _dated(previous):
        return "one dash for the same names after a finished entry"
    if _DASH_SENTENCE.match(text) and _ENTRY_END.search(previous):
        return "the same names as a dash sentence"  # "———. Title …" (or "[——— ]."): the same names as the entry before, even one without a year
    if SPRINGER_HEAD.match(text) and _OLD_YEAR.search(previous) and not _SPRINGER_OPEN_END.search(end):
        return "a Springer head"  # Springer's head after an entry that ends without its full stop
    if _NO_NAMES_START.match(text) and re.search(r"\d\.$", end) and not (
            (head := _DATE_HEAD.match(previous + " ")) and not previous[head.end():].strip()):
        return "a work without names after a finished entry"  # a work without names after an entry ending in its year or pages (not a bare "Name. 2019." head)
    described = DESCRIPTION_FIRST.match(text)  # "[dataset] Kaul, H. (2021).": the kind of work first
    headed = text[described.end():] if described else text
    head = _YEAR_HEAD.match(headed) or _DATE_HEAD.match(headed)
    if not head and after and _OPEN_YEAR.search(headed):
        head = _YEAR_HEAD.match(f"{headed} {after[0]}")  # wrapped inside its date: "KS in NJ. (2019, January" / "15). …"
    if ((head and " " in head.group(0).strip()) or (
            # (…or a head wrapped, its year on a line below: "[dataset] Kaul, H. & Rumpf, A." / "(2021).")
            not head and described and after and _head_ahead(headed, after))) and _dated(previous) and (
            _ENTRY_END.search(previous) or _URL_END.search(previous) or end.endswith("/") or (
                heads_only and _initialled_head(headed) and not _head_only(previous))):
        # An author-year head after a finished entry, even one ending in its URL
        # (a URL does not go on with "Name, I. (2019)": it has no spaces).
        return "an author-year head after a finished entry"
    if end.endswith("/") and _OPEN_LINK.search(end) and _dated(previous) and _INITIALS_YEAR.match(text):
        # An address ending in its slash is as finished as one ending in a word before names, their initials and
        # the year ("…/web-pubs/htmlbook96/" / "Fourney M E 1971 …"): no path piece has spaces.
        return "names, initials and a year after an entry ending in its address"
    if end.endswith(("-", "/")):
        return None
    if _PARTICLE_NAME.match(text) and _dated(text) and _dated(previous) and _ENTRY_END.search(previous):
        return "a name after its particles, and a year"  # "de Mel, S., …, 2008, …" after a finished entry: a name, not the entry going on
    if _CONTINUES.match(text) or not (_ENTRY_END.search(previous) or (
            _URL_END.search(previous) and _dated(previous) and _INITIALS_YEAR.match(text))):
        # (an entry ending in its address is finished before names, their initials and the year: "Fourney
        # M E 1971 …", "METCALF, S. W., 1998. …" — the Institute of Physics' Harvard, ISO 690)
        return None
    if _SOURCE_FIELDS.match(text) or _SOURCE_VOLUME_ISSUE.match(text) or _WRAPPED_IMPRINT.match(text):
        return None  # "Chemical Physics Letters, 1994, 224(10):260-266.", "经济研究, 4: 011.": a source's fields wrapped
    if _GBT_YEAR_HEAD.match(text):
        return "GB/T names and the year"  # "Young M, 2008.": names and a year, not a journal and its volume
    if _NAME_YEAR_HEAD.match(text):
        return "a name, then the year"  # "OECD, 2019, OECD Employment Outlook …", "World Bank, 2020.": a name, then the year
    if _BODY_DIVISIONS_YEAR.match(text):
        return "a body and its divisions, then the year"
    if _LAW_REPORT.match(text) and _dated(previous):
        return "a law case or regulation (a law report's year in brackets) after a finished entry"
    if _SOURCE_START.match(text):
        return None  # "Human Development, 15(1), 1–12.": a journal and its volume, not names
    if _TYPE_CODE.search(text) and _TYPE_CODE.search(previous):
        # A GB/T entry has one type code: a finished entry that has its own, and a line with
        # another after a title ("Online Computer Library Center, Inc. History of OCLC[EB/OL].").
        return "a second type code after a finished GB/T entry"
    if heads_only and not opens_author_year_entry(text) and not _OLD_YEAR.search(text) and text.endswith(".") and not (
            after and _head_ahead(text, after)):
        # a sentence without names and year: a publisher and place wrapped ("Dunod, Paris."), not names
        # whose year the column pushed to the next line ("Souza, Pete (@petesouza)." / "2016. “…")
        return None
    if heads_only and after is not None and not has_cjk(NATION.sub("", text)[:1]) and not _head_ahead(text, after):
        # In an author-year list an entry opens with its head: a line in Latin script that makes none,
        # with the lines of names after it, is the entry above going on ("Joseph Regenstein Library," /
        # "University of Chicago.", a title in capitals "USING THE NDSU THESIS" after a head alone). (A
        # Chinese entry among them may keep GB/T's form, the year after its source: "王五, 赵六. 题名.
        # 管理世界, 2023, 39(1): 43-60.", as real mixed lists print them.)
        return None
    # (a translated author's country before the name: "〔美〕理查德·K. 霍尔顿，2012：")
    if _AUTHOR_START.match(text):
        return "names after a finished entry"
    return "Chinese after a finished entry" if has_cjk(NATION.sub("", text)[:1]) else None
