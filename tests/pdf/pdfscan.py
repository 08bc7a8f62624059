"""Read a built PDF for tests: poppler's text, info and fonts; its raw objects.

poppler-utils (pdftotext, pdfinfo, pdffonts) reads what a reader sees; the
PDF's own objects (object streams inflated) show what poppler does not print:
the catalog's /Lang, bookmark titles, link targets.
"""

from __future__ import annotations

import re
import subprocess
import zlib
from pathlib import Path

STREAM = re.compile(rb"stream\r?\n")
HEX_TITLE = re.compile(rb"/Title\s*<([0-9a-fA-F]+)>")
GOTO = re.compile(rb"/S\s*/GoTo\s*/D\s*\(([^)]*)\)")


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def text(pdf: Path, *pages: int) -> str:
    """The PDF's text in reading order (``pages``: first and last page)."""
    span = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return run("pdftotext", *span, str(pdf), "-")


def flat(value: str) -> str:
    """Text without any white space: lines break anywhere in Chinese."""
    return "".join(value.split())


LIST_ITEM = re.compile(r"^\s*\[(\d+)\]\s+(.*)$")
CJK_EDGE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]")


def join_wrapped(lines: list[str]) -> str:
    """Lines of one paragraph as one line: a break between Chinese characters
    disappears, any other break is a space (as the text was before wrapping)."""
    out = ""
    for line in (line.strip() for line in lines):
        if out and line and not (CJK_EDGE.match(out[-1]) and CJK_EDGE.match(line[0])):
            out += " "
        out += line
    return out


def list_items(layout_text: str) -> dict[int, str]:
    """``[n] text`` items of a list printed with hanging labels (``pdftotext -layout``)."""
    items: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in layout_text.splitlines():
        match = LIST_ITEM.match(line)
        if match:
            current = items.setdefault(int(match.group(1)), [match.group(2)])
        elif current is not None and line.startswith(" ") and line.strip():
            current.append(line)
        else:
            current = None
    return {number: join_wrapped(lines) for number, lines in items.items()}


def info(pdf: Path) -> dict[str, str]:
    rows = (line.partition(":") for line in run("pdfinfo", str(pdf)).splitlines())
    return {key.strip(): value.strip() for key, _, value in rows}


def fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' rows: name and whether the font is embedded."""
    lines = run("pdffonts", str(pdf)).splitlines()[2:]
    return [{"name": line.split()[0], "emb": line.split()[-5]} for line in lines if line.strip()]


def objects(pdf: Path) -> bytes:
    """The file's bytes followed by every stream it can inflate (object streams included)."""
    data = pdf.read_bytes()
    inflated = []
    for match in STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        try:
            inflated.append(zlib.decompress(data[match.end() : end]))
        except zlib.error:
            continue
    return data + b"\n".join(inflated)


def bookmark_titles(pdf: Path) -> list[str]:
    """Titles written as UTF-16 (bookmarks and the info title), in file order."""
    titles = [bytes.fromhex(h.decode()).decode("utf-16") for h in HEX_TITLE.findall(objects(pdf))]
    return [t for t in titles]


def link_targets(pdf: Path) -> list[str]:
    """Named destinations that the PDF's internal links go to."""
    return [m.decode("latin-1") for m in GOTO.findall(objects(pdf))]
