bibtex_default_style = "gbt7714-2025"
