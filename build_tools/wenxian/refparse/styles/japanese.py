"""The Japanese societies' styles (IEEJ's ``ieejtran``, ``jecon`` and their kin) and Japanese manuals' lists:
the names, a colon, the title (in 「」 in Japanese, in “” in English, or plain before a book's edition), then
fields set off by commas each with its own label ("Vol.15", "No.10", "pp.20–30", "第 2 版", "3rd ed.",
"第 3 章"), the date last in parentheses, to the month ("(2019-3)")::

    山田 一郎・山田 次郎：「文献 1」，日本語学会，Vol.15，No.10，pp.20–30（2019-3）
    I. Yamada, J. Yamada: “Title1”, Japanese Journal, Vol.15, No.10, pp.20–30 (2019-3) (in Japanese)
    S. Hayashi, Y. Ogura: “Title”, in Proc. 5th Sample Conference (ISC), No.2, pp.290–294, Tokyo, Japan (1997-1)
    佐藤 二郎・林 三郎：「抜粋」，日本語本 2，第 2 版，日本語出版，pp.100–200（2012）
    J. Sato, S. Hayashi: Title, not booktitle, 3rd ed., Publisher (2000)

and the issues and posts a manual cites by their authors' handles, dated to the day ("2016/09/05") before the
URL, which is taken out before::

    aminophen, 「縦数式ディレクションとベースライン補正」，2016/09/05, https://github.com/…/issues/22
    Man-Ting-Fang, [upTeX] Unexpected behaviour in kinsoku processing, 2018/04/13, https://github.com/…

A field without a label is the journal or book right after the title, the publisher after the edition, the
place after the pages. Names are joined by "・" (Japanese) or commas; a handle or a body's name ("h-kitagawa",
"ASCII Corporation & Japanese TEX Development Community") is kept whole (``names: whole``). A line any other
field (or none of this evidence: a 「」 title, a packed label, a date to the month or day) is not read.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans

_NOTE = re.compile(r"\s*[(（]in\s+[A-Z][a-z]+[)）]\s*$")  # "(in Japanese)", misspelt too ("(in Japaneese)")
_DATE_PAREN = re.compile(r"\s*[(（](?P<year>(?:1[6-9]|20)\d\d)(?:-(?P<month>\d{1,2}))?[)）]$")
_DATE_DAY = re.compile(r"\s*[,，]\s*(?P<year>(?:1[6-9]|20)\d\d)/(?P<month>\d{1,2})/\d{1,2}$")
_VOLUME = re.compile(r"Vol\.\s?(?P<v>\w+)$")
_NUMBER = re.compile(r"No\.\s?(?P<v>\w+)$")
_PAGES = re.compile(r"pp?\.\s?(?P<v>\d+(?:\s?[–\-]\s?\d+)?)$")
_EDITION = re.compile(r"(?P<v>\d+(?:st|nd|rd|th)\s+ed\.?|第\s?\d+\s?版|初版|改訂版|新版)$")
_CHAPTER = re.compile(r"第\s?(?P<v>\d+)\s?章$")
_SEPARATOR = re.compile(r"\s*[,，]\s*")
# A person's name, initials first ("I. Yamada", "M. Shell"), or a Japanese one ("山田 一郎").
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s?-?)+\s?[A-Z][^\W\d_]+(?:[-’'][A-Z]?[^\W\d_]+)*")
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+(?:\s[\u3040-\u30ff\u4e00-\u9fff]+)?")
# A handle or a body named whole: a word of letters, digits and hyphens ("h-kitagawa", "ShiroTakeda"), or
# capitalised words ("ASCII Corporation", "Japanese TEX Development Community").
_WHOLE_NAME = re.compile(r"[A-Za-z][\w\-]*[A-Za-z\d]|[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){1,5}")


def _names(text: str) -> tuple[str, str] | None:
    """``(author, form)``: the names joined by " and ", and "whole" when each is a handle or a body's name."""
    pieces = [p.strip() for p in re.split(r"\s*(?:・|、|,|，|\s&\s|\sand\s)\s*", text.strip()) if p.strip()]
    if not pieces:
        return None
    if all(_INITIALS_NAME.fullmatch(p) or _CJK_NAME.fullmatch(p) for p in pieces):
        return " and ".join(pieces), "given-first"
    if all(_WHOLE_NAME.fullmatch(p) for p in pieces) and not any(_INITIALS_NAME.fullmatch(p) for p in pieces):
        return " and ".join(pieces), "whole"
    return None


