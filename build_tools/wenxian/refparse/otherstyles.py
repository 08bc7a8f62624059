"""A rule reader for the common non-GB/T reference styles (the baseline of :mod:`.crf`).

Each style is one pattern over the line with its DOI and URL already taken out
(:func:`wenxian.refparse.spans.take_identifiers`):

- APA and publisher (Hans, SCIRP) styles: ``Authors (Year). Title. Journal, 12(3), 1-10.``
  or ``… (Year) Title. Publisher, Place.``;
- Chicago author-date: ``Authors. Year. "Title." Journal 12 (3): 1-10.``;
- Vancouver: ``Authors. Title. Journal. Year;12(3):1-10.`` or ``… Place: Publisher; Year.``;
- GB/T without a type code: ``Authors. Title. Journal, Year, 12(3): 1-10.``;
- AIP (physics): ``A. Name and B. Name, “Title”, Journal 12, 1-10 (Year).`` or a book
  ``A. Name, Title, 5th ed. (Publisher, Place, Year).``;
- Chinese social-science author-date (经济研究, 管理世界 and the journals that follow them):
  ``作者、作者，2019：《题名》，《刊名》第8期。``, a book ``…：《书名》，北京：出版社。``, a chapter
  ``…：《题名》，载某某主编《书名》，出版社。``; and the same journals' English lines
  ``Name, A., and Name, B. C., 2018, “Title”, Journal, 133(2), 162-186.`` or a book
  ``Name, A., 2018, Title, Place: Publisher.``; 社会学研究's, the year after the names and a comma
  after it (``作者、作者，2019，《题名》…``, ``Bian, Yanjie & Soon Ang 1997, “Title.” Journal 75(3).``);
- IEEE: ``A. Name and B. Name, "Title," Journal, vol. 3, no. 2, pp. 1-10, 2019.``, a chapter
  or paper ``"Title," in Book, Eds. Place: Publisher, Year, pp. 1-10.``, a book
  ``Title, 2nd ed. Place: Publisher, Year.``, a thesis (``Ph.D. dissertation, School, Place,
  Year``) and a report (``Institution, Place, Tech. Rep. N, Year``);
- Nature: ``Name, I. I. & Name, I. Title. Journal 12, 1-10 (Year).`` or ``Title 5th ed. (Publisher,
  Place, Year).``;
- BibTeX's plain book: ``Given Family and Given Family. Title. Place : Publisher, Year. ISBN: …``;
- ACS (chemistry): names inverted and set off by semicolons, an article without its title
  ``Name, I. I.; Name, I. J. Am. Chem. Soc. 1991, 113, 361–363.``, a book ``Name, I., Title, 5th
  ed.; Publisher: Place, Year.``, an edited book ``Title; Name, I., Name, I., Eds.; Publisher:
  Place, Year.``, a report ``Title; Type Number; Place: Institution, Year.`` and a patent
  ``Name, I. (Holder). Title US Patent, 6177575, 2001.``.

A pattern either reads the whole line or nothing: what it returns is typed
fields, never a guess at part of a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wenxian.refparse.entryhead import IN_PRESS_ZH_RE
from wenxian.refparse.fragments import END, INITIALS, ISSUE_IN_PARENTHESES, PAGE_RANGE, RANGE_DASH, ROMAN_RANGE, VOLUME
from wenxian.refparse.spans import Spans
from wenxian.refparse.styles import more_style_readings, physics
from wenxian.refparse.styles.common import month_number
from wenxian.refparse.westnames import parse_author_list

_YEAR = r"(?P<year>\d{4}[a-z]?)"
_VOL = VOLUME
_ISS = ISSUE_IN_PARENTHESES
_PAGES = rf"(?:Article\s*(?:ID|No\.?|number)?\s*:?\s*)?(?P<pages>{PAGE_RANGE})"
_END = END

# "(2019)", "(2019, January 4)"; an editor's "(Ed.)." / "(Eds.)." may stand before it.
APA = re.compile(rf"^(?P<author>.+?)(?:\s*\((?:Eds?|eds?)\.\)\.?)?[.,]?\s*[(（]{_YEAR}"
                 rf"(?P<date>,\s*[A-Z][a-z]+\.?(?:\s+\d{{1,2}})?)?[)）][.,。:]?\s*(?!\d{{4}}\b)(?P<rest>.+)$")
# An article accepted, not yet in an issue: "Names (in press). Title. Journal." (APA 7 §9.5); a Chinese
# list's "孙莉. (出版中). 题名. 刊名." (印刷中, 出版中, 待刊: the same words in Chinese).
APA_IN_PRESS = re.compile(r"^(?P<author>.+?)[.,]?\s*[(（](?P<note>in press|" + IN_PRESS_ZH_RE + r")[)）][.。]\s*"
                          r"(?P<title>.+?(?:[?!？！]|(?=[.。])))[.。]?\s*(?<=[.。?!？！\s])"
                          r"(?P<container>[A-Z\u4e00-\u9fff][^.。]+?)\s*[.。]?\s*$")
# A report in a numbered series after its title: "Title (NBER Working Paper No. 28731). National Bureau of
# Economic Research." (APA 7 §10.4).
APA_NUMBERED_REPORT = re.compile(
    r"^(?P<title>[^()]+?)\s*\((?P<number>[^()]*?\b(?:Working|Discussion|Research|Technical|Policy)\s+(?:Paper|Report)"
    r"\s+No\.\s*[\w.\-]+)\)\.\s*(?P<publisher>[^.()]+?)\s*\.?\s*$")
_APA_REPORT_NUMBER = re.compile(r"\s*\((?P<number>(?:(?:Report|Tech\.\s?Rep\.|Publication)\s)?No\.\s?[\w.\-]+)\)(?=\.\s)")
# A description in brackets after an APA title ("[Editorial]", "[Special issue]") is not the title.
_DESCRIPTION = re.compile(r"\s*\[[^\[\]]{2,80}\]$")
# ... nor a translator or editor in parentheses ("(J. Bliss & H. Furth, Trans.)").
_ROLE_NOTE = re.compile(r"\s*\([^()]{2,120},\s*(?:Trans|Eds?)\.\)$")
# A book's edition after its title ("Network Flows (1st ed.)") and the chapter cited after the
# publisher ("Prentice Hall (Chapter 16)"): fields of their own, not the title's or the publisher's.
_EDITION_AFTER = re.compile(r",\s*(?P<edition>\d+(?:st|nd|rd|th))\s+edition\.?\s*$")
_EDITION_NOTE = re.compile(r"\s*\((?P<edition>\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\.?\s+(?:ed|edn)\.\)\s*$")
_CHAPTER_NOTE = re.compile(r"\s*\((?:Chapter|Chap\.|Ch\.)\s*(?P<chapter>\d+)\)\s*$")
# Notes APA prints after the source: what a reader of the work needs is before them.
_APA_NOTES = re.compile(r"(?:\s*(?:Advance online publication|\(Original work published \d{4}\)"
                        # (APA 5's notes on the edition used: "(with revisions)", "(Reprinted from Journal, 1974, 8, 1–24)")
                        r"|\((?:[Ww]ith revisions|Reprinted from [^()]{3,120}|Available from [^()]{3,160})\)"
                        r"|Retrieved\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4},?(?:\s+from)?))+\.?\s*$")
# APA 5's forms of a work that names no journal, book or publisher (Publication Manual, 5th ed., §4.16): a document
# on the web, "Title. Retrieved Month D, YYYY, from URL" (its address is where it is); a chapter of one, "Title. In
# Document (chap. 2). Retrieved …"; an audiovisual work or a program with what it is in brackets, "Title [Motion
# picture]. (Available from …)"; and a work whose title is not known, what stands in its place in brackets alone,
# "[Unknown]" (APA 7 §9.29: the description in brackets in the title's position).
APA_WEB_DOCUMENT = re.compile(r"^(?P<title>[A-Z\u4e00-\u9fff](?:[^.\[\]]|\.(?!\s|$))+?)\s*\.$")
APA_WEB_CHAPTER = re.compile(r"^(?P<title>[A-Z](?:[^.\[\]]|\.(?!\s))+?)\.\s+In\s+(?P<container>[A-Z][^()\[\]]+?)\s*"
                             r"\((?:chap\.|[Cc]hapter|sec\.|[Ss]ection)\s*(?P<chapter>[\w.]+)\)\.$")
APA_DESCRIBED = re.compile(r"^(?P<title>[A-Z\u4e00-\u9fff][^\[\]]+?)\s*\[(?P<note>[A-Z][^\[\]]{2,40})\]\.$")
APA_PLACEHOLDER = re.compile(r"^\[(?P<note>[A-Z][^\[\]]{1,40})\]\.$")
APA_JOURNAL = re.compile(
    rf"^(?P<title>.+?(?:[?!]|(?=[.。])))[.。]?\s+(?P<container>[^.。]+?)\s*[,，]\s*(?:{_VOL}\s*)?{_ISS}?\s*[,，]\s*{_PAGES}{_END}")
# A paper in proceedings with their pages only ("Title. Vulnerability, Uncertainty, and Risk: Analysis, Modeling, and
# Management, 171–179."): a range, so no volume.
APA_PAGES_ONLY = re.compile(rf"^(?P<title>.+?(?:[?!]|(?=[.。])))[.。]?\s+(?P<container>[^.。]+?)\s*,\s*"
                            rf"(?P<pages>\d+\s*[-–—]\s*\d+){_END}")
# The linguistics journals' (Cascadilla's, LSA's) volume without a comma after the journal, then the pages, maybe two
# ranges: "Title. Journal of Symbolic Logic 8, 107–21.", "Bell System Technical Journal 27, 379–423, 623–656."
APA_VOLUME_SPACED = re.compile(rf"^(?P<title>.+?(?:[?!]|(?=[.。])))[.。]?\s+(?P<container>[A-Z][^.。,\d]+?)\s(?P<volume>\d+),\s*"
                               rf"(?P<pages>\d+\s*[-–—]\s*\d+(?:,\s*\d+\s*[-–—]\s*\d+)*){_END}")
# Zootaxa's chapter: "Title. In: Kaiser, E. (Ed), Book. Vol II. Berlin, pp. 55–87." or "Title. In: Book. pp. 157–161."
APA_IN_COLON = re.compile(
    r"^(?P<title>[^“”]+?(?:[?!]|(?=[.])))\.?\s+In:\s+(?:(?P<editor>[^()]+?)\s+\((?:Eds?|eds?)\.?\),\s+)?"
    r"(?P<container>[^.]+?)\.(?:\s+Vol\.?\s+(?P<volume>[IVXLC]+|\d+)\.)?(?:\s+(?P<address>[A-Z][^.,:\d]+?),)?"
    r"\s+pp?\.\s*" + _PAGES + _END)
APA_VOL_ONLY = re.compile(rf"^(?P<title>.+?(?:[?!]|(?=[.。])))[.。]?\s+(?P<container>[^.。]+?)\s*[,，]\s*{_VOL}{_ISS}?{_END}")
# A newspaper's section page ("The New York Times, C1").
APA_NEWSPAPER = re.compile(r"^(?P<title>.+?(?:[?!]|(?=[.。])))[.。]?\s+(?P<container>[^.。]+?)\s*,\s*"
                           r"(?P<pages>[A-Z]\d+(?:\s*[-–]\s*[A-Z]?\d+)?)\s*\.?\s*$")
# After "(Year)" a quoted title with its comma inside, as econ.bst prints it:
# "“Title,” Journal, 21 (2), 281–310." (the volume and issue apart, the DOI bare after the pages).
APA_QUOTED_JOURNAL = re.compile(
    rf"^[“\"](?P<title>[^“”\"]+?)[,.]?[”\"]\s*(?P<container>[^,“”\d][^,“”]*?)\s*,\s*{_VOL}\s*{_ISS}?\s*,\s*{_PAGES}{_END}")
# econ.bst's working paper: "“Title,” August, The MIT Joint Program … (Report No. 51).", "“Title,” , NBER
# Working Paper No. 4269." (the month of issue, the institution, the series and number).
_MONTH_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
APA_QUOTED_REPORT = re.compile(
    rf"^[“\"](?P<title>[^“”\"]+?)[,.]?[”\"]\s*(?:,\s*)?(?:{_MONTH_WORD},\s*)?(?:(?P<publisher>[^,“”()]+?)\s*"
    r"\((?P<number>(?:Report|Working Paper|Discussion Paper)\s*No\.\s*\d+)\)"
    r"|(?P<institution>[A-Z][A-Za-z&.]*(?:\s[A-Z][A-Za-z&.]*){0,3})\s+(?P<number2>(?:Working|Discussion) Paper\s*No\.\s*\d+))"
    r"\s*\.?\s*$")
# ...and its chapter: "“Title,” in Dixon, Peter B. and Dale W. Jorgenson eds. Handbook …, Vols. 1A and 1B,
# 1, Chap. 23, 1513 – 1570: Elsevier.", "… eds. Social Choice, Welfare, and Ethics: …, 277–287, Cambridge,
# UK.: Cambridge University Press." (the pages, then the place and publisher after a colon).
APA_QUOTED_IN = re.compile(
    rf"^[“\"](?P<title>[^“”\"]+?)[,.]?[”\"]\s*in\s+(?P<editor>[^“”]+?)\s+eds?\.\s+(?P<container>[^“”]+?)"
    rf"(?:,\s*(?P<note>Vols?\.[^:]*?))?,\s*{_PAGES}(?:,\s*(?P<address>[A-Z][^:,]*(?:,\s*[A-Z][A-Za-z.]*)?))?"
    r"\s*:\s*(?P<publisher>[^:,]+?)\s*\.?\s*$")
# A chapter: "Title. In A. Name and B. Name (eds.), Book, vol. 9, Volume Title, Place: Publisher, pp. 1–10."
# (Economica), or "Title, in Book (Ed.) A. Name, Publisher, Place, pp. 68–113." (Applied Economics).
APA_IN = re.compile(
    r"^(?P<title>[^“”]+?(?:[?!]|(?=[.,])))[.,]?\s+In\s+(?P<editor>[^()]+?)\s*\((?:[Ee]ds?|[Hh]rsg)\.\),?\s*"
    r"(?P<container>[^,:()]+?)(?:,\s*vol\.\s*(?P<volume>\d+)(?:,\s*(?P<volumetitle>[^,:()]+?))?)?,\s*"
    r"(?P<address>[^,:.()]+?)\s*:\s*(?P<publisher>[^,:()]+?)(?:,\s*pp?\.\s*" + _PAGES + r")?" + _END)
# APA's chapter (5th and 6th editions): "Title. In A. Editor & B. Editor (Eds.), Book (Vol. 2, pp. 205–226). Place:
# Publisher."
APA_IN_PAGES = re.compile(
    r"^(?P<title>[^“”]+?(?:[?!]|(?=[.])))\.?\s+In\s+(?P<editor>[^()]+?)\s*\((?:Eds?|eds?)\.\),\s*"
    r"(?P<container>[^()]+?)\s*\((?:Vol\.\s*(?P<volume>\w+),\s*)?pp?\.\s*" + _PAGES + r"\)\.\s*"
    r"(?P<address>[A-Z][^.,:;()]*?(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,3}){0,2})\s*:\s*(?P<publisher>[^.:;()]+?)"
    + _END)
APA_IN_EDITOR_AFTER = re.compile(
    r"^(?P<title>[^,“”]+?),\s+in\s+(?P<container>[^()]+?)\s*\((?:Eds?|eds?)\.\)\s*(?P<editor>[^,()]+?),\s*"
    r"(?P<publisher>[^,:()]+?),\s*(?P<address>[^,:()]+?)(?:,\s*pp?\.\s*" + _PAGES + r")?" + _END)
# econ.bst's book without its place, after "(Year)" with no period: "Title: Subtitle: Publisher." (the
# colon before the empty place kept; a title of one part is not told from its publisher so, and is not
# read) or "Title, Publisher." when the publisher's name says it is one ("GAMS Development Corporation").
ECON_BOOK_COLON = re.compile(r"^(?P<title>(?:[^:.“”]|\.(?=\S))+:(?:[^:.“”]|\.(?=\S))+?):\s*(?P<publisher>[A-Z][^:,.“”]*(?:\.\s?[A-Z][^:,.“”]*)*?)\s*\.?\s*$")
ECON_BOOK_COMMA = re.compile(
    r"^(?P<title>[^,“”]+?),\s*(?P<publisher>[A-Z][^,:“”]*?\b(?:Corporation|Press|Publishers?|Publishing|Inc\.?|Ltd\.?"
    r"|University|Institute|Company|Co\.)(?:\s[^,:“”]*?)?)\s*\.?\s*$")
# A book with its place before the publisher: "Title. New York: Harwood."
BOOK_PLACE_PUB = re.compile(
    r"^(?P<title>(?:[^.]|\.(?!\s))+?(?:[?!]|(?=[.。])))[.。]?\s+(?P<address>[A-Z][^.,:;]*?(?:,\s*[A-Z][A-Za-z.]*"
    r"(?:\s[A-Z][A-Za-z.]*){0,3}){0,2})"  # (a place with its state and country: "Canberra, Australian Capital Territory")
    r"\s*:\s*(?P<publisher>[^.:;]+?)\s*[.。]?\s*$")
# The kind of a thesis where a book's publisher stands ("PhD thesis", "Master's thesis").
_THESIS_KIND = re.compile(r"(?:(?P<phd>Ph\.?\s?D\.?|Doctoral)|M\.?\s?(?:S|Sc|A)\.?|Master[’']?s)\s+(?:thesis|dissertation)")
# A working paper: the series and its number where a book's publisher stands ("Working Paper 234,
# Jones University").
_REPORT_SERIES = re.compile(r"^(?:Working|Discussion|Research|Technical|Occasional|Policy)\s+Papers?\b|\bReport\s+(?:No\.\s*)?\d")
# After "(Year)" with no period (Applied Economics), the title ends at a comma: "(1965) The determinants
# of residential land values, Land Economics, 41, 325–334." (the journal is the last part before the
# volume; a journal's name with a comma in it is not read so). Zootaxa's "(1972) Title. Journal, …"
# ends its title at a period: no sentence ends inside such a title.
APA_COMMA_JOURNAL = re.compile(rf"^(?P<title>(?:[^.“”]|\.(?!\s))+),\s+(?P<container>[^,.“”]+?),\s*{_VOL}{_ISS}?,\s*{_PAGES}{_END}")
BOOK_PUB = re.compile(r"^(?P<title>(?:[^.]|\.(?!\s))+?(?:[?!]|(?=[.。])))[.。]?\s+(?P<publisher>[^.,:]+?)(?:\s*,\s*(?P<address>[^.,:]+?))?\s*[.。]?\s*$")
# The Oxford style (OUP's, biblatex-oxref): "Names, Title (Place: Publisher, Year)", "Names, ‘Title’,
# Journal, 21 (1971), 65–80", "Names, ‘Title’, in Book (Place, Year), 205–37" — the names end at
# the first comma after a family name and its given names or initials; several are "Family, Given,
# Family, Given, and Family, Given"; names a bibliographer supplied stand in brackets ("[Balfour,
# James], …"); editors have "(eds.)" after them; "Anon." is a work without names.
_OX_NAME = r"[A-Z][^,‘’()\[\]]*?,\s+[A-Z][^,‘’()\[\]]*?"
_OX_NAMES = (rf"\[?(?P<author>Anon\.|{_OX_NAME}(?:,\s+{_OX_NAME})*?(?:,?\s+(?:and|&)\s+{_OX_NAME})?)\]?"
             r"(?:\s+\((?P<role>eds?|dir)\.\))?,\s+")
# The imprint: "(Place: Publisher, Year)", "(Place, Year)", "(3rd edn., Place, Year)". A place has no
# digit ("(Sony S2K 47229, 1991)" is a recording's label and number, not a place) and is no month
# ("(Jan. 2001)" dates a patent). A work in volumes gives the years of the first and the last
# ("1897–1913"); a reprint or facsimile after a semicolon ("; repr. Paris: J. Vrin, CNRS, 1964–76") is
# kept in ``note``, the first imprint's fields are the work's.
_OX_PUB = (rf"\((?:(?P<edition>\d+(?:st|nd|rd|th))\s+edn\.,\s*)?(?:(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)(?P<address>[^():,;\d]+?)"
           rf"(?::\s*(?P<publisher>[^():;]+?))?,\s*)?{_YEAR}(?:[–-]\d{{2,4}})?(?:;\s*(?P<reprint>[^()]+?))?\)")
# What may follow a book's imprint: a note in parentheses ("(originally pub. 1976)"), a description
# in brackets ("[online facsimile]"), and where it was read online (its URL taken out before, then
# "accessed 5 Nov. 2013").
_OX_ACCESSED = r"(?:(?:\s*,)+\s*accessed\s+(?P<urldate>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))?"
_OX_AFTER = rf"(?:\s*\((?P<note>[^()]{{2,80}})\))?(?:\s*\[[^\[\]]{{2,40}}\])?{_OX_ACCESSED}\s*\.?\s*$"
# A translator or editor after a book's title ("…, trans. Dáibhi Ó Cróinín and David Ganz (…)").
_OX_ROLES = r"(?:,\s+(?:trans\.\s+(?P<translator>[^()]+?)|ed\.\s+(?P<editor>[^()]+?)))?"
# The title is in no quotation marks (a quoted one is an article's, a chapter's or, “…”, another style's).
OXFORD_BOOK = re.compile(rf"^{_OX_NAMES}(?P<title>[^‘“”\"()]+?){_OX_ROLES}\s+{_OX_PUB}{_OX_AFTER}")
# An article's volume ("21", "ns 21", "10/1" with its issue) and year in parentheses, or only the
# year after the journal ("…, Journal of the Royal Asiatic Society, 1957, 10–45").
# An unsigned kind of piece stands where the quoted title would ("Ball, Alexander, Editorial, International
# Journal of Digital Curation, 10/1 (2015), i–v"); pages may be roman.
_OX_PAGES = rf"(?P<pages>{ROMAN_RANGE}|\d+[A-Za-z]?(?:{RANGE_DASH}\d+)?)"  # "x–xvi" too
OXFORD_ARTICLE = re.compile(rf"^{_OX_NAMES}(?:‘(?P<title>[^‘’]+(?:’[^\W\d_][^‘’]*)*)’|(?P<part>Editorial|Review|Letter|Obituary)),"
                            rf"\s+(?P<container>[^,()‘’]+?),\s+"
                            rf"(?:(?:ns\s+)?{_VOL}(?:/(?P<issue>\d+))?\s+(?=\())?\(?{_YEAR}\)?,\s*{_OX_PAGES}\s*\.?\s*$")
# A chapter, or a foreword or introduction, in a book: "‘Title’, in Book (…), 205–37", "foreword in
# A. Name and B. Name (eds.), Book (Boston: Houghton, 2000), x–xvi".
OXFORD_IN = re.compile(rf"^{_OX_NAMES}(?:‘(?P<title>[^‘’]+(?:’[^\W\d_][^‘’]*)*)’,\s+in|(?P<part>foreword|preface|introduction|afterword)\s+in)"
                       rf"\s+(?:(?P<bookeditor>[^()‘’]+?)\s+\(eds?\.\),\s+)?(?P<container>[^()‘’]+?)\s+{_OX_PUB},\s*"
                       rf"{_OX_PAGES}\s*\.?\s*$")
# A page or item read online: "Names, ‘Title’, Site (2013), URL, accessed 9 Nov. 2013"; "BBC News,
# ‘Title’ [video] (5 Nov. 2013), URL, accessed …" (a body's name, no comma in it, may stand for the names).
OXFORD_ONLINE = re.compile(
    rf"^(?:{_OX_NAMES}|(?P<body>[A-Z][^,‘’()]{{1,60}}),\s+)‘(?P<title>[^‘’]+(?:’[^\W\d_][^‘’]*)*)’(?:,\s+(?P<publisher>[^,()‘’\[\]]+?))?"
    rf"(?:\s*\[[^\[\]]{{2,40}}\])?\s*\((?:\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?\s+)?{_YEAR}\){_OX_ACCESSED}\s*\.?\s*$")
# An article not yet published: "Names, ‘Title’, to be published in Journal, URL" (the year not known yet,
# which is reported).
OXFORD_FORTHCOMING = re.compile(rf"^{_OX_NAMES}‘(?P<title>[^‘’]+(?:’[^\W\d_][^‘’]*)*)’,\s+(?P<note>to be published|forthcoming)"
                                rf"\s+in\s+(?P<container>[^,()‘’]+?){_OX_ACCESSED}\s*\.?\s*$")
# A thesis: "Names, ‘Title’, Ph.D. diss. (University of Chicago, 1970)".
OXFORD_THESIS = re.compile(rf"^{_OX_NAMES}‘(?P<title>[^‘’]+(?:’[^\W\d_][^‘’]*)*)’,\s+(?P<kind>Ph\.\s?D\.|D\.\s?Phil\.|M\.\s?A\.|M\.\s?Phil\.|B\.\s?Litt\.)"
                           rf"\s+(?:diss\.|thesis)\s+\((?P<publisher>[^():;]+?),\s*{_YEAR}\)\s*\.?\s*$")
# A law report (OSCOLA, as the Oxford style cites cases): "Badische v Soda-Fabrics (1897) 14 RPC 919
# (HL)", "Bowman v Fussy [1978] RPC 545, HL", "Case C–118/07 Commission … v Finland [2002] ECR I–10889":
# the parties, the year, the report's volume, name and first page, the court.
OXFORD_CASE = re.compile(
    r"^(?:Case\s+(?P<number>[A-Z]\s*[-–]\s*\d+/\d+)\s+)?(?P<title>[A-Z][^()\[\],;]*?\sv\s[^()\[\],;]+?)\s+"
    r"[(\[](?P<year>\d{4})[)\]]\s+(?:(?P<volume>\d+)\s+)?(?P<container>[A-Z][A-Za-z]{1,6}(?:\s[A-Z][A-Za-z]{0,5}){0,2})\s+"
    r"(?P<pages>[A-Z]?\s*[-–]?\s*\d+)(?:\s*\((?P<court>[A-Z]{1,5})\)|,\s*(?P<court2>[A-Z]{1,5}))?\s*\.?\s*$")
# A performance: "Ashton, Frederick, A Wedding Bouquet (1937), Royal Opera House, London, 22 Oct. 2004" (the
# work's year in parentheses, the venue, the place, the day it was seen), or "A Midsummer Night’s Dream by
# William Shakespeare, dir. Ian Judge, Theatre Royal, Newcastle upon Tyne, 26 Feb. 1995".
_OX_DAY = r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<year>\d{4})"
OXFORD_PERFORMANCE = re.compile(
    rf"^(?:{_OX_NAMES}(?P<title>[^‘’()]+?)\s+\((?P<origyear>\d{{4}})\)"
    rf"|(?P<title2>[A-Z][^‘(),]+?)\s+by\s+(?P<author2>[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){{1,2}}),\s+dir\.\s+(?P<director>[^,()]+?)),"
    rf"\s+(?P<venue>[A-Z][^,()]+?),\s+(?P<address>[A-Z][^,()\d]+?),\s+{_OX_DAY}\s*\.?\s*$")


def _day_month_year(text: str) -> str | None:
    """"9 Nov. 2013" → "2013-11-09" (None for a month it does not know)."""
    day, month, year = text.replace(".", "").split()
    number = month_number(month)
    return f"{year}-{number:02d}-{int(day):02d}" if number else None


def _oxford(text: str, quoted_only: bool) -> Spans | None:
    """The Oxford style's forms; ``quoted_only``: those whose title stands in quotation marks (or
    a law case, or a performance dated to the day), which no other style's head takes — tried
    before APA's "(Year)", which would read "Allaby, Michael, ‘Feathers’, Oxford Reference (2013)"
    as names and a year; otherwise the book, tried last."""
    patterns = (OXFORD_CASE, OXFORD_THESIS, OXFORD_ARTICLE, OXFORD_IN, OXFORD_ONLINE, OXFORD_PERFORMANCE,
                OXFORD_FORTHCOMING)
    for pattern in patterns if quoted_only else (OXFORD_BOOK,):
        m = pattern.match(text)
        if not m:
            continue
        spans = _groups(m)
        if spans.get("author") == "Anon.":
            del spans["author"]
            spans["anonymous"] = "Anon."
        if "body" in spans:
            spans["author"] = spans.pop("body")  # a body's name ("BBC News"): read as one
        role = spans.pop("role", None)
        if role == "dir":
            # A film, "Chaplin, Charles (dir.), Modern Times (United Artists, 1936)": the director is
            # its author, the one name in the imprint its studio, not a place.
            if pattern is not OXFORD_BOOK or "publisher" in spans or "address" not in spans:
                continue
            spans["publisher"] = spans.pop("address")
            spans["note"] = "; ".join(n for n in ("film", spans.get("note")) if n)
        elif role:
            spans["editor"] = spans.pop("author")
        if pattern is OXFORD_PERFORMANCE:
            if "title2" in spans:
                spans["title"], spans["author"] = spans.pop("title2"), spans.pop("author2")
                spans["order"] = "given-first"
                spans["note"] = f"dir. {spans.pop('director')}"
            origyear = spans.pop("origyear", None)
            spans["note"] = "; ".join(n for n in (f"work of {origyear}" if origyear else "", spans.get("note"),
                                                  f"performed at {spans.pop('venue')}") if n)
            spans["type"] = "misc"
        if "urldate" in spans:
            date = _day_month_year(spans.pop("urldate"))
            if date:
                spans["urldate"] = date
        if "reprint" in spans:
            spans["note"] = "; ".join(n for n in (spans.pop("reprint"), spans.get("note")) if n)
        if pattern is OXFORD_FORTHCOMING:
            spans["note"] = "to be published"  # (what reading.plausible knows for a work with no year yet)
        if pattern is OXFORD_ARTICLE and "part" in spans:  # "Editorial": the piece's title as printed
            spans["title"] = spans.pop("part")
        if pattern is OXFORD_IN:
            spans["type"] = "incollection"
            if "part" in spans:  # "foreword": the part of the book the entry is, its title as printed
                spans["title"] = spans.pop("part")
            if "bookeditor" in spans:
                spans["editor"] = spans.pop("bookeditor")
        elif pattern is OXFORD_ONLINE:
            spans["type"] = "online"
        elif pattern is OXFORD_THESIS:
            spans["type"] = "phdthesis" if re.match(r"(?:Ph|D)", spans.pop("kind")) else "mastersthesis"
        elif pattern is OXFORD_CASE:
            court = spans.pop("court", None) or spans.pop("court2", None)
            spans["anonymous"] = "case"  # a case is named by its parties, it has no author
            number = spans.pop("number", None)  # the court's number of the case, not an issue's
            spans["note"] = ", ".join(n for n in (f"Case {number}" if number else "", court) if n)
            if not spans["note"]:
                del spans["note"]
        elif pattern is OXFORD_BOOK:
            spans["type"] = "book"
        return spans
    return None


# A book's place and publisher after its title, as APA in Chinese prints it (Taiwan's journals):
# "教育部（2022）。中小學數位學習精進方案。臺北市：教育部。" (its punctuation made half-width before).
APA_CN_BOOK = re.compile(r"^(?P<title>[^。.]*[\u4e00-\u9fff][^。.]*?)[。.]\s*(?P<address>[^：:。.，,]{2,20})[：:]\s*"
                         r"(?P<publisher>[^。.]+?)\s*[。.]?\s*$")
# Names whose given names are initials ("J. A. Bednar") have periods; a sentence ends elsewhere.
_UNTIL_STOP = r"(?:[^.]|\.(?!\s)|(?<=\b[A-Z])\.\s)+?"
# A publisher's abbreviations ("Johns Hopkins Univ. Press").
_PUBLISHER = r"(?:[^.]|\b(?:Univ|Inc|Co|Ltd|Corp|Assn|Soc|Dept|Natl|Intl)\.)+?"
# The head's names may be editors ("…, eds. 1998."); a translator's head is not read.
# "n.d." where the year stands: no date printed (read, and the missing year reported).
CHICAGO = re.compile(rf"^(?P<author>.+?)(?:,\s*(?P<role>eds?|trans|comps?)\.?)?\.\s+(?:{_YEAR}|(?P<nodate>n\.\s?d))\.\s+(?P<rest>.+)$")
CHICAGO_JOURNAL = re.compile(
    rf"^[“\"](?P<title>.+?)[.,]?[”\"]\s*[.,]?\s*(?P<container>[^.]+?)(?:,\s*\d+(?:st|nd|rd|th)\s+ser\.,)?"
    rf"(?:\s+{_VOL})?{_ISS}?\s*:\s*{_PAGES}{_END}")
# A book: "Title. 17th ed. Translated by A. Name. Place: Publisher. (A note.)" — the edition, a
# translator or editor (another role — "Revised by" — is kept as a note) and a note in
# parentheses after the publisher are optional.
# A recording's reader ("Read by Bernadette Dunne.") is such a role; a series may stand before the place
# ("Commuters’ Library."), and a recording's edition and extent after the publisher ("Audible audio
# ed., 13hr., 6 min.", "6 cassettes.") — kept in ``note``.
_CHICAGO_EXTENT = (r"(?P<extent>(?:[A-Z][\w’'\s]*?\s+ed\.,\s*)?(?:\d+\s*(?:hr|min|cassettes?|CDs?|discs?|LPs?|reels?)"
                   r"\.?,?\s*)+)")
CHICAGO_BOOK = re.compile(
    rf"^(?P<title>{_UNTIL_STOP})\.(?:\s+(?P<edition>\d+(?:st|nd|rd|th))\s+ed\.)?"
    rf"(?:\s+(?:Translated by\s+(?P<translator>{_UNTIL_STOP})|Edited by\s+(?P<editor>{_UNTIL_STOP})"
    rf"|(?P<role_note>(?:Revised|Compiled|Introduction|Foreword|Read|Narrated|Performed) by\s+{_UNTIL_STOP}))(?<!\b[A-Z])\.)?"
    rf"(?:\s+(?P<series>[A-Z][^.:;\d]{{2,60}}?)\.(?=\s+[^.:]+?\s*:))?"
    rf"\s+(?P<address>[^.:]+?)\s*:\s*(?P<publisher>{_PUBLISHER})\s*\.?"
    rf"(?:\s*\((?P<note>[^()]{{2,120}})\)\.?|\s+{_CHICAGO_EXTENT})?\s*$")
# A report or book with its place and no publisher: "Title: Report on …. Chiang Mai, Thailand." (a place
# of one or two capitalised parts, no digit).
CHICAGO_PLACE_ONLY = re.compile(
    rf"^(?P<title>{_UNTIL_STOP})\.\s+(?P<address>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s*[A-Z][a-zA-Z]+(?:\s[A-Z][a-z]+)?)?)\.?\s*$")
# A chapter or paper: "“Title.” In Book, edited by A. Name. Place: Publisher."
CHICAGO_IN = re.compile(
    rf"^[“\"](?P<title>.+?)[.,]?[”\"]\s*In\s+(?P<container>[^.]+?)(?:,\s*edited by\s+(?P<editor>{_UNTIL_STOP}))?"
    rf"(?:,\s*{_PAGES})?\.\s+(?P<address>[^.:]+?)\s*:\s*(?P<publisher>{_PUBLISHER})\s*\.?\s*$")
# A report or working paper of a university's department (the AJAE's lists): "“Title.” Working paper, Dept. of
# Agr. Econ., University of California, Davis.", "“Title.” Dept. Agr. Econ Bull. No. 428, Iowa State
# University, May." — the series and number, then the university (and its campus), a month last.
_UNIVERSITY = (r"(?P<publisher>(?:[A-Z][\w.’'\-]*\s)*University(?:\s+of\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?"
               r"(?:,\s*(?!" + _MONTH_WORD + r"\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*(?:,\s*" + _MONTH_WORD + r")?\.?\s*$))?)")
CHICAGO_REPORT = re.compile(
    rf"^[“\"](?P<title>.+?)[.,]?[”\"]\s*(?P<number>[A-Z][^“”]*?),\s*{_UNIVERSITY}(?:,\s*{_MONTH_WORD})?\s*\.?\s*$")
# A paper read at a meeting: "“Title.” Paper presented at AAEA annual meeting, College Station TX, 4–8 August."
CHICAGO_PRESENTED = re.compile(
    rf"^[“\"](?P<title>.+?)[.,]?[”\"]\s*Paper presented at(?: the)?\s+(?P<container>[^,.]+?),\s*"
    rf"(?P<address>[A-Z][^,.\d]*?(?:,\s*[A-Z][^,.\d]*?)?)(?:,\s*(?P<note>\d{{1,2}}(?:[–-]\d{{1,2}})?\s+{_MONTH_WORD}))?\s*\.?\s*$")
# A notice after the work, as NLM (Citing Medicine) prints it: "… 2000;61(12):909-11. Retraction in: Feifel D, …
# 2002;63(2):169.", "Republished from: …", "Erratum in: …", "Comment on: …", "Update of: …".
_NOTICE = re.compile(r"\.\s+(?P<note>(?:Retraction|Erratum|Errata|(?:Corrected and )?[Rr]epublished|Comment|Update"
                     r"|Expression of concern)\s+(?:in|of|from|on|for)\s*:\s.+?)\s*$")
_CHICAGO_NOTES = re.compile(r"\s*Accessed\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\.?\s*$")
# An issue that is a month or a season ("(January)", "(Winter)") is not a number.
_SEASON = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter)",
                     re.IGNORECASE)

# IEEE. The title is quoted with its comma inside ("Title,”); a date may be "Apr. 2019" or "1999-01".
_IEEE_AUTHOR = r"(?P<author>[^“”\"]+?)"
_IEEE_TITLE = r"[“\"](?P<title>[^“”\"]+?)[,.]?[”\"]"
_IEEE_DATE = (r"(?:(?:[A-Z][a-z]{2,3}\.?|[A-Z][a-z]+)(?:\s*\d{1,2})?(?:[-–/][A-Z][a-z]{2,3}\.?)?,?\s+)?"
              r"(?P<year>\d{4})(?:-\d{2}(?:-\d{2})?)?")
# A place: one to three capitalised parts, no sentence inside ("Amsterdam, The Netherlands", "New York, NY, USA").
_IEEE_PLACE = r"(?P<address>[A-Z][^:,.]*(?:\.(?!\s)[^:,.]*)*(?:,\s*[A-Z][^:,.]*){0,2})"
# Pages of five digits and more may be printed in groups of three ("pp. 14 897–14 900").
_IEEE_PAGES = rf"(?P<pages>\d{{1,3}}(?:\s\d{{3}})+{RANGE_DASH}\d{{1,3}}(?:\s\d{{3}})+|{PAGE_RANGE})"
# JACoW's IEEE names a conference paper by its ID after the date ("…, Oct. 2011, paper TUP014, pp. 89–91.").
_IEEE_PAPER_ID = r"(?:,\s*paper\s+(?P<eid>[A-Z]{2,6}\d{2,4}))?"
IEEE_ARTICLE = re.compile(
    rf"^{_IEEE_AUTHOR},\s*{_IEEE_TITLE}\s*(?P<container>[^,“”]+?),\s*vol\.\s*{_VOL}"
    rf"(?:,\s*no\.\s*(?P<issue>[^,]+?))?(?:,\s*pp?\.\s*{_IEEE_PAGES})?,\s*{_IEEE_DATE}\s*\.?\s*$")
# The book may have its series in parentheses after it, and again after a comma ("in Codes, Systems
# and Graphical Models (IMA Volumes …), IMA Volumes …. New York: Springer-Verlag, 2000"; a comma
# inside the book's name then is the name's); the year may follow the book after a period ("in IEEE
# Workshop on …. 2009.").
IEEE_IN = re.compile(
    rf"^{_IEEE_AUTHOR},\s*{_IEEE_TITLE}\s*in\s+(?:(?P<container>[^,]+?)|(?P<seriesbook>[^()“”]+?)\s*\((?P<series>[^()]+)\)"
    rf"(?:,\s*(?P<series2>[^,.:()]+))?)(?:(?:,\s*(?P<editor>[^:,]+(?:,[^:,]+)*?),\s*Eds?\.|\.)"
    rf"\s+{_IEEE_PLACE}\s*:\s*(?P<publisher>[^,]+?))?[,.]\s*{_IEEE_DATE}(?:,\s*(?:ch|sec)\.\s*\d+)?"
    rf"(?:,\s*pp?\.\s*{_PAGES})?\s*\.?\s*$")
# A paper in a digest or proceedings named with its year: "in SID Tech. Dig. 1998, vol. 29, pp. 11–14."
IEEE_IN_YEAR = re.compile(
    rf"^{_IEEE_AUTHOR},\s*{_IEEE_TITLE}\s*in\s+(?P<container>[^,]+?)\s+{_YEAR},\s*vol\.\s*{_VOL}"
    rf"(?:,\s*no\.\s*(?P<issue>[^,]+?))?,\s*pp?\.\s*{_IEEE_PAGES}\s*\.?\s*$")
# A paper read at a meeting: "presented at the IEEE International Conference on Communications,
# Montreal, Que., Canada, 1997."
IEEE_PRESENTED = re.compile(
    rf"^{_IEEE_AUTHOR},\s*{_IEEE_TITLE}\s*presented\s+at\s+(?:the\s+)?(?P<container>[^,]+?),\s*"
    rf"(?P<address>[A-Z][^,\d()]*(?:,\s*[A-Z][^,\d()]*){{0,2}}),\s*{_IEEE_DATE}{_IEEE_PAPER_ID}"
    rf"(?:,\s*(?P<note>unpublished|this conference))?\s*\.?\s*$")
# An article not yet in a volume: "“Internet tomography,” IEEE J. Selected Areas Commun., May 2002,
# to be published."
# (With no date, "…, IEEE Trans. Inf. Theory, submitted for publication.": the year is not known yet,
# which is reported. AIP and Nature lists print the title's comma after the quotation mark: "“Title”,
# Angew. Chem. Int. Ed., in press.")
IEEE_TO_APPEAR = re.compile(
    rf"^{_IEEE_AUTHOR},\s*{_IEEE_TITLE},?\s*(?P<container>[^,“”]+?),\s*(?:{_IEEE_DATE},\s*)?"
    rf"(?P<note>to be published|to appear|in press|submitted for publication)\s*\.?\s*$")
# A patent: "U. Hideki, “Quadrature modulation circuit,” Japanese Patent 152932/92, 1992-05-20.", "…,”
# French, French Patent Request 9 500 261, 1995-01-11." (the language of the document may come first).
IEEE_PATENT = re.compile(
    rf"^{_IEEE_AUTHOR},\s*{_IEEE_TITLE}\s*(?:[A-Z][a-z]+,\s*)?(?P<holder>U\.\s?S\.|[A-Z][a-z]+)\s+Patent"
    rf"(?P<request>\s+(?:Request|Application))?\s+(?P<number>\d[\d\s/,]*?\d),\s*{_IEEE_DATE}\s*\.?\s*$")
# A paper in proceedings with the meeting's place: "in Proc. Name (ABBR), City, Country, 2019, pp. 1–5."
# (the place in up to three parts, "Las Vegas, Nevada, USA", none with a parenthesis: a meeting's
# abbreviation "(ICASSP)" ends its name, so a comma before it is inside the name).
IEEE_PROC = re.compile(
    rf"^{_IEEE_AUTHOR},\s*{_IEEE_TITLE}\s*in\s+(?P<container>Proc(?:eedings|\.)[^,]+?),\s*"
    rf"(?P<address>[A-Z][^,\d()]*(?:,\s*[A-Z][^,\d()]*){{0,2}}),\s*{_IEEE_DATE}{_IEEE_PAPER_ID}"
    rf"(?:[,.]\s*pp?\.\s*{_PAGES})?\s*\.?\s*$")
# A book: "A. Name, Title, 2nd ed. Place: Publisher, Year." — the names may be the editors'
# ("A. Name and B. Name, Eds., Title."), a series may follow the title in parentheses, and the
# page count, the volume and the language after the year ("…, 1964, p. 464, (in Russian).").
IEEE_BOOK = re.compile(
    rf"^{_IEEE_AUTHOR},\s*(?:(?P<role>Eds?)\.,\s*(?P<titled>[^“”\"()]+?)|(?P<title>[^“”\",()]+?))(?:\s*\((?P<series>[^()]+)\))?"
    rf"(?:,\s*(?P<edition>\d+(?:st|nd|rd|th))\s+ed\.|\.)"
    rf"(?:,?\s*(?P<editor>[^:,]+(?:,[^:,]+)*?),\s*Eds?\.)?\s+{_IEEE_PLACE}\s*:\s*(?P<publisher>[^,]+?),\s*{_IEEE_DATE}"
    rf"(?:,\s*p\.\s*\d+)?(?:,\s*vol\.\s*{_VOL})?(?:,\s*\((?P<note>in\s+[A-Z][a-z]+)\))?\s*\.?\s*$")
IEEE_THESIS = re.compile(
    rf"^{_IEEE_AUTHOR},\s*{_IEEE_TITLE}\s*(?P<kind>Ph\.\s?D\.\s*(?:dissertation|thesis)|[Dd]octoral dissertation"
    rf"|M\.\s?(?:S|Sc|A|Eng)\.\s*thesis|[Mm]aster[’']?s thesis),\s*(?:(?P<department>[^,]*\bDept\.[^,]*),\s*)?(?P<publisher>[^,]+?)(?:,\s*{_IEEE_PLACE})?,\s*{_IEEE_DATE}\s*\.?\s*$")
IEEE_REPORT = re.compile(
    rf"^{_IEEE_AUTHOR},\s*{_IEEE_TITLE}\s*(?P<publisher>[^,]+?)(?:,\s*(?P<address>[^,]+?(?:,\s*[A-Z][^,]+?)?))?,\s*(?:Tech\.\s*)?Rep\.\s*"
    rf"(?P<number>[^,]+?),\s*{_IEEE_DATE}\s*\.?\s*$")
_IEEE_ONLINE = re.compile(r"\s*\[Online\]\.?\s*(?:Available\s*:?)?\s*\.?\s*$")
# (NLM marks a letter or an abstract after the title: "Title [letter]. Journal. …", kept as its note.)
VANCOUVER = re.compile(
    rf"^(?P<author>[^.]+?)\.\s+(?P<title>.+?)(?:\s+\[(?P<note>letter|abstract|editorial|comment)\])?[.?]\s+(?P<container>[^.;]+?)\.?\s+{_YEAR}"
    rf"(?:\s+[A-Z][a-z]{{2}}[^;:]*)?\s*;\s*(?:{_VOL}(?:\s+Suppl\s*\d*)?)?{_ISS}?\s*:\s*{_PAGES}{_END}")
VANCOUVER_BOOK = re.compile(
    rf"^(?P<author>[^.]+?)\.\s+(?P<title>.+?)\.(?:\s+(?P<edition>\d+(?:st|nd|rd|th))\s+ed\.)?\s+(?P<address>[^.:;]+?)\s*:\s*(?P<publisher>[^.;]+?)\s*;\s*{_YEAR}{_END}")
# A chapter: "Author. Title. In: Name AB, Name CD, eds. Book. Place: Publisher; Year:pages." (or "p. 1-10").
VANCOUVER_IN = re.compile(
    rf"^(?P<author>[^.]+?)\.\s+(?P<title>.+?)\.\s+In:\s+(?P<editor>[^.]+?),\s+(?:eds?|editors?)\.\s+"
    rf"(?P<container>[^.]+?)\.(?:\s+(?P<edition>\d+(?:st|nd|rd|th))\s+ed\.)?\s+(?P<address>[^.:;]+?)\s*:\s*"
    rf"(?P<publisher>[^.;]+?)\s*;\s*{_YEAR}\s*(?::\s*|\.\s*p\.\s*){_PAGES}{_END}")
# NEJM's chapter: "Author. Title. Name AB, Name CD, eds. Book Year:pages." (no "In:").
VANCOUVER_EDS = re.compile(
    rf"^(?P<author>[^.]+?)\.\s+(?P<title>.+?)\.\s+(?P<editor>[^.]+?),\s+eds?\.\s+(?P<container>[^.]+?)\s+{_YEAR}"
    rf"\s*:\s*{_PAGES}{_END}")
GBT_NO_CODE = re.compile(
    rf"^(?P<author>[^.]+?)\.\s+(?P<title>.+?)\.\s+(?P<container>[^.,]+?)\s*,\s*{_YEAR}\s*"
    rf"(?:,\s*{_VOL})?{_ISS}?\s*(?::\s*{_PAGES})?{_END}")
GBT_NO_CODE_BOOK = re.compile(
    rf"^(?P<author>[^.]+?)\.\s+(?P<title>.+?)\.\s+(?P<address>[^.:,]+?)\s*:\s*(?P<publisher>[^.,]+?)\s*,\s*{_YEAR}{_END}")

# BibTeX's plain book: "Given Family and Given Family. Title. [Place :] Publisher, Year. [ISBN: …]"
# (names given first, initials with their periods; thesis templates print it).
PLAIN_BOOK = re.compile(
    rf"^(?P<author>{_UNTIL_STOP})(?<!\b[A-Z])\.\s+(?P<title>{_UNTIL_STOP})\.\s+(?:(?P<address>[^.:,]+?)\s*:\s*)?"
    rf"(?P<publisher>[^.:,]+?),\s*{_YEAR}\.?(?:\s*ISBN\s*:?\s*(?P<isbn>[\dXx\-]{{10,17}}))?\s*\.?\s*$")

# ...or with the edition after the title and the place after the publisher (lshort's list):
# "Names. Title, 2nd edition. Publisher, Place, Year, ISBN 0-201-52983-1."
# (ctex-faq's list prints the edition after the place: "Addison-Wesley, Reading, Massachusetts, second
# edition, 1994, ISBN …", and a series after the title: "The TEXbook, Volume A of Computers and Typesetting.")
_EDITION_WORDS = (r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                  r"|prima|seconda|terza|quarta|quinta)")  # (the Italian lshort's "seconda edizione")
# (The names may end at a comma when "and" joins the last, all given names first: "Helmut Kopka and
# Patrick W. Daly, Guide to LATEX, 4th edition. Addison-Wesley, …".)
_GIVEN_FIRST = r"[A-Z][^\W\d_]+(?:[\s\-](?:[A-Z]\.|[A-Z][^\W\d_]+)){1,3}"
_GIVEN_FIRST_AND = rf"{_GIVEN_FIRST}(?:,\s{_GIVEN_FIRST})*,?\s+and\s+{_GIVEN_FIRST}"
PLAIN_BOOK_PLACE_AFTER = re.compile(
    rf"^(?:(?P<author>{_UNTIL_STOP})(?<!\b[A-Z])\.|(?P<author2>{_GIVEN_FIRST_AND}),)\s+(?P<title>{_UNTIL_STOP})(?:,\s*(?P<edition>\d+(?:st|nd|rd|th))\s+edition)?\.\s+"
    rf"(?P<publisher>[^.:,]+?),\s*(?P<address>[^.:,]+?(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)"
    rf"(?:,\s*(?P<edition2>{_EDITION_WORDS})\s+(?:edition|edizione))?,\s*{_YEAR}"
    rf"(?:[,.]?\s*ISBN\s*:?\s*(?P<isbn>[\dXx\-]{{10,17}}))?"
    # (…and the series after the year: "…, 1986. Volume C of Computers and Typesetting.", the MetaPost manual's)
    rf"(?:\.\s+Volume\s+(?P<volume2>[A-Z]|\d+)\s+of\s+(?P<series2>[A-Z][^.]+?))?\s*\.?\s*$")

# ...or BibTeX's plain (and its kin) for an article and a chapter: "Names. Title. Journal, 10(3):325–328, November 1989.",
# "Names. Title. In Book, pages 53–77. Publisher, Year." (the MetaPost manual's list)
PLAIN_ARTICLE = re.compile(
    rf"^(?P<author>{_UNTIL_STOP})(?<!\b[A-Z])\.\s+(?P<title>{_UNTIL_STOP})\.\s+(?P<container>[A-Z][^.]*?),\s*(?P<volume>\d+)"
    rf"(?:\((?P<issue>\d+)\))?(?::(?P<pages>{PAGE_RANGE}))?,\s*(?:{_MONTH_WORD}\s+)?{_YEAR}\s*\.?\s*$")
PLAIN_IN = re.compile(
    rf"^(?P<author>{_UNTIL_STOP})(?<!\b[A-Z])\.\s+(?P<title>{_UNTIL_STOP})\.\s+In\s+(?P<container>[A-Z][^.]*?),\s+pages\s+"
    rf"(?P<pages>{PAGE_RANGE})\.\s+(?P<publisher>[^.,:]+?)(?:,\s*(?P<address>[^.,:]+?(?:,\s*[A-Z][a-z]+)?))?,\s*{_YEAR}\s*\.?\s*$")

# ...or with the place before the publisher and the edition after it (BibTeX's plain with an edition, ctex's
# list): "Names. Title. Subtitle. Boston: Addison-Wesley, second edition, 2004" (the title may hold a
# subtitle's sentence: the edition and place mark where it ends).
PLAIN_BOOK_EDITION_AFTER = re.compile(
    rf"^(?P<author>{_UNTIL_STOP})(?<!\b[A-Z])\.\s+(?P<title>[^:]+?)\.\s+(?P<address>[A-Z][^.:,]+?(?:,\s*[A-Z]{{2}})?)\s*:\s*"
    rf"(?P<publisher>[^.:,]+?),\s*(?P<edition>{_EDITION_WORDS})\s+edition,\s*{_YEAR}\s*\.?\s*$")

# ...or a book with its number after the publisher (书号, ISBN) and no place, or a work with nothing but
# its title, a version and a year, as ctex-faq's list prints them (Chinese separators made half-width):
# "邓建松, 彭冉冉. LATEX 2ε 科技排版指南, 科学出版社, 书号: 7-03-009239-2/TP.1516, 2001.",
# "王磊. LATEX 2ε 插图指南, 2000.", "Tobias Oetiker, …. The Not So Short Introduction to LATEX 2ε 4.12, 2003."
# (a title with no period or comma; a last number with a dot in it is the version).
_PLAIN_TITLE = r"(?P<title>(?:[^.,;:{}]|[.:](?=\d))+?)"
PLAIN_BOOK_NUMBER = re.compile(
    rf"^(?P<author>{_UNTIL_STOP})(?<!\b[A-Z])\.\s+{_PLAIN_TITLE},\s*(?P<publisher>[^.,:;]+?),\s*"
    rf"(?P<booknumber>(?:书号|ISBN)\s*:?\s*[\dXx][\w\-/.]+?),\s*{_YEAR}\s*\.?\s*$")
PLAIN_TITLE_YEAR = re.compile(
    rf"^(?P<author>{_UNTIL_STOP})(?<!\b[A-Z])\.\s+{_PLAIN_TITLE}(?:\s+(?P<version>\d+(?:\.\d+)+))?,\s*{_YEAR}\s*\.?\s*$")

# ...or an online item: "Names. Title, Year." before its URL (latex-notes-zh-cn's list: "Tobias
# Oetiker. A (Not So) Short Introduction to LaTeX2e, 2008. URL http://…"); read only when the line
# has a URL (:func:`wenxian.refparse.reading.plausible`), tried after every other form.
PLAIN_ONLINE = re.compile(
    rf"^(?P<author>{_UNTIL_STOP})(?<!\b[A-Z])\.\s+(?P<title>[^.]+?)(?:,\s*(?P<edition>\d+(?:st|nd|rd|th))\s+edition)?"
    rf",\s*{_YEAR}\s*\.?\s*$")  # (urlbst's "Title, 6th edition, 2009. URL: …")
# ...or its year a sentence of its own, then the URL's label and the date it was seen, as biblatex's alpha and
# numeric styles print it ("Scott Pakin. The Comprehensive LATEX Symbol List. 2017. URL: … [cited 2019-01-15]."; the
# URL is taken out before).
PLAIN_ONLINE_YEAR_SENTENCE = re.compile(
    rf"^(?P<author>{_UNTIL_STOP})(?<!\b[A-Z])\.\s+(?P<title>[^.]+?)(?:,\s*(?P<edition>\d+(?:st|nd|rd|th))\s+edition)?"
    rf"[.,]\s+{_YEAR}\.\s+URL:?\s*"
    r"(?:\[(?:cited|accessed|visited)\s[^\[\]]{4,30}\])?\s*\.?\s*$")
# ...or with no year at all, only where it is found: "Names. Title." before its URL, or before its path
# on CTAN and the texdoc command that opens it ("LATEX Project Team. LATEX 2ε for authors.
# CTAN://macros/latex/doc/usrguide.pdf (texdoc usrguide)", lshort's list). Read only with its URL or
# path (:func:`wenxian.refparse.reading.plausible`); names have no digit, quotation mark or parenthesis
# (no year, no quoted title in them), the title opens with neither. The path is kept as printed where
# the URL goes (GB/T's access path), the texdoc command in ``note``; the missing year is reported.
PLAIN_ONLINE_UNDATED = re.compile(
    rf"^(?P<author>(?=[^“”\"()\d]*?(?<!\b[A-Z])\.\s){_UNTIL_STOP})(?<!\b[A-Z])\.\s+(?![(“\"])(?P<title>{_UNTIL_STOP})\."
    rf"(?:\s+(?P<url>CTAN://\S+?)(?:\s*\((?P<note>texdoc\s+[^()\s]+)\))?\.?)?\s*$")

# ...or names given first, joined by commas and "e", "and", "et" or "und", then the title after a comma, then the URL
# (taken out before), no year: the Italian lshort's "C. Beccari e T. Gordini, L’arte di scrivere …, http://…". Read only
# with its URL (:func:`wenxian.refparse.reading.plausible`); the missing year is reported.
_INITIALS_FAMILY = r"(?:[A-Z]\.\s?-?)+\s?(?:(?:De|Di|Da|Del|Van|Von|de|di|da|del|van|von)\s)?[A-Z][^\W\d_]+(?:[-’'][A-Z]?[^\W\d_]+)*"
_NAME_JOINS = r"(?:,\s+|\s+(?:e|and|et|und|y)\s+)"
PLAIN_ONLINE_COMMA = re.compile(
    rf"^(?P<author>{_INITIALS_FAMILY}(?:{_NAME_JOINS}{_INITIALS_FAMILY})*),\s+(?![(“\"])(?P<title>[^.]+?)\s*\.?\s*$")
# ...or a body's name, three to six capitalised words, one of them a body's (no family name is so long: "Family, Given" has one or two before
# its comma), then the title and the URL: pTeX's "TUG DVI Standards Working Group, The DVI Driver Standard, Level 0. URL".
# (…its name says it is a body: a group, a committee, a project)
_BODY_WORDS = re.compile(r"\b(?:Group|Committee|Team|Project|Corporation|Association|Society|Foundation|Community|Consortium"
                         r"|Institute|Council|Board|Office|Agency|Department|Organi[sz]ation|Union|Forum|Initiative)\b")
_LOOSE_TITLE_NAMES = re.compile(r"\b(?:Journal|Proceedings|Review|Transactions|Letters|Conference)\b")
PLAIN_ONLINE_BODY = re.compile(
    r"^(?P<author>[A-Z][\w\-]*(?:\s(?:of|for|and|[A-Z][\w\-]*)){2,5}),\s+(?![(“\"])(?!.*\b(?:1[5-9]|20)\d\d\b)(?P<title>[A-Z][^.]+?)\s*\.?\s*$")
# ...or names, title and where the work comes with a distribution ("LATEX3 Project Team. LATEX 2ε for authors.
# Distribuito con TEX Live col nome usrguide.pdf.", the Italian lshort's list): the note kept, the year reported missing.
PLAIN_DISTRIBUTED = re.compile(
    r"^(?P<author>[A-Z][^.:“”\"()]*(?:(?<=\s[A-Z])\.[^.:“”\"()]*)*?(?<!\b[A-Z]))\.\s+(?P<title>[^.]+?)\s*\.\s+"
    r"(?P<note>(?:Distribui?t[oa]|Distributed|Distribué|Available|Disponibile)\s+(?:con|with|as|avec|in|on)\s[^“”]*?"
    r"(?:\.(?:pdf|html?|dvi|ps|txt))?)\s*\.?\s*$")

# ...or only the names and the title, as a Chinese manual's list may print them (zitie's): the names in
# capitals (small capitals in the PDF) or in Chinese, then the title — no year, no source, which is
# reported (:mod:`wenxian.refparse.reading`). A note on contributors may stand between ("With
# contributions by …, and others."). No year, date or slash may be in the title (a version's history
# printed after it is not the title's).
_CAPITAL_NAME = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+(?:\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+){0,3}"
PLAIN_NAMES_TITLE = re.compile(
    rf"^(?P<author>{_CAPITAL_NAME}(?:,\s{_CAPITAL_NAME})*|[\u4e00-\u9fff]{{2,4}}(?:[,，、]\s?[\u4e00-\u9fff]{{2,4}})*)[,，]\s*"
    r"(?:(?P<note>With contributions by [^.]+)\.\s+)?(?P<title>[^\s,，.:/\d][^/]*?)\s*\.?\s*$")

# AIP (physics): names with their initials first, then "“Title”, Journal Vol, pages (Year)." or a
# book "Title, 5th ed. (Publisher, Place, Year)."; the place may be "City, Country", the
# publisher "X, Inc. and Y" (a place is never "Inc." and has no "and").
# A name may end in a lineage ("A. J. Arduengo III", "F. P. Gentry Jr."; westnames keeps it apart).
_AIP_NAME = INITIALS + r"\s*(?:(?:van|von|de|der|du|le)\s)?[A-Z][^\s,()“”\d]+(?:\s(?:Jr\.|Sr\.|II|III|IV)(?![\w.]))?"
_AIP_AUTHORS = rf"(?P<author>{_AIP_NAME}(?:,\s(?:and\s)?{_AIP_NAME})*(?:,?\sand\s{_AIP_NAME})?)(?:\s\([^()]+\))?(?:,\s(?P<role>eds?)\.)?"
AIP_JOURNAL = re.compile(
    rf"^{_AIP_AUTHORS},\s*[“\"](?P<title>[^“”\"]+?)[,.]?[”\"]\s*,\s*(?P<container>[^“”()]+?)"
    rf"(?:\s+{_VOL})?,\s*{_PAGES}\s*\({_YEAR}\){_END}")
AIP_BOOK = re.compile(
    rf"^{_AIP_AUTHORS},\s(?P<title>[^“”(),]+?)(?:,\s*(?P<edition>\d+(?:st|nd|rd|th))\s+ed\.)?"
    # a report's series and number ("UKAEA Research Group Report AERE-R 2938")
    rf"(?:,\s*(?P<number>(?:[A-Z][\w.\-]*\s){{0,3}}Report\s[A-Z][\w.\-]*(?:\s\d+)?))?\s*"
    rf"\((?P<publisher>[^()]+?),\s*(?P<address>(?!\s*(?:Inc\b|ed\.\s))(?:(?!\band\b)[^(),])+?"
    rf"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?),\s*{_YEAR}\){_END}")


# IOP (physics, iopart-num.bst): no punctuation between the parts — "Family I I and Family I Year
# Journal Vol Pages", "Family I Year Title vol 2 (Place: Publisher) p 103", a series in parentheses
# ("(Lecture Notes in Physics vol 708)"), editors marked "(eds)", an arXiv number "(Preprint …)".
# A chapter ("Title Book (Series vol 29) ed Name (Place: Publisher)") has nothing between its title
# and its book's: it is not read (no parenthesised series, no "ed" inside a title).
_IOP_NAME = r"(?:(?:van|von|de|der)\s)?[A-Z][^\s,()\d.]+(?:\s[A-Z][^\s,()\d.]+)?(?:\s[A-Z](?:-[A-Z])?)+"
_IOP_HEAD = (rf"^(?P<author>{_IOP_NAME}(?:,\s{_IOP_NAME})*(?:\sand\s{_IOP_NAME})?(?:\set\sal\.)?)"
             rf"(?:\s\((?P<role>eds?)\))?\s+{_YEAR}\s+")
_IOP_PREPRINT = r"(?:\s*\(Preprint\s+(?P<eprint>[^()\s]+)\))?"
IOP_JOURNAL = re.compile(
    _IOP_HEAD + r"(?P<container>[A-Z][^()]*?)\s+(?:" + _VOL + r"(?:\((?P<issue>[^()]+)\))?\s+)?"
    r"(?P<pages>[A-Za-z]*\d+(?:\(\d{4}\)\d+)?(?:\s*[-–]\s*\d+)?)" + _IOP_PREPRINT + _END)
IOP_BOOK = re.compile(
    _IOP_HEAD + r"(?P<title>(?:(?!\sed\s)[^()]|\((?![^()]*\b(?:vol|no)\s\d)[^():]*\))+?)(?:\s+(?P<edition>\d+(?:st|nd|rd|th))\s+ed)?"
    r"(?:\s+vol\s+(?P<volume>\d+)(?:\s+(?P<volumetitle>[^()]+?))?)?"
    r"(?:\s+\((?P<series>[^():]+?)\s+(?P<series_kind>vol|no)\s+(?P<series_number>\d+)\))?"
    r"\s+\((?P<address>[^():]+):\s*(?P<publisher>[^()]+)\)(?:\s+pp?\s+(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?" + _END)
IOP_PREPRINT = re.compile(_IOP_HEAD + r"(?P<title>[^()]+?)\s*\(Preprint\s+(?P<eprint>[^()\s]+)\)" + _END)
IOP_THESIS = re.compile(_IOP_HEAD + r"(?P<kind>Ph\.\s?D\.|PhD|MSc|Master['’]?s)\s+thesis\s+(?P<publisher>[^()]+?)"
                        + _IOP_PREPRINT + _END)


def _iop(text: str) -> Spans | None:
    """An IOP line (see above): a journal article, a book, a preprint or a thesis."""
    for pattern in (IOP_JOURNAL, IOP_THESIS, IOP_PREPRINT, IOP_BOOK):
        m = pattern.match(text)
        if not m:
            continue
        spans = _groups(m)
        if spans.pop("role", None):
            spans["editor"] = spans.pop("author")
        eprint = spans.pop("eprint", None)
        if eprint:
            spans["note"] = f"Preprint {eprint}"
        if pattern is IOP_THESIS:
            spans["type"] = "phdthesis" if re.match(r"(?i)ph", spans.pop("kind")) else "mastersthesis"
            spans["title"] = ""  # a thesis printed without its title: nothing to make up
        elif pattern is IOP_PREPRINT:
            spans["type"] = "unpublished"
        kind = spans.pop("series_kind", None)
        number = spans.pop("series_number", None)
        if kind == "vol" and "volume" not in spans:
            spans["volume"] = number
        elif number:
            spans["number"] = number
        volumetitle = spans.pop("volumetitle", None)
        if volumetitle:
            spans["note"] = "; ".join(n for n in (f"vol {spans['volume']} {volumetitle}", spans.get("note")) if n)
        return spans
    return None

# Chinese author-date (经济研究 style). The names end at the comma before the year; the
# title and the journal or book stand in 《》. A Chinese line arrives with its separators made
# half-width (:func:`wenxian.refparse.reading.canonical`); both widths are read.
_CN_HEAD = (rf"^(?P<author>[^,，:：《》]+?)\s*[,，]\s*{_YEAR}\s*[:：,，]\s*《(?P<title>[^《》]+(?:《[^《》]*》[^《》]*)*)》"
            # a book's edition in parentheses after its title ("《行政法论》（第五版），", "（第 2 版）")
            r"(?:\s*[（(]\s*第\s*(?P<cnedition>\d{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[)）])?\s*[,，]\s*")
_CN_PUBLISHER = r"(?:(?P<address>[^,，:：《》]{2,12}?)\s*[:：]\s*)?(?P<publisher>[^,，:：《》.。]+?)"
CN_AUTHOR_DATE_JOURNAL = re.compile(
    _CN_HEAD + r"《(?P<container>[^《》]+)》\s*(?:\d{4}\s*年\s*)?(?:第\s*(?P<volume>\d+)\s*卷\s*)?"
    r"(?:第\s*(?P<issue>\d+(?:\s*[-–—/]\s*\d+)?)\s*期)(?:\s*[,，]\s*第?\s*(?P<pages>\d+(?:\s*[-–—~]\s*\d+)?)\s*页)?\s*[.。]?\s*$")
CN_AUTHOR_DATE_IN = re.compile(
    _CN_HEAD + r"载(?:于)?\s*(?P<editor>[^《》,，]+?)\s*(?:主编|编著|编)\s*《(?P<container>[^《》]+)》\s*[,，]\s*"
    + _CN_PUBLISHER + r"\s*[.。]?\s*$")
CN_AUTHOR_DATE_BOOK = re.compile(_CN_HEAD + _CN_PUBLISHER + r"\s*[.。]?\s*$")
# Their English lines: the year after the names, the title quoted (an article) or not (a book).
_EN_HEAD = rf"^(?P<author>[^“”\"]+?),\s*{_YEAR},\s*"
EN_AUTHOR_DATE_JOURNAL = re.compile(
    _EN_HEAD + r"[“\"](?P<title>[^“”\"]+?)[,.]?[”\"]\s*,\s*(?P<container>[^,“”\"]+?),\s*(?:Vol\.\s*)?"
    + _VOL + r"(?:" + _ISS + r"|\s*,\s*No\.\s*(?P<issue2>[^,]+?))?\s*,\s*(?:pp?\.\s*)?" + _PAGES + _END)
# The place and publisher of a book ("Princeton: Princeton University Press", "Washington, DC: World Bank").
_EN_IMPRINT = r"(?P<address>[A-Z][^,:“”]*(?:,\s*[A-Z][A-Za-z.]*)?)\s*:\s*(?P<publisher>[^,:“”]+?)"
# (A book's title may hold a colon before its subtitle: "Fiscal Monitor: Strengthening …, Washington, DC: IMF.")
EN_AUTHOR_DATE_BOOK = re.compile(_EN_HEAD + r"(?P<title>[^“”\",]+?),\s*" + _EN_IMPRINT + _END)
# A chapter: "…, 2003, "Title", in Rodrik, D.(ed.), Book: Subtitle, Princeton: Princeton University Press, pp.297~333."
EN_AUTHOR_DATE_IN = re.compile(
    _EN_HEAD + r"[“\"](?P<title>[^“”\"]+?)[,.]?[”\"]\s*,\s*in\s+(?P<editor>[^()“”\"]+?)\s*\((?:[Ee]ds?)\.?\)\s*,\s*"
    r"(?P<container>[^“”\"]+?),\s*" + _EN_IMPRINT + r"(?:\s*,\s*pp?\.\s*" + _PAGES + r")?" + _END)


# 社会学研究's English lines: the year after the names without a comma, the fields after the
# quoted title set off by spaces: "Bian, Yanjie & Soon Ang 1997, “Title.” Social Forces 75(3)." and a
# book "Blau, Peter M. & Otis Dudley Duncan 1967, Title. New York: Wiley."
_EN_SPACED_HEAD = rf"^(?P<author>[^“”\"\d]+?)\s+{_YEAR},\s*"
EN_SPACED_JOURNAL = re.compile(
    _EN_SPACED_HEAD + r"[“\"](?P<title>[^“”\"]+?)[,.]?[”\"]\s*,?\s*(?P<container>[A-Z][^,“”\"]*?),?\s+"
    + _VOL + _ISS + r"?(?:\s*[,:]\s*(?:pp?\.\s*)?" + _PAGES + r")?" + _END)
EN_SPACED_BOOK = re.compile(
    _EN_SPACED_HEAD + r"(?P<title>[^“”\"]+?)\.\s+(?P<address>[A-Z][^,:“”.]*(?:,\s*[A-Z][A-Za-z.]*)?)\s*:\s*"
    r"(?P<publisher>[^,:“”]+?)" + _END)


def _chinese_number(text: str) -> int:
    """A number of one or two digits, or in Chinese numerals up to 九十九 ("五", "十二", "二十")."""
    if text.isdigit():
        return int(text)
    digits = {c: n for n, c in enumerate("一二三四五六七八九", 1)}
    tens, _, ones = text.rpartition("十") if "十" in text else ("", "", text)
    return (digits.get(tens, 1) * 10 if "十" in text else 0) + digits.get(ones, 0)


def _author_date(text: str) -> Spans | None:
    """A line of the Chinese author-date style, or of its English counterpart."""
    for pattern in (CN_AUTHOR_DATE_JOURNAL, CN_AUTHOR_DATE_IN, CN_AUTHOR_DATE_BOOK,
                    EN_AUTHOR_DATE_JOURNAL, EN_AUTHOR_DATE_IN, EN_AUTHOR_DATE_BOOK, EN_SPACED_JOURNAL, EN_SPACED_BOOK):
        m = pattern.match(text)
        if m:
            spans = _groups(m)
            if "issue2" in spans:
                spans["issue"] = spans.pop("issue2")
            if "cnedition" in spans:
                spans["edition"] = str(_chinese_number(spans.pop("cnedition")))
            if pattern in (CN_AUTHOR_DATE_IN, EN_AUTHOR_DATE_IN):
                spans["type"] = "incollection"
            return spans
    return None


# Nature: names inverted, the initials after a comma, "&" before the last ("Allen, R. A., Smith,
# D. B. & Hiscott, J. E."), then "Title. Journal 113, 361–363 (1991)." or a book "Title 5th ed.
# (Publisher, Place, Year).", a thesis "Title PhD thesis (University, Place, Year).", an edited book
# "Title (eds Name, I. & Name, I.) (Publisher, Place, Year)." (no names before the title).
_NATURE_NAME = (r"(?:(?:van|von|de|der|du|le)\s)?[A-Z][^\s,()“”\d.]+(?:\s[A-Z][^\s,()“”\d.]+)?"
                r"(?:\s(?:Jr\.|Sr\.|III|II|IV))?,\s(?:[A-Z][a-z]?\.(?:-[A-Z][a-z]?\.)?\s?)*[A-Z][a-z]?\.(?:-[A-Z]\.)?")
_NATURE_AUTHORS = (rf"(?P<author>{_NATURE_NAME}(?:(?:,\s|,?\s&\s){_NATURE_NAME})*(?:\set\sal\.)?)")
# The place: "London", "Chichester, United Kingdom", "Oxford, United Kingdom" (not "Inc.", no "and").
_NATURE_PLACE = r"(?P<address>(?!Inc\b)(?:(?!\band\b)[^(),])+?(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)"
NATURE_JOURNAL = re.compile(
    rf"^{_NATURE_AUTHORS}\s+(?P<title>[^.]+?)\.\s+(?P<container>[A-Z][^()]*?)(?:\s+{_VOL})?,\s*{_PAGES}"
    rf"\s*\({_YEAR}\){_END}")
NATURE_BOOK = re.compile(
    rf"^(?:{_NATURE_AUTHORS}\s+)?(?P<title>[^()]+?)(?:\s+(?P<edition>\d+(?:st|nd|rd|th))\s+ed\.)?"
    rf"(?:\s+(?P<kind>PhD thesis)|\s+(?P<number>(?:[A-Z][\w.\-]*\s){{0,3}}Report\s[A-Z][\w.\-]*(?:\s\d+)?))?"
    rf"(?:\s+\(eds?\s+(?P<editor>[^()]+)\))?"
    rf"\s*\((?P<publisher>[^()]+?),\s*{_NATURE_PLACE},\s*{_YEAR}\){_END}")


# Nature's patent, cited by its number: "Arduengo III, A. J. & Simmons III, H. E. US Patent 6177575 (2001)."
NATURE_PATENT = re.compile(rf"^{_NATURE_AUTHORS}\s+(?P<number>(?:US|U\.S\.)\s+Patent\s+(?:No\.\s*)?\d[\d,]*)\s*\({_YEAR}\){_END}")


def _nature(text: str) -> Spans | None:
    m = NATURE_JOURNAL.match(text)
    if m:
        return _groups(m)
    m = NATURE_PATENT.match(text)
    if m:
        return {**_groups(m), "type": "patent"}
    m = NATURE_BOOK.match(text)
    if not m or not (m.group("author") or m.group("editor")):
        return None
    spans = _groups(m)
    if spans.pop("kind", None):
        spans["type"] = "phdthesis"
    elif spans.get("number"):
        spans["type"] = "techreport"  # "UKAEA Research Group Report AERE-R 2938"
    return spans


# ACS (chemistry). A name is "Family[ Jr.| III], I. I." (initials may be hyphenated, "H.-J."); the
# names are set off by semicolons (by commas in an editors' list). The initials are read lazily: in
# "Kline, M. J. Am. Chem. Soc." the "J." opens the journal's abbreviation, as it does in most of them.
_ACS_NAME = (r"(?:(?:van|von|de|der|du|le)\s)?[A-Z][^\s,;()“”\d.]+(?:\s[A-Z][^\s,;()“”\d.]+)?"
             r"(?:\s(?:Jr\.|Sr\.|III|II|IV))?,\s[A-Z][a-z]?\.(?:-[A-Z]\.)?(?:\s?[A-Z][a-z]?\.(?:-[A-Z]\.)?)*?")
_ACS_AUTHORS = rf"(?P<author>{_ACS_NAME}(?:;\s{_ACS_NAME})+|{_ACS_NAME})"
_ACS_EDITORS = rf"(?P<editor>{_ACS_NAME}(?:,\s{_ACS_NAME})*),\s(?P<role>Eds?)\."
_ACS_EDITION = r"(?:,\s*(?P<edition>\d+(?:st|nd|rd|th))\s+ed\.)?"
# After the names of a book or report: its title, which does not start with an initial.
_ACS_TITLE = r"[.,]?\s+(?![A-Z]\.[\s,])(?P<title>[^;“”]+?)"
_ACS_PUBLISHED = rf";\s*(?P<publisher>[^:;]+?):\s*(?P<address>[^;:]+?),\s*{_YEAR}{_END}"
ACS_JOURNAL = re.compile(
    rf"^{_ACS_AUTHORS}\s+(?P<container>[A-Z][^;:“”]*?)\s+{_YEAR},\s*(?:{_VOL},\s*)?{_PAGES}{_END}")
ACS_BOOK = re.compile(rf"^{_ACS_AUTHORS}{_ACS_TITLE}{_ACS_EDITION}{_ACS_PUBLISHED}")
ACS_EDITED = re.compile(rf"^(?P<title>[^;“”]+?){_ACS_EDITION};\s*{_ACS_EDITORS}{_ACS_PUBLISHED}")
ACS_REPORT = re.compile(
    rf"^{_ACS_AUTHORS}{_ACS_TITLE};\s*(?P<number>[^;]*?\bReport\b[^;]*?);\s*(?P<address>[^:;]+?):\s*"
    rf"(?P<publisher>[^;:]+?),\s*{_YEAR}{_END}")
# An article accepted, not yet in an issue: "Pugh, D.; Wright, J. A. Angew. Chem. Int. Ed., in press."
# (The journal opens with a word or with the one-letter abbreviations journals' names open with — "J.", "Z.",
# "Q." —: an "A." before "Angew." is the last name's initial.)
ACS_IN_PRESS = re.compile(rf"^{_ACS_AUTHORS}\s+(?P<container>(?:[JZQ]\.|[A-Z][a-z]+)[^;:“”\d]*?),\s*(?P<note>in press){_END}")
ACS_PATENT = re.compile(
    rf"^{_ACS_AUTHORS}(?:\s\((?P<holder>[^()]+)\))?\.?\s+(?![A-Z]\.[\s,])(?P<title>[^;“”]+?)\s+"
    rf"(?P<kind>(?:US|U\.S\.|UK|European|World|Japanese|German|Chinese)\s+Pat(?:ent|\.)),?\s*"
    rf"(?P<number>\d[\d,\s]*\d),\s*{_YEAR}{_END}")


# The RSC's chemistry journals and the AMS's amsrefs: names given first and set off by commas, "and"
# before the last, then the fields set off by commas. RSC: an article without its title "C. D. Abernethy,
# G. M. Codd and M. K. Taylor, J. Am. Chem. Soc., 2003, 125, 1128–1129", a book "…, Advanced Inorganic
# Chemistry, Wiley, Chichester, 6th edn., 1999"; amsrefs: a book "Nicolas Bourbaki, Théorie des
# ensembles, Hermann, Paris, 1970", an article "Alan Sokal, Title, Social Text 46/47 (1996), 217–252".
# A name is initials and a family name, or given names and a family name in full (capitalised words).
_COMMA_NAME = (r"(?:(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*|(?:[A-Z][^\W\d_]+\s){1,2})[A-Z][^\s,;()“”\d.]+"
               r"(?:,\s(?:Jr\.|Sr\.|III|II|IV)(?=,))?)")
_COMMA_NAMES = rf"(?P<author>{_COMMA_NAME}(?:,\s{_COMMA_NAME})*(?:,?\sand\s{_COMMA_NAME})?)"
RSC_JOURNAL = re.compile(
    rf"^{_COMMA_NAMES},\s(?P<container>[A-Z][^,;“”\d]*?),\s{_YEAR},\s{_VOL},\s{_PAGES}{_END}")
# (No "Eds." for a title, no sentence in a publisher or place: "…, Eds., Title. New York: IEEE Press" is IEEE's.)
COMMA_BOOK = re.compile(
    rf"^{_COMMA_NAMES},\s(?!Eds?\.|and\s)(?P<title>[^,;“”]+?),\s(?P<publisher>[A-Z][^,;:“”\d]*?),\s(?P<address>[A-Z][^,;:“”\d]*?)"
    rf"(?:,\s(?P<edition>\d+(?:st|nd|rd|th))\s+edn?\.)?,\s{_YEAR}{_END}")
# (…nor is ", and Alexander Samarin. The LATEX Companion …" a title: the names' last, in a list that prints them so)
AMS_JOURNAL = re.compile(
    rf"^{_COMMA_NAMES},\s(?P<title>[^;“”]+?),\s(?P<container>[A-Z][^,;“”\d()]*?)\s(?P<volume>\d+(?:/\d+)?)"
    rf"\s\({_YEAR}\)(?:,\sno\.\s(?P<issue>\d+))?,\s{_PAGES}{_END}")


# The AMS styles' other forms (amsplain, the AMS journals' and their publishers' classes): a book whose place
# may be left out, after its edition and series ("Title, second ed., Graduate Texts in Mathematics 60, Springer,
# New York, 1989."), a report ("Title, Tech. Report B-194, Institution, Dept. of …, Tokyo, 1987.", "Working
# paper, Dept. of …, August 1987."), a thesis ("Title, Ph.D. thesis, School, Dept. of …, Palo Alto, CA, July
# 1987.") and a paper in proceedings after "in" or none ("Title, in Proc. 21st STOC (Seattle, WA, USA), ACM, New
# York, 1989, pp. 12–24."; the place of the meeting and the editors in parentheses are not the book's).
_AMS_PLACE = r"(?P<address>[A-Z][^,;:“”\d]*?(?:,\s[A-Z]{2})?)"
_AMS_DATE = rf"(?:{_MONTH_WORD}\s)?{_YEAR}"
AMS_BOOK = re.compile(
    rf"^{_COMMA_NAMES},\s(?!Eds?\.|and\s|&\s|[^,]*\b(?:thesis|dissertation)\b)(?P<title>(?:[^,;“”.]|\.(?!\s))+?),(?:\s(?P<edition>[a-z]+|\d+(?:st|nd|rd|th))\sed\.,)?"
    rf"(?:\s(?P<series>[A-Z][^,;“”]*?\s\d+),)?\s(?P<publisher>[A-Z][^,;:“”\d]*?)(?:,\s{_AMS_PLACE})?,\s{_YEAR}{_END}")
AMS_REPORT = re.compile(
    rf"^{_COMMA_NAMES},\s(?!and\s|&\s)(?P<title>[^;“”]+?),\s(?:Tech(?:nical|\.)\sReport\s(?P<number>[\w\-]+)|(?P<kind>Working\spaper)),"
    rf"\s(?P<publisher>[A-Z][^;“”\d]*?)(?:,\s(?P<address>[A-Z][^,;:“”\d.]*?))?,\s{_AMS_DATE}{_END}")
AMS_THESIS = re.compile(
    rf"^{_COMMA_NAMES},\s(?!and\s|&\s)(?P<title>[^;“”]+?),\s(?P<kind>Ph\.\s?D\.|Master[’']s)\sthesis,"
    rf"\s(?P<publisher>[A-Z][^;“”\d]*?),\s{_AMS_PLACE},\s{_AMS_DATE}{_END}")
AMS_IN = re.compile(
    rf"^{_COMMA_NAMES},\s(?!and\s|&\s)(?P<title>[^;“”]+?),\s(?:in\s)?(?P<container>(?:Proc\.|Proceedings)[^()]+?)(?:\s\([^()]*\))*,"
    rf"\s(?P<publisher>[A-Z][^,;:“”\d]*?)(?:,\s{_AMS_PLACE})?,\s{_YEAR},\spp\.\s{_PAGES}{_END}")


# The little words of titles in the Romance languages (not English ones: "de", "la" alone are names' particles too, so
# two are asked for).
_ROMANCE_WORDS = re.compile(r"\b(?:de|del|della|di|la|las|los|el|le|les|des|du|et|y|e|do|da|dos|das|en|para|por|con|per)\b")


def _comma_styles(text: str) -> tuple[Spans, str] | None:
    for pattern, name in ((RSC_JOURNAL, "rsc"), (AMS_JOURNAL, "ams"), (COMMA_BOOK, "rsc-ams"), (AMS_BOOK, "ams"),
                          (AMS_REPORT, "ams"), (AMS_THESIS, "ams"), (AMS_IN, "ams")):
        m = pattern.match(text)
        if m:
            spans = _groups(m)
            if pattern is AMS_REPORT:
                spans["type"] = "techreport"
                if spans.pop("kind", None):
                    spans["note"] = "Working paper"
            elif pattern is AMS_THESIS:
                spans["type"] = "phdthesis" if spans.pop("kind").startswith("Ph") else "mastersthesis"
            elif pattern is AMS_IN:
                spans["type"] = "inproceedings"
            elif pattern is COMMA_BOOK and len(_ROMANCE_WORDS.findall(spans.get("title", ""))) >= 2:
                # A book in Spanish, Italian, French or Portuguese: these print the place before the publisher
                # ("Madrid, Espasa-Calpe, 1999", "Milano, Mondadori, 1990"), where amsrefs prints "Publisher, Place"
                spans["publisher"], spans["address"] = spans["address"], spans["publisher"]
            return {**spans, "order": "given-first"}, name
    return None


# The initials read lazily as the journal's ("L. Phys Rev", "C. C. Numer Math") where the journal's abbreviated
# words carry no full stop (Wiley's "Phys Rev B", "J Chem Phys"): two words or more after them, none with a
# full stop, and the initials are the last name's.
_INITIALS_BEFORE_UNDOTTED = re.compile(r"^((?:[A-Z]\.\s)+)(?=[A-Z][^\s.]*(?:\s[^\s.]+)+$)")


def _acs(text: str) -> Spans | None:
    """An ACS line (see above)."""
    for pattern in (ACS_JOURNAL, ACS_IN_PRESS, ACS_REPORT, ACS_PATENT, ACS_BOOK, ACS_EDITED):
        m = pattern.match(text)
        if not m:
            continue
        spans = _groups(m)
        initials = _INITIALS_BEFORE_UNDOTTED.match(spans.get("container", ""))
        if pattern is ACS_JOURNAL and initials:  # "Adler, S. L. Phys Rev": the journal's words take no full stop
            spans["author"] += " " + initials.group(1).strip()
            spans["container"] = spans["container"][initials.end():]
        if pattern is ACS_REPORT:
            spans["type"] = "techreport"
        elif pattern is ACS_PATENT:
            spans["type"] = "patent"
            spans["note"] = "; ".join(v for v in (spans.pop("kind"), spans.pop("holder", None)) if v)
        spans.pop("role", None)
        return spans
    return None


def _groups(m: re.Match[str]) -> Spans:
    return {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}


# The title's comma set after its closing quotation mark, as British style and JACoW's IEEE print it
# ("“A novel injector”, in Proc. LINAC’18, …"): the same comma IEEE sets inside ("…injector,” in").
_COMMA_AFTER_TITLE = re.compile(r"(?<=[^\s,.])([”\"]),(?=\s)")


def _ieee(text: str) -> Spans | None:
    text = _COMMA_AFTER_TITLE.sub(r",\1", _IEEE_ONLINE.sub("", text).rstrip(" .") + ".", count=1)
    for pattern in (IEEE_ARTICLE, IEEE_IN, IEEE_IN_YEAR, IEEE_PROC, IEEE_PRESENTED, IEEE_THESIS, IEEE_REPORT,
                    IEEE_TO_APPEAR, IEEE_PATENT, IEEE_BOOK):
        m = pattern.match(text)
        if not m:
            continue
        spans = _groups(m)
        kind = spans.pop("kind", "")
        # The paper's ID at its meeting and the thesis's department: kept in the note, not lost.
        extra = [f"paper {spans.pop('eid')}" if "eid" in spans else "", spans.pop("department", ""), spans.get("note", "")]
        if any(extra):
            spans["note"] = "; ".join(e for e in extra if e)
        if pattern is IEEE_THESIS:
            spans["type"] = "phdthesis" if re.match(r"(?i)ph|doc", kind) else "mastersthesis"
        elif pattern is IEEE_REPORT:
            spans["type"] = "techreport"
        elif pattern is IEEE_IN:
            spans["type"] = "inproceedings" if not spans.get("publisher") else "incollection"
        elif pattern in (IEEE_PROC, IEEE_PRESENTED, IEEE_IN_YEAR):
            spans["type"] = "inproceedings"
        elif pattern is IEEE_PATENT:
            request = spans.pop("request", "").strip()
            spans["type"] = "patent"
            spans["number"] = f"{spans.pop('holder')} Patent{' ' + request if request else ''} {spans['number']}"
        if "seriesbook" in spans:  # the series printed twice is one series (two others: not this form)
            if spans.get("series2", spans["series"]) != spans["series"]:
                continue
            spans["container"] = spans.pop("seriesbook")
            spans.pop("series2", None)
            spans["type"] = "inproceedings" if not spans.get("publisher") else "incollection"
        if "titled" in spans:  # after "Eds.," the title may hold commas (the names are over)
            spans["title"] = spans.pop("titled")
        if pattern is IEEE_BOOK and spans.pop("role", None):
            if spans.get("editor"):
                return None  # editors twice: not this form
            spans["editor"] = spans.pop("author")  # "A. Name, Ed., Title": the editors head the book
        return spans
    return None


def _chicago(spans: Spans, rest: str) -> Spans | None:
    role = spans.pop("role", "")
    if role.startswith(("trans", "comp")):
        return None  # a translator or compiler in the author's place: no element of ours
    if role:
        spans["editor"] = spans.pop("author")
    for body in (CHICAGO_JOURNAL, CHICAGO_IN, CHICAGO_PRESENTED, CHICAGO_REPORT, CHICAGO_BOOK, CHICAGO_PLACE_ONLY):
        b = body.match(rest)
        if b:
            found = _groups(b)
            if "extent" in found:
                found["note"] = found.pop("extent").strip().rstrip(",")
            if body is CHICAGO_REPORT:
                found["type"] = "techreport"
            if body is CHICAGO_PRESENTED:
                found["type"] = "inproceedings"
            if body is CHICAGO_PLACE_ONLY:
                found["type"] = "book"  # its place read, the publisher not printed (reading.plausible)
            if body is CHICAGO_IN:
                found["type"] = "incollection"
            if "role_note" in found:
                found["note"] = "; ".join(n for n in (found.pop("role_note"), found.get("note")) if n)
            if _SEASON.match(found.get("issue", "")):
                del found["issue"]
            return {**spans, **found}
    return None


def read_other_style(text: str) -> tuple[Spans, str] | None:
    """``(spans, style name)`` when one style's pattern reads all of ``text`` (the first that does)."""
    return next(other_style_readings(text), None)


