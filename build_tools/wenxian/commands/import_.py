"""``wenxian import``: an article's PDF, or the text extracted from it → an article in MyST.

Reads a PDF with :mod:`wenxian.pdfreader` and a raw text with
:mod:`wenxian.importer` (the file's first bytes decide, not its name), maps citation numbers to the
keys of ``--bib`` in file order and writes ``source/<slug>.md`` (or ``-o``)
with :mod:`wenxian.myst_writer`, never over an existing file unless
``--force``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

from pybtex.database import Entry

from wenxian.bibfile import adopt_entries, append_entries, read_bib, same_work
from wenxian.errors import WenxianError
from wenxian.fsutil import atomic_write_text
from wenxian.importer import ImportOptions, read_article
from wenxian.importer.citations import unlink_beyond
from wenxian.importer.evidence import Decision
from wenxian.importer.options import MAX_BYTES
from wenxian.model import Article, Caption, Formula, Heading, NamedWork, Note, Paragraph
from wenxian.myst_writer import write_myst
from wenxian.project import Project, find_project
from wenxian.refparse.citematch import Candidate, candidate, match, printed_suffix, short_names, with_short_names
from wenxian.refparse.importer import ImportedReference, read_reference_list

EPILOG = """\
examples:
  wenxian import source/raw/article.txt --bib refs.bib \\
      --title "以全面深化改革推动新质生产力发展：逻辑底蕴、问题检视与实践进路" --working-title
  wenxian import source/raw/journal-article.pdf --explain

A PDF is read with its layout (columns, type sizes, superscript citation
marks, running heads, footnotes, figure and table captions); a scanned PDF
without a text layer needs OCR first.

