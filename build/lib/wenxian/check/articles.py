"""What ``wenxian check`` reads from the articles: citations and MyST problems.

An article is a MyST file under ``source/`` (not ``source/raw/``). Citations
are the ``{cite…}`` roles, each key with its line and column; a bracketed
number left in the prose (``[12]``) is a citation mark the import could not
map. MyST problems found without a Sphinx build: front matter that is not
YAML, a code or directive fence never closed, a role with no backticked text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CITE_ROLE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]*)`")
ROLE_WITHOUT_TEXT = re.compile(r"\{cite(?::[a-z]+)?\}(?!`)")
PAGE_SUFFIX = re.compile(r"\{[^{}]*\}$")
# A citation mark the import left as text: [3], [1,2], [4-6], [3]11.
STRAY_MARK = re.compile(r"\[\d+(?:\s*[-–—,，、]\s*\d+)*\]")
FENCE = re.compile(r"^(`{3,}|~{3,})")
IGNORED_DIRS = ("raw", "_build")


@dataclass(frozen=True)
class CitedKey:
    key: str
    line: int
    column: int


@dataclass(frozen=True)
class Problem:
    message: str
    line: int
    column: int
    hint: str


@dataclass
class ArticleScan:
    path: Path
    citations: list[CitedKey] = field(default_factory=list)
    stray_marks: list[CitedKey] = field(default_factory=list)
    myst: list[Problem] = field(default_factory=list)

    def keys_in_order(self) -> list[str]:
        """Cited keys in order of first citation (the article's numbering)."""
        return list(dict.fromkeys(c.key for c in self.citations))


def article_files(source: Path) -> list[Path]:
    """The MyST files of ``source``, sorted, without raw inputs and build output."""
    return sorted(p for p in source.rglob("*.md")
                  if not any(part in IGNORED_DIRS or part.startswith(".")
                             for part in p.relative_to(source).parts[:-1]))


def _front_matter(lines: list[str], scan: ArticleScan) -> int:
    """Check the YAML front matter; the index of the first body line."""
    if not lines or lines[0].strip() != "---":
        return 0
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            try:
                yaml.safe_load("\n".join(lines[1:end]))
            except yaml.YAMLError as err:
                mark = getattr(err, "problem_mark", None)
                line = 2 + mark.line if mark else 1
                column = 1 + mark.column if mark else 1
                problem = getattr(err, "problem", None) or str(err)
                scan.myst.append(Problem(f"front matter is not valid YAML: {problem}", line,
                                         column, "quote values that contain ': ' or start "
                                         "with a special character"))
            return end + 1
    scan.myst.append(Problem("front matter is never closed", 1, 1,
                             "end the front matter with a line '---'"))
    return len(lines)


def scan_article(path: Path) -> ArticleScan:
    scan = ArticleScan(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    fence: tuple[str, int] | None = None
    for index in range(_front_matter(lines, scan), len(lines)):
        line = lines[index]
        match = FENCE.match(line.lstrip())
        if match:
            marker = match.group(1)
            if fence is None:
                fence = (marker, index + 1)
                continue
            if marker[0] == fence[0][0] and len(marker) >= len(fence[0]) \
                    and not line.strip()[len(marker):].strip():
                fence = None
                continue
        if fence is not None:
            continue
        for role in CITE_ROLE.finditer(line):
            offset = role.start(1)
            for item in role.group(1).split(","):
                key = PAGE_SUFFIX.sub("", item.strip())
                if key:
                    scan.citations.append(CitedKey(key, index + 1, offset + 1))
                offset += len(item) + 1
        for bare in ROLE_WITHOUT_TEXT.finditer(line):
            scan.myst.append(Problem("a cite role without `keys` after it", index + 1,
                                     bare.start() + 1, "write {cite:p}`key`"))
        prose = CITE_ROLE.sub(lambda m: " " * len(m.group()), line)
        prose = re.sub(r"`[^`]*`", lambda m: " " * len(m.group()), prose)
        for mark in STRAY_MARK.finditer(prose):
            scan.stray_marks.append(CitedKey(mark.group(), index + 1, mark.start() + 1))
    if fence is not None:
        scan.myst.append(Problem(f"the fence {fence[0]} opened here is never closed",
                                 fence[1], 1, f"close it with a line {fence[0]}"))
    return scan
