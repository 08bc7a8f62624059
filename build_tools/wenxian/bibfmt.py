"""A lossless .bib reader and a canonical .bib writer (``wenxian refs fmt``).

pybtex keeps entries only; this module keeps everything a .bib file holds, in
order: entries (with unknown types and fields), ``@string``, ``@preamble``,
``@comment`` and the free text between blocks (``%`` comments). A value is a
sequence of parts joined by ``#``: literal text (written in braces, quotes or
as a bare number) or a ``@string`` macro name.

:func:`parse_bib` gives a :class:`BibDocument`; :func:`write_bib` writes it in
one canonical layout (lower-case types and field names, fields in
:data:`FIELD_ORDER`, values in braces, names aligned, one blank line between
blocks). ``parse_bib(write_bib(doc))`` equals ``doc`` as data (see
:meth:`BibDocument.data`), which the property tests check. Syntax errors are
:class:`~wenxian.errors.WenxianError` with file, line and column and what was
expected there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from wenxian.errors import WenxianError

# Canonical field order: these first, in this order (per type where
# :data:`FIELD_ORDER_BY_TYPE` says so); other fields follow in alphabetical
# order; :data:`LAST_FIELDS` close the entry.
FIELD_ORDER = (
    "author", "editor", "translator", "bookauthor", "title", "subtitle", "titleaddon",
    "booktitle", "maintitle", "journal", "journaltitle", "edition", "version", "volume",
    "number", "series", "scale", "address", "location", "publisher", "school",
    "institution", "organization", "year", "date", "pages", "urldate", "url", "doi",
    "cstr", "eprint", "eprinttype", "entrysubtype", "type", "langid", "note", "howpublished",
)
LAST_FIELDS = ("review",)
# Types whose year comes before volume and number, as GB/T 7714 prints a
# periodical's holdings (2024, 12(3)).
_ISSUE_FIRST = tuple(f for f in FIELD_ORDER if f not in ("volume", "number"))
_AFTER_DATE = _ISSUE_FIRST.index("date") + 1
FIELD_ORDER_BY_TYPE = {
    kind: _ISSUE_FIRST[:_AFTER_DATE] + ("volume", "number") + _ISSUE_FIRST[_AFTER_DATE:]
    for kind in ("article", "periodical", "newspaper")
}
# Field names are padded to this width (or to the entry's longest name).
NAME_WIDTH = 12
INDENT = "  "


@dataclass(frozen=True)
class Literal:
    """Literal text of a value, as written between its braces or quotes."""

    text: str


@dataclass(frozen=True)
class Macro:
    """A reference to an ``@string`` by its (lower-case) name."""

    name: str


Part = Literal | Macro
Value = tuple[Part, ...]


@dataclass(frozen=True)
class Field:
    name: str
    value: Value


@dataclass(frozen=True)
class Entry:
    type: str
    key: str
    fields: tuple[Field, ...]
    line: int = 0

    def get(self, name: str) -> str | None:
        """The field's text if it is literal only (macros joined by name)."""
        for field in self.fields:
            if field.name == name:
                return value_text(field.value)
        return None


@dataclass(frozen=True)
class StringDef:
    name: str
    value: Value
    line: int = 0


@dataclass(frozen=True)
class Preamble:
    value: Value
    line: int = 0


@dataclass(frozen=True)
class Comment:
    """An ``@comment{…}`` block; its text is kept as written."""

    text: str
    line: int = 0


@dataclass(frozen=True)
class Text:
    """Free text between blocks (``%`` comments, notes), kept as written."""

    text: str
    line: int = 0


Block = Entry | StringDef | Preamble | Comment | Text


