"""Script conversion inside Sphinx: one Simplified source, one site per script.

Sphinx is run once per variant with ``-D wenxian_script=<variant>``. This part
converts what a reader sees, at each moment Sphinx settles it:

- ``config-inited``: project, author, copyright, html_title settings.
- ``builder-inited``: interface strings of catalogs only available in
  Simplified (a theme's ``zh`` catalog falls back into ``zh_TW``), and the
  jieba dictionary of the search index (converted, cached).
- ``doctree-read`` (after the front matter is rendered, before Sphinx collects
  titles and tables of contents): the document's text and image alt text —
  so ``<title>``, headings, navigation, previous/next links and the search
  index are converted.
- ``doctree-resolved`` (after sphinxcontrib-bibtex inserted the bibliography
  and resolved citations): the text that was not there when the document was
  read, character by character, and the citations' hover text.
- ``html-page-context``: ``<html lang>``, ``hreflang`` alternates and a
  switcher to the same page in the other scripts (in sphinx-book-theme's
  article header on every page, beside the sidebar button; with other themes,
  above a document's body).

Never converted: code, literals, URLs shown as text, citation keys, math,
comments, anything marked as another language (``language-en``) and text
protected with the ``{keep}`` role. The ``{variant}`` role gives different
text per variant: ``{variant}`zh-hans:头发;zh-hant:頭髮```.
"""

from __future__ import annotations

import gettext
import hashlib
import html
import os
import re
import weakref
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.parsers.rst.states import Inliner
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError
from sphinx.util import logging

from wenxian.errors import WenxianError
from wenxian.script import memo
from wenxian.script.convert import Converter, opencc_converter
from wenxian.script.phrases import PhraseTable, read_phrase_table
from wenxian.script.policy import AUTONYMS, SOURCE_SCRIPT, policy_for
from wenxian.script.segmented import DATA as SCRIPT_DATA

logger = logging.getLogger(__name__)

KEEP_CLASS = "wenxian-keep"  # protected text: never converted, not checked
VARIANT_CLASS = "wenxian-variant"
SWITCHER_CLASS = "wenxian-script-switcher"
SWITCHER_STYLE = "display:inline-flex;align-items:center;gap:.75em;margin:0 .75em;white-space:nowrap"
# Themes whose header shows the switcher (script_data/templates/).
SWITCHER_IN_HEADER = {"sphinx_book_theme"}
SWITCHER_LABELS = {"zh-Hans": "简繁切换", "zh-Hant": "簡繁切換"}

# Settings a reader sees (page titles, footer); converted like prose.
CONVERTED_SETTINGS = ("project", "author", "copyright", "html_title", "html_short_title")

# Elements whose text is never converted.
SKIPPED = (
    nodes.literal,
    nodes.literal_block,
    nodes.doctest_block,
    nodes.raw,
    nodes.math,
    nodes.math_block,
    nodes.comment,
    nodes.target,
    nodes.substitution_definition,
    nodes.system_message,
)
CITE_DOMAINS = {"cite", "footcite"}
URL_TEXT = re.compile(r"\s*([a-z][a-z0-9+.-]*:|www\.)\S*\s*$", re.IGNORECASE)  # a link showing its address

_converters: "weakref.WeakKeyDictionary[Sphinx, Converter]" = weakref.WeakKeyDictionary()
_main_process: "weakref.WeakKeyDictionary[Sphinx, int]" = weakref.WeakKeyDictionary()


class ConvertedText(nodes.Text):
    """A text node already in the variant's script (so no pass converts it twice)."""


# Visitors dispatch on the class name (visit_Text); pickling uses the qualname.
ConvertedText.__name__ = "Text"


# ---- roles ----------------------------------------------------------------


def keep_role(name, rawtext, text, lineno, inliner: Inliner, options=None, content=None):
    """``{keep}`text```: text shown as written in every variant."""
    return [nodes.inline(rawtext, text, classes=[KEEP_CLASS])], []


def parse_variants(text: str) -> dict[str, str]:
    """``zh-hans:头发;zh-hant:頭髮`` → ``{"zh-Hans": "头发", "zh-Hant": "頭髮"}``."""
    names = {name.lower(): name for name in AUTONYMS}
    out: dict[str, str] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        tag, sep, value = part.partition(":")
        tag = tag.strip().lower()
        if not sep or tag not in names:
            raise ValueError(
                f"{part.strip()!r} is not <variant>:<text> with a variant among {', '.join(names)}"
            )
        out[names[tag]] = value.strip()
    if SOURCE_SCRIPT not in out:
        raise ValueError(f"the {SOURCE_SCRIPT.lower()}: text is missing")
    return out


