"""Sphinx extension: show the style's warnings as Sphinx warnings.

The styles log to the standard logger ``wenxian.gbt7714`` (an unknown entry
type, …) so they work without Sphinx; Sphinx only shows its own loggers.
``extensions = ["wenxian.gbt7714.sphinx"]`` (or ``app.setup_extension``)
forwards those records to Sphinx, so ``-W`` builds fail on them too.
"""

from __future__ import annotations

import logging

from sphinx.application import Sphinx
from sphinx.util import logging as sphinx_logging

__all__ = ["setup", "SphinxForwarder"]

_sphinx_log = sphinx_logging.getLogger("wenxian.gbt7714")


class SphinxForwarder(logging.Handler):
    """Re-emit ``wenxian.gbt7714`` records through Sphinx's logging."""

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.levelno >= logging.WARNING:
            _sphinx_log.warning(message, type="wenxian", subtype="gbt7714")
        else:
            _sphinx_log.info(message)


def setup(app: Sphinx) -> dict:
    logger = logging.getLogger("wenxian.gbt7714")
    if not any(isinstance(h, SphinxForwarder) for h in logger.handlers):
        logger.addHandler(SphinxForwarder(level=logging.WARNING))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