def other_style_readings(text: str) -> Iterator[tuple[Spans, str]]:
    """Every ``(spans, style name)`` a style's pattern reads all of ``text`` as, the most specific
    style first. The reader of a list takes the first that is plausible (:func:`wenxian.refparse.reading.plausible`):
    a line that a looser pattern takes by mistake ("J. S. Smithand G. W. Johnson, Philos. Trans. …" as
    GB/T without its code) is still read by the style it is in."""
    text = _CHICAGO_NOTES.sub("", text.strip())  # "Accessed May 3, 2012." is no source of the work
    read = False
    if notice := _NOTICE.search(text):  # the work is read before the notice, which is kept as its note
        for spans, style in _style_readings(text[:notice.start() + 1]):
            read = True
            note = notice.group("note")
            yield {**spans, "note": f"{spans['note']}. {note}" if spans.get("note") else note}, style
    for reading in _style_readings(text):
        read = True
        yield reading
    if not read:
        yield from _loose_readings(text)


# An item online as urlbst and ISO 690 print it: "Names. Title [online]. Month Year. URL: … [cited 17 March 2011]."
# (the URL taken out before; the date may be missing, which is reported; an editor's role and a revision may follow
# the names and the title: "Robin Fairbairns, editor.", "(rev.2.0)").
ONLINE_MARKED = re.compile(
    r"^(?P<author>[A-Z][^.:\[\]()]*?(?:(?<=\s[A-Z])\.[^.:\[\]()]*?)*?)(?:,\s*(?P<role>editors?|eds?\.))?(?<!\b[A-Z])\.\s+"
    r"(?P<title>(?:[^.\[\]]|\.(?=\S))+?)(?:\s*\((?P<note>rev\.\s?[\w.]+)\))?\s*\[online\]\.\s+"
    rf"(?:(?:{_MONTH_WORD}\s+)?{_YEAR}\.\s+)?URL:?\s*(?:\[(?:cited|accessed|viewed)\s[^\[\]]{{4,30}}\])?\s*\.?\s*$")
