"""Character-level clean-up of reference lines copied from a PDF.

Three jobs: joining a reference that the PDF wrapped over several lines,
turning the full-width separators of GB/T 7714—2025 into the half-width form
the parser reads (``：`` → ``: ``), and putting punctuation back the way a
BibTeX field stores it (full-width inside Chinese text, half-width in Latin
text), which is what the example databases of both editions do.
"""

from __future__ import annotations

import re
import unicodedata

from wenxian.cjk import ANY_RE, HAN, has_cjk

CJK_IDEOGRAPHS = HAN
# (A DOI after its label may have a space before it: "DOI: 10.5555/0010414" / "013516918.")
_URL_TOKEN_RE = re.compile(r"(?:https?://|ftp://|www\.|doi\s*[:：]|DOI\s*[:：]|(?i:doi)\s*[:：]\s10\.\d+/)\S*$")

# Full-width separators → the half-width separator the 2015 edition prints.
SEPARATORS = {"：": ": ", "，": ", ", "；": "; ", "．": ". ", "。": ". "}
# TeX left in text that went through a LaTeX toolchain before the PDF.
TEX_RESIDUE = {"$\\times$": "×"}
# Brackets some journals print around the type code or the label.
BRACKETS = {"【": "[", "】": "]"}


def _is_cjk(char: str) -> bool:
    return ANY_RE.match(char) is not None


# (After an intact scheme, pieces spaced before their dot count too: "ftp://ftp .itri .bton .ac".)
_SPACED_SCHEME = re.compile(r"(?i)\b(https?|ftp)(?:\s+:\s*/\s*/|:\s*/\s+/|:\s+//\s*|://(?=(?-i:[\w.\-]+(?:\s[./]\s?[a-z0-9\-]+){2})))")
_URL_PIECE = re.compile(r"\s*([./]\s*)?([\w\-~%?=&#+]+(?:[./:][\w\-~%?=&#+]+)*[./]?)")


# The rest of a file's name after its first word, spaced out, and its extension: " clitics remark dense . pdf".
_SPACED_FILE_NAME = re.compile(r"((?:\s+[\w\-~%]+)+)\s*\.\s*(pdf|html?|txt|ps|zip|docx?)\b", re.IGNORECASE)


