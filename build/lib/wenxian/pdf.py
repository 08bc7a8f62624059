"""PDF handouts: Sphinx's LaTeX builder, then XeLaTeX through latexmk.

One PDF per article and script, ``_build/site/pdf/<article>.<variant>.pdf``.
Per variant, Sphinx writes ``_build/latex/<variant>/<article>.tex`` (with the
script conversion of the site, :mod:`wenxian.sphinxext.latex` for the LaTeX
specifics, ``conf/latex/wenxian-handout.sty`` for the look); latexmk runs
XeLaTeX as often as the cross-references need; the LaTeX log is then checked:
a glyph no font had ("Missing character") fails the build, naming the
characters, since the PDF would show empty boxes for them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.project import Project
from wenxian.sphinxrun import run_sphinx

# The Debian packages of the PDF build (scripts/debian-deps.sh, group pdf).
DEBIAN_PACKAGES = (
    "texlive-xetex",
    "texlive-lang-chinese",
    "texlive-latex-recommended",
    "texlive-latex-extra",
    "texlive-fonts-recommended",
    "latexmk",
    "fonts-noto-cjk",
    "fonts-freefont-otf",
    "fontconfig",
    "poppler-utils",
)
INSTALL_HINT = "install them with:  scripts/debian-deps.sh pdf   (as root; it runs apt-get install --no-install-recommends)"
# The PDFs' look, in the project's conf/latex/; a project without it makes no PDFs.
HANDOUT_STYLE = "wenxian-handout.sty"
TOOLS = {"xelatex": "texlive-xetex", "latexmk": "latexmk", "fc-list": "fontconfig"}

MISSING_CHARACTER = re.compile(r"^Missing character: There is no (.+?) (?:\(U\+([0-9A-F]{4,6})\) )?in font (.+?)(?:!|$)")
LATEX_ERROR = re.compile(r"^(?:! |.+?:\d+: )(.*)$")
PASS = re.compile(r"^Run number \d+ of rule '(?:xe|pdf|lua)?latex'", re.MULTILINE)


@dataclass(frozen=True)
class MissingCharacter:
    """A character the font chosen for it lacks (a box in the PDF)."""

    char: str
    font: str

    def __str__(self) -> str:
        return f"{self.char} (U+{ord(self.char):04X}) in {self.font}"


@dataclass
class PdfResult:
    """The PDFs of one variant and what making them took."""

    variant: str
    pdfs: list[Path] = field(default_factory=list)
    passes: dict[str, int] = field(default_factory=dict)  # article → XeLaTeX runs
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


def has_handouts(confdir: Path) -> bool:
    """Whether a project makes PDF handouts: its ``conf/latex/`` holds their style."""
    return (Path(confdir) / "latex" / HANDOUT_STYLE).is_file()


def pdf_name(docname: str, variant: str) -> str:
    """``article`` → ``article.zh-Hans.pdf`` (a sub-folder's ``/`` becomes ``-``)."""
    return f"{docname.replace('/', '-')}.{variant}.pdf"


def article_docnames(srcdir: Path, root_doc: str = "index", suffixes: object = (".md",)) -> list[str]:
    """The articles of a project: its top-level source pages but the start page, sorted."""
    names = sorted(
        path.stem
        for suffix in (suffixes.keys() if isinstance(suffixes, dict) else suffixes)  # type: ignore[union-attr]
        for path in Path(srcdir).glob(f"*{suffix}")
        if path.is_file() and not path.name.startswith(".")
    )
    return [name for name in dict.fromkeys(names) if name != root_doc]


def missing_characters(log: str) -> list[MissingCharacter]:
    """Every distinct "Missing character" of a XeTeX log, in order of appearance."""
    found: dict[MissingCharacter, None] = {}
    for line in log.splitlines():
        match = MISSING_CHARACTER.match(line.strip())
        if match:
            char = chr(int(match.group(2), 16)) if match.group(2) else match.group(1)
            found[MissingCharacter(char, match.group(3).split("/")[0])] = None
    return list(found)


def check_log(log_path: Path, source: Path | None = None) -> None:
    """Fail when the LaTeX log reports a missing glyph."""
    log = log_path.read_text(encoding="utf-8", errors="replace")
    missing = missing_characters(log)
    if missing:
        chars = "".join(dict.fromkeys(m.char for m in missing))
        line, column = _first_position(source, chars) if source is not None else (None, None)
        raise WenxianError(
            f"the PDF would show boxes: no glyph for {chars!r}: " + "; ".join(str(m) for m in missing[:10]),
            file=source or log_path,
            line=line,
            column=column,
            hint="install a font that has them (fonts-noto-cjk for Chinese) and name it in "
            "conf/conf.py (wenxian_latex_fonts) or conf/latex/wenxian-handout.sty, "
            f"or replace the characters in the source; the log is {log_path}",
        )


def _first_position(source: Path, chars: str) -> tuple[int | None, int | None]:
    """Line and column (1-based) of the first of ``chars`` in ``source``."""
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None, None
    for number, text in enumerate(lines, start=1):
        for column, char in enumerate(text, start=1):
            if char in chars:
                return number, column
    return None, None


def first_latex_error(log: str) -> str:
    """The first error line of a LaTeX log, with its input line when given."""
    lines = log.splitlines()
    for index, line in enumerate(lines):
        match = LATEX_ERROR.match(line)
        if match and (line.startswith("! ") or re.match(r"^.+\.(tex|sty|cls):\d+: ", line)):
            where = next((l for l in lines[index : index + 12] if l.startswith("l.")), "")
            return f"{match.group(1)} {where}".strip()
    return "see the log"


def check_tools() -> None:
    """Refuse early, naming the Debian packages, when TeX or the fonts are missing."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise WenxianError(
            f"the PDF build needs {', '.join(missing)}, which is not installed",
            hint=f"wenxian needs the Debian packages {' '.join(DEBIAN_PACKAGES)}; {INSTALL_HINT}",
        )


def check_fonts(families: list[str], conf: Path) -> None:
    """Every CJK font the configuration names must be installed (never a fallback)."""
    for family in families:
        found = subprocess.run(["fc-list", f":family={family}", "family"], capture_output=True, text=True).stdout
        if not found.strip():
            raise WenxianError(
                f"the font {family!r} is not installed",
                file=conf / "conf.py",
                hint=f"install fonts-noto-cjk ({INSTALL_HINT}) or name an installed font in wenxian_latex_fonts",
            )


def source_date_epoch(project: Project) -> str:
    """The PDFs' date, so that the same input gives the same bytes.

    ``$SOURCE_DATE_EPOCH`` when set; else, in a git checkout, the time of the
    last commit (the same in every clone of it); else the newest input file's
    modification time.
    """
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        done = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=project.root,
            capture_output=True, text=True, timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        done = None
    if done is not None and done.returncode == 0 and done.stdout.strip().isdigit():
        return done.stdout.strip()
    inputs = [project.bib, *project.conf.rglob("*"), *project.source.glob("*.md")]
    return str(max((int(p.stat().st_mtime) for p in inputs if p.is_file()), default=0))


def run_sphinx_latex(project: Project, variant: str, settings: dict[str, str], *, strict: bool, fresh: bool) -> tuple[Path, list[str]]:
    """Sphinx's LaTeX builder for one variant: ``_build/latex/<variant>/``; its warnings."""
    outdir = project.build / "latex" / variant
    warnings = run_sphinx(
        project, "latex", outdir, project.build / "doctrees" / f"latex-{variant}", settings,
        strict=strict, fresh=fresh, echo=False, what=f"the {variant} LaTeX",
    )
    return outdir, warnings


def run_latexmk(tex: Path, env: dict[str, str]) -> int:
    """XeLaTeX on ``tex`` until its references settle; the number of XeLaTeX runs."""
    done = subprocess.run(
        # No shell escape, not even TeX Live's restricted one: text from input never runs a program.
        ["latexmk", "-xelatex", "-latexoption=-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error",
         "-file-line-error", tex.name],
        cwd=tex.parent,
        capture_output=True,
        text=True,
        errors="replace",
        env=env,
    )
    log = tex.with_suffix(".log")
    if done.returncode != 0:
        text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else done.stdout + done.stderr
        raise WenxianError(
            f"XeLaTeX could not typeset {tex.name}: {first_latex_error(text)}",
            file=tex,
            hint=f"read {log}; the look is set in conf/latex/wenxian-handout.sty",
            exit_code=1,
        )
    return len(PASS.findall(done.stdout + done.stderr))


def build_pdfs(
    project: Project,
    variant: str,
    settings: dict[str, str],
    *,
    strict: bool = False,
    fresh: bool = False,
) -> PdfResult:
    """Every article's PDF in ``variant``, copied to ``_build/site/pdf/``."""
    start = time.perf_counter()
    check_tools()
    outdir, warnings = run_sphinx_latex(project, variant, settings, strict=strict, fresh=fresh)
    fonts = _configured_fonts(project, variant)
    check_fonts(fonts, project.conf)
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": source_date_epoch(project),
        "FORCE_SOURCE_DATE": "1",
        "max_print_line": "10000",  # log lines unbroken, for check_log
    }
    result = PdfResult(variant=variant, warnings=warnings)
    target = project.site / "pdf"
    target.mkdir(parents=True, exist_ok=True)
    for docname in article_docnames(project.source):
        tex = outdir / f"{docname}.tex"
        if not tex.is_file():
            continue
        result.passes[docname] = run_latexmk(tex, env)
        check_log(tex.with_suffix(".log"), project.source / f"{docname}.md")
        pdf = target / pdf_name(docname, variant)
        partial = pdf.with_suffix(".pdf.partial")
        shutil.copyfile(tex.with_suffix(".pdf"), partial)
        os.replace(partial, pdf)
        result.pdfs.append(pdf)
    result.seconds = time.perf_counter() - start
    return result


def _configured_fonts(project: Project, variant: str) -> list[str]:
    """The CJK font families the written LaTeX names (read back from its preamble)."""
    families: list[str] = []
    for tex in sorted((project.build / "latex" / variant).glob("*.tex")):
        text = tex.read_text(encoding="utf-8", errors="replace")
        families += re.findall(r"\\newcommand\{\\wenxianCJK(?:serif|sans)\}\{([^}]*)\}", text)
    return list(dict.fromkeys(families))