@dataclass(frozen=True)
class BibDocument:
    blocks: tuple[Block, ...]

    @property
    def entries(self) -> list[Entry]:
        return [b for b in self.blocks if isinstance(b, Entry)]

    def data(self) -> tuple:
        """What the file says, without layout: compared by the round-trip tests.

        Free text counts without its surrounding blank lines and the spaces
        around its lines; everything else counts exactly (types, names, keys, field
        order is not layout for entries written by hand, but the canonical
        writer reorders fields, so fields count as a sorted tuple).
        """
        out: list[tuple] = []
        for block in self.blocks:
            if isinstance(block, Text):
                text = _clean_text(block.text)
                if text:
                    out.append(("text", text))
            elif isinstance(block, Entry):
                out.append(("entry", block.type, block.key,
                            tuple(sorted((f.name, f.value) for f in block.fields))))
            elif isinstance(block, StringDef):
                out.append(("string", block.name, block.value))
            elif isinstance(block, Preamble):
                out.append(("preamble", block.value))
            else:
                out.append(("comment", block.text))
        return tuple(out)


_COMMENT_LINE = re.compile(r"^[ \t]*%[^\n]*\n?", re.MULTILINE)


def value_text(value: Value) -> str:
    """A value as plain text: literals as written (without whole ``%`` comment lines, which
    TeX does not read: :func:`wenxian.bibfile.line_end_comments`), macros by name."""
    return "".join(_COMMENT_LINE.sub("", p.text) if isinstance(p, Literal) else p.name
                   for p in value)


def duplicate_keys(doc: BibDocument) -> list[tuple[Entry, Entry]]:
    """(first, repeated) pairs of entries whose keys differ only by case or not at all."""
    seen: dict[str, Entry] = {}
    pairs = []
    for entry in doc.entries:
        first = seen.setdefault(entry.key.lower(), entry)
        if first is not entry:
            pairs.append((first, entry))
    return pairs


# --- reading -----------------------------------------------------------------

_NAME = re.compile(r"[^\s\"#%'(),={}@]+")
_SPACE = re.compile(r"\s*")


