"""PDF rebuilds redo only the handouts an edit changes.

Sphinx rewrites every article's LaTeX, but latexmk re-typesets only a file
whose content changed: after a refs.bib edit, the articles that do not cite
the edited entry keep their PDFs without a single XeLaTeX pass.
"""

from __future__ import annotations

from pathlib import Path

from tests.pdf import pdfscan
from tests.bundled import copy_project
from tests.pdf.conftest import require_tex
from wenxian.build import build_pdf
from wenxian.project import Project

SECOND = """---
title: 第二篇
---

引文“发展新质生产力是推动高质量发展的内在要求和重要着力点”{cite:p}`xi2024fazhan`。

(second-references)=
## 参考文献

```{bibliography}
:filter: docname in docnames
```
"""


def test_only_the_article_citing_an_edited_entry_is_typeset_again(tmp_path: Path) -> None:
    require_tex()
    root = copy_project(tmp_path / "project")
    (root / "source" / "second.md").write_text(SECOND, encoding="utf-8")
    project = Project(root)
    first = build_pdf(project, "zh-Hans", echo=False)
    assert first.passes["article"] > 0 and first.passes["second"] > 0
    again = build_pdf(project, "zh-Hans", echo=False)
    assert again.passes == {"article": 0, "second": 0}
    bib = root / "refs.bib"
    # mao1991xuanji is cited by the bundled article only.
    bib.write_text(bib.read_text(encoding="utf-8").replace("{1079}", "{1080}"), encoding="utf-8")
    edited = build_pdf(project, "zh-Hans", echo=False)
    assert edited.passes["article"] > 0
    assert edited.passes["second"] == 0
    text = pdfscan.text(root / "_build" / "site" / "pdf" / "article.zh-Hans.pdf")
    assert "1991: 1080." in text
