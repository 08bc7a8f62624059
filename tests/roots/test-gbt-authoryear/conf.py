# GB/T 7714—2025 author-year list through sphinxcontrib-bibtex alone: sorted by
# language group and author, year after the names, 2010a/2010b.
extensions = ["sphinxcontrib.bibtex", "wenxian.gbt7714.sphinx"]
bibtex_bibfiles = ["refs.bib"]
bibtex_default_style = "gbt7714-2025-ay"
