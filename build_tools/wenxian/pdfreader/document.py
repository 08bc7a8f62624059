"""Open a PDF and read its pages lazily, one page's glyphs at a time.

The library is pypdfium2 (PDFium, the PDF engine of Chromium; Apache-2.0 /
BSD-3-Clause): it gives every character its font size, font, weight, box and
baseline origin, and loads one page at a time, so a 300-page PDF is never held
in memory whole. (pdfplumber on pdfminer.six gives the same facts, MIT-licensed,
and the reader finds the same structure with it, at about a third of the speed:
see benchmarks/pdf_import_bench.py. PyMuPDF is AGPL and not used.)

Coordinates are turned top-down (``top`` grows down the page, as a reader
reads), in PDF points. Rotated text (a watermark along the margin, a rotated
table) is left out and counted.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wenxian.errors import WenxianError

OCR_HINT = (
    "run OCR first, e.g. `ocrmypdf --language chi_sim+eng IN.pdf OUT.pdf` (Debian package ocrmypdf), "
    "then import OUT.pdf; or import a text extracted by another tool"
)


@dataclass(frozen=True, slots=True)
class Glyph:
    """One printed character: what, where (top-down points), how big, which font."""

    char: str
    x0: float
    x1: float
    top: float  # of the font's box (ascent), not of the ink
    bottom: float  # of the font's box (descent)
    baseline: float
    size: float
    font: str
    bold: bool


@dataclass(frozen=True)
class Graphic:
    """A drawn object's box: an image, or a path (a rule, a frame, a chart)."""

    kind: str  # "image" or "path"
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    glyphs: list[Glyph]
    graphics: list[Graphic] = field(default_factory=list)
    rotated: int = 0  # characters left out because they are not horizontal
    regions: list[Graphic] | None = None  # its figures and tables (regions.find_regions), once its lines are read
    unreadable: bool = False  # PDFium could not read the page


# A heavier cut named in the font's name (a different typeface such as 黑体 is not bold:
# the blocks' "another font" evidence speaks for it).
_BOLD_NAMES = ("bold", "heavy", "black", "semibold", "demibold")


def _is_bold(name: str, weight: int, render_mode: int) -> bool:
    """Bold by weight, by font name (many CJK PDFs give no weight), or by stroke-and-fill ("fake bold")."""
    lowered = name.lower()
    return weight >= 600 or any(mark in lowered for mark in _BOLD_NAMES) or render_mode == 2


class PdfDocument:
    """A PDF opened for reading; pages are read one at a time and freed after."""

    def __init__(self, path: Path) -> None:
        import pypdfium2 as pdfium

        self.path = Path(path)
        try:
            self._pdf = pdfium.PdfDocument(str(self.path))
        except pdfium.PdfiumError as err:
            text = str(err).lower()
            if "password" in text:
                raise WenxianError(
                    "the PDF is encrypted with a password",
                    file=self.path,
                    hint="open it with its password and save an unprotected copy "
                    "(e.g. `qpdf --password=PW --decrypt IN.pdf OUT.pdf`), then import that",
                ) from None
            raise WenxianError(
                f"the PDF cannot be read: {err}",
                file=self.path,
                hint="check that the file is a complete PDF (download it again), or repair it "
                "(e.g. `qpdf IN.pdf OUT.pdf`) and import the repaired copy",
            ) from None

    def __len__(self) -> int:
        return len(self._pdf)

    def close(self) -> None:
        self._pdf.close()

    def __enter__(self) -> PdfDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pages(self) -> Iterator[Page]:
        """Every page in order; a page PDFium cannot read comes empty, marked ``unreadable``."""
        import pypdfium2 as pdfium

        for index in range(len(self._pdf)):
            try:
                yield self.page(index)
            except pdfium.PdfiumError:
                yield Page(index + 1, 0.0, 0.0, [], unreadable=True)

    def page(self, index: int) -> Page:
        import pypdfium2.raw as raw

        page = self._pdf[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                glyphs, rotated = _glyphs(raw, textpage.raw, height)
            finally:
                textpage.close()
            graphics = _graphics(raw, page, height)
        finally:
            page.close()
        return Page(index + 1, width, height, glyphs, graphics, rotated)


def _glyphs(raw, textpage, height: float) -> tuple[list[Glyph], int]:
    count = raw.FPDFText_CountChars(textpage)
    out: list[Glyph] = []
    rotated = 0
    rect = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    styles: dict[int, tuple[float, str, bool]] = {}
    for i in range(count):
        if raw.FPDFText_IsGenerated(textpage, i) == 1:
            continue  # a space or line end PDFium made up
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code in (0, 0xFFFE, 0xFFFF) or (0xD800 <= code <= 0xDFFF) or (code < 0x20 and code != 2):
            continue
        char = "-" if code == 2 else chr(code)  # PDFium's mark for a hyphen that breaks a word at a line end
        if code == 0x22EF:
            char = "…"  # a Chinese ellipsis as the CJK font draws it, centred ("⋯⋯"): the text's "……" (round 16c)
        if char.isspace() and char != "\u3000":
            continue
        if abs(raw.FPDFText_GetCharAngle(textpage, i)) > 0.02:
            rotated += 1
            continue
        if not raw.FPDFText_GetLooseCharBox(textpage, i, rect):
            continue
        raw.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(ox), ctypes.byref(oy))
        # Size, font, weight and render mode belong to the text object: asked once per object.
        obj = raw.FPDFText_GetTextObject(textpage, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value if obj else None
        style = styles.get(key) if key is not None else None
        if style is None:
            size = raw.FPDFText_GetFontSize(textpage, i)
            length = raw.FPDFText_GetFontInfo(textpage, i, name, 128, ctypes.byref(flags))
            font = name.raw[: max(0, length - 1)].decode("latin-1").split("+", 1)[-1]
            weight = raw.FPDFText_GetFontWeight(textpage, i)
            mode = raw.FPDFTextObj_GetTextRenderMode(obj) if obj else 0
            style = (round(size, 2), font, _is_bold(font, weight, mode))
            if key is not None:
                styles[key] = style
        out.append(Glyph(
            char=char,
            x0=rect.left,
            x1=rect.right,
            top=height - rect.top,
            bottom=height - rect.bottom,
            baseline=height - oy.value,
            size=style[0],
            font=style[1],
            bold=style[2],
        ))
    return out, rotated


def _graphics(raw, page, height: float) -> list[Graphic]:
    """Images and paths of the page (their boxes); forms are looked into."""
    out: list[Graphic] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))

    def visit(obj) -> None:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            for k in range(raw.FPDFFormObj_CountObjects(obj)):
                visit(raw.FPDFFormObj_GetObject(obj, k))
            return
        if kind not in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH):
            return
        if not raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top))):
            return
        out.append(Graphic(
            "image" if kind == raw.FPDF_PAGEOBJ_IMAGE else "path",
            left.value, height - top.value, right.value, height - bottom.value,
        ))

    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        visit(raw.FPDFPage_GetObject(page.raw, k))
    return out
