"""Reference lists labelled by hand: the learned parser's training data and the gold of its scorer.

A labelled list is the list as it stands in an article (heading, wrapped lines,
damaged labels, the text after it), with tags around what a reader must find::

    <ref>[1] <author>张明远, 李华</author>. <title>…</title>[J]. <container>经济研究</container>,
    <year>2021</year>, <volume>56</volume>(<issue>4</issue>): <pages>45-61</pages>.
    <tr>…the English translation of the entry, tagged the same way…</tr></ref>

``<ref>`` wraps one entry (across lines), ``<tr>`` its translation. Field tags
are ``author`` (with ``fam="A|B"``, the family names, when they cannot be read
off by splitting at commas), ``year``, ``title``, ``container`` (journal or
book), ``volume``, ``issue``, ``pages``, ``publisher``, ``address``, ``url`` and
``doi`` (which may sit inside ``url``). Text outside ``<ref>`` is not part of
the list. Removing the tags gives the raw text exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FIELDS = ("author", "year", "title", "container", "volume", "issue", "pages", "publisher",
          "address", "url", "doi")
_TAG = re.compile(r'<(/?)(ref|tr|%s)((?:\s+fam="[^"]*")?)>' % "|".join(FIELDS))
_FAM = re.compile(r'fam="([^"]*)"')


@dataclass
class Span:
    """A tagged stretch of the raw text: ``text[start:end]``."""

    name: str
    start: int
    end: int
    fam: str | None = None


@dataclass
class GoldEntry:
    start: int
    end: int
    spans: list[Span] = field(default_factory=list)
    translation: GoldEntry | None = None

    def value(self, raw: str, name: str) -> str | None:
        span = next((s for s in self.spans if s.name == name), None)
        return None if span is None else raw[span.start:span.end]

    def families(self, raw: str) -> list[str]:
        span = next((s for s in self.spans if s.name == "author"), None)
        if span is None:
            return []
        if span.fam:
            return span.fam.split("|")
        names = re.split(r"\s*(?:[,，、;]|\band\b|&)\s*", raw[span.start:span.end])
        return [n.split()[0] for n in names
                if n.strip() and n.strip().rstrip(".") not in ("等", "et al", "etal")]


@dataclass
class LabelledList:
    name: str
    raw: str
    entries: list[GoldEntry]

    def first_line(self, entry: GoldEntry) -> int:
        """1-based line of the raw text on which ``entry`` starts."""
        return self.raw.count("\n", 0, entry.start) + 1


def parse_labelled(text: str, name: str = "") -> LabelledList:
    """The raw text and the gold entries of one labelled list."""
    raw: list[str] = []
    length = 0
    entries: list[GoldEntry] = []
    stack: list[GoldEntry] = []
    open_fields: dict[str, Span] = {}
    pos = 0
    for m in _TAG.finditer(text):
        chunk = text[pos:m.start()]
        raw.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag = m.group(1) == "/", m.group(2)
        if tag in ("ref", "tr"):
            if not closing:
                entry = GoldEntry(length, length)
                if tag == "tr":
                    stack[-1].translation = entry
                else:
                    entries.append(entry)
                stack.append(entry)
            else:
                stack.pop().end = length
        elif not closing:
            fam = _FAM.search(m.group(3) or "")
            open_fields[tag] = Span(tag, length, length, fam.group(1) if fam else None)
        else:
            span = open_fields.pop(tag)
            span.end = length
            stack[-1].spans.append(span)
    raw.append(text[pos:])
    return LabelledList(name, "".join(raw), entries)


def load_dir(folder: Path) -> list[LabelledList]:
    """Every ``*.txt`` labelled list of ``folder``, by file name."""
    return [parse_labelled(p.read_text(encoding="utf-8"), p.name)
            for p in sorted(folder.glob("*.txt"))]


TRAINING_DIR = Path(__file__).with_name("labelled")
# Copies of the real lists seen in earlier rounds (their README names sources and licences): the
# learned reader trains on them too; the scorer's parts read the originals under tests/data.
REAL_TRAINING_DIR = TRAINING_DIR / "real"
