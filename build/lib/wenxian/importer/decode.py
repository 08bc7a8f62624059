"""Raw bytes → text with ``\\n`` line ends, refusing anything it cannot read faithfully.

Accepted: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 (a superset of
GBK and GB2312); CRLF and CR become ``\\n``; form feeds (page breaks) stay, for the line splitter. Bytes
that fit none of these are reported with their offset and line instead of
being guessed at, so that no mojibake ever reaches an article.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.importer.chars import HAN_RE

# Characters a GB18030 decode of a real Chinese text is made of. Anything else
# in a GB18030 reading (four-byte sequences, rare blocks) means the bytes were
# not GB18030 at all.
_GB_PLAUSIBLE = re.compile(
    r"[^\x00-\x7f\u00a0-\u017f\u01cd-\u01dc\u0251\u0261\u2000-\u206f\u2100-\u25ff\u3000-\u303f"
    r"\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef\u0391-\u03c9\u0401-\u0451]"
)


# A GB18030 reading with more than this share of characters outside GB2312's
# level 1 (counted once it has MIN_HAN_SAMPLE of them) is not Chinese text.
MIN_HAN_SAMPLE = 8
MAX_RARE_SHARE = 0.2


def _line_of(prefix: str) -> int:
    return prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1


def _bad_bytes(data: bytes, offset: int, encoding: str, file: str | Path | None, prefix: str) -> WenxianError:
    return WenxianError(
        f"cannot read the text as {encoding}: byte 0x{data[offset]:02X} at offset {offset} "
        f"(line {_line_of(prefix)}) is not valid",
        file=file,
        line=_line_of(prefix),
        hint="save the file as UTF-8 (or GB18030/GBK, UTF-16 with BOM) and import it again",
    )


def _strict(data: bytes, encoding: str, file: str | Path | None) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        prefix = data[: err.start].decode(encoding, "replace")
        raise _bad_bytes(data, err.start, encoding, file, prefix) from None


def decode_bytes(data: bytes, *, file: str | Path | None = None, max_bytes: int) -> str:
    """Decode a raw text file; line ends become ``\\n``, a BOM is dropped."""
    if len(data) > max_bytes:
        raise WenxianError(
            f"the file is {len(data) / 1048576:.1f} MB, over the limit of {max_bytes / 1048576:.0f} MB",
            file=file,
            hint="split the text into one file per article",
        )
    if not data:
        raise WenxianError("the file is empty", file=file, hint="export the article's text into it first")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "UTF-16", file)
        _refuse_nonsense(text, file)
        if "\x00" in text:  # as in the byte check below: a NUL is never text
            prefix = text[: text.index("\x00")]
            raise WenxianError(
                f"this is not a text file: it has a NUL character (U+0000) on line {_line_of(prefix)}",
                file=file,
                line=_line_of(prefix),
                hint="pass the plain text extracted from the PDF, without NUL characters",
            )
    elif b"\x00" in data:
        offset = data.index(b"\x00")
        raise WenxianError(
            f"this is not a text file: it has a NUL byte at offset {offset}",
            file=file,
            line=data[:offset].count(b"\n") + 1,
            hint="pass the plain text extracted from the PDF (UTF-16 needs a BOM)",
        )
    elif data.startswith(codecs.BOM_UTF8):
        text = _utf8(data[3:], file, base=3)
    else:
        text = _utf8_or_gb18030(data, file)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise WenxianError(
            "the file holds no text, only white space",
            file=file,
            hint="export the article's text into it first (a scanned PDF needs OCR before its text can be extracted)",
        )
    return text


def _utf8(data: bytes, file: str | Path | None, *, base: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        prefix = data[: err.start].decode("utf-8", "replace")
        raise WenxianError(
            f"cannot read the text as UTF-8: byte 0x{data[err.start]:02X} at offset "
            f"{err.start + base} (line {_line_of(prefix)}) is not valid",
            file=file,
            line=_line_of(prefix),
            hint="fix or remove that byte, or save the file again as UTF-8",
        ) from None


# Two-byte UTF-8 sequences above Cyrillic (U+0530–U+07FF: Armenian, Hebrew, Arabic, Syriac …).
# GBK byte pairs with a lead byte of 0xD5–0xDF and a trail byte of 0x80–0xBF read as these
# ("展", D5 B9, is valid UTF-8 for "չ"); a Chinese article's Western text never needs them.
_GBK_AS_UTF8 = re.compile("[\u0530-\u07ff]")


def _utf8_or_gb18030(data: bytes, file: str | Path | None) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    else:
        if HAN_RE.search(text) or not _GBK_AS_UTF8.search(text):
            return text
        try:  # no Chinese, but letters GBK pairs make: the GB18030 reading, if it is all common Han
            gb = data.decode("gb18030")
        except UnicodeDecodeError:
            return text
        han = HAN_RE.findall(gb)
        return gb if han and all(_is_common(ch) for ch in han) and not _GB_PLAUSIBLE.search(gb) else text
    head = data[: utf8_error.start].decode("utf-8")
    if HAN_RE.search(head):
        # Chinese already read as UTF-8 before the bad byte: a damaged UTF-8
        # file. (GBK byte pairs can pass as two-byte UTF-8, never as Chinese.)
        return _utf8(data, file, base=0)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as err:
        prefix = data[: err.start].decode("gb18030", "replace")
        raise _bad_bytes(data, err.start, "UTF-8 or GB18030", file, prefix) from None
    odd = _GB_PLAUSIBLE.search(text)
    if odd:
        offset = len(text[: odd.start()].encode("gb18030"))
        raise _bad_bytes(data, offset, "UTF-8 or GB18030", file, text[: odd.start()])
    _refuse_rare_han(text, file)
    return text


def _is_common(char: str) -> bool:
    """Whether ``char`` is one of GB2312's 3755 level-1 (most used) characters."""
    try:
        lead = char.encode("gb2312")[0]
    except UnicodeEncodeError:
        return False
    return 0xB0 <= lead <= 0xD7


