# Three made-up articles citing overlapping entries, and a start page listing them.
project = "文献"
language = "zh_CN"
extensions = ["myst_parser", "sphinxcontrib.bibtex", "wenxian.sphinxext"]
source_suffix = {".md": "markdown"}
myst_title_to_header = True
bibtex_bibfiles = ["refs.bib"]
bibtex_default_style = "gbt7714-2025"
bibtex_reference_style = "gbt_numeric"
wenxian_site_variants = ["zh-Hans", "zh-Hant"]