# …or as covington's list prints it: "Family, Given: Title. Month Day, Year." before the URL.
ONLINE_COLON_DATED = re.compile(
    rf"^(?P<author>[A-Z][^:.]*?(?:\s[A-Z]\.[^:.]*?)*):\s+(?P<title>[^.]+?)\.\s+{_MONTH_WORD}\s+\d{{1,2}},\s+{_YEAR}\s*\.?\s*$")


# …or as biblatex-philosophy's "classic" style prints a manual online: "Family, Given [with Given Family] (2020), Title,
# version 3.41, Feb. 28, 2020," before the URL (the co-authors after "with" are no authors of the entry).
ONLINE_VERSIONED = re.compile(
    rf"^(?P<author>[A-Z][^()\[\]]*?)(?:\s\[with\s[^\[\]]+\])?\s\({_YEAR}\),\s+(?P<title>[^()]+?),\s+version\s(?P<version>[\w.\-]+)"
    r"(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})?\s*[.,]?\s*$")


def _online_readings(text: str) -> Iterator[tuple[Spans, str]]:
    """The items online that say so ("[online]", "URL:") or are dated to the day after their names' colon: read
    only with their URL (:func:`wenxian.refparse.reading.plausible`)."""
    m = ONLINE_MARKED.match(text)
    if m:
        spans = {**_groups(m), "type": "online"}
        words = spans["author"].split()
        if len(words) < 3 or any(re.fullmatch(r"[A-Z]\.?", w) for w in words) or re.search(r",|\band\b", spans["author"]):
            spans["order"] = "given-first"  # (three words or more without an initial: a body, "International Standards Organisation")
        if spans.pop("role", None):
            spans["editor"] = spans.pop("author")
            spans["contributors"] = "given-first"
        yield spans, "online"
    m = ONLINE_COLON_DATED.match(text)
    if m:
        yield {**_groups(m), "type": "online"}, "online"
    m = ONLINE_VERSIONED.match(text)
    if m:
        yield {**_groups(m), "type": "online"}, "online"