def variant_role(name, rawtext, text, lineno, inliner: Inliner, options=None, content=None):
    """``{variant}`zh-hans:…;zh-hant:…``` (like MediaWiki's ``-{zh-hans:…;zh-hant:…}-``)."""
    try:
        variants = parse_variants(text)
    except ValueError as exc:
        msg = inliner.reporter.error(
            f"{{variant}} role: {exc}; write e.g. {{variant}}`zh-hans:头发;zh-hant:頭髮`",
            line=lineno,
        )
        prb = inliner.problematic(rawtext, rawtext, msg)
        return [prb], [msg]
    node = nodes.inline(rawtext, variants[SOURCE_SCRIPT], classes=[VARIANT_CLASS])
    node["variants"] = sorted(variants.items())
    return [node], []


# ---- the converter of this build ------------------------------------------------


def _phrase_table(app: Sphinx, config: Config, variant: str) -> tuple[PhraseTable, bytes]:
    setting = config.wenxian_phrase_table
    if not setting:
        return PhraseTable(), b""
    path = Path(app.confdir, setting)
    table = read_phrase_table(path, variant)
    return table, path.read_bytes()


def converter(app: Sphinx) -> Converter:
    """The converter of this build (made at ``config-inited``)."""
    return _converters[app]


def on_config_inited(app: Sphinx, config: Config) -> None:
    try:
        policy = policy_for(config.wenxian_script, config.wenxian_script_variants)
        table, table_bytes = _phrase_table(app, config, policy.name) if policy.converts else (PhraseTable(), b"")
    except WenxianError as err:
        where = ":".join(str(p) for p in (err.file, err.line) if p is not None)
        raise ConfigError(f"{where}: {err.message} (hint: {err.hint})") from None
    conv = Converter(policy, table)
    _converters[app] = conv
    _main_process[app] = os.getpid()
    if policy.converts:
        memo.load(conv, _cache_dir(app))
    # The book theme's hard-coded English tooltips, made translatable; its
    # sidebar button is followed by the switcher on every page.
    config.templates_path = [*config.templates_path, str(DATA / "templates")]
    # Re-read every document when the policy or the table changes.
    data = b"".join(path.read_bytes() for path in sorted(SCRIPT_DATA.glob("*.tsv")))
    config.wenxian_script_digest = hashlib.sha256(repr(policy).encode() + table_bytes + data).hexdigest()
    if policy.converts:
        for name in CONVERTED_SETTINGS:
            value = config[name] if name in config else None
            if isinstance(value, str) and value:
                config[name] = conv.convert(value)


# ---- the document tree --------------------------------------------------------


def _is_protected(node: nodes.Node) -> bool:
    current: nodes.Node | None = node.parent if isinstance(node, nodes.Text) else node
    while current is not None:
        if isinstance(current, SKIPPED):
            return True
        if isinstance(current, nodes.Element):
            classes = current.get("classes", [])
            if KEEP_CLASS in classes:
                return True
            if any(c.startswith("language-") and not c[9:].lower().startswith("zh") for c in classes):
                return True
            if isinstance(current, addnodes.pending_xref) and current.get("refdomain") in CITE_DOMAINS:
                return True
            if isinstance(current, nodes.reference) and URL_TEXT.match(current.astext()):
                return True
        current = current.parent
    return False


def _block_of(text: nodes.Text) -> nodes.Node | None:
    current = text.parent
    while current is not None and isinstance(current, nodes.Inline):
        current = current.parent
    return current


def _choose_variants(doctree: nodes.document, conv: Converter) -> None:
    name = conv.policy.name
    fallback = {"zh-HK": "zh-Hant"}
    for node in list(doctree.findall(nodes.inline)):
        if VARIANT_CLASS not in node.get("classes", []) or "variants" not in node:
            continue
        variants = dict(node["variants"])
        chosen = variants.get(name) or variants.get(fallback.get(name, ""))
        node.children = []
        if chosen is not None or name == SOURCE_SCRIPT:
            node += ConvertedText(chosen if chosen is not None else variants[SOURCE_SCRIPT])
            node["classes"].append(KEEP_CLASS)
        else:
            node += nodes.Text(variants[SOURCE_SCRIPT])  # converted with its paragraph


def convert_doctree(doctree: nodes.Node, conv: Converter, *, verbatim: bool) -> int:
    """Convert the text of ``doctree`` not yet converted; the number of text nodes changed."""
    changed = 0
    block: nodes.Node | None = None
    run = conv.run(verbatim=verbatim)
    for text in list(doctree.findall(nodes.Text)):
        if isinstance(text, ConvertedText) or _is_protected(text):
            continue
        here = _block_of(text)
        if here is not block:
            block, run = here, conv.run(verbatim=verbatim)
        new = run.convert(str(text))
        changed += new != str(text)
        text.parent.replace(text, ConvertedText(new))
    return changed


