"""Sphinx configuration of this wenxian project (``sphinx-build -c conf source …``).

``wenxian build`` runs Sphinx with this file; everything a project may want to
change lives here as plain settings.
"""

project = "文献"
author = ""
copyright = ""

# Interface language of the Simplified site.
language = "zh_CN"

extensions = [
    "myst_parser",
    "sphinxcontrib.bibtex",
    "wenxian.sphinxext",
]

# Sources: one MyST file per article; raw inputs are kept beside them but are
# not pages.
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["raw", "_build", "**/.*"]

# MyST: the front matter's ``title`` becomes the page's heading.
myst_title_to_header = True
myst_heading_anchors = 0

# References: one refs.bib for the whole project (relative to source/).
bibtex_bibfiles = ["../refs.bib"]
bibtex_encoding = "utf-8"
# GB/T 7714: edition and citation system. The bundled article was published
# in 2024, under the 2015 edition, so this project pins it; new projects get
# the 2025 edition ("gbt7714-2025"). Author-year: "gbt7714-2015-ay" with
# bibtex_reference_style = "gbt_author_year".
bibtex_default_style = "gbt7714-2015"
bibtex_reference_style = "gbt_numeric"

# sphinx-book-theme: its interface is translated into both zh_CN and zh_TW.
html_theme = "sphinx_book_theme"
html_title = "文献"
html_show_sourcelink = False
html_copy_source = False
html_last_updated_fmt = None

# Scripts: the source is Simplified; `wenxian build` makes one site per
# variant (_build/site/zh-Hans/, zh-Hant/). Per variant: "characters", the
# OpenCC conversion ("s2tw": Taiwan glyph standard, 着 → 著, no vocabulary
# change; "s2hk" for zh-HK); "phrases", an optional OpenCC conversion that also
# rewrites vocabulary in the authors' own prose ("s2twp": 信息 → 資訊, 软件 →
# 軟體) but never in quotations, 《…》 titles or the bibliography; "quotes",
# four characters replacing “ ” ‘ ’ (None keeps them); "segmentation":
# "jieba" cuts the text into words before a character with several
# Traditional forms is chosen, so that no phrase is read across two words
# (第二天|后来 stays 後來, not 天后), None lets OpenCC read the text whole;
# "preferences": house spellings among those Taiwan accepts either way
# (build_tools/wenxian/script/data/preferences.tsv) — Taiwan's official usage
# writes 計畫, 規畫, 布 (公布, 分布, 布置 …), 占, 污 and 銷毀 where OpenCC writes 計劃,
# 規劃, 佈 (公佈, 分佈, 佈置 …), 佔, 汙 and 銷燬, and 雇 word by word as the statutes
# do (雇主, 勞雇; but 僱用, 受僱: "雇" for 雇 everywhere); [] keeps OpenCC's spellings.
TAIWAN_OFFICIAL = ["計畫", "規畫", "布", "雇主", "占", "污", "銷毀"]
wenxian_script_variants = {
    "zh-Hans": {},
    "zh-Hant": {"characters": "s2tw", "phrases": None, "quotes": "「」『』",
                "segmentation": "jieba", "preferences": TAIWAN_OFFICIAL},
    "zh-HK": {"characters": "s2hk", "phrases": None, "quotes": "「」『』",
              "segmentation": "jieba", "preferences": []},
}
# Corrections applied before OpenCC, on word boundaries (relative to conf/).
wenxian_phrase_table = "phrases.tsv"

# ---- PDF handouts (`wenxian build pdf`) ------------------------------------
# One PDF per article and script, through Sphinx's LaTeX builder and XeLaTeX
# (see docs/pdf.md). The look is in conf/latex/wenxian-handout.sty; wenxian
# adds one LaTeX document per article (every source/*.md but the start page).
latex_engine = "xelatex"
latex_theme = "howto"
latex_docclass = {"howto": "article"}
latex_additional_files = ["latex/wenxian-handout.sty"]
latex_use_xindy = False
latex_domain_indices = False
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    # Interface words, fonts and front pages come from wenxian-handout.sty.
    "babel": "",
    "polyglossia": "",
    "fontpkg": "",
    "fncychap": "",
    "release": "",
    "maketitle": "",
    "tableofcontents": "",
    "makeindex": "",
    "printindex": "",
    "preamble": r"\usepackage{wenxian-handout}",
}
# CJK fonts per script, by fontconfig family name (Debian: fonts-noto-cjk).
wenxian_latex_fonts = {
    "zh-Hans": {"serif": "Noto Serif CJK SC", "sans": "Noto Sans CJK SC"},
    "zh-Hant": {"serif": "Noto Serif CJK TC", "sans": "Noto Sans CJK TC"},
    "zh-HK": {"serif": "Noto Serif CJK HK", "sans": "Noto Sans CJK HK"},
}