class _Reader:
    def __init__(self, text: str, path: Path | str | None, comment_lines: bool = False) -> None:
        self.text = text
        self.pos = 0
        self.path = path
        self.comment_lines = comment_lines

    def where(self, pos: int | None = None) -> tuple[int, int]:
        pos = self.pos if pos is None else pos
        line = self.text.count("\n", 0, pos) + 1
        column = pos - (self.text.rfind("\n", 0, pos) + 1) + 1
        return line, column

    def fail(self, message: str, hint: str, pos: int | None = None) -> WenxianError:
        line, column = self.where(pos)
        return WenxianError(f"BibTeX syntax error: {message}", file=self.path, line=line,
                            column=column, hint=hint)

    def skip_space(self) -> None:
        self.pos = _SPACE.match(self.text, self.pos).end()

    def skip_comment_lines(self) -> None:
        """Space and whole ``%`` comment lines between two fields: a field commented out
        (``%  note = {…},``) is TeX's comment, as :func:`wenxian.bibfile.line_end_comments`
        reads it. Read so for ``check`` (``comment_lines``); the canonical writer has no
        place for it inside an entry, so for ``refs fmt`` it is an error that says so
        (rather than a comment silently dropped)."""
        while True:
            self.skip_space()
            line_start = self.text.rfind("\n", 0, self.pos) + 1
            if self.peek() != "%" or self.text[line_start:self.pos].strip():
                return
            if not self.comment_lines:
                raise self.fail("a % comment line between two fields of an entry, which the "
                                "canonical layout cannot keep there",
                                "move the comment above the entry (refs format and check read "
                                "it as a comment)")
            end = self.text.find("\n", self.pos)
            self.pos = len(self.text) if end < 0 else end

    def peek(self) -> str:
        return self.text[self.pos:self.pos + 1]

    def expect(self, chars: str, what: str, hint: str) -> str:
        self.skip_space()
        char = self.peek()
        if not char or char not in chars:
            found = repr(char) if char else "the end of the file"
            raise self.fail(f"expected {what}, found {found}", hint)
        self.pos += 1
        return char

    def name(self, what: str, hint: str) -> str:
        self.skip_space()
        match = _NAME.match(self.text, self.pos)
        if not match:
            char = self.peek()
            found = repr(char) if char else "the end of the file"
            raise self.fail(f"expected {what}, found {found}", hint)
        self.pos = match.end()
        return match.group()

    def braced(self, start: int) -> str:
        """Text up to the brace matching the one before ``self.pos``."""
        depth = 1
        pos = self.pos
        while pos < len(self.text):
            char = self.text[pos]
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    body = self.text[self.pos:pos]
                    self.pos = pos + 1
                    return body
            pos += 1
        raise self.fail("this brace is never closed", "add the missing '}' (braces must "
                        "balance inside every value)", start)

    def quoted(self, start: int) -> str:
        depth = 0
        pos = self.pos
        while pos < len(self.text):
            char = self.text[pos]
            if char == "{":
                depth += 1
            elif char == "}":
                if depth == 0:
                    raise self.fail("'}' without '{' inside a quoted value",
                                    "balance the braces inside the quotes", pos)
                depth -= 1
            elif char == '"' and depth == 0:
                body = self.text[self.pos:pos]
                self.pos = pos + 1
                return body
            pos += 1
        raise self.fail("this quote is never closed", 'add the closing \'"\'', start)

    def value(self, closer: str) -> Value:
        hint = ("a value is {text}, \"text\", a number or a @string name, "
                "joined by #")
        parts: list[Part] = []
        while True:
            self.skip_space()
            start = self.pos
            char = self.peek()
            if char == "{":
                self.pos += 1
                parts.append(Literal(self.braced(start)))
            elif char == '"':
                self.pos += 1
                parts.append(Literal(self.quoted(start)))
            else:
                word = self.name("a value", hint)
                parts.append(Literal(word) if word.isdigit() else Macro(word.lower()))
            self.skip_space()
            if self.peek() != "#":
                return tuple(parts)
            self.pos += 1

    def entry_body(self, kind: str, closer: str, line: int) -> Entry:
        hint_key = "an entry starts with @type{key, then fields name = {value}"
        self.skip_space()
        match = re.compile(r"[^\s,{}()\"#%'=]+").match(self.text, self.pos)
        if not match:
            raise self.fail("expected the entry's key", hint_key)
        key = match.group()
        self.pos = match.end()
        fields: list[Field] = []
        sep = self.expect(","+closer, "',' after the key", hint_key)
        hint = "fields are name = {value}, separated by commas; the entry ends with " + closer
        while sep == ",":
            self.skip_comment_lines()
            if self.peek() == closer:
                self.pos += 1
                break
            name = self.name("a field name or " + repr(closer), hint).lower()
            self.expect("=", f"'=' after the field name {name!r}", hint)
            fields.append(Field(name, self.value(closer)))
            if self.comment_lines:
                self.skip_space()
                if self.peek() == "%":
                    # a comment after the value, to the end of its line, as biber reads it
                    # (biblatex-jura2: ``options = {bearbeiterin}%, howcited}``); refs format
                    # reads it so too (wenxian.bibfile.line_end_comments)
                    end = self.text.find("\n", self.pos)
                    self.pos = len(self.text) if end < 0 else end
                    self.skip_comment_lines()
            sep = self.expect(","+closer, f"',' or {closer!r} after the value of {name!r}", hint)
        return Entry(kind.lower(), key, tuple(fields), line)

    def block(self) -> Block:
        at = self.pos
        line, _ = self.where(at)
        self.pos += 1
        kind = self.name("an entry type after '@'",
                         "an entry starts with @type{key, e.g. @book{mao1991xuanji,")
        opener = self.expect("{(", f"'{{' after @{kind}", "write @type{key, …}")
        closer = "}" if opener == "{" else ")"
        lower = kind.lower()
        if lower == "comment":
            if opener == "{":
                return Comment(self.braced(at), line)
            end = self.text.find(")", self.pos)
            if end < 0:
                raise self.fail("this @comment is never closed", "add ')'", at)
            body, self.pos = self.text[self.pos:end], end + 1
            return Comment(body, line)
        if lower == "preamble":
            value = self.value(closer)
            self.expect(closer, f"{closer!r} closing @preamble", "write @preamble{\"…\"}")
            return Preamble(value, line)
        if lower == "string":
            name = self.name("the @string's name", "write @string{name = {value}}").lower()
            self.expect("=", "'=' after the @string's name", "write @string{name = {value}}")
            value = self.value(closer)
            self.expect(closer, f"{closer!r} closing @string", "write @string{name = {value}}")
            return StringDef(name, value, line)
        return self.entry_body(kind, closer, line)

    def document(self) -> BibDocument:
        blocks: list[Block] = []
        while self.pos < len(self.text):
            at = self._next_at()
            if at > self.pos:
                blocks.append(Text(self.text[self.pos:at], self.where()[0]))
                self.pos = at
            if at < len(self.text):
                blocks.append(self.block())
        return BibDocument(tuple(blocks))

    def _next_at(self) -> int:
        """The next '@' that starts a block: not after a '%' on its line."""
        pos = self.pos
        while True:
            at = self.text.find("@", pos)
            if at < 0:
                return len(self.text)
            line_start = max(self.text.rfind("\n", 0, at) + 1, self.pos)
            if "%" in self.text[line_start:at]:
                pos = at + 1
                continue
            return at