def _convert_attributes(doctree: nodes.Node, conv: Converter) -> None:
    for image in doctree.findall(nodes.image):
        if image.get("alt") and not _is_protected(image):
            image["alt"] = conv.convert(image["alt"])
    for ref in doctree.findall(nodes.reference):
        if ref.get("reftitle") and not ref.get("wenxian_converted") and not _is_protected(ref):
            ref["reftitle"] = conv.convert(ref["reftitle"], verbatim=True)
            ref["wenxian_converted"] = True


def on_doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    conv = converter(app)
    _choose_variants(doctree, conv)
    if not conv.policy.converts:
        return
    if isinstance(doctree.get("title"), str):
        doctree["title"] = conv.convert(doctree["title"])
    convert_doctree(doctree, conv, verbatim=False)
    _convert_attributes(doctree, conv)
    if os.getpid() != _main_process.get(app):
        # A worker of a parallel read (-j): its conversions go back to the main
        # process with its environment (on_env_merge_info), to be remembered.
        app.env.wenxian_conversions = {key: conv.memo[key] for key in conv.used}  # type: ignore[attr-defined]


def on_env_merge_info(app: Sphinx, env: Any, docnames: Any, other: Any) -> None:
    """The conversions a worker of a parallel read made, into this build's memo."""
    conv = _converters.get(app)
    made = other.__dict__.pop("wenxian_conversions", None) or {}
    if conv is not None:
        for key, out in made.items():
            conv.memo.setdefault(key, out)
            conv.used.add(key)