Citation n in the text is the n-th entry of --bib (in file order). Without
--bib, a text with its own reference list (参考文献) has each entry read
(GB/T 7714, APA, Chicago, Vancouver, publisher styles); an entry that cannot
be read is kept as printed, with a review note that `wenxian check` lists.
Works new to the project's refs.bib are appended to it, works it already has
keep their keys. The result goes to source/<slug>.md of the
project (slug = the raw file's name); pass --force to replace an existing
file.
"""

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_UNSAFE = re.compile(r"[^a-z0-9]+")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help="turn a raw PDF-extracted text into an article (MyST)",
        description="Turn the plain text extracted from an article's PDF into annotated MyST Markdown.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("raw", metavar="RAW", type=Path,
                        help="the article's PDF, or the text extracted from it (UTF-8, GB18030, UTF-16)")
    parser.add_argument("--bib", type=Path, help="BibTeX file whose n-th entry is citation [n]")
    parser.add_argument("--title", help="the article's title (the text often lacks it)")
    parser.add_argument("--working-title", action="store_true", help="mark --title as an editor's working title")
    parser.add_argument("--author", action="append", default=[], metavar="NAME", help="an author (repeatable)")
    parser.add_argument("--slug", help="page name and label prefix (default: OUT.md's name with -o, else RAW's file name)")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.md", help="where to write (default: source/<slug>.md)")
    parser.add_argument("--force", action="store_true", help="replace an existing output file")
    parser.add_argument("--no-punctuation", action="store_true", help="keep half-width punctuation as extracted")
    parser.add_argument("--keep-spaces", action="store_true", help="keep the spaces of the extracted text")
    parser.add_argument("--no-dehyphenate", action="store_true", help="keep hyphens at line ends")
    parser.add_argument(
        "--explain", action="store_true",
        help="print why each paragraph break and dropped header/footer line was decided (for a PDF: "
        "what each printed line was taken for), to stderr",
    )
    parser.add_argument("--project", type=Path, metavar="DIR", help="the project folder (default: found from here)")
    parser.set_defaults(func=run)


def make_slug(raw: Path, given: str | None) -> str:
    """``given`` checked, or an ASCII slug made from RAW's name."""
    if given is not None:
        if "/" in given or "\\" in given or ".." in given or "\0" in given or not _SLUG.match(given):
            raise WenxianError(
                f"invalid slug {given!r}",
                hint="use ASCII letters, digits, '-' and '_' only, e.g. --slug xinzhi-2024",
            )
        return given
    from pypinyin import lazy_pinyin

    slug = _UNSAFE.sub("-", "-".join(lazy_pinyin(raw.stem)).lower()).strip("-")
    if not slug:
        raise WenxianError(f"cannot make a page name from {raw.name!r}", hint="pass --slug NAME")
    return slug


def keys_from_reference_list(
    article: Article, raw: Path, bib: Path
) -> tuple[list[str], list[tuple[str, Entry]]]:
    """Keys for the text's own reference list, and the entries ``bib`` lacks.

    Each entry is read by :mod:`wenxian.refparse.reading`, never refused. A work already
    in ``bib`` (same title and year) keeps its key, so a second article citing
    it adds nothing; the others get new readable keys. Citation [n] is the
    list's n-th line (the numeric system lists works in citation order); a label out of
    sequence is reported, not refused.
    """
    existing = read_bib(bib, missing_ok=True).entries
    imported = read_reference_list(article.references, existing_keys=existing.keys())
    warn_references_to_review(imported, raw)
    parsed = [(r.key, r.entry) for r in imported]
    keys: list[str] = []
    new: list[tuple[str, Entry]] = []
    for position, (ref, (key, entry)) in enumerate(zip(article.references, parsed), start=1):
        if ref.number is not None and ref.number != position:
            article.notes.append(Note(
                ref.line,
                f"the reference list's entry [{ref.number}] stands in place {position}; "
                f"citation [{position}] is linked to it",
                "check the list for a lost or merged entry; number it [1], [2], … in order, "
                "or pass --bib FILE",
            ))
        twin = same_work(entry, existing)
        if twin is None:
            new.append((key, entry))
        keys.append(twin or key)
    return keys, new


def warn_uncited(article: Article, keys: list[str], uncited: set[str], raw: Path) -> None:
    """The list's entries no citation of the text links to: printed in the bibliography all
    the same, and reported (a citation the importer could not read may point to them)."""
    for ref, key in zip(article.references, keys):
        if key in uncited:
            entry = f"entry [{ref.number}]" if ref.number else "entry"
            print(f"{raw}:{ref.line}: warning: the list's {entry} ({key}) is cited nowhere in "
                  "the text; the bibliography lists it all the same\n"
                  "  hint: if the text cites it, check that citation in the raw text (a mark not read as one)",
                  file=sys.stderr)


def report_notes(article: Article, raw: Path) -> None:
    """What the reader left undecided, as warnings on stderr (file:line, what, how to fix)."""
    for note in article.notes:
        print(f"{raw}:{note.line}: warning: {note.message}\n  hint: {note.hint}", file=sys.stderr)


def link_author_year(article: Article, candidates: list[Candidate], raw: Path) -> dict[NamedWork, str]:
    """Keys for the works of the text's author-year citations; the ones not found are reported."""
    named: dict[NamedWork, str] = {}
    candidates = with_short_names(candidates, short_names(article))  # "（CNNIC，2023）" as the text defined it
    for cite in article.named_citations():  # the paragraphs', then the footnotes'
        for work in cite.works:
            key, why = match(work, candidates)
            if key:
                named[work] = key
                if why:  # linked with doubt: by the list's printed head, not by the entry's fields
                    print(f"{raw}:{cite.line}: note: citation {cite.raw!r} {why}\n"
                          "  hint: if the link is right, nothing to do; otherwise correct the entry's "
                          "authors or year in refs.bib", file=sys.stderr)
            else:
                print(f"{raw}:{cite.line}: warning: citation {cite.raw!r} not linked ({why}); "
                      "it stays as text\n  hint: correct the name or year, or add the work to "
                      "the reference list", file=sys.stderr)
    return named


def _list_candidates(article: Article, keys: list[str], new_entries: list[tuple[str, Entry]],
                     bib: Path) -> list[Candidate]:
    """The list's entries (new ones, or the project's twins) as citation targets, in list order."""
    entries = dict(read_bib(bib, missing_ok=True).entries.items())
    entries.update(new_entries)
    suffixes = [printed_suffix(ref.text) for ref in article.references]
    return [candidate(key, entries[key], suffix, ref.text)
            for key, suffix, ref in zip(keys, suffixes, article.references) if key in entries]


def warn_after_references(article: Article, raw: Path) -> None:
    """Say which lines after the reference list were left out of the article."""
    if not article.after_references:
        return
    first, last = article.after_references[0][0], article.after_references[-1][0]
    where = f"line {first}" if first == last else f"lines {first}-{last}"
    print(f"{raw}:{first}: warning: {where} after the reference list: not references "
          f"(a biography, an English title or abstract, a caption, an appendix?), left out of the article: "
          f"{article.after_references[0][1][:40]!r}…\n  hint: give them a label the importer knows "
          "(作者简介：, Abstract:) or move them into the front matter by hand", file=sys.stderr)


def warn_asides_in_references(article: Article, raw: Path) -> None:
    """Say which lines inside the numbered reference list were read as no entry (notes, sub-headings)."""
    asides = article.asides_in_references
    if not asides:
        return
    first = asides[0][0]
    where = f"line {first}" if len(asides) == 1 else "lines " + ", ".join(str(n) for n, _ in asides)
    print(f"{raw}:{first}: warning: {where} inside the reference list: no entry and no part of one (a note, "
          f"a sub-heading, a running head?), left out: {asides[0][1][:40]!r}"
          + (f" and {len(asides) - 1} more" if len(asides) > 1 else "")
          + "\n  hint: if a line belongs to the entry above, join it to that entry's line; if it is an "
          "entry, give it its number", file=sys.stderr)


def warn_references_to_review(imported: list[ImportedReference], raw: Path) -> None:
    """Tell, on stderr, which entries of the list were not read with confidence."""
    for ref in imported:
        if ref.reading.review:
            label = f"[{ref.source.number}] " if ref.source.number is not None else ""
            print(f"{raw}:{ref.source.line}: warning: reference {label}({ref.key}): {ref.reading.review}",
                  file=sys.stderr)


def warn_without_headings(article: Article, raw: Path) -> None:
    """Warn, on stderr, about a text in which no section heading was found."""
    if any(isinstance(b, Heading) for b in article.blocks):
        return
    print(
        f"{raw}:1: warning: no section heading found; the article is written as one run of paragraphs\n"
        "  hint: headings are found on lines of their own that begin 一、 （一） or 1. ; "
        "check the extracted text if the article has sections",
        file=sys.stderr,
    )


def _source_field(raw: Path, out: Path, project_source: Path | None) -> str:
    raw = raw.resolve()
    if project_source is not None and raw.is_relative_to(project_source.resolve()):
        return raw.relative_to(project_source.resolve()).as_posix()
    return Path(os.path.relpath(raw, out.resolve().parent)).as_posix()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def summary(article: Article, out: Path) -> str:
    blocks = article.blocks
    headings = sum(isinstance(b, Heading) for b in blocks)
    captions = sum(isinstance(b, Caption) for b in blocks)
    formulas = sum(isinstance(b, Formula) for b in blocks)
    paragraphs = sum(isinstance(b, Paragraph) for b in blocks)
    meta = article.meta
    fields = {
        "title": meta.title,
        "authors": meta.authors,
        "abstract": meta.abstract,
        "keywords": meta.keywords,
        "English title": meta.en_title,
        "English abstract": meta.en_abstract,
        "English key words": meta.en_keywords,
        "affiliations": meta.affiliations,
    }
    found = [name for name, value in fields.items() if value] + sorted(meta.journal)
    named = sum(len(b.named_citations()) for b in blocks if isinstance(b, (Paragraph, Caption)))
    missing = [name for name, value in fields.items() if not value]
    return (
        f"wrote {out}: {_count(paragraphs, 'paragraph')}, {_count(headings, 'heading')}, "
        f"{_count(len(article.citations()), 'citation')}"
        + (f", {_count(named, 'author-year citation')}" if named else "")
        + (f", {_count(captions, 'figure/table caption')}" if captions else "")
        + (f", {_count(formulas, 'formula')}" if formulas else "")
        + (f", {_count(len(article.footnotes), 'footnote')}" if article.footnotes else "")
        + "\n"
        f"  front matter found: {', '.join(found) or 'nothing'}\n"
        f"  not in the text: {', '.join(missing) or 'nothing'}"
    )


def is_pdf(path: Path) -> bool:
    """Whether the file is a PDF: "%PDF-" within its first KiB, as readers accept it."""
    with path.open("rb") as handle:
        return b"%PDF-" in handle.read(1024)


def read_input(raw: Path, options: ImportOptions, *, explain: bool = False) -> Article:
    """The article from a PDF (:mod:`wenxian.pdfreader`) or a raw text (:mod:`wenxian.importer`)."""
    if is_pdf(raw):
        from wenxian.pdfreader import read_pdf

        result = read_pdf(raw, options=options, explain=explain)
        for line in result.explanation:
            print(f"{raw}:{line}", file=sys.stderr)
        return result.article
    if raw.stat().st_size > MAX_BYTES:
        raise WenxianError(
            f"the file is over the limit of {MAX_BYTES // 1048576} MB", file=raw, hint="split it into one file per article"
        )
    decisions: list[Decision] | None = [] if explain else None
    article = read_article(raw.read_bytes(), file=raw, options=options, explain=decisions)
    for decision in decisions or []:
        print(f"{raw}:{decision.line}: {decision.explain()}", file=sys.stderr)
    return article


def run(args: argparse.Namespace) -> int:
    raw: Path = args.raw
    if not raw.is_file():
        raise WenxianError("raw text file not found", file=raw, hint="check the path")
    if not is_pdf(raw) and raw.stat().st_size > MAX_BYTES:
        raise WenxianError(
            f"the file is over the limit of {MAX_BYTES // 1048576} MB", file=raw, hint="split it into one file per article"
        )
    # The page's labels are prefixed with its name: the output's (-o), else the raw file's, so two
    # imports of one text (a.pdf → a-pdf.md, a.txt → a.md) do not share labels.
    slug = make_slug(args.output if args.output is not None and args.output.suffix == ".md" else raw, args.slug)
    project = None
    if args.output is None or args.project is not None:
        project = find_project(args.project)
    out = args.output or project.source / f"{slug}.md"
    if out.exists() and not args.force:
        raise WenxianError("refusing to overwrite an existing file", file=out, hint="pass --force to replace it")
    options = ImportOptions(
        punctuation=not args.no_punctuation,
        spaces=not args.keep_spaces,
        dehyphenate=not args.no_dehyphenate,
        title=args.title,
        title_is_working=args.working_title,
        authors=tuple(args.author),
    )
    article = read_input(raw, options, explain=args.explain)
    warn_without_headings(article, raw)
    warn_after_references(article, raw)
    warn_asides_in_references(article, raw)
    new_entries: list[tuple[str, Entry]] = []
    candidates: list[Candidate] = []
    if args.bib is not None:
        bib_entries = read_bib(args.bib).entries
        keys = list(bib_entries.keys())
        candidates = [candidate(k, e) for k, e in bib_entries.items()]
        bib_name = args.bib.name
        if project is not None and args.bib.resolve() != project.bib.resolve():
            # Another file (a Zotero export): its works come into the project's refs.bib, as an
            # article's own list does; works refs.bib has keep their keys there.
            keys, new_entries = adopt_entries(bib_entries.items(), read_bib(project.bib, missing_ok=True).entries)
            renamed = dict(zip(bib_entries.keys(), keys))
            candidates = [replace(c, key=renamed[c.key]) for c in candidates]
    elif article.references:
        project = project or find_project()
        keys, new_entries = keys_from_reference_list(article, raw, project.bib)
        candidates = _list_candidates(article, keys, new_entries, project.bib)
        bib_name = project.bib.name
    else:
        keys, bib_name = [], "refs.bib"
    source = args.bib.name if args.bib is not None else "the reference list" if article.references else None
    unlink_beyond(article, len(keys), source=source)
    report_notes(article, raw)
    article.meta.source = _source_field(raw, out, project.source if project else None)
    # A text that cites by number uses the numeric system: a year in parentheses after a name
    # there is prose ("马克思（1867）"), and a numeric style would print it as "马克思[3]".
    named = link_author_year(article, candidates, raw) if not article.citations() else {}
    # The article's own list is printed whole, its works cited nowhere too (not a --bib file's).
    listed = keys if article.references and args.bib is None else None
    uncited: list[str] = []
    text = write_myst(article, keys, slug=slug, raw_file=raw, bib_name=bib_name, named=named, listed=listed,
                      uncited=uncited)
    warn_uncited(article, keys, set(uncited), raw)
    if new_entries:
        added = append_entries(project.bib, new_entries)
        print(f"added to {project.bib}: {', '.join(added)}")
    atomic_write_text(out, text, overwrite=args.force)
    print(summary(article, out))
    hint = citation_system_hint(article, named, project)
    if hint:
        print(hint)
    return 0


def citation_system_hint(article: Article, named: dict[NamedWork, str], project: Project | None) -> str | None:
    """What to change in conf/conf.py when the article cites by another system than the
    project renders (an author-year text in a numeric project prints "张三等[4]")."""
    if project is None or not (project.conf / "conf.py").is_file():
        return None
    from wenxian.check.settings import style_settings

    from wenxian.scaffold import STYLES

    try:
        settings = style_settings(project)
    except Exception as error:  # noqa: BLE001 — the user's conf.py: any error is theirs, not the import's
        return f"  note: conf/conf.py could not be read to compare citation systems ({error.__class__.__name__})"
    edition = settings.edition if settings.edition in ("2015", "2025") else "2025"
    if any(named.values()) and settings.system == "numeric":
        return ("  note: the text cites by author and year, but conf/conf.py renders citations by number;\n"
                "  hint: for the author-year system set bibtex_default_style = \"%s\" and "
                "bibtex_reference_style = \"%s\" in conf/conf.py" % STYLES[edition, "author-year"])
    if article.citations() and settings.system == "author-year":
        return ("  note: the text cites by number, but conf/conf.py renders citations by author and year;\n"
                "  hint: for the numeric system set bibtex_default_style = \"%s\" and "
                "bibtex_reference_style = \"%s\" in conf/conf.py" % STYLES[edition, "numeric"])
    return None
