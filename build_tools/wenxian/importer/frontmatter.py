"""Front matter: abstract, keywords, English block, journal fields, title and authors.

Works on the blocks :mod:`wenxian.importer.layout` found; a block opened by a
label ("[摘　 要]", "摘要：", "【关键词】", "Abstract:", "Key words:",
"收稿日期：" …) is a field. Several journal fields may share a line
("中图分类号：D61  文献标志码：A"). Title and authors are taken from the text
only when they stand, unlabelled, before the abstract; the English title and
authors only when Latin lines stand right before "Abstract:". Nothing is
ever made up: a field the text lacks stays empty.
"""

from __future__ import annotations

import re

from wenxian.importer.chars import HAN_RE
from wenxian.importer.evidence import MASTHEAD, masthead_features, weigh
from wenxian.importer.joining import join_lines
from wenxian.importer.layout import Chunk
from wenxian.importer.lines import Line
from wenxian.importer.markers import JOURNAL, journal_key, journal_label, strip_marker
from wenxian.importer.normalize import normalize
from wenxian.importer.options import ImportOptions
from wenxian.model import Metadata

_CN_KEYWORD_SEP = re.compile(r"\s*[;；,，、]\s*")
# A gap between two Han characters in a key-word line without separators (round 16f).
_HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")
_EN_KEYWORD_SEP = re.compile(r"\s*[;；,，]\s*")
_NAME_SEP = re.compile(r"\s*[,，、;；]\s*|\s{2,}")
_NAME_MARKS = re.compile(r"[\d*＊∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_TRAILING = re.compile(r"[\s;；,，。.]+$")
_FIELD_END = re.compile(r"[\s;；,，]+$")
# Journal fields whose values are codes, not prose.
CODE_FIELDS = frozenset({"clc", "document_code", "article_id", "doi"})
MAX_TITLE_WIDTH = 60


class FrontMatter:
    """Collects fields from front-matter blocks into a :class:`Metadata`."""

    def __init__(self, options: ImportOptions, compounds: frozenset[str]) -> None:
        self.options = options
        self.compounds = compounds
        self.meta = Metadata()

    def _text(self, chunk: Chunk, *, first: str | None = None) -> str:
        texts = [line.text for line in chunk.lines]
        if first is not None:
            texts[0] = first
        texts = [t for t in texts if t]
        return join_lines(texts, dehyphenate=self.options.dehyphenate, compounds=self.compounds).text

    def _cn(self, text: str) -> str:
        return normalize(text, punctuation=self.options.punctuation, spaces=self.options.spaces).strip()

    def add(self, chunk: Chunk) -> None:
        """Take one labelled block (``chunk.kind`` is a marker kind)."""
        kind = chunk.kind
        text = self._text(chunk, first=strip_marker(kind, chunk.lines[0].text))
        if kind == "abstract":
            # A structured abstract's labels ("背景 …。目的 …") are set apart by a space, which
            # the removal of extraction spaces would take: an ideographic space keeps them apart.
            text = _SECTION_LABEL.sub(lambda m: m.group(1) + m.group(2) + _KEEP, text)
            self.meta.abstract = self._cn(text).replace(_KEEP, "\u3000") or None
        elif kind == "keywords":
            glued = JOURNAL.search(text)  # "…；乡村振兴 [DOI] 10.1234/…" on one line
            if glued:
                text, rest = text[: glued.start()], text[glued.start() :]
                self._journal(rest)
            if not _CN_KEYWORD_SEP.search(text):
                # No comma or semicolon: the key words are set apart by (full-width) spaces
                # ("应急志愿服务　社区治理　…"), which the removal of extraction spaces would take.
                text = _HAN_GAP.sub("；", text)
            self.meta.keywords = _split(self._cn(text), _CN_KEYWORD_SEP)
        elif kind == "en_abstract":
            self.meta.en_abstract = " ".join(text.split()) or None
        elif kind == "en_keywords":
            self.meta.en_keywords = _split(" ".join(text.split()), _EN_KEYWORD_SEP)
        elif kind == "journal":
            self._journal(text)

    def _journal(self, text: str) -> None:
        matches = list(JOURNAL.finditer(text))
        for k, match in enumerate(matches):
            end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
            key = journal_key(journal_label(match))
            value = _FIELD_END.sub("", text[match.end() : end]).strip()
            if key not in CODE_FIELDS:
                value = self._cn(value)
            elif key == "article_id":  # (round 15e) wrapped at its hyphen; pdftotext drops that hyphen
                value = "".join(value.split())
                value = _ARTICLE_ID_DEHYPHENATED.sub(r"\1-\2", value)
            if value:
                self.meta.journal[key] = value

    def first_page_head(self, lines: list[Line], furniture: list[Line]) -> list[Line]:
        """The unlabelled lines at the top of the first page, before the abstract:
        journal lines, the title (maybe wrapped), the author line, affiliations.

        ``furniture`` are page-furniture lines removed from before the abstract
        (the first page's own header): they give the journal's name, year,
        volume and issue. Returns the lines that are none of these, as text.
        """
        journal_lines = [line.text for line in furniture]
        lines = [line for k, line in enumerate(lines) if not _names_later_line(line, lines[k + 1 :])]
        lines = _rejoin_author_pieces(_rejoin_split_name(lines))
        if not lines:
            return lines
        title = _title_taken_for_furniture(lines, furniture)
        if title is not None:
            journal_lines.remove(title.text)
            lines = [title, *lines]
        else:
            title = _title_taken_for_date(lines, furniture)
            if title is not None:
                journal_lines.remove(title.text)
                at = next((i for i, line in enumerate(lines) if line.number > title.number), len(lines))
                lines = [*lines[:at], title, *lines[at:]]
        k = 0
        dated = any(_journal_line(line.text) and line.number > lines[0].number for line in furniture)
        if len(lines) > 1 and _JOURNAL_NAME.match(_SPACES.sub("", lines[0].text)) and (
            _masthead(lines[1].text, journal_lines) or (dated and len(lines[0].text) <= 12)
        ):
            journal_lines.append(lines[0].text)  # the journal's name above its date line
            k = 1
        while k < len(lines) and (_masthead(lines[k].text, journal_lines) or (k and _EN_TITLE_CASE_NAME.match(lines[k].text.strip()))):
            # (the journal's English name in title case, right under its Chinese name: "Urban Planning
            # and Design", where the running head is printed on the first page only)
            journal_lines.append(lines[k].text)
            k += 1
        k = _before_marked_title(lines, k, journal_lines)
        self._journal_head(journal_lines)
        rest = _authors_before_affiliations(lines[k:])
        at = _author_line(rest)
        if at is not None and at > 0 and _title_like(rest[:at]):
            self.meta.title = _without_note_mark(self._cn(self._text(Chunk("text", rest[:at]))))
            names = _authors(rest[at].text) or []
            self.meta.authors = [name for name, _ in names]
            if any(marks for _, marks in names):
                self.meta.author_affiliations = [marks for _, marks in names]
            rest = rest[at + 1 :]
        elif at is None:
            end = next((i for i, line in enumerate(rest) if _affiliation_start(line.text)), len(rest))
            if end and _title_like(rest[:end]):
                self.meta.title = _without_note_mark(self._cn(self._text(Chunk("text", rest[:end]))))
                rest = rest[end:]
            else:
                return rest
        else:  # an author line first: no title
            names = _authors(rest[0].text) or []
            self.meta.authors = [name for name, _ in names]
            if any(marks for _, marks in names):
                self.meta.author_affiliations = [marks for _, marks in names]
            rest = rest[1:]
        if rest and _affiliation_start(rest[0].text):
            end = 1
            text = rest[0].text
            while end < len(rest) and _open_parens(text) > 0:
                text += rest[end].text
                end += 1
            parts = [rest[:end]]
            # Affiliations a line each, each with its mark ("1.…" / "2.…").
            while end < len(rest) and _AFF_NUMBER.match(rest[end].text) and _affiliation_start(rest[end].text) \
                    and _AFF_NUMBER.match(rest[0].text.lstrip("(（")):
                parts.append([rest[end]])
                end += 1
            affiliations = [a for part in parts for a in _affiliations(self._cn(self._text(Chunk("text", part))))]
            if affiliations:
                self.meta.affiliations = affiliations
                rest = rest[end:]
        return rest

    def _journal_head(self, texts: list[str]) -> None:
        for text in texts:
            compact = _SPACES.sub("", text)
            for key, pattern in _JOURNAL_HEAD:
                match = pattern.search(text)
                if match and key not in self.meta.journal:
                    self.meta.journal[key] = "-".join(g for g in match.groups() if g)
            if "name" in self.meta.journal:
                continue
            # The name leads the line ("城市治理研究 2024 年 2 月"), or stands in a cell of its
            # own where an extractor kept the layout ("第 12 卷第 4 期      社区治理评论      Vol.12 No.4").
            cells = [_SPACES.sub("", c) for c in _CELLS.split(text.strip())]
            words = [w for w in text.split() if _NAME_WORD.match(w)]  # "第 45 卷第 3 期 水资源保护 Vol. 45"
            for cell in [compact, *cells, *words]:
                name = _JOURNAL_NAME.match(cell)
                if name:
                    self.meta.journal["name"] = name.group(1)
                    break

    def title_and_authors(self, chunks: list[Chunk]) -> list[Chunk]:
        """Unlabelled blocks before the abstract (see :meth:`first_page_head`)."""
        lines = [line for chunk in chunks for line in chunk.lines]
        rest = self.first_page_head(lines, [])
        return [Chunk("text", rest)] if rest else []

    def english_head(self, chunks: list[Chunk]) -> list[Chunk]:
        """Latin lines right before "Abstract:": English title (maybe wrapped), then authors."""
        lines = [line for chunk in chunks for line in chunk.lines]
        if not lines or any(HAN_RE.search(line.text) for line in lines):
            return chunks
        # Every line (or wrapped pair) that reads as Latin names is a candidate; a
        # title's wrapped tail can read as names too ("Urban Communities and Its
        # Incentive Mechanisms"), so the candidate with the most evidence of names
        # (a surname in capitals, as Chinese journals print pinyin names) wins,
        # the first one among equals.
        candidates: list[tuple[int, int]] = []
        for i in range(1, len(lines)):
            if _en_authors(lines[i].text):
                candidates.append((i, 1))
            elif (
                i + 1 < len(lines)
                and not _en_authors(lines[i + 1].text)
                and _en_authors(f"{lines[i].text} {lines[i + 1].text}")
            ):
                # An author line wrapped in a narrow column; not a title's last word
                # ("Basins") before an author line of its own.
                candidates.append((i, 2))
        at, span = None, 1
        if candidates:
            at, span = max(candidates, key=lambda c: (_name_evidence(lines, *c), -c[0]))
        end = at if at is not None else len(lines)
        if at is None and end > 2:
            return chunks
        self.meta.en_title = " ".join(" ".join(line.text for line in lines[:end]).split())
        if at is not None:
            self.meta.en_authors = _en_authors(" ".join(line.text for line in lines[at : at + span])) or []
            rest = lines[at + span :]
        else:
            rest = []
        if rest and rest[0].text.lstrip("(（")[:1].isdigit() and _AFF_NUMBER.match(rest[0].text.lstrip("(（")):
            # The affiliations, numbered as the names' marks ("(1. School of …, China; 2. …)").
            end, text = 1, rest[0].text
            while end < len(rest) and _open_parens(text) > 0:
                text += " " + rest[end].text
                end += 1
            self.meta.en_affiliations = _affiliations(" ".join(text.split()))
            rest = rest[end:]
        return [Chunk("text", rest)] if rest else []  # what else stands there: kept as text, never dropped

    def apply_options(self) -> Metadata:
        """The metadata found, completed by what it implies and by the command's options."""
        _pages_from_article_id(self.meta.journal)
        options = self.options
        if options.title is not None:
            self.meta.title = options.title
        if options.title_is_working and self.meta.title:
            self.meta.title_is_working = True
        if options.authors:
            self.meta.authors = list(options.authors)
            self.meta.author_affiliations = []  # the text's marks belong to the text's names
        return self.meta


# 文章编号 (CAJ-CD B/T 1—2006): ISSN, (year), issue, first page, number of pages:
# "1009-0000（2025）04-0031-08" is issue 4 of 2025, pages 31–38.
_ARTICLE_ID = re.compile(r"^\d{4}-\d{3}[\dXx]\s*[(（]\s*(\d{4})\s*[)）]\s*(\d{1,3})\s*-\s*(\d{1,5})\s*-\s*(\d{1,3})$")


# … as pdftotext joins it where it was wrapped at the hyphen before the first page, dropping the
# hyphen ("2097-3318(2025)04-" + "0041-10" → "…040041-10"): the issue has two digits, the page four.
_ARTICLE_ID_DEHYPHENATED = re.compile(r"^(\d{4}-\d{3}[\dXx][(（]\d{4}[)）]\d{2})(\d{4}-\d{1,3})$")


def _pages_from_article_id(journal: dict[str, str]) -> None:
    """The pages an article number gives, when the text printed no pages of its own and the
    number agrees with the year and issue printed (a number that disagrees decides nothing)."""
    match = _ARTICLE_ID.match(journal.get("article_id", "").strip())
    if match is None or "pages" in journal:
        return
    year, issue, first, count = (int(g) for g in match.groups())
    if (journal.get("year") not in (None, str(year)) or journal.get("issue", str(issue)).lstrip("0") != str(issue)
            or first == 0 or count == 0):
        return
    journal["pages"] = f"{first}-{first + count - 1}" if count > 1 else str(first)


_SECTION_LABEL = re.compile(r"(^|[。！？]\s*)(背景|目的|方法|结果|结论|对象与方法|资料与方法|材料与方法)[ \t\u3000]+(?=[\u4e00-\u9fff\d])")
_KEEP = "\ue002"  # stands for the space after a structured abstract's label while spaces go


def _split(text: str, sep: re.Pattern[str]) -> list[str]:
    return [part for part in (p.strip() for p in sep.split(_TRAILING.sub("", text))) if part]


_SPACES = re.compile(r"\s+")
_CELLS = re.compile(r"\s{3,}|\u3000+")
_NAME_WORD = re.compile(r"^[\u4e00-\u9fff]{4,12}$")
_JOURNAL_HEAD = (
    ("year", re.compile(r"(\d{4})\s*年")),
    ("volume", re.compile(r"第\s*(\d+)\s*卷|Vol\s*\.?\s*(\d+)", re.IGNORECASE)),
    ("issue", re.compile(r"第\s*(\d+)\s*期|No\s*\.?\s*(\d+)", re.IGNORECASE)),
    ("pages", re.compile(r"(?:pp?\.\s*|页码[:：]?\s*)(\d+)\s*[-–—~]\s*(\d+)", re.IGNORECASE)),
)
# A journal's name printed alone (or before its date) at the top of the first page.
_JOURNAL_NAME = re.compile(r"^([\u4e00-\u9fff]{2,12}(?:[(（][\u4e00-\u9fff]{2,8}[)）])?)(?:\d{4}年|第\d|Vol|$)")
_JOURNAL_WORDS = re.compile(r"\d{4}年|第\d+[卷期]|Vol\.?\d+|No\.?\d+|\d+月", re.IGNORECASE)
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z&'’\-]*")
_JOURNAL_LINE = re.compile(r"^(?:[^。，,；;]{0,20}?)(?:\d{4}\s*年|第\s*\d+\s*[卷期]|Vol\s*\.?\s*\d+|No\s*\.?\s*\d+)")
# A name and its affiliation marks: numbers, symbols, or letters ("林书涵 a，贺鹏 b,c"). A name
# transcribed from another language has its parts set apart by a middle dot and may be longer
# ("阿依努尔·买买提", "爱新觉罗·溥仪"; session 15).
_AUTHOR = re.compile(r"([\u4e00-\u9fff]{1,6}(?:[·・•‧][\u4e00-\u9fff]{1,8}){1,2}|[\u4e00-\u9fff][\u4e00-\u9fff·]{1,5})\s*((?:(?:[\d*＊∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+|[a-h](?![A-Za-z]))\s*,?\s*)*)")
_AUTHOR_SEP = re.compile(r"^[\s，、;；,]*$")
# An affiliation: maybe its mark ("1.", "a.", or a bare "1 " as Taiwan's journals print it), maybe
# the postcode and city first (as medical journals print it: "1.100070 北京市，首都医科大学…"), then
# an institution (Simplified or Traditional).
_AFFILIATION = re.compile(r"^[(（]?\s*(?P<mark>(?:\d+|[a-h])\s*[.．、]\s*|\d{1,2}\s+)?(?:\d{6}\s*[\u4e00-\u9fff]{2,8}[，,]\s*)?\S*"
                          r"(?:大学|大學|学院|學院|研究院|研究所|研究中心|中心|学校|學校|公司|医院|醫院|科学院|科學院|委员会|委員會|局|厅|廳|部)"
                          r"(?P<end>(?=[\s，,；;、）)\d]|$))?")
# A postcode: six digits standing alone ("江苏 苏州 215000").
_POSTCODE = re.compile(r"(?<!\d)\d{6}(?!\d)")
# Between two affiliations: "；" before the next mark; where the first has a bare mark ("1 國立臺東大學
# 教育學系　2 國立屏東大學…"), a space before the next bare mark (one or two digits: no postcode).
_AFF_SPLIT = re.compile(r"[；;]\s*(?=(?:\d+|[a-h])\s*[.．、])")
_BARE_MARK = re.compile(r"^\d{1,2}\s+[\u4e00-\u9fff]")
_BARE_SPLIT = re.compile(r"\s+(?=\d{1,2}\s+[\u4e00-\u9fff])")
_AFF_NUMBER = re.compile(r"^(?:(?:\d+|[a-h])\s*[.．、]\s*|\d{1,2}\s+(?=[\u4e00-\u9fff]))")
# (an apostrophe typeset as ’ too: "WEI Zi’an", as pinyin parts a syllable from the next)
_EN_NAME = re.compile(r"^[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]*){1,3}\s*[\d*]*$")


def _journal_line(text: str) -> bool:
    """A line of the journal's name, date, volume, issue — also spread across the page by an
    extractor that keeps the layout ("城市治理研究          2024 年 2 月     第 12 卷")."""
    compact = _SPACES.sub("", text)
    if _JOURNAL_LINE.match(compact) is None:
        # The journal's English name beside its Chinese one ("城市规划与设计　Urban Planning and
        # Design 2025 年第 4 期"): the line's Chinese words are those of a journal line.
        compact = _LATIN_WORDS.sub("", compact)
        if _JOURNAL_LINE.match(compact) is None:
            return False
    # Two header lines a PDF reader gave as one ("第 45 卷第 3 期 刊名 Vol. 45 No. 3 2024 年 5 月 …")
    # are longer, and hold more of the journal's words.
    return len(compact) <= 40 or (len(compact) <= 90 and len(_JOURNAL_WORDS.findall(compact)) >= 3)


# The journal's English name in capitals ("WATER RESOURCES PROTECTION") and its date in English
# ("May 2024", "Mar. 2024"): header lines above the title, as journals print them beside the
# Chinese ones.
_EN_JOURNAL_NAME = re.compile(r"^[A-Z][A-Z&'’\-]+(?:\s+(?:[A-Z][A-Z&'’\-]*|OF|AND|FOR|THE|IN|ON)[,.]?){1,9}$")
_EN_DATE = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*(?:\d{1,2},?\s*)?\d{4}$")


_EN_TITLE_CASE_NAME = re.compile(r"^[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]*|of|and|for|the|in|on|&)){1,8}$")


def _head_journal_line(text: str) -> bool:
    """A header line above the title: the journal's name, date, volume, issue, also in English."""
    text = text.strip()
    return _journal_line(text) or _EN_JOURNAL_NAME.match(text) is not None or _EN_DATE.match(text) is not None


_FIELD_KINDS = (
    re.compile(r"\d{4}年"),
    re.compile(r"\d{1,2}月"),
    re.compile(r"第\d+卷|Vol\.?\d+", re.IGNORECASE),
    re.compile(r"第\d+期|No\.?\d+", re.IGNORECASE),
)
_YEAR = re.compile(r"(\d{4})\s*年")
# The year's 年 followed at once by a word that is no field of the date ("2023年澄州市…"): not 第…,
# not the month's digits, not a space.
_DATE_RUNS_ON = re.compile(r"\d{4}年(?!第)[\u4e00-\u9fff]")
_YEAR_RANGE = re.compile(r"\d{4}\s*[—–\-~～至到]+\s*\d{4}\s*年")


def _masthead(text: str, journal_lines: list[str]) -> bool:
    """A header line above the title (:func:`_head_journal_line`) — weighed where it is a line of
    journal fields (``evidence.MASTHEAD``): a title may open with a year ("2021—2023年澄州市PM2.5
    水溶性无机离子的季节…"), which reads as a date line by its first words alone. ``journal_lines``
    are the masthead lines found above it (and the first page's header): the year they give."""
    if not _head_journal_line(text):
        return False
    if not _journal_line(text):
        return True  # the journal's English name in capitals, its English date
    compact = _SPACES.sub("", text)
    known = {year for line in journal_lines for year in _YEAR.findall(line)}
    features = masthead_features(
        journal_fields=sum(1 for kind in _FIELD_KINDS if kind.search(compact)),
        date_runs_on=_DATE_RUNS_ON.search(compact) is not None,
        year_range=_YEAR_RANGE.search(text) is not None,
        other_year=bool(known) and any(year not in known for year in _YEAR.findall(text)),
    )
    return weigh("masthead line", 0, MASTHEAD, features).yes


# A line of names ending in one character after a separator ("许怀瑾1,2 ，林"), and a line
# opening with one character before a mark or separator ("枫1 ，乔书宁2,3 ，…"): a padded name's halves.
_NAME_HALF_END = re.compile(r"(?:^|[，、,;；]\s*)[\u4e00-\u9fff]$")
_NAME_HALF_START = re.compile(r"^[\u4e00-\u9fff](?=\s*[\d*＊∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰，、,;；]|\s*$)")


def _split_name_halves(line: Line, nxt: Line) -> bool:
    """``line`` and ``nxt`` are one author line cut at a letter-spaced name's wide space: the first
    character alone on its line ("方" / "宁 1 ，朱立言 2"), or a line of names ending in the first
    character and the next opening with the second (round 16f: "许怀瑾1,2 ，林" / "枫1 ，乔书宁2,3 ，…";
    pdftotext, and -layout's split of a first page's head at wide gaps)."""
    first, second = line.text.strip(), nxt.text.strip()
    joined = _authors(f"{first} {second}")
    if not joined:
        return False
    if len(first) == 1 and "\u4e00" <= first <= "\u9fff":
        return not _authors(second)
    return len(joined) > 1 and _NAME_HALF_END.search(first) is not None and _NAME_HALF_START.match(second) is not None


def _rejoin_split_name(lines: list[Line]) -> list[Line]:
    """A letter-spaced name cut in two by the extractor (:func:`_split_name_halves`): the line goes
    back before the next one."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 < len(lines) and _split_name_halves(line, lines[k + 1]):
            nxt = lines[k + 1]
            text = f"{line.text.strip()} {nxt.text.strip()}"
            out.append(Line(line.number, text, line.indent, nxt.gap_after, line.width + nxt.width + 1, line.page))
            k += 2
            continue
        out.append(line)
        k += 1
    return out


_LEADING_SEP = re.compile(r"^\s*[，、,;；]")


def _rejoin_author_pieces(lines: list[Line]) -> list[Line]:
    """An author line cut after each name's affiliation marks ("王晓峰1" / "，陈雨桐1,2" /
    "，刘建国2"): ``pdftotext -raw`` keeps the order the names and their raised marks were
    drawn in and starts a line after each mark. A line opening with a name separator
    continues the line of names before it, when the two read as one line of names."""
    out: list[Line] = []
    for line in lines:
        if out and _LEADING_SEP.match(line.text) and _authors(out[-1].text):
            prev = out[-1]
            text = prev.text.rstrip() + line.text.strip()
            if _authors(text):
                out[-1] = Line(prev.number, text, prev.indent, line.gap_after, prev.width + line.width, prev.page)
                continue
        out.append(line)
    return out


# A two-character name letter-spaced to the width of three ("邓  拓", "王　磊"), as journals
# set their author lines: one character alone between separators, then the other.
_SPACED_NAME = re.compile(r"(?:(?<=^)|(?<=[\s，、;；,]))([\u4e00-\u9fff])[ \t\u3000]+([\u4e00-\u9fff])(?=\s*[\d*＊∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰]|\s*[a-h](?![A-Za-z])|\s*[，、;；,]|\s*$)")


def _names_later_line(line: Line, later: list[Line]) -> bool:
    """A running head above the title ("方宁，等：基于遥感的…监测 ·96·"): it holds a later line
    of the head (the title) after its colon — the line itself is no title."""
    head, colon, tail = _SPACES.sub("", line.text).partition("：")
    if not colon:
        head, colon, tail = _SPACES.sub("", line.text).partition(":")
    if not colon or not head:
        return False
    return any(len(text) >= 8 and text in tail for text in (_SPACES.sub("", other.text) for other in later))


def _authors(text: str) -> list[tuple[str, list[int]]] | None:
    """The names of a line of CJK author names, with their affiliation numbers."""
    text = _SPACED_NAME.sub(r"\1\2", text.strip())
    names: list[tuple[str, list[int]]] = []
    pos = 0
    for match in _AUTHOR.finditer(text):
        between = text[pos : match.start()]
        # (names run together without a mark or a separator are one word, not names; names set apart
        # by spaces alone, "程雅琪    邵敏" as pdftotext -layout centres them, are names of two to four
        # characters each)
        set_apart = names and not between and text[pos - 1 : pos].isspace() \
            and len(names[-1][0]) <= SPACED_NAME_MAX and len(match.group(1)) <= SPACED_NAME_MAX
        if not _AUTHOR_SEP.match(between) or (names and not between and not names[-1][1] and not set_apart):
            return None
        marks = [int(n) if n.isdigit() else ord(n) - ord("a") + 1 for n in re.findall(r"\d+|[a-h]", match.group(2))]
        names.append((match.group(1), marks))
        pos = match.end()
    if not names or not _AUTHOR_SEP.match(text[pos:]) or len(names) > 12:
        return None
    if len(names) == 1 and not names[0][1] and len(names[0][0]) > 4:
        return None  # one long word: a title line, not a name
    spaced = re.split(r"\s+", _NAME_MARKS.sub("", text).strip())
    if len(names) == 1 and len(spaced) > 1 and all(1 < len(p) <= 4 for p in spaced):
        return [(p, []) for p in spaced]  # "张三 李四": names set apart by spaces
    return names


SPACED_NAME_MAX = 4  # characters of a Chinese name (a compound surname and two given) set apart by spaces alone
MARKED_NAMES_AHEAD = 5  # lines after a lone name looked at for the marked author line (an affiliation block's)


def _author_line(lines: list[Line]) -> int | None:
    """Which line holds the authors: the first with several names or with
    affiliation marks; a lone unmarked name only right before the
    affiliations or the end of the head (else it is the end of a wrapped title), and not
    when a line with marked names follows within the next few (round 15g, gaosu-chongdian:
    pdfminer gave a one-column page's affiliation block before the author "顾清源1,2", and the
    wrapped title's tail "营优化" right above the block read as a lone name)."""
    for i, line in enumerate(lines):
        names = _authors(line.text)
        if not names:
            continue
        if len(names) > 1 or names[0][1]:
            return i
        if (i + 1 == len(lines) or _affiliation_start(lines[i + 1].text)) and not any(
            any(marks for _, marks in (_authors(later.text) or ())) for later in lines[i + 1 : i + 1 + MARKED_NAMES_AHEAD]
        ):
            return i
    return None


def _authors_before_affiliations(lines: list[Line]) -> list[Line]:
    """The head with the author line put back before the affiliation block when an
    extractor gave it after (pdfminer orders a two-column page's head blocks by their
    left edge, and the wide affiliation line starts left of the centred names):
    title, then a whole parenthesised affiliation block, then the author line."""
    at = _author_line(lines)
    if at is None or at < 2:
        return lines
    start = next((i for i in range(1, at) if _affiliation_start(lines[i].text)), None)
    if start is None or not _title_like(lines[:start]):
        return lines
    block = "".join(line.text for line in lines[start:at]).strip()
    if block[:1] not in "(（" or block[-1:] not in ")）" or _open_parens(block) != 0:
        return lines
    return lines[:start] + [lines[at]] + lines[start:at] + lines[at + 1 :]


def _affiliation_start(text: str) -> bool:
    """An institution's name at the line's start — with the affiliation's mark before it, a
    postcode after it, or where the name ends (a space, a comma): a title holds such words inside
    others ("以江南某市中心城区为例", "大学生心理健康服务") and has neither mark nor postcode."""
    match = _AFFILIATION.match(text)
    return match is not None and (match.group("mark") is not None or match.group("end") is not None
                                  or _POSTCODE.search(text) is not None)


def _open_parens(text: str) -> int:
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


# The mark after a title that points to the first page's footnote (收稿日期, 基金项目 …): "…为例*",
# "…研究①". The note is read from the foot of the page; the mark is no part of the title.
_TITLE_NOTE_MARK = re.compile(r"\s*(?:[*＊∗†‡]+|[\u2460-\u2473])$")


def _without_note_mark(title: str) -> str:
    return _TITLE_NOTE_MARK.sub("", title)


def _affiliations(text: str) -> list[str]:
    text = text.strip()
    if text[:1] in "(（" and text[-1:] in ")）":
        text = text[1:-1]
    split = _BARE_SPLIT if _BARE_MARK.match(text) else _AFF_SPLIT
    parts = [_AFF_NUMBER.sub("", p).strip() for p in split.split(text)]
    return [p for p in parts if p]


def _en_authors(text: str) -> list[str] | None:
    """A line of Latin author names ("ZHANG San1, LI Si2")."""
    parts = [p.strip() for p in re.split(r"\s*[,;，]\s*(?![\d])|\s+and\s+", text) if p.strip()]
    parts = [_NAME_MARKS.sub("", p).strip(" ,") for p in parts]  # "HAN Xuemei1,3"
    parts = [p for p in parts if p]
    if parts and all(_EN_NAME.match(p) and len(p.split()) <= 4 for p in parts) and (
        len(parts) > 1 or any(w.isupper() and len(w) > 1 for w in parts[0].split())
    ):
        return parts
    return None


def _name_evidence(lines: list[Line], at: int, span: int) -> float:
    """The share of the names at ``lines[at : at + span]`` with a surname in capitals."""
    names = _en_authors(" ".join(line.text for line in lines[at : at + span])) or []
    return sum(any(w.isupper() and len(w) > 1 for w in n.split()) for n in names) / max(len(names), 1)


def _title_taken_for_furniture(head: list[Line], furniture: list[Line]) -> Line | None:
    """The title's first line where the pages' running head repeats the title (odd pages print the
    article's title: "地方政府债务扩张、融资约束与民营企业投资"), so that its first page's copy was taken
    for furniture too: the furniture line right above a head that opens with a subtitle ("——来自…")
    or with the author line, where that line is title-like and no journal line. Else None."""
    above = [line for line in furniture if line.number < head[0].number]
    if not above or head[0].number - above[-1].number > 2:  # (a blank line between at most)
        return None
    line = above[-1]
    opens_bare = head[0].text.lstrip().startswith(("——", "—")) or _author_line(head) == 0
    if not opens_bare or _head_journal_line(line.text) or not _title_like([line]) or _authors(line.text):
        return None
    return line


def _title_taken_for_date(head: list[Line], furniture: list[Line]) -> Line | None:
    """The title's first line where it opens with a year ("2021—2023 年澄州市 PM2.5 水溶性无机离子的
    季节", session 15) and was taken for the first page's header by its journal words: a furniture
    line right above the head or among its lines that reads as a journal line by its words but is
    no masthead line by the evidence (:func:`_masthead`, weighed against the other header lines),
    title-like and no line of names. Else None."""
    for line in furniture:
        if not head[0].number - 2 <= line.number < head[-1].number and not (
                line.number < head[0].number and head[0].number - line.number <= 2):
            continue
        others = [other.text for other in furniture if other is not line]
        if _journal_line(line.text) and _title_like([line]) and not _authors(line.text) \
                and not _masthead(line.text, others):
            return line
    return None


MAX_HEAD_LINE = 20  # a journal's name or date line above the title, in characters


def _before_marked_title(lines: list[Line], k: int, journal_lines: list[str]) -> int:
    """Where the title starts when a Markdown-saving extractor marked it ("# 题名", from its font
    size): the short unmarked lines above the first marked one are the head's journal lines (its
    name, its date: "示例社会科学" under "2024 年 6 月 第 40 卷第 6 期", where PyMuPDF4LLM gives the
    page's header before the journal's name), taken into ``journal_lines``. Without a mark, or
    with a long line above it, ``k`` is left as it is."""
    marked = next((m for m in range(k, min(len(lines), k + 4)) if lines[m].heading_mark), None)
    if marked is None or marked == k or any(len(line.text) > MAX_HEAD_LINE or line.heading_mark for line in lines[k:marked]):
        return k
    journal_lines.extend(line.text for line in lines[k:marked])
    return marked


def _title_like(lines: list[Line]) -> bool:
    text = "".join(line.text for line in lines)
    return 0 < len(lines) <= 4 and len(text) <= MAX_TITLE_WIDTH and not re.search(r"[。！？；]", text)
