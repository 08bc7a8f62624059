"""The PDF reader (``wenxian import ARTICLE.pdf``): seconds per page against
``pdftotext`` on the same PDF, peak memory on a 100-page PDF, and the two
candidate PDF libraries compared on speed and accuracy.

    python benchmarks/pdf_import_bench.py [--pages 100] [--repeat 3]

Inputs: the typeset test articles of tests/data/pdfreader/ (their gold beside
them) and a long PDF made in the run by repeating the two-column article's
pages. pdftotext (poppler-utils) is the baseline: it reads the same pages but
keeps no layout. The library comparison runs the same reader on glyphs from
pypdfium2 (what wenxian uses) and from pdfplumber (pdfminer.six), if
pdfplumber is installed. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "pdfreader"
LAYOUTS = ("journal-two-column", "one-column-numbered")

PEAK = """
import resource, sys
from pathlib import Path
from wenxian.pdfreader import read_pdf
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if sys.argv[1] != "-":
    read_pdf(Path(sys.argv[1]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def long_pdf(pages: int, dest: Path) -> Path:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(DATA / "journal-two-column.pdf"))
    out = pdfium.PdfDocument.new()
    while len(out) < pages:
        out.import_pages(source, list(range(min(len(source), pages - len(out)))))
    path = dest / f"long-{pages}.pdf"
    out.save(str(path))
    return path


def best(repeat: int, func) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def peak_mb(pdf: str) -> float:
    done = subprocess.run([sys.executable, "-c", PEAK, pdf], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


class PlumberDocument:
    """pdfplumber's characters in the reader's Glyph form (for the comparison only)."""

    def __init__(self, path: Path) -> None:
        import pdfplumber

        self._pdf = pdfplumber.open(str(path))

    def __len__(self) -> int:
        return len(self._pdf.pages)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._pdf.close()

    def pages(self):
        from wenxian.pdfreader.document import Glyph, Graphic, Page

        for number, page in enumerate(self._pdf.pages, 1):
            glyphs = []
            for c in page.chars:
                if not c.get("upright", True) or not c["text"].strip():
                    continue
                matrix = c.get("matrix") or (1, 0, 0, 1, c["x0"], page.height - c["bottom"])
                name = c["fontname"].split("+", 1)[-1]
                glyphs.append(Glyph(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], page.height - matrix[5],
                                    round(c["size"], 2), name, "bold" in name.lower()))
            graphics = [Graphic("path", o["x0"], o["top"], o["x1"], o["bottom"]) for o in page.rects + page.lines]
            graphics += [Graphic("image", o["x0"], o["top"], o["x1"], o["bottom"]) for o in page.images]
            yield Page(number, float(page.width), float(page.height), glyphs, graphics)
            page.close()


def flat(text: str) -> str:
    return re.sub(r"\s+|\\(?=[^\w\s])", "", text)


def accuracy(document_class) -> str:
    """Headings, paragraphs and citations found exactly, over the test articles."""
    from wenxian.model import Heading, Paragraph, Text
    from wenxian.pdfreader import reader

    original = reader.PdfDocument
    reader.PdfDocument = document_class
    found = total = 0
    try:
        for name in LAYOUTS:
            gold = json.loads((DATA / f"{name}.gold.json").read_text(encoding="utf-8"))
            article = reader.read_pdf(DATA / f"{name}.pdf").article
            heads = [flat(b.text) for b in article.blocks if isinstance(b, Heading)]
            paras = [flat((b.lead or "") + "".join(i.text for i in b.inlines if isinstance(i, Text)))
                     for b in article.blocks if isinstance(b, Paragraph)]
            cites = [[[i.number, i.page] for i in c.items] for c in article.citations()]
            total += len(gold["headings"]) + len(gold["paragraphs"]) + len(gold["citations"])
            found += sum(flat(t) in heads for _, t in gold["headings"])
            found += sum(flat(p) in paras for p in gold["paragraphs"])
            found += sum(c in cites for c in gold["citations"])
    finally:
        reader.PdfDocument = original
    return f"{found}/{total}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from wenxian.pdfreader import read_pdf
    from wenxian.pdfreader.document import PdfDocument

    article = DATA / "journal-two-column.pdf"
    with PdfDocument(article) as doc:
        pages = len(doc)
    print(f"{article.name}: {pages} pages")
    if shutil.which("pdftotext"):
        base = best(args.repeat, lambda: subprocess.run(["pdftotext", str(article), "/dev/null"], check=True))
        print(f"  pdftotext (baseline)      {base / pages * 1000:7.1f} ms/page")
    else:
        base = None
        print("  pdftotext missing (Debian poppler-utils): no baseline")
    ours = best(args.repeat, lambda: read_pdf(article))
    ratio = f"  ({ours / base:.0f}× pdftotext)" if base else ""
    print(f"  wenxian PDF reader        {ours / pages * 1000:7.1f} ms/page{ratio}")

    with tempfile.TemporaryDirectory() as tmp:
        long = long_pdf(args.pages, Path(tmp))
        start = time.perf_counter()
        mb = peak_mb(str(long))
        seconds = time.perf_counter() - start
        base_mb = peak_mb("-")
        print(f"{args.pages}-page PDF: peak memory {mb:.0f} MB (Python with wenxian imported: {base_mb:.0f} MB), "
              f"{seconds:.1f} s")

    print("libraries (same reader, glyphs from each): accuracy on the test articles, speed")
    doc_speed = best(args.repeat, lambda: [p for p in PdfDocument(article).pages()])
    print(f"  pypdfium2 (Apache-2.0/BSD) {accuracy(PdfDocument):>8} found   {doc_speed / pages * 1000:7.1f} ms/page glyphs")
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        print("  pdfplumber                 not installed (pip install pdfplumber) — not compared")
        return
    plumber_speed = best(args.repeat, lambda: [p for p in PlumberDocument(article).pages()])
    print(f"  pdfplumber (MIT)           {accuracy(PlumberDocument):>8} found   {plumber_speed / pages * 1000:7.1f} ms/page glyphs")


if __name__ == "__main__":
    main()
