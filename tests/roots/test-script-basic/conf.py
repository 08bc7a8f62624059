# A small site for script conversion: headings, quotations, titles, code,
# URLs, math, an English block, roles, images and a .bib.
project = "新质生产力文献"
author = "编辑部"
copyright = "2024，编辑部"
html_title = "新质生产力文献"
language = "zh_CN"
extensions = ["myst_parser", "sphinxcontrib.bibtex", "wenxian.sphinxext.script"]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["dollarmath"]
bibtex_bibfiles = ["refs.bib"]
bibtex_default_style = "unsrt"
bibtex_tooltips = True
html_theme = "sphinx_book_theme"
html_show_sourcelink = False
wenxian_phrase_table = "phrases.tsv"
wenxian_site_variants = ["zh-Hans", "zh-Hant"]