def on_doctree_resolved(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    conv = converter(app)
    if not conv.policy.converts:
        return
    # What is new since the document was read: the bibliography and resolved
    # citations. They keep the original words: character conversion only.
    convert_doctree(doctree, conv, verbatim=True)
    _convert_attributes(doctree, conv)


# ---- interface strings and search -------------------------------------------


DATA = Path(__file__).parent / "script_data"
SIMPLIFIED_CATALOGS = {"zh", "zh_cn", "zh_hans", "zh_sg"}


def interface_table(variant: str) -> dict[str, dict[str, str]]:
    """catalog → msgid → text, from ``script_data/interface.tsv`` for ``variant``."""
    rows = [
        line.split("\t")
        for line in (DATA / "interface.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header, body = rows[0], rows[1:]
    column = header.index(variant if variant in header else "zh-Hant")
    table: dict[str, dict[str, str]] = {}
    for row in body:
        table.setdefault(row[0], {})[row[1]] = row[column]
    return table


class _TableTranslations(gettext.NullTranslations):
    """A catalog from a dict, in front of a catalog Sphinx found (or none)."""

    def __init__(self, messages: dict[str, str], fallback: gettext.NullTranslations) -> None:
        super().__init__()
        self._catalog = dict(messages)
        self.add_fallback(fallback)

    def gettext(self, message: str) -> str:
        if message in self._catalog:
            return self._catalog[message]
        return super().gettext(message)


def _catalog_language(translation: gettext.NullTranslations) -> str:
    return (translation.info().get("language") or "").replace("-", "_").lower()


def fix_interface_strings(conv: Converter) -> None:
    """Interface strings in the variant's script.

    A theme's catalogs may exist only in Simplified (``zh`` falls back into
    ``zh_TW``) or be filed under the wrong script; their strings are
    converted. Strings the themes leave in English come from
    ``script_data/interface.tsv``.
    """
    from sphinx.locale import translators

    if conv.policy.converts:
        convert, wrong_script = conv.convert_words, SIMPLIFIED_CATALOGS
    else:
        to_simplified = opencc_converter("tw2sp")  # also Taiwan words: 列印 → 打印
        convert, wrong_script = to_simplified.convert, None  # every Chinese catalog
    for translator in list(translators.values()):
        current: gettext.NullTranslations | None = translator
        while current is not None:
            catalog = getattr(current, "_catalog", None)
            language = _catalog_language(current)
            if catalog and (
                language in wrong_script if wrong_script is not None else language[:2] in {"", "zh"}
            ):
                current._catalog = {  # a new dict: gettext shares catalogs between builds
                    key: convert(value) if isinstance(value, str) else value
                    for key, value in catalog.items()
                }
            current = getattr(current, "_fallback", None)
    for catalog, messages in interface_table(conv.policy.name).items():
        key = ("general", catalog)
        translator = translators.get(key)
        if isinstance(translator, gettext.GNUTranslations):
            translator._catalog = {**translator._catalog, **messages}
        else:
            translators[key] = _TableTranslations(messages, translator or gettext.NullTranslations())


def _cache_dir(app: Sphinx) -> Path:
    if app.config.wenxian_cache_dir:
        return Path(app.config.wenxian_cache_dir)
    return Path(app.doctreedir) / "wenxian-cache"


def on_builder_inited(app: Sphinx) -> None:
    import jieba

    jieba.setLogLevel(logging.logging.WARNING)  # not "Building prefix dict…" on every build
    conv = converter(app)
    fix_interface_strings(conv)
    if app.builder.format == "html" and "dict" not in app.config.html_search_options:
        use_search_dictionary(app, conv)


def on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    """Keep this build's conversions for the next one (wenxian.script.memo)."""
    conv = _converters.get(app)
    if exception is None and conv is not None and conv.policy.converts:
        memo.save(conv, _cache_dir(app))


def use_search_dictionary(app: Sphinx, conv: Converter) -> None:
    """Segment the search index with jieba's dictionary in the site's script.

    jieba's main dictionary is set (jieba caches it, prepared, between runs)
    rather than handed to Sphinx as a user dictionary: Sphinx would otherwise
    re-read all 350,000 words into jieba on every build, a few seconds each
    time, even for Simplified, whose words jieba already has.
    """
    import jieba

    default = str(Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME)
    if conv.policy.converts:
        from wenxian.script.jiebadict import converted_dictionary

        wanted = str(converted_dictionary(_cache_dir(app), conv))
    else:
        wanted = default
    if str(jieba.dt.dictionary or default) != wanted:  # None: jieba's own
        jieba.set_dictionary(wanted)
    app.config.html_search_options = {**app.config.html_search_options, "dict": ""}


# ---- pages ----------------------------------------------------------------


def _other_variant_href(pagename: str, suffix: str, variant: str) -> str:
    return "../" * (pagename.count("/") + 1) + f"{variant}/{pagename}{suffix}"


def switcher_html(pagename: str, suffix: str, current: str, variants: list[str]) -> str:
    """The switcher: links to the same page in the other scripts, each in its own script."""
    links = [
        f'<a href="{html.escape(_other_variant_href(pagename, suffix, v))}" hreflang="{v}" '
        f'lang="{v}">{html.escape(AUTONYMS.get(v, v))}</a>'
        for v in variants
        if v != current
    ]
    if not links:
        return ""
    label = html.escape(SWITCHER_LABELS.get(current, SWITCHER_LABELS["zh-Hant"]))
    return (
        f'<nav class="{SWITCHER_CLASS}" aria-label="{label}" style="{SWITCHER_STYLE}">'
        f'{" ".join(links)}</nav>\n'
    )


def on_page_context(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree) -> None:
    current = app.config.wenxian_script
    variants = list(app.config.wenxian_site_variants)
    suffix = getattr(app.builder, "out_suffix", ".html")
    context["language"] = current  # <html lang="zh-Hans">
    alternates = "".join(
        f'<link rel="alternate" hreflang="{v}" href="{html.escape(_other_variant_href(pagename, suffix, v))}" />\n'
        for v in variants
    )
    context["metatags"] = context.get("metatags", "") + alternates
    switcher = switcher_html(pagename, suffix, current, variants) if current in variants else ""
    context["wenxian_script_switcher"] = switcher
    if app.config.html_theme not in SWITCHER_IN_HEADER and "body" in context:
        context["body"] = switcher + context["body"]  # other themes: at the top of the page


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("wenxian_script", SOURCE_SCRIPT, "env", types=frozenset({str}))
    app.add_config_value("wenxian_script_variants", {}, "env", types=frozenset({dict}))
    app.add_config_value("wenxian_phrase_table", None, "env", types=frozenset({str, type(None)}))
    app.add_config_value("wenxian_script_digest", "", "env", types=frozenset({str}))
    app.add_config_value("wenxian_site_variants", [SOURCE_SCRIPT], "html", types=frozenset({list, tuple}))
    app.add_config_value("wenxian_cache_dir", "", "", types=frozenset({str}))
    app.add_role("keep", keep_role)
    app.add_role("variant", variant_role)
    app.connect("config-inited", on_config_inited)
    app.connect("builder-inited", on_builder_inited)
    # After the front matter (400), before Sphinx's title and toc collectors (500).
    app.connect("doctree-read", on_doctree_read, priority=450)
    app.connect("doctree-resolved", on_doctree_resolved, priority=900)
    app.connect("html-page-context", on_page_context)
    app.connect("env-merge-info", on_env_merge_info)
    app.connect("build-finished", on_build_finished)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