def _style_readings(text: str) -> Iterator[tuple[Spans, str]]:
    text = _CHICAGO_NOTES.sub("", text.strip())  # "Accessed May 3, 2012." is no source of the work
    yield from _online_readings(text)
    acs = _acs(text)  # names set off by semicolons, the place after the publisher's colon
    if acs is not None:
        yield acs, "acs"
    comma = _comma_styles(text)  # names given first, then fields set off by commas (RSC, amsrefs)
    if comma is not None:
        yield comma
    ieee = _ieee(text)  # a quoted title after the names: the most specific form first
    if ieee is not None and (not ieee.get("author") or parse_author_list(ieee["author"], True) is not None) and not (
            re.match(r"(?:and|&)\s|(?:[A-Z]\.\s?)+(?:et\sal\.|[A-Z][a-z])", ieee.get("title", ""))) and not (
            # (…nor is a family name without initials, its given name and a colon before the title: the German
            # "Müller, Peter: Title. Place: Publisher, Year.", not IEEE's "P. Müller, Title")
            "." not in (ieee.get("author") or ieee.get("editor", "")) and re.match(r"[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)*:\s", ieee.get("title", ""))):
        # (names that are no names — "Coleman, William. Biology in the Nineteenth Century: …, Function" — or
        # a title that opens with the names' rest — "and Fritz Lenz. Grundriss …", "W. C. et al. Principles …" —
        # mean the line is another style's: the next readers try it)
        yield ieee, "ieee"
    yield from more_style_readings(text)  # Springer basic, Harvard, MLA, Chicago notes-bibliography (SBL), …
    dated = _author_date(text)  # the year right after the names, set off by commas
    if dated is not None:
        yield dated, "author-date"
    nature = _nature(text)
    if nature is not None:
        yield nature, "nature"
    iop = _iop(text)
    if iop is not None:
        yield iop, "iop"
    for pattern, name in ((VANCOUVER, "vancouver"), (VANCOUVER_BOOK, "vancouver"), (VANCOUVER_IN, "vancouver"),
                          (VANCOUVER_EDS, "vancouver"),
                          (PLAIN_ARTICLE, "plain"), (PLAIN_IN, "plain"),
                          (GBT_NO_CODE, "gbt-no-code"), (GBT_NO_CODE_BOOK, "gbt-no-code"),
                          (AIP_JOURNAL, "aip"), (AIP_BOOK, "aip"), (PLAIN_BOOK, "plain"), (PLAIN_BOOK_EDITION_AFTER, "plain"),
                          (PLAIN_BOOK_PLACE_AFTER, "plain")):
        m = pattern.match(text)
        if m:
            spans = _groups(m)
            if pattern in (VANCOUVER_IN, VANCOUVER_EDS, PLAIN_IN):
                spans["type"] = "incollection"
            if pattern is AIP_BOOK and spans.get("number"):
                spans["type"] = "techreport"
            if pattern is GBT_NO_CODE and not (spans.keys() & {"volume", "issue", "pages"}):
                # "Title. Addison–Wesley, 1986.": a name and a year with no volume or pages is
                # who published a book, not a journal
                spans["publisher"] = spans.pop("container")
                if imprint := re.fullmatch(r"(?P<address>[^:]+?)\s*:\s*(?P<publisher>.+)", spans["publisher"]):
                    spans.update(imprint.groupdict())  # "London: Macmillan, 1894.": the place, then the publisher
                if edition := re.search(r"\.\s+(?P<edition>Rev\.|\d+(?:st|nd|rd|th))\s?ed$", spans["title"]):
                    # "The Origins of Modern Science. Rev. ed. Free Press, 1965.": the edition is no part of the title
                    spans["title"], spans["edition"] = spans["title"][:edition.start()], edition.group("edition")
                # "The TEXbook, Computers & Typesetting, volume A": the series and the book's volume in it.
                series = re.match(r"(?P<title>[^,]+?),\s*(?P<series>[^,]+?),\s*[Vv]ol(?:ume|\.)\s*(?P<volume>[A-Z\d]+)$",
                                  spans["title"])
                if series:
                    spans.update(series.groupdict())
            if spans.pop("role", None):
                spans["editor"] = spans.pop("author")
            if name == "plain":
                spans["order"] = "given-first"  # BibTeX's plain prints every name so
            if pattern is PLAIN_BOOK_PLACE_AFTER:
                if "author2" in spans:
                    spans["author"] = spans.pop("author2")
                if "edition2" in spans:
                    spans["edition"] = spans.pop("edition2")
                if "volume2" in spans:
                    spans["volume"], spans["series"] = spans.pop("volume2"), spans.pop("series2")
                series = re.match(r"(?P<title>.+?),\s*Volume\s+(?P<volume>\w+)\s+of\s+(?P<series>.+)$", spans["title"])
                if series:
                    spans.update(series.groupdict())
            yield spans, name
    physics_line = physics.read(text)  # Physical Review, Science: after AIP's forms, which it would take
    if physics_line is not None:
        yield physics_line, "physics"
    oxford = _oxford(text, quoted_only=True)
    if oxford is not None:
        yield oxford, "oxford"
    m = APA_IN_PRESS.match(text)
    if m:
        yield {**_groups(m), "type": "article"}, "apa"
    for head, name in ((APA, "apa"), (CHICAGO, "chicago")):
        m = head.match(text)
        if not m:
            continue
        spans = {k: v.strip() for k, v in m.groupdict().items() if k not in ("rest", "date", "nodate") and v}
        if name == "chicago" and m.group("nodate"):
            spans["form"] = "no-date"
        rest = m.group("rest").strip()
        if name == "chicago":
            found = _chicago(spans, rest)
            if found is not None:
                yield found, name
            continue
        # APA 7 dates a periodical's or a site's item to the day, a book only by its year;
        # "Advance online publication" is a journal's. Either way the name after the title is
        # where the work appeared, not a publisher.
        periodical = bool(m.group("date")) or bool(re.search(r"Advance online publication|Retrieved\s+[A-Z]", rest))
        retrieved = bool(re.search(r"Retrieved\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4},?\s+from\s*\.?\s*$", rest))
        rest = _APA_NOTES.sub("", rest).strip()
        # A report's number in parentheses after its title: "Title (No. 3209.1). Place: Author." (APA 5)
        report_number = _APA_REPORT_NUMBER.search(rest)
        if report_number:
            rest = rest[:report_number.start()] + rest[report_number.end():]
        if not rest.endswith((".", "。")):
            rest += "."
        edition_after = _EDITION_AFTER.search(rest)  # "…, London, 4th edition.": the book's edition, last
        if edition_after:
            rest = rest[:edition_after.start()] + "."
        bodies = (APA_QUOTED_JOURNAL, APA_QUOTED_REPORT, APA_NUMBERED_REPORT, APA_QUOTED_IN, APA_JOURNAL, APA_VOL_ONLY, APA_VOLUME_SPACED, APA_PAGES_ONLY,
                  APA_NEWSPAPER, APA_IN, APA_IN_PAGES, APA_IN_COLON, APA_IN_EDITOR_AFTER, BOOK_PLACE_PUB, BOOK_PUB, APA_CN_BOOK)
        if not re.search(r"[)）]\s*[.,。]", text[m.end("year"):m.start("rest")]):
            bodies = (APA_COMMA_JOURNAL, *bodies, ECON_BOOK_COLON, ECON_BOOK_COMMA)
        for body in bodies:
            b = body.match(rest)
            if b:
                found = _groups(b)
                title = found.get("title", "")
                if title.count("(") != title.count(")") or (title.startswith("“") and re.search(r"”\s*\S", title)):
                    # A title cut inside a parenthesis ("33(No"), or a quoted title with more after its
                    # closing mark ("“Stability ….” Kuhn, Feb"): this body did not find the title.
                    continue
                if body is BOOK_PUB and periodical and "address" not in found:
                    found["container"] = found.pop("publisher")
                if body is BOOK_PUB and _REPORT_SERIES.search(found.get("publisher", "")) and found.get("address"):
                    found.update(type="techreport", number=found.pop("publisher"), publisher=found.pop("address"))
                if body is BOOK_PUB and (kind := _THESIS_KIND.fullmatch(found.get("publisher", ""))) and found.get("address"):
                    # "Title. PhD thesis, University." (natbib's author-year styles): the kind of thesis
                    # where a publisher stands, then its school.
                    found.update(type="phdthesis" if kind.group("phd") else "mastersthesis",
                                 publisher=found.pop("address"))
                if body in (ECON_BOOK_COLON, ECON_BOOK_COMMA):
                    found["type"] = "book"
                if body is APA_NUMBERED_REPORT:
                    found["type"] = "techreport"
                if body is APA_QUOTED_REPORT:
                    found["type"] = "techreport"
                    if "number2" in found:
                        found["number"], found["publisher"] = found.pop("number2"), found.pop("institution")
                if report_number:
                    if body not in (BOOK_PUB, BOOK_PLACE_PUB):
                        continue
                    found.update(type="techreport", number=report_number.group("number"))
                if edition_after:
                    if body not in (BOOK_PUB, BOOK_PLACE_PUB):
                        continue
                    found["edition"] = edition_after.group("edition")
                if body in (APA_IN, APA_IN_PAGES, APA_IN_EDITOR_AFTER, APA_QUOTED_IN, APA_IN_COLON):
                    found["type"] = "incollection"
                    volumetitle = found.pop("volumetitle", None)
                    if volumetitle:
                        found["note"] = f"vol. {found['volume']}, {volumetitle}"
                if "title" in found:
                    # (a description in brackets where the title stands, as APA prints unpublished data: "[Auditory
                    # response latencies in rat auditory cortex]. Unpublished raw data." — the words are its title)
                    found["title"] = re.sub(r"^\[([^\[\]]+)\]$", r"\1", found["title"])
                    title = _DESCRIPTION.sub("", found["title"]) or found["title"]
                    title = _ROLE_NOTE.sub("", title) or title
                    if (edition := _EDITION_NOTE.search(title)) and edition.start():
                        found["edition"] = edition.group("edition")
                        title = title[:edition.start()]
                    found["title"] = title
                if (chapter := _CHAPTER_NOTE.search(found.get("publisher", ""))) and chapter.start():
                    found["chapter"] = chapter.group("chapter")
                    found["publisher"] = found["publisher"][:chapter.start()]
                yield {**spans, **found}, name
        # (the forms that name no source, after every form that names one)
        if retrieved and (b := APA_WEB_DOCUMENT.match(rest)):
            yield {**spans, **_groups(b), "type": "online"}, name
        elif retrieved and (b := APA_WEB_CHAPTER.match(rest)):
            yield {**spans, **_groups(b), "type": "incollection"}, name
        elif b := APA_DESCRIBED.match(rest):
            yield {**spans, **_groups(b), "type": "misc"}, name
        elif b := APA_PLACEHOLDER.match(rest):
            yield {**spans, **_groups(b), "type": "misc", "form": "untitled"}, name
    # Oxford's book last: its names-then-title head would take other styles' lines first.
    oxford = _oxford(text, quoted_only=False)
    if oxford is not None:
        yield oxford, "oxford"