def _refuse_rare_han(text: str, file: str | Path | None) -> None:
    """Refuse a GB18030 reading made mostly of rare characters: other bytes read as Chinese.

    Shift-JIS or Big5 bytes are often valid GB18030, but they decode to rare
    characters ("偙傟偼擔杮岅"), while a Chinese text is almost only GB2312's
    level-1 characters (99.9% of the bundled article).
    """
    han = HAN_RE.findall(text)
    if len(han) < MIN_HAN_SAMPLE:
        return
    rare = [ch for ch in han if not _is_common(ch)]
    if len(rare) / len(han) <= MAX_RARE_SHARE:
        return
    position = text.index(rare[0])
    line = text.count("\n", 0, position) + 1
    raise WenxianError(
        f"the text is in an unknown encoding: read as GB18030, {len(rare)} of its {len(han)} "
        f"Chinese characters are rare ones (the first, {rare[0]!r}, on line {line}), "
        "so it is probably Shift-JIS, Big5 or another encoding",
        file=file,
        line=line,
        hint="save the file as UTF-8 (any editor's 'Save as… / Encoding') and import it again",
    )


# A UTF-16 reading of bytes that were not UTF-16 (a stray BOM before UTF-8 or
# GBK bytes) is full of private-use and unassigned code points (a quarter to a
# third of its characters); a real text has next to none.
MAX_NONSENSE_SHARE = 0.15


def nonsense_share(text: str) -> float:
    """The share of private-use and unassigned characters among the non-blank ones."""
    sample = [c for c in text[:20000] if not c.isspace()]
    if len(sample) < MIN_HAN_SAMPLE:
        return 0.0
    return sum(unicodedata.category(c) in ("Co", "Cn") for c in sample) / len(sample)


def _refuse_nonsense(text: str, file: str | Path | None) -> None:
    """Refuse a UTF-16 reading that is not text (the BOM lied)."""
    share = nonsense_share(text)
    if share <= MAX_NONSENSE_SHARE:
        return
    position = next(k for k, c in enumerate(text) if unicodedata.category(c) in ("Co", "Cn"))
    line = _line_of(text[:position])
    raise WenxianError(
        f"the file starts with a UTF-16 byte-order mark, but read as UTF-16 {share:.0%} of its "
        f"characters are private-use or unassigned code points (the first, U+{ord(text[position]):04X}, "
        f"on line {line}): it is not UTF-16 text",
        file=file,
        line=line,
        hint="the file is probably UTF-8 or GB18030 with stray bytes at its start: remove the first two bytes, "
        "or save it again as UTF-8",
    )
