"""Reading a .bib file, and appending entries to it without disturbing what is there.

The old text is kept byte for byte; new entries follow in one stable layout
(fields in :data:`FIELD_ORDER`, names joined by " and "). Keys already in the
file are an error, never overwritten.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pybtex.errors
from pybtex.database import (BibliographyData, BibliographyDataError, Entry, InvalidNameString,
                             Person)
from pybtex.database.input.bibtex import Parser, UndefinedMacro
from pybtex.scanner import PybtexSyntaxError

from wenxian.bibkeys import key_suffixes
from wenxian.errors import WenxianError
from wenxian.fsutil import atomic_write_text

# Order of fields in written entries; fields not listed follow alphabetically.
FIELD_ORDER = (
    "entrysubtype", "type", "author", "editor", "translator", "title", "booktitle",
    "journal", "edition", "version", "volume", "number", "scale", "address", "publisher",
    "school", "institution", "organization", "year", "date", "pages", "urldate", "url",
    "doi", "cstr", "note", "howpublished", "review",
)
PERSON_ROLES = ("author", "editor", "translator")
_UNNAMED = re.compile(r"^unnamed-\d+$")
_REPEATED = re.compile(r"repeated bibliograp?h?y entry: (.+)$")


def line_end_comments(text: str) -> str:
    """``text`` with TeX's line-end comments taken out: a ``%`` that ends a line (not
    ``\\%``, and not on a line that is itself a comment) joins that line to the next one's
    text, as TeX reads it. A value written ``howpublished = {%`` and continued on the next
    lines (thesis-qom's references.bib) is the text after it; pybtex, which turns every
    line end in a value into a space, would keep ``%`` and print the rest as a comment.
    Each joined line end is put back after the joined line, so line numbers still hold.

    A line that is itself a comment (its first mark ``%``) inside an entry's braces is
    TeX's comment too, and reads as an empty line: inside a value (papis's test file:
    ``author = {Shi,`` / ``% some comments here`` / ``Fazhan and …}``, which pybtex read
    as given names "some comments here Fazhan") or between two fields (a field commented
    out, ``%  note = {…},``, which pybtex refuses as a syntax error). Outside entries
    comment lines are left as they are (pybtex skips them)."""
    if "%" not in text:
        return text
    out: list[str] = []
    pending, owed, depth = "", 0, 0
    for line in text.split("\n"):
        if owed:
            line = pending + line.lstrip(" \t")
        elif depth > 0 and line.lstrip().startswith("%"):
            out.append("")
            continue
        if depth == 1 and "%" in line:
            line = _without_field_comment(line)
        body = line.rstrip(" \t\r")
        head = body[:-1]
        if body.endswith("%") and not line.lstrip().startswith("%") \
                and (len(head) - len(head.rstrip("\\"))) % 2 == 0:
            pending, owed = head, owed + 1
            continue
        if not line.lstrip().startswith("%"):
            depth = max(0, depth + _brace_balance(line))
        out.append(line)
        out.extend([""] * owed)
        pending, owed = "", 0
    if owed:
        out.append(pending)
        out.extend([""] * (owed - 1))
    return "\n".join(out)


_BRACE = re.compile(r"(?<!\\)[{}]")


def _without_field_comment(line: str) -> str:
    """A line between an entry's fields (inside its braces, outside any value) without the
    ``%`` comment after a value: biber reads ``options = {bearbeiterin}%, howcited}``
    (biblatex-jura2's database) as the field and a comment; BibTeX's reading, where the
    ``}`` of the comment would close the entry, loses every field after it. A ``%`` inside a
    value (braced or quoted) or escaped (``\\%``) is text."""
    depth, quoted, i = 0, False, 0
    while i < len(line):
        char = line[i]
        if char == "\\":
            i += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "%" and depth == 0 and not quoted \
                and line[:i].rstrip().endswith(("}", '"', ",")):
            return line[:i].rstrip(" \t")
        i += 1
    return line


def _brace_balance(line: str) -> int:
    """Opening minus closing braces of ``line`` (``\\{`` and ``\\}`` are characters)."""
    marks = _BRACE.findall(line)
    return marks.count("{") - marks.count("}")


def _line_of_second(text: str, key: str) -> int | None:
    pattern = re.compile(r"@\w+\s*[{(]\s*" + re.escape(key) + r"\s*,", re.IGNORECASE)
    matches = list(pattern.finditer(text))
    if len(matches) < 2:
        return None
    return text.count("\n", 0, matches[1].start()) + 1


def _entry_start(text: str, lineno: int | None) -> int | None:
    """The line of the last "@type{" at or before ``lineno``."""
    if lineno is None:
        return None
    lines = text.splitlines()[:lineno]
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].lstrip().startswith("@"):
            return index + 1
    return None


def read_bib(path: str | Path, *, missing_ok: bool = False,
             repeated: list[WenxianError] | None = None) -> BibliographyData:
    """Parse ``path`` (UTF-8 BibTeX/biblatex), entries in file order.

    Every problem is a :class:`WenxianError` naming the file and, where it
    can, the line: a syntax error where pybtex stopped (and the entry it is
    in), a repeated key at its second entry, a byte that is not UTF-8. With
    ``missing_ok`` a file that does not exist yet reads as empty. With a
    ``repeated`` list, nothing is fatal: a repeated key keeps the first
    entry, a syntax error skips what pybtex cannot read (an undefined
    ``@string`` reads as nothing), and each error is appended to the list.
    """
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        if missing_ok:
            return BibliographyData()
        raise WenxianError("no such file", file=path,
                           hint="give the path of a .bib file, e.g. refs.bib") from None
    except UnicodeDecodeError as err:
        data = path.read_bytes()
        line = data[: err.start].count(b"\n") + 1
        if repeated is None:
            raise WenxianError("the file is not UTF-8 text", file=path, line=line,
                               hint="save the .bib file as UTF-8") from None
        # Read anyway, and say how: a real file is not refused for a byte.
        text, how = _decode_declared(data) or _decode_other(data)
        repeated.append(WenxianError(
            f"the file is not UTF-8 text (byte 0x{data[err.start]:02x}); it was read {how}",
            file=path, line=line, hint="save the .bib file as UTF-8"))
    try:
        with pybtex.errors.capture() as captured:
            bib = Parser().parse_string(line_end_comments(text))
        # A malformed name list ("Wang, Lei and, Zhao, Min") is read anyway: the
        # styles repair it and ``wenxian check`` reports it (wenxian.gbt7714.names).
        captured = [err for err in captured if not isinstance(err, InvalidNameString)]
        if captured and repeated is None:
            raise captured[0]
        for key in [key for key in bib.entries if _UNNAMED.match(key)]:
            # A record with no key (cje's "@ARTICLE{," holding only owner and timestamp):
            # pybtex names it "unnamed-1" and keeps none of its fields; the syntax error
            # says where it is, and an empty line is no entry to print.
            entry = bib.entries[key]
            if not entry.fields and not entry.persons and any(
                    "entry key expected" in str(err) for err in captured):
                del bib.entries[key]
        for err in captured:  # in file order
            if isinstance(err, BibliographyDataError):
                repeated.append(_repeated_key_error(path, text, err))
            else:
                # pybtex went on after it (an undefined @string reads as nothing,
                # a broken entry is skipped): the rest of the file is read.
                repeated.append(_syntax_error(path, text, err))
        return bib
    except PybtexSyntaxError as err:
        raise _syntax_error(path, text, err) from None
    except BibliographyDataError as err:
        raise _repeated_key_error(path, text, err) from None


# The encoding a reference manager writes into the file's head: JabRef's "% Encoding: Cp1252"
# (Java's names: Cp1252, ISO8859_1, UTF8, Cp1253 …) and BibDesk's "%% Saved with string encoding
# Western (Mac OS Roman)" (the name in parentheses). The program reads the file back in it, as its
# user expects every other tool to: a byte of a Latin file guessed as GB18030 printed
# "Trevi駉-Quintanilla" for "Treviño-Quintanilla" (unamthesis' JabRef database).
_DECLARED = re.compile(r"^%+\s*(?:Encoding:\s*(?P<jabref>[\w.:-]+)|"
                       r"Saved with string encoding\s+(?P<bibdesk>[^\r\n]*?))\s*$",
                       re.MULTILINE | re.IGNORECASE)
_BIBDESK_NAMES = {"mac os roman": "mac_roman", "iso latin 1": "latin-1",
                  "windows latin 1": "cp1252", "iso latin 2": "iso8859_2",
                  "windows latin 2": "cp1250"}


def declared_encoding(data: bytes) -> str | None:
    """The Python codec of the encoding the file's head declares (the comment lines before its
    first entry), or None when it declares none or one Python does not know."""
    head = data[: data.find(b"@")] if b"@" in data else data
    match = _DECLARED.search(head.decode("ascii", errors="replace"))
    if match is None:
        return None
    name = match.group("jabref")
    if name is None:
        written = match.group("bibdesk")
        inner = re.search(r"\(([^()]*)\)\s*$", written)
        name = inner.group(1) if inner else written
        name = _BIBDESK_NAMES.get(name.strip().lower(), name)
    name = re.sub(r"^(?:x-|Cp(?=\d))", lambda m: "cp" if m.group(0) == "Cp" else "", name.strip())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode_declared(data: bytes) -> tuple[str, str] | None:
    """The text in the encoding the file declares, when it is not UTF-8 and every byte
    decodes in it; None otherwise (the other readings are tried)."""
    codec = declared_encoding(data)
    if codec is None or codec == "utf-8":
        return None
    try:
        return data.decode(codec), f"as {codec}, the encoding its header declares"
    except UnicodeDecodeError:
        return None


def _decode_other(data: bytes) -> tuple[str, str]:
    """Text of a file that is not UTF-8, and how it was read. Mostly UTF-8 with a few
    stray bytes: UTF-8, each stray byte read as U+FFFD. Else GB18030 (the encoding of
    Chinese Windows, a superset of GBK and GB2312) if it decodes; else Windows-1252,
    an undefined byte read as U+FFFD."""
    utf8 = data.decode("utf-8", errors="replace")
    stray = utf8.count("\ufffd")
    readable = sum(1 for c in utf8 if ord(c) > 127) - stray  # non-ASCII read as UTF-8
    if readable and readable >= stray:
        return utf8, f"as UTF-8, {stray} stray byte(s) read as U+FFFD"
    try:
        return data.decode("gb18030"), "as GB18030 (GBK)"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "as Windows-1252"


def _syntax_error(path: Path, text: str, err: PybtexSyntaxError) -> WenxianError:
    start = _entry_start(text, err.lineno)
    where = f"the entry that starts on line {start}" if start else "the entry before this line"
    if isinstance(err, UndefinedMacro):
        hint = (f"define it with @string{{{err.args[0] if err.args else 'name'} = {{…}}}} before "
                f"{where}, or write the value in braces")
    else:
        hint = (f"check the braces and commas of {where} "
                "(every field is name = {value}, fields are separated by commas)")
    return WenxianError(f"BibTeX syntax error: {err.args[0] if err.args else err}", file=path,
                        line=err.lineno, hint=hint)


def _repeated_key_error(path: Path, text: str, err: BibliographyDataError) -> WenxianError:
    message = str(err)
    match = _REPEATED.search(message)
    line = _line_of_second(text, match.group(1).strip()) if match else None
    return WenxianError(f"BibTeX error: {message}", file=path, line=line,
                        hint="every entry needs its own key; rename or remove "
                             "the repeated entry")


def format_person(person: Person) -> str:
    """A person as BibTeX writes it: "Last, Jr, First" or a braced body."""
    return str(person)


def format_bibtex(key: str, entry: Entry) -> str:
    """One entry in the stable layout, ending with a newline."""
    values: dict[str, str] = {}
    for role in PERSON_ROLES + tuple(r for r in sorted(entry.persons) if r not in PERSON_ROLES):
        people = entry.persons.get(role)
        if people:
            values[role] = " and ".join(format_person(p) for p in people)
    for name, value in entry.fields.items():
        values[name.lower()] = str(value)
    order = [f for f in FIELD_ORDER if f in values] + sorted(
        f for f in values if f not in FIELD_ORDER
    )
    width = max((len(f) for f in order), default=0)
    lines = [f"@{entry.type.lower()}{{{key},"]
    lines += [f"  {name.ljust(width)} = {{{values[name]}}}," for name in order]
    lines.append("}")
    return "\n".join(lines) + "\n"


def append_entries(path: Path, entries: Iterable[tuple[str, Entry]]) -> list[str]:
    """Append ``entries`` to ``path``; the keys written, in order.

    Raises :class:`WenxianError` naming the first key that is already in the
    file (or given twice), before anything is written.
    """
    path = Path(path)
    entries = list(entries)
    existing = {k.lower() for k in read_bib(path, missing_ok=True).entries.keys()}
    seen: set[str] = set()
    for key, _ in entries:
        if key.lower() in existing:
            raise WenxianError(
                f"key {key!r} is already in the .bib file; nothing was written",
                file=path,
                hint="choose another key, or edit the existing entry by hand",
            )
        if key.lower() in seen:
            raise WenxianError(f"key {key!r} is given twice; nothing was written", file=path)
        seen.add(key.lower())
    old = path.read_bytes().decode("utf-8") if path.exists() else ""
    new = "\n".join(format_bibtex(key, entry) for key, entry in entries)
    if not entries:
        return []
    glue = "" if not old else ("\n" if old.endswith("\n") else "\n\n")
    atomic_write_text(path, old + glue + new, overwrite=True)
    return [key for key, _ in entries]


def same_work(entry: Entry, entries: Mapping[str, Entry]) -> str | None:
    """The key of an entry in ``entries`` with the same title and year, if any.

    Titles are compared without braces, spaces and case, so that an entry
    parsed from a GB/T line finds the one an editor typed or Zotero exported.
    An entry kept whole (a line no style reads, in ``verbatim``) is the same work as one with
    the same ``verbatim``: importing an article again adds no second copy.
    """
    title = _plain(entry.fields.get("title", ""))
    if not title:
        verbatim = _plain(entry.fields.get("verbatim", ""))
        return next((key for key, other in entries.items()
                     if verbatim and _plain(other.fields.get("verbatim", "")) == verbatim), None)
    year = _year(entry)
    for key, other in entries.items():
        if _plain(other.fields.get("title", "")) == title and _year(other) == year:
            return key
    return None


def adopt_entries(entries: Iterable[tuple[str, Entry]], existing: Mapping[str, Entry]
                  ) -> tuple[list[str], list[tuple[str, Entry]]]:
    """The key each of ``entries`` (another .bib file's: a Zotero export, a colleague's) has in a
    file holding ``existing``, and the entries to add to it.

    A work the file has already (:func:`same_work`) keeps the file's key; a new work keeps its own
    key, or, when that key names another work there, its key with a letter after it.
    """
    known: dict[str, Entry] = dict(existing)
    taken = {k.lower() for k in known}
    keys: list[str] = []
    new: list[tuple[str, Entry]] = []
    for key, entry in entries:
        twin = same_work(entry, known)
        if twin is None:
            twin = key
            if key.lower() in taken:
                twin = next(key + s for s in key_suffixes() if (key + s).lower() not in taken)
            known[twin] = entry
            taken.add(twin.lower())
            new.append((twin, entry))
        keys.append(twin)
    return keys, new


def _year(entry: Entry) -> str:
    return entry.fields.get("year", "") or entry.fields.get("date", "")[:4]


def _plain(text: str) -> str:
    return "".join(ch for ch in text if ch not in "{} ").lower()
