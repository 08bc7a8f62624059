"""Selective rebuilds after a refs.bib edit: only the pages citing a changed entry.

sphinxcontrib-bibtex makes every page with a ``{bibliography}`` depend on the
.bib files, so one edited entry re-reads (and re-writes) every article. This
part narrows that down. After each read it remembers, per page, the keys the
page cites (citation roles and keys listed in its bibliographies) and a digest
of every entry; it then drops the .bib files from the dependencies of pages
whose bibliographies list only their own citations (the per-article filter
``docname in docnames``). On the next build (``env-get-outdated``) it compares
the digests of the freshly parsed .bib with the remembered ones and re-reads
exactly the pages citing an entry that was changed, added or removed.

Pages with any other bibliography (``:all:``, no filter) keep upstream's
behaviour. Off with ``wenxian_bib_incremental = False``.
"""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path
from typing import Any, cast

from pybtex.database import Entry
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinxcontrib.bibtex.domain import BibtexDomain

logger = logging.getLogger(__name__)

# Bibliography filters that list only what the page itself cites.
PER_PAGE_FILTERS = frozenset({
    "docname in docnames", "cited and docname in docnames", "docname in docnames and cited",
})


def entry_digest(entry: Entry) -> str:
    """A digest of everything a style may print of ``entry``."""
    data = (entry.type.lower(),
            sorted((k.lower(), v) for k, v in entry.fields.items()),
            sorted((role.lower(), [str(p) for p in people])
                   for role, people in entry.persons.items()))
    return hashlib.sha256(repr(data).encode("utf-8")).hexdigest()


def _domain(env: BuildEnvironment) -> BibtexDomain:
    return cast(BibtexDomain, env.get_domain("cite"))


def current_digests(env: BuildEnvironment) -> dict[str, str]:
    return {key: entry_digest(entry)
            for key, entry in _domain(env).bibdata.data.entries.items()}


def cited_keys(env: BuildEnvironment) -> tuple[dict[str, set[str]], set[str]]:
    """Keys each page cites, and the pages whose lists are not per page."""
    domain = _domain(env)
    keys: dict[str, set[str]] = {}
    for ref in domain.citation_refs:
        keys.setdefault(ref.docname, set()).update(t.key for t in ref.targets)
    broad: set[str] = set()
    for bib_key, value in domain.bibliographies.items():
        keys.setdefault(bib_key.docname, set()).update(value.keys)
        if ast.unparse(value.filter_) not in PER_PAGE_FILTERS:
            broad.add(bib_key.docname)
    return keys, broad


def _bibfiles(env: BuildEnvironment) -> set[Path]:
    return {Path(p).resolve() for p in _domain(env).bibdata.bibfiles}


def remember(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """After reading: store digests and citations; narrow the .bib dependencies."""
    if not app.config.wenxian_bib_incremental:
        return []
    keys, broad = cited_keys(env)
    env.wenxian_bib_digests = current_digests(env)
    env.wenxian_cited_keys = {doc: sorted(k) for doc, k in keys.items()}
    bibfiles = _bibfiles(env)
    for docname, deps in env.dependencies.items():
        if docname not in broad:
            deps.difference_update({d for d in deps if Path(d).resolve() in bibfiles})
    return []


def changed_pages(app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str],
                  removed: set[str]) -> list[str]:
    """Before reading: the pages citing an entry that differs from last time."""
    old = getattr(env, "wenxian_bib_digests", None)
    if not app.config.wenxian_bib_incremental or old is None:
        return []
    new = current_digests(env)
    differ = {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
    pages = sorted(doc for doc, keys in getattr(env, "wenxian_cited_keys", {}).items()
                   if differ.intersection(keys) and doc in env.found_docs)
    if differ:
        logger.info("[wenxian] %d changed entr%s in the .bib: re-reading %s",
                    len(differ), "y" if len(differ) == 1 else "ies",
                    ", ".join(pages) or "no page")
    return pages


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("wenxian_bib_incremental", True, "env", types=[bool])
    app.connect("env-updated", remember, priority=600)
    app.connect("env-get-outdated", changed_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