def close_spaced_urls(text: str, guessed: list[str] | None = None) -> str:
    """A URL that the PDF's text layer spaced out (``https : / / doi . org / 10 . 1027 /
    1618 3169/a000440``, ``https : //blogs.plos.org/…``) written without its spaces.

    Only a URL whose scheme is spaced, or whose first pieces after an intact scheme are
    (``http://www.cogs . indiana . edu / …``), is touched; it goes on over pieces led by
    "." or "/", pieces after a "." or "/" (or a "-": "www . pragma - ade . nl"), and pieces with a digit or a
    separator in them, and stops at a plain word or a parenthesis — or runs on over the
    words of a file's name to its extension, which may have lost what stood between them:
    such URLs are added to ``guessed``, for the reader to report.
    """
    out: list[str] = []
    pos = 0
    for m in _SPACED_SCHEME.finditer(text):
        if m.start() < pos:
            continue
        out.append(text[pos:m.start()])
        url, i, first, joined_words = m.group(1).lower() + "://", m.end(), True, False
        while True:
            piece = _URL_PIECE.match(text, i)
            if not piece:
                break
            sep, token = (piece.group(1) or "").strip(), piece.group(2)
            if url.endswith(".") and not sep and re.fullmatch(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*\.?", token) and text[i:i + 1].isspace():
                # "thesis . pdf. PhD thesis.": the sentence's full stop, then its next word (a word of letters, not a
                # query's piece: "sl=IBM. AS.&0S=…")
                url, i = url[:-1], i - 1
                break
            if sep == "." and re.match(r"\s*\.\s", text[i:]) and re.fullmatch(r"[A-Z][a-z]+", token) and re.match(
                    r"\s+[A-Za-z]", text[piece.end():]):
                # "…/htmlbook96/. Reading Reference Lists": the sentence's full stop, then a capitalised word and
                # another word (a spaced-out host's piece, "www . Example . com", has a dot or a slash after it)
                break
            if ((not sep and text[i:i + 1].isspace()) or (sep == "." and re.match(r"\s*\.\s", text[i:]))) and re.fullmatch(
                    r"(?:1[5-9]|20)\d\d[a-z]?[.,;]?", token) and not re.match(r"\s*[./]", text[piece.end():]):
                # "…/lor.mopq98.ps 1998.", "…/implant.device/. 1999.": the year the style prints after the address
                # (Vancouver's, Nature's, SAGE's), no piece of it — a spaced path's number has a slash or a dot after
                # it ("/ 1999 / TECH", "10 . 1027 / 1618")
                break
            # (a query spaced out goes on too, "a . php ? b / Thesis / …" — not a question's mark before a sentence)
            query = url.endswith(("?", "=", "&")) and not token[:1].isupper()
            if not (first or sep or url.endswith(("/", ".", "-")) or query or re.search(r"[\d./\-]", token)
                    or token.startswith("?")):
                # Words of a file's name the PDF spaced out (its "_" lost: "/ Bg clitics remark
                # dense . pdf") go on up to the file's extension, in the same path segment.
                name = _SPACED_FILE_NAME.match(text, i)
                if not (url.rsplit("/", 1)[-1] and name):
                    break
                url += name.group(1).replace(" ", "") + "." + name.group(2)
                i, joined_words = name.end(), True
                continue
            url += sep + token
            i, first = piece.end(), False
        out.append(url)
        if joined_words and guessed is not None:
            guessed.append(url)
        pos = i
    out.append(text[pos:])
    # A space after a path's slash, where the PDF broke the line ("…/macros/latex/ contrib/xcolor/xcolor.pdf"):
    # the path goes on when what follows is a path too (a slash in it, no scheme).
    return _SPACE_IN_PATH.sub(r"\1\2", "".join(out))


# Spaces a PDF's text layer puts inside an identifier where the typesetter let the line stretch or
# break: after a DOI's "10." ("10. 1016/j.…"), inside "doi.org" ("doi. org/", "doi .org/"). A DOI's
# prefix is "10." and four to nine digits then "/" (the DOI Handbook, 2.2.2), so no other text reads so.
_SPACED_DOI_PREFIX = re.compile(r"\b10\.\s+(?=\d{4,9}\s?/)")
_SPACED_DOI_ORG = re.compile(r"(?i)\b(doi)\s*\.\s+(org/)|\b(doi)\s+\.\s*(org/)")


def close_spaced_identifiers(text: str) -> str:
    """A DOI or doi.org address with the spaces a PDF put inside it closed up: ``10. 1016/j.x`` →
    ``10.1016/j.x``, ``https://doi. org/…`` → ``https://doi.org/…``."""
    text = _SPACED_DOI_PREFIX.sub("10.", text)
    text = re.sub(r"(?<=\b10\.\d{4})\s+/|(?<=\b10\.\d{5})\s+/", "/", text)
    return _SPACED_DOI_ORG.sub(lambda m: (m.group(1) or m.group(3)) + "." + (m.group(2) or m.group(4)), text)


SOFT_HYPHEN = "\u00ad"


def without_soft_hyphens(lines: list[str]) -> list[str]:
    """The lines with the soft hyphens (U+00AD) some PDFs' text layers keep where a word or an address
    was hyphenated taken out: a line ending in one goes on with the next line, joined to it without a
    space (a soft hyphen is a break inside a word by definition, never a character of it); the next
    line is left empty in its place (line numbers stay the file's)."""
    out = []
    for line in lines:
        stripped = line.rstrip()
        end = SOFT_HYPHEN if stripped.endswith(SOFT_HYPHEN) else ""
        out.append(stripped.replace(SOFT_HYPHEN, "") + end if SOFT_HYPHEN in stripped else line)
    for k, line in enumerate(out):
        nxt = k + 1
        while line.endswith(SOFT_HYPHEN):  # (the next line may end in one too)
            if nxt < len(out) and out[nxt].strip():
                line, out[nxt] = line[:-1] + out[nxt].strip(), ""
                nxt += 1
            else:
                line = line[:-1]
        out[k] = line
    return out


_SPACE_IN_PATH = re.compile(r"((?:https?|ftp)://[^\s/]+/(?:\S*/)?) ([\w.\-~%]+/[\w./\-~%?=&#+]*[\w/])(?=[\s.,;]|$)",
                            re.IGNORECASE)


# A name set in small capitals comes out of some PDFs' text layer split after its first letter,
# with a space before the comma: "A LLEN , F. and W INTON , A.", "G ILCHRIST, S." (a full capital,
# then the small ones: the name is "Allen"). A lone capital, a space and capitals ending at a comma
# is such a name; so is a word in capitals with the same space before its comma ("ATKINSON , A.").
_SPLIT_SMALL_CAPS = re.compile(r"(?<![\w.&/])([A-Z]) ([A-Z]{2,})\s?,")
_SMALL_CAPS_BEFORE_COMMA = re.compile(r"(?<![\w.&/])([A-Z])([A-Z]{2,}) ,(?=\s)")


def close_small_caps(text: str) -> str:
    """Names in small capitals written as names again: ``A LLEN , F.`` → ``Allen, F.``."""
    text = _SPLIT_SMALL_CAPS.sub(lambda m: m.group(1) + m.group(2).lower() + ",", text)
    return _SMALL_CAPS_BEFORE_COMMA.sub(lambda m: m.group(1) + m.group(2).lower() + ",", text)


# A URL spaced out by the PDF that is still open at the line's end: its scheme spaced ("https : / /",
# "https: / /"), then only its pieces and their separators ("doi . or" / "g / 10 . 1159 / …": the line
# broke inside a piece).
_OPEN_SPACED_URL = re.compile(r"(?i)\b(?:https?|ftp)(?:\s+:\s*/\s*/|:\s*/\s+/|:\s+//)\s*"
                              r"(?:[\w\-~%?=&#+]+(?:\s*[./]\s*|\s+))*[\w\-~%?=&#+]+$")


# A DOI with no label or address before it, cut where a typesetter breaks one, and its rest: one token
# of a DOI's characters (and the entry's final stop).
_BARE_DOI_OPEN = re.compile(r"(?<![\w/])10\.\d{4,9}/(?:[^\s]*[/.\-])?$")
_DOI_TAIL = re.compile(r"^[\w\-.;()/:<>]+$", re.ASCII)
# A line opening with a capitalised word of letters alone, then a space or a comma ("Macbeth, 1948",
# "Comprehensive Meta-Analysis"), or a name in capitals and its comma ("KOSEKI, A., …", ISO 690's next head): words
# of a sentence, where an address's rest has its marks ("/", ".").
_WORDS_AFTER_LINK = re.compile(r"^(?:[A-Z][a-z]+[ ,]|[A-Z]{2,}(?:[\-'’][A-Z]+)*,\s)")


def join_wrapped(lines: list[str]) -> str:
    """Join the physical lines of one wrapped reference into one line.

    CJK next to CJK joins without a space; a URL or DOI cut at the line end
    continues without a space, as does a word cut after a hyphen or a slash;
    after a half-width separator (". ", ", ", ": ") and between Latin words
    and numbers comes one space.
    """
    out = ""
    for raw in lines:
        piece = raw.strip()
        if not piece:
            continue
        if not out:
            out = piece
            continue
        prev, nxt = out[-1], piece[0]
        if (_URL_TOKEN_RE.search(out) or _BARE_DOI_OPEN.search(out)) and _WORDS_AFTER_LINK.match(piece):
            out += " " + piece  # "…/july2005-lynch." / "Macbeth, 1948 [film].": a capitalised word and a space or
            # comma is the next sentence (or entry), no piece of the address ("…/monitor/" / "Comprehensive …")
        elif _OPEN_SPACED_URL.search(out[-300:]) and re.match(r"[\w\-~%?=&#+]+(?:\s*[./]|$)", piece, re.ASCII):
            out += piece  # a spaced-out URL broken inside a piece: the piece goes on
        elif _BARE_DOI_OPEN.search(out) and _DOI_TAIL.match(piece):
            out += piece  # a bare DOI broken at its "/", "." or "-" ("10.1016/j." / "jet.2003.07.001.")
        elif _URL_TOKEN_RE.search(out) and _is_cjk(nxt):
            out += " " + piece  # a URL has no ideographs: a note after it ("文档：CTAN: …")
        elif _URL_TOKEN_RE.search(out) and re.match(
                r"\((?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:accessed|visited|cited|viewed)\b"
                r"|\d{1,2}\s+[A-Za-z]+\.?,?\s+\d{4}\)|[A-Za-z]+\.?\s+\d{1,2},\s+\d{4}\))", piece, re.IGNORECASE):
            out += " " + piece  # "…/fishcatmain.asp" / "(2019-02-19).", "(3 April, 2007).": the date it was seen on
        elif _URL_TOKEN_RE.search(out) and (re.match(r"\((?:1[5-9]|20)\d\d[a-z]?\)", piece) or (
                prev not in "/-=_&?" and re.fullmatch(r"(?:1[5-9]|20)\d\d[a-z]?\.?", piece))):
            out += " " + piece  # "…/implant.device/" / "(1999).", "…/lor.mopq98.ps" / "1998.": the year after
            # the address (Vancouver's, Nature's, SAGE's), no piece of it
        elif prev in ",;" and _URL_TOKEN_RE.search(out) and re.match(r"[A-Za-z]+\s", piece):
            out += " " + piece  # "…/138-161e.htm," / "accessed on …": the comma ended the URL
        elif prev in ".,:;" and not _URL_TOKEN_RE.search(out):
            out += " " + piece  # a half-width separator is followed by a space
        elif (
            _is_cjk(prev)
            or _is_cjk(nxt)
            or _URL_TOKEN_RE.search(out)
            or prev in "-/([（［"
            or nxt in ")]）］,.:;"
        ):
            out += piece
        else:
            out += " " + piece
    return out


def canonical(line: str) -> str:
    """The line with GB/T separators in their half-width form, spacing tidied.

    Control characters go and other white space becomes a space (the em
    quad between title parts stays). Full-width colons, commas and semicolons become ``": "`` etc.; runs of
    spaces collapse; stray spaces before a separator or inside the type-code
    brackets (a PDF artifact) go. Brackets and parentheses that carry data
    (``［2005］``, ``1881（光绪七年）``) are kept as they are.
    """
    text = "".join(
        " " if char.isspace() and char != "\u2003" else char  # the em quad is data
        for char in unicodedata.normalize("NFC", line)
        if char.isspace() or unicodedata.category(char) not in ("Cc", "Cf")
    )
    for full, half in {**SEPARATORS, **BRACKETS, **TEX_RESIDUE}.items():
        text = text.replace(full, half)
    # Full-width brackets around a type code are the code's ("［J］", "［C］ //", "［EB/OL］": theses set
    # in full-width punctuation); elsewhere they carry data and stay.
    text = re.sub(r"［\s*([A-Z]{1,2}(?:\s*/\s*OL)?)\s*］", r"[\1]", text)
    # A URL right after the update or citation date, its area's period left out
    # (biblatex-gb7714-2015 in fduthesis: "[EB/OL]. (2022-08-30) https://…").
    text = re.sub(r"(?<=\d[)\]])\s+(?=(?:https?://|www\.))", ". ", text)
    # CNKI and many journals print areas without the space: "习近平.发展…[J].求是".
    text = re.sub(rf"(?<=[^\s.])\.(?=[{CJK_IDEOGRAPHS}])", ". ", text)
    text = re.sub(r"\]\.(?=[^\s.])", "]. ", text)
    text = re.sub(rf"(?<=[{CJK_IDEOGRAPHS}])\s*([:,;])(?=\S)", r"\1 ", text)
    text = re.sub(rf"([:,;])(?=[{CJK_IDEOGRAPHS}])", r"\1 ", text)
    text = re.sub(r"[ \u3000]+", " ", text)
    # A justified line letter-spaced by the PDF ("斯 坦 福 大 学"): three or more single ideographs;
    # where the entry shows such a run, every space between two ideographs is the spacing's (the
    # line was stretched whole: "关 于 加 快推 进 …"), as GB/T sets none between Chinese words.
    text, spaced = re.subn(rf"(?<![{CJK_IDEOGRAPHS}])[{CJK_IDEOGRAPHS}](?: [{CJK_IDEOGRAPHS}]){{2,}}(?![{CJK_IDEOGRAPHS}])",
                           lambda m: m.group(0).replace(" ", ""), text)
    if spaced:
        text = re.sub(rf"(?<=[{CJK_IDEOGRAPHS}]) (?=[{CJK_IDEOGRAPHS}])", "", text)
    # A date broken at a hyphen by the line's end ("[2024- 12-03]"), or with that hyphen lost, as
    # pdftotext drops a hyphen ending a line ("[202412-03]": no other date has six digits before "-").
    text = re.sub(r"(?<=\b\d{4}-) (?=\d{1,2}-\d{1,2}\b)", "", text)
    text = re.sub(r"(?<=[\[(])((?:19|20)\d\d)([01]\d)-([0-3]\d)(?=[\])])", r"\1-\2-\3", text)
    # … or the second hyphen lost: "(2022-0318)", a newspaper's "2023-0812(5)" (only there: a page
    # range may read "2012-1215").
    text = re.sub(r"(?<=[\[(])((?:19|20)\d\d)-([01]\d)([0-3]\d)(?=[\])])", r"\1-\2-\3", text)
    text = re.sub(r"(?<=, )((?:19|20)\d\d)-([01]\d)([0-3]\d)(?=\(\d)", r"\1-\2-\3", text)
    text = re.sub(r" (?=[,;])", "", text)
    text = re.sub(r"(?<=\S) (?=[.:](?:\s|$))", "", text)
    text = re.sub(r"\[\s+", "[", text)
    text = re.sub(r"(?<=[A-Z])\s+\]", "]", text)
    text = re.sub(r"\]\s*//\s*", "]// ", text)
    return text.strip()


def store(value: str) -> str:
    """A field value punctuated as BibTeX databases of both editions store it.

    Text with CJK characters takes full-width colons, commas, semicolons and
    parentheses; Latin text takes half-width ones followed by a space.
    """
    value = value.strip()
    if has_cjk(value):
        value = re.sub(r"\s*:\s+", "：", value)
        value = re.sub(r"\s*,\s+", "，", value)
        value = re.sub(r"\s*;\s+", "；", value)
        value = re.sub(r"\s*\(\s*([^()]*?)\s*\)\s*", r"（\1）", value)
        return value
    value = value.replace("（", " (").replace("）", ")")
    value = value.replace("：", ": ").replace("，", ", ").replace("；", "; ")
    value = re.sub(r"\(\s+", "(", value)
    return re.sub(r" {2,}", " ", value).strip()


# What BibTeX (or LaTeX after it) would read as markup, written so that it prints as itself.
TEX_SPECIALS = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                "$": r"\$", "&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_", "{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
_TEX_SPECIAL = re.compile("|".join(re.escape(c) for c in TEX_SPECIALS))


def tex_escape(value: str) -> str:
    """Plain text as a BibTeX value that prints as the text: every character BibTeX or LaTeX
    would read as markup (``$``, ``_``, ``\\``, ``{`` …) escaped, and the em quad (U+2003)
    that separates title parts, which pybtex would read as a plain space, written ``\\quad``
    as in the standard's examples."""
    return _TEX_SPECIAL.sub(lambda m: TEX_SPECIALS[m.group(0)], value).replace("\u2003", "\\quad ")
