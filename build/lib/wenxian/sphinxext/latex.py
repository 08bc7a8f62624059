"""The LaTeX side of an article, and the site's link to its PDF.

For the LaTeX builder (``wenxian build pdf``, see :mod:`wenxian.pdf`):

- ``config-inited``: one LaTeX document per article (every top-level source
  page but the start page) unless ``latex_documents`` lists them, and the CJK
  fonts of the build's script (``wenxian_latex_fonts``) defined for
  ``conf/latex/wenxian-handout.sty``.
- a post-transform writes ``\\wenxianarticle{title}{short title}{authors}
  {subject}{note}`` at the top of the article: the title as the page shows it
  (already in the build's script), the short title of the running header
  (the title before its first colon), the authors and keywords of the front
  matter (none when none are known) and the working-title note, which becomes
  the title's footnote instead of a paragraph.
- Sphinx gathers every citation at the end of a LaTeX document; the
  bibliography is put back where the article has it, under its own
  参考文献 heading and before the English block.

For the HTML builder, when the project makes PDFs (it has
``conf/latex/wenxian-handout.sty``): a "下载 PDF" link under an article's title, to
``pdf/<article>.<variant>.pdf`` beside the site's variant folders (converted
with the page, so the Traditional site reads 下載 PDF).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders.latex.nodes import thebibliography
from sphinx.config import Config
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import texescape

from wenxian.pdf import article_docnames, has_handouts, pdf_name
from wenxian.script.policy import SOURCE_SCRIPT

PDF_LINK_CLASS = "wenxian-pdf-link"
PDF_LINK_LABEL = "下载 PDF"  # converted with the page
WORKING_TITLE_CLASS = "wenxian-working-title"
SHORT_TITLE_END = ("：", ":")


class bibliography_place(nodes.Element):
    """Where an article's bibliography was before Sphinx gathered it at the end."""


def _latex_text(text: str) -> str:
    texescape.init()  # the tables (the LaTeX builder fills them too; idempotent)
    return texescape.escape(" ".join(text.split()), "xelatex")


def _label_free_text(para: nodes.Element) -> str:
    """A front-matter paragraph's text without its bold label (``关键词：``)."""
    return "".join(child.astext() for child in para.children if not isinstance(child, nodes.strong)).strip()


def _classed(doctree: nodes.Node, cls: str) -> nodes.Element | None:
    return next((n for n in doctree.findall(nodes.Element) if cls in n.get("classes", [])), None)


def short_title(title: str) -> str:
    """The running header's title: the title up to its first colon."""
    cut = min((i for i in (title.find(c) for c in SHORT_TITLE_END) if i > 0), default=len(title))
    return title[:cut].strip()


def article_command(title: str, authors: str, subject: str, note: str) -> str:
    """The ``\\wenxianarticle`` call opening an article's LaTeX."""
    parts = (title, short_title(title), authors, subject, note)
    return r"\wenxianarticle" + "".join("{" + _latex_text(p) + "}" for p in parts) + "\n"


class HandoutFrontMatter(SphinxPostTransform):
    """Title, running header, metadata and the working-title note as LaTeX."""

    default_priority = 740  # before Sphinx gathers the citations (750)
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        section = next(iter(self.document.findall(nodes.section)), None)
        if section is None or not isinstance(section[0], nodes.title):
            return
        note_para = _classed(self.document, WORKING_TITLE_CLASS)
        note = note_para.astext() if note_para is not None else ""
        if note_para is not None:
            note_para.parent.remove(note_para)
        authors_para = _classed(self.document, "wenxian-authors")
        keywords_para = _classed(self.document, "wenxian-keywords")
        # The names, without their affiliations' superscript numbers.
        names = "".join(str(t) for t in authors_para.findall(nodes.Text)
                        if not isinstance(t.parent, nodes.superscript)) if authors_para is not None else ""
        authors = "、".join(names.split())
        subject = _label_free_text(keywords_para) if keywords_para is not None else ""
        command = article_command(section[0].astext(), authors, subject, note)
        section.insert(1, nodes.raw("", command, format="latex"))
        first = next(iter(self.document.findall(nodes.citation)), None)
        if first is not None:
            first.parent.insert(first.parent.index(first), bibliography_place())


class BibliographyInPlace(SphinxPostTransform):
    """Put the gathered bibliography back where the article had it."""

    default_priority = 760  # after Sphinx gathered the citations (750)
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        places = list(self.document.findall(bibliography_place))
        gathered = next(iter(self.document.findall(thebibliography)), None)
        if places and gathered is not None:
            gathered.parent.remove(gathered)
            places[0].replace_self(gathered)
            places = places[1:]
        for place in places:
            place.parent.remove(place)


def add_pdf_link(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """The "下载 PDF" link under an article's title, on the HTML page."""
    if app.builder.format != "html" or not has_handouts(Path(app.confdir)) or docname not in _pdf_docnames(app):
        return
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None or not isinstance(section[0], nodes.title):
        return
    href = "../" * (docname.count("/") + 1) + "pdf/" + pdf_name(docname, app.config.wenxian_script)
    link = nodes.reference("", "", nodes.Text(PDF_LINK_LABEL), refuri=href, internal=False)
    section.insert(1, nodes.paragraph("", "", link, classes=[PDF_LINK_CLASS]))


def _pdf_docnames(app: Sphinx) -> set[str]:
    return {entry[0] for entry in app.config.latex_documents}


def font_macros(config: Config) -> str:
    """``\\wenxianCJKserif`` … for the build's script, read by wenxian-handout.sty."""
    variant = config.wenxian_script
    fonts = config.wenxian_latex_fonts.get(variant) or config.wenxian_latex_fonts.get(SOURCE_SCRIPT, {})
    return (
        f"\\newcommand{{\\wenxianCJKserif}}{{{fonts.get('serif', '')}}}\n"
        f"\\newcommand{{\\wenxianCJKsans}}{{{fonts.get('sans', '')}}}\n"
        f"\\newcommand{{\\wenxianlanguage}}{{{variant}}}\n"
    )


def on_config_inited(app: Sphinx, config: Config) -> None:
    if not config.latex_documents or _is_sphinx_default(config):
        config.latex_documents = [
            (doc, f"{doc}.tex", "", "", "howto")
            for doc in article_docnames(Path(app.srcdir), config.root_doc, config.source_suffix)
        ]
    elements = dict(config.latex_elements)
    elements["preamble"] = font_macros(config) + elements.get("preamble", "")
    config.latex_elements = elements


def _is_sphinx_default(config: Config) -> bool:
    """Sphinx's own default: the whole project under the start page, one document."""
    return [entry[0] for entry in config.latex_documents] == [config.root_doc] and "latex_documents" not in config._raw_config


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("wenxian_latex_fonts", {}, "env", types=frozenset({dict}))
    app.add_node(bibliography_place, latex=(lambda self, node: None, lambda self, node: None))
    app.connect("config-inited", on_config_inited, priority=800)
    app.add_post_transform(HandoutFrontMatter)
    app.add_post_transform(BibliographyInPlace)
    app.connect("doctree-resolved", add_pdf_link, priority=800)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
