"""Sphinx extension: show the style's warnings as Sphinx warnings, and give each
entry what its ``crossref`` lends (:mod:`wenxian.gbt7714.crossref`).

The styles log to the standard logger ``wenxian.gbt7714`` (an unknown entry
type, …) so they work without Sphinx; Sphinx only shows its own loggers.
``extensions = ["wenxian.gbt7714.sphinx"]`` (or ``app.setup_extension``)
forwards those records to Sphinx, so ``-W`` builds fail on them too.
sphinxcontrib-bibtex hands the styles one entry at a time, so the entries it has
read are completed once, when the builder starts, as ``wenxian refs format`` does.
"""

from __future__ import annotations

import logging

from sphinx.application import Sphinx
from sphinx.util import logging as sphinx_logging

from wenxian.gbt7714.crossref import inherit

__all__ = ["setup", "SphinxForwarder", "inherit_crossrefs"]

_sphinx_log = sphinx_logging.getLogger("wenxian.gbt7714")


class SphinxForwarder(logging.Handler):
    """Re-emit ``wenxian.gbt7714`` records through Sphinx's logging."""

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.levelno >= logging.WARNING:
            _sphinx_log.warning(message, type="wenxian", subtype="gbt7714")
        else:
            _sphinx_log.info(message)


def inherit_crossrefs(app: Sphinx) -> None:
    """Replace each entry sphinxcontrib-bibtex read that has a crossref by the
    entry with the fields it inherits (in place; doing it twice changes nothing)."""
    try:
        data = app.env.get_domain("cite").bibdata.data
    except Exception:  # sphinxcontrib-bibtex not loaded, or no bib data yet
        return
    for entry in inherit(data.entries):
        if entry is not data.entries[entry.key]:
            data.entries[entry.key] = entry


def setup(app: Sphinx) -> dict:
    # After sphinxcontrib-bibtex's own builder-inited (priority 500) has read the files.
    app.connect("builder-inited", inherit_crossrefs, priority=600)
    logger = logging.getLogger("wenxian.gbt7714")
    if not any(isinstance(h, SphinxForwarder) for h in logger.handlers):
        logger.addHandler(SphinxForwarder(level=logging.WARNING))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
