extensions = ["myst_parser", "sphinxcontrib.bibtex", "wenxian.citestyle.sphinx"]
source_suffix = {".md": "markdown"}
language = "zh_CN"
bibtex_bibfiles = ["refs.bib"]
bibtex_default_style = "gbt7714-2025-ay"
bibtex_reference_style = "gbt_author_year"
