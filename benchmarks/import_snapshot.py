"""Write what the importer makes of every text it is measured on, one file per input, so that
two versions of the package can be compared byte for byte (a speed change must change nothing).

For each input — the import corpus's texts (dev and held-out, every extractor and layout but round 17e's,
``score.UNSEEN``, until the lead has scored them),
the bundled article's raw text, the test fixtures' raw texts and ``import_bench.py``'s input,
and with ``--pdf`` the corpus PDFs through the PDF reader — the file holds the article as MyST
(``write_myst``, keys ``ref1`` … as the bench uses), the notes the reader reported, the whole
article model (``repr``) and the ``--explain`` decisions of a second run.

    mkdir /tmp/old && git archive main build_tools | tar -x -C /tmp/old
    python benchmarks/import_snapshot.py /tmp/snap-before --package /tmp/old/build_tools --pdf
    python benchmarks/import_snapshot.py /tmp/snap-after --pdf
    diff -r /tmp/snap-before /tmp/snap-after && echo identical

``--package DIR`` reads another copy of the package (say, ``git archive`` of main's
``build_tools``), as ``importcorpus/score.py`` does. Prints the inputs written and the time
the importer took (one run each, explain runs not counted); asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_package = sys.argv[sys.argv.index("--package") + 1] if "--package" in sys.argv else str(ROOT / "build_tools")
sys.path.insert(0, _package)

from wenxian.errors import WenxianError  # noqa: E402
from wenxian.importer import read_article  # noqa: E402
from wenxian.myst_writer import write_myst  # noqa: E402

CORPUS = ROOT / "benchmarks" / "importcorpus" / "data"
RAW_FIXTURES = (ROOT / "tests" / "fixtures" / "import", ROOT / "tests" / "data" / "import-shapes")


def inputs(pdf: bool) -> list[tuple[str, Path | bytes]]:
    """(name, file or bytes) of every input, in a fixed order."""
    out: list[tuple[str, Path | bytes]] = []
    sys.path.insert(0, str(CORPUS.parent))
    from score import UNSEEN  # round 17e's texts, never imported before the lead scores them once

    for path in sorted(CORPUS.glob("*/*/*.txt")):
        if path.name.split(".")[1] not in UNSEEN:
            out.append((str(path.relative_to(CORPUS)), path))
    if pdf:
        out += [(str(p.relative_to(CORPUS)), p) for p in sorted(CORPUS.glob("*/*/*.pdf"))]
    out.append(("bundled/article.txt", ROOT / "source" / "raw" / "article.txt"))
    for folder in RAW_FIXTURES:
        out += [(f"fixtures/{folder.name}/{p.name}", p) for p in sorted(folder.glob("*.txt"))]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from import_bench import make_input

    out.append(("bench/1mb.txt", make_input(1024 * 1024)))
    return out


def _read(source: Path | bytes, explain: list | None):
    if isinstance(source, Path) and source.suffix == ".pdf":
        from wenxian.pdfreader import read_pdf

        result = read_pdf(source, explain=explain is not None)
        if explain is not None:
            explain.extend(result.explanation or [])
        return result.article
    data = source if isinstance(source, bytes) else source.read_bytes()
    return read_article(data, file=None if isinstance(source, bytes) else source.name, explain=explain)


def snapshot(source: Path | bytes) -> tuple[str, float]:
    """The file's text for one input, and the seconds its (non-explain) import took."""
    start = time.perf_counter()
    try:
        article = _read(source, None)
    except WenxianError as error:
        return f"refused: {error}\n", time.perf_counter() - start
    took = time.perf_counter() - start
    numbers = [item.number for cite in article.citations() for item in cite.items]
    count = max([len(article.references), *numbers], default=0)
    myst = write_myst(article, [f"ref{n}" for n in range(1, count + 1)], slug="snapshot")
    parts = [myst, "\n== notes\n"]
    parts += [f"{note.line}: {note.message} | {note.hint}\n" for note in article.notes]
    parts += ["\n== model\n", repr(article), "\n== explain\n"]
    decisions: list = []
    _read(source, decisions)
    parts += [(d if isinstance(d, str) else f"{d.line}: {d.what} {d.score!r} {d.features!r}") + "\n" for d in decisions]
    return "".join(parts), took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="the folder to write to")
    parser.add_argument("--package", metavar="DIR", help="the folder holding the wenxian package to run")
    parser.add_argument("--pdf", action="store_true", help="also the corpus PDFs through the PDF reader")
    parser.add_argument("--only", metavar="TEXT", help="only the inputs whose name contains TEXT")
    args = parser.parse_args()
    total = 0.0
    count = 0
    for name, source in inputs(args.pdf):
        if args.only and args.only not in name:
            continue
        text, took = snapshot(source)
        target = args.out / (name + ".out")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        total += took
        count += 1
    print(f"{count} inputs written to {args.out}; the importer took {total:.1f} s (one run each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
