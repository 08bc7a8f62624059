"""Sphinx configuration of the user guide (``sphinx-build docs _build/docs``).

The guide is MyST, built by the same Sphinx and myst-parser as the articles;
tests/docs builds it with warnings as errors and runs its ``sh`` blocks.
"""

project = "wenxian user guide"
language = "en"
extensions = ["myst_parser"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
myst_heading_anchors = 2
html_theme = "alabaster"
html_show_sourcelink = False