# A page online by no one named, its URL taken out: "CORINA: generation of 3D coordinates, (2006) URL." (AIP),
# "… coordinates URL (2006)." (Nature): a title of one sentence and the year.
UNNAMED_ONLINE = re.compile(r"^(?P<title>[A-Z][^.()“”]+?),?\s*\((?P<year>(?:1[5-9]|20)\d\d)\)\s*\.?\s*$")


def _loose_readings(text: str) -> Iterator[tuple[Spans, str]]:
    """The loosest forms — "Names. Title, Year.", names and a title alone, an item online without a
    date —, which a line any style's pattern reads (even implausibly) is not: "A. Book, Example Book
    Title. The Publisher, 2011." is an IEEE book, not names "A. Book, Example Book Title" and a title."""
    m = PLAIN_ONLINE.match(text) or PLAIN_ONLINE_YEAR_SENTENCE.match(text)
    if m:
        yield {**_groups(m), "type": "online", "order": "given-first"}, "plain"
    m = PLAIN_BOOK_NUMBER.match(text)
    if m:
        spans = _groups(m)
        spans["note"] = spans.pop("booknumber")
        yield {**spans, "order": "given-first"}, "plain"
    m = PLAIN_TITLE_YEAR.match(text)
    if m:
        spans = _groups(m)
        if "version" in spans:
            spans["note"] = f"version {spans.pop('version')}"
        yield {**spans, "type": "misc", "order": "given-first"}, "plain"
    m = PLAIN_NAMES_TITLE.match(text)  # (names in capitals: before the undated online item's looser head)
    if m and not re.search(r"(?:1[5-9]|20)\d\d", m.group("title")):
        yield {**_groups(m), "type": "misc", "form": "names-title", "order": "given-first"}, "plain"
    m = PLAIN_ONLINE_UNDATED.match(text)
    if m:
        yield {**_groups(m), "type": "online", "order": "given-first"}, "plain"
    m = PLAIN_ONLINE_COMMA.match(text)
    if m:
        spans = _groups(m)
        spans["author"] = re.sub(r"\s+(?:e|et|und|y)\s+", " and ", spans["author"])
        spans["author"] = re.sub(r"(?<=\b[A-Z]\.)(?=[A-Z][a-z])", " ", spans["author"])  # "C.Beccari" set without its space
        yield {**spans, "type": "online", "order": "given-first"}, "plain"
    m = PLAIN_ONLINE_BODY.match(text)
    if m and not _LOOSE_TITLE_NAMES.search(m.group("author")) and _BODY_WORDS.search(m.group("author")):
        yield {**_groups(m), "type": "online", "names": "whole"}, "plain"
    m = PLAIN_DISTRIBUTED.match(text)
    if m:
        yield {**_groups(m), "type": "misc", "form": "names-title", "order": "given-first"}, "plain"
    m = UNNAMED_ONLINE.match(text)
    if m:  # (plausible only with its URL and year: reading.plausible)
        yield {**_groups(m), "type": "online"}, "plain"