# A document cited by its authors (bodies, handles) and its 「title」 alone, or with the file it comes as: pTeX's
# "ASCII Corporation & Japanese TEX Development Community, 「JFM ファイルフォーマット」，./jfm.pdf" — no date, no source
# (what is printed is read; the missing year is reported).
_UNDATED = re.compile(r"(?P<names>[^「“:：,，]+?)\s*[,，]\s*「(?P<title>[^「」]+)」\s*(?:[,，]\s*(?P<note>\.{0,2}/?[\w\-./]+\.[A-Za-z]{2,4}))?")


def _undated(text: str) -> Spans | None:
    m = _UNDATED.fullmatch(text)
    names = _names(m.group("names")) if m else None
    if names is None:
        return None
    spans: Spans = {"author": names[0], "title": m.group("title").strip(), "type": "misc", "form": "names-title"}
    if m.group("note"):
        spans["note"] = m.group("note")
    spans["names" if names[1] == "whole" else "order"] = "whole" if names[1] == "whole" else "given-first"
    return spans


def read(text: str) -> Spans | None:
    text = _NOTE.sub("", text.strip().rstrip(" .。")).strip().rstrip(" .。,，")
    text = _NOTE.sub("", text).strip()
    date = _DATE_PAREN.search(text) or _DATE_DAY.search(text)
    if date is None:
        return _undated(text)
    body = text[:date.start()].strip()
    day = date.re is _DATE_DAY
    m = re.match(r"(?P<names>[^「“:：]+?)\s*(?:[:：]|[,，](?=\s*「))\s*「(?P<title>[^「」]+)」(?P<rest>.*)$", body) or re.match(
        r"(?P<names>[^“:：]+?)\s*[:：]\s*“(?P<title>[^“”]+?)[,.]?”(?P<rest>.*)$", body)
    quoted = m is not None
    if m is None:
        # A plain title: after a colon, ended by the book's edition ("J. Sato: Title, not booktitle, 3rd ed., …"),
        # or after a handle's comma, ended by the date to the day ("Man-Ting-Fang, [upTeX] Unexpected …, 2018/04/13").
        m = re.match(r"(?P<names>[^:：,，]+(?:,\s[^:：,，]+)*?)\s*[:：]\s*(?P<title>[^“”「」]+?)"
                     r"(?P<rest>[,，]\s*(?:\d+(?:st|nd|rd|th)\s+ed\.?|第\s?\d+\s?版|初版)(?:[,，].*)?)$", body)
        if m is None and day:
            m = re.match(r"(?P<names>[^,，:：\s]+)\s*[,，]\s*(?P<title>[^“”「」]+?)(?P<rest>)$", body)
        if m is None:
            return None
    names = _names(m.group("names"))
    if names is None:
        return None
    if not ("「" in body or day or date.group("month") or re.search(r"(?:Vol|No|pp?)\.\d", body) or not quoted):
        return None  # none of the style's marks (a plain title has its book's edition after it)
    spans: Spans = {"author": names[0], "title": m.group("title").strip(), "year": date.group("year")}
    if names[1] == "whole":
        spans["names"] = "whole"
    else:
        spans["order"] = "given-first"
    rest = m.group("rest").strip().lstrip(",，").strip()
    after = ""  # the last labelled field read: an unlabelled one is named by it
    proceedings = False
    address: list[str] = []
    for part in (_SEPARATOR.split(rest) if rest else []):
        part = part.strip()
        for pattern, field in ((_VOLUME, "volume"), (_NUMBER, "number"), (_PAGES, "pages"), (_EDITION, "edition"),
                               (_CHAPTER, "chapter")):
            found = pattern.fullmatch(part)
            if found:
                if field in spans:
                    return None
                spans[field] = found.group("v")
                after = field
                break
        else:
            if part.startswith("in ") and not after and "container" not in spans:
                spans["container"], proceedings, after = part[3:].strip(), True, "container"
            elif not after and "container" not in spans:
                spans["container"], after = part, "container"
            elif after == "edition" and "publisher" not in spans:
                spans["publisher"] = part
            elif after == "pages" or address:
                address.append(part)
            else:
                return None
    if address:
        spans["address"] = ", ".join(address)
    if "number" in spans and "volume" in spans:
        spans["issue"] = spans.pop("number")
    if spans.get("container"):
        if "publisher" in spans:
            spans["type"] = "incollection"
        elif proceedings or ("volume" not in spans and "issue" not in spans):
            spans["type"] = "inproceedings"
    elif spans.get("publisher"):
        spans["type"] = "book"
    elif day:
        spans["type"] = "online"  # an issue or a post: its URL is its source
    else:
        spans["type"] = "misc"  # a package's manual by its name and date ("M. Shell: “IEEEtran” (2015-8)")
    if spans.get("container") and not quoted:
        return None  # a plain title is a book's: a journal after it is another style's line
    return spans
