"""A new wenxian project: the files ``wenxian new DIR`` writes.

The templates are package data (``template/`` beside this module), so a
``pip install``-ed wenxian makes a project anywhere, without this repository.
:data:`FILES` maps each file of a new project to its template; a template may
name the project's title as ``$title`` (as text) or ``$title_repr`` (as a
Python string literal, in ``conf/conf.py``), and the references' styles as
``$default_style`` and ``$reference_style`` (literals, from :data:`STYLES`).

A non-empty folder is refused unless ``fill`` is given; even then no existing
file is replaced: those are reported as kept.
"""

from __future__ import annotations

import os
import string
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.fsutil import atomic_write_text

# Project path → template name (in wenxian/scaffold/template/).
FILES: dict[str, str] = {
    "conf/conf.py": "conf.py.txt",
    "conf/phrases.tsv": "phrases.tsv",
    "conf/latex/wenxian-handout.sty": "wenxian-handout.sty",
    "source/index.md": "index.md",
    "refs.bib": "refs.bib",
    ".gitignore": "gitignore",
    "README.md": "README.md",
}
# (edition, citation system) → the bibliography style and the citation style conf.py names.
EDITIONS = ("2025", "2015")
SYSTEMS = ("numeric", "author-year")
STYLES: dict[tuple[str, str], tuple[str, str]] = {
    (edition, system): (f"gbt7714-{edition}" + ("-ay" if system == "author-year" else ""),
                        "gbt_author_year" if system == "author-year" else "gbt_numeric")
    for edition in EDITIONS for system in SYSTEMS
}
# Folders a new project has even when empty.
FOLDERS = ("source/raw",)
# What the user runs next (printed by ``wenxian new``, said in README.md).
NEXT_STEPS = (
    "wenxian import source/raw/ARTICLE.pdf",
    "wenxian check",
    "wenxian build",
)


@dataclass
class NewProject:
    root: Path
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def template_text(name: str) -> str:
    """The text of one template shipped with the package."""
    return resources.files(__package__).joinpath("template", name).read_text(encoding="utf-8")


def _markdown_text(text: str) -> str:
    """``text`` as literal Markdown inline text (ASCII punctuation escaped)."""
    return "".join("\\" + c if c in string.punctuation else c for c in text)


def render(name: str, title: str, edition: str = "2025", system: str = "numeric") -> str:
    default_style, reference_style = STYLES[edition, system]
    values = {"title": _markdown_text(title), "title_repr": repr(title),
              "default_style": repr(default_style).replace("'", '"'),
              "reference_style": repr(reference_style).replace("'", '"')}
    return string.Template(template_text(name)).safe_substitute(values)


def create_project(root: Path | str, *, title: str | None = None, fill: bool = False,
                   edition: str = "2025", system: str = "numeric") -> NewProject:
    """Write a new project into ``root``; with ``fill``, into a non-empty folder, keeping its files.

    ``edition`` (2025, 2015) and ``system`` (numeric, author-year) choose the GB/T 7714 styles
    ``conf/conf.py`` sets; both stay one line to change there later.
    """
    if (edition, system) not in STYLES:
        raise WenxianError(f"no GB/T 7714 style for edition {edition!r} and citations {system!r}",
                           hint=f"editions: {', '.join(EDITIONS)}; citations: {', '.join(SYSTEMS)}")
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise WenxianError("not a folder", file=root, hint="choose a new folder name for the project")
    if root.is_dir() and any(root.iterdir()) and not fill:
        raise WenxianError(
            "the folder is not empty",
            file=root,
            hint="choose a new or empty folder, or pass --fill to add the missing project "
            "files there (existing files are never replaced)",
        )
    title = (title or root.resolve().name).strip() or "文献"
    result = NewProject(root)
    for folder in FOLDERS:
        _mkdir(root / folder)
    for path, name in FILES.items():
        target = root / path
        if target.exists() or target.is_symlink():
            result.kept.append(path)
            continue
        atomic_write_text(target, render(name, title, edition, system))
        _readable(target)
        result.written.append(path)
    return result


def _readable(path: Path) -> None:
    """Give a written file the mode any new file gets here (the temporary file was private)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _mkdir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise WenxianError(
            f"could not create the folder: {err.strerror or err}",
            file=folder,
            hint="check that the parent folder exists and is writable",
        ) from err