def parse_bib(text: str, path: Path | str | None = None, *,
              comment_lines: bool = False) -> BibDocument:
    """Read .bib text into a :class:`BibDocument`; ``path`` names it in errors. With
    ``comment_lines``, ``%`` comment lines between an entry's fields are skipped (not kept)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return _Reader(text, path, comment_lines).document()


def read_bib_document(path: Path | str, *, comment_lines: bool = False) -> BibDocument:
    """Parse the UTF-8 file at ``path``; a missing or non-UTF-8 file is an error."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise WenxianError("no such file", file=path,
                           hint="give the path of a .bib file, e.g. refs.bib") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise WenxianError("the file is not UTF-8 text", file=path,
                           line=data[: err.start].count(b"\n") + 1,
                           hint="save the .bib file as UTF-8") from None
    return parse_bib(text, path, comment_lines=comment_lines)


# --- writing -----------------------------------------------------------------

def _clean_text(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines()).strip("\n")


def _write_value(value: Value) -> str:
    return " # ".join("{" + p.text + "}" if isinstance(p, Literal) else p.name for p in value)


def _field_rank(kind: str, name: str) -> tuple[int, int, str]:
    order = FIELD_ORDER_BY_TYPE.get(kind, FIELD_ORDER)
    if name in LAST_FIELDS:
        return (2, LAST_FIELDS.index(name), name)
    if name in order:
        return (0, order.index(name), name)
    return (1, 0, name)


def write_entry(entry: Entry) -> str:
    """One entry in the canonical layout, without a trailing newline."""
    fields = sorted(entry.fields, key=lambda f: _field_rank(entry.type, f.name))
    width = max([NAME_WIDTH] + [len(f.name) for f in fields])
    lines = [f"@{entry.type}{{{entry.key},"]
    lines += [f"{INDENT}{f.name.ljust(width)} = {_write_value(f.value)}," for f in fields]
    lines.append("}")
    return "\n".join(lines)


def write_block(block: Block) -> str:
    if isinstance(block, Entry):
        return write_entry(block)
    if isinstance(block, StringDef):
        return f"@string{{{block.name} = {_write_value(block.value)}}}"
    if isinstance(block, Preamble):
        return f"@preamble{{{_write_value(block.value)}}}"
    if isinstance(block, Comment):
        if _balanced(block.text) or ")" in block.text:
            return f"@comment{{{block.text}}}"
        return f"@comment({block.text})"
    return _clean_text(block.text)


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def write_bib(doc: BibDocument) -> str:
    """The document in the canonical layout: blocks separated by one blank line."""
    parts = [write_block(b) for b in doc.blocks]
    parts = [p for p in parts if p]
    return "\n\n".join(parts) + "\n" if parts else ""
