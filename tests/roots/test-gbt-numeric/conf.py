# GB/T 7714—2015 numeric list through sphinxcontrib-bibtex alone (no wenxian
# citation style): the reference-list style must work as a plain pybtex plugin;
# wenxian.gbt7714.sphinx shows its warnings (unknown entry type) in the build.
extensions = ["sphinxcontrib.bibtex", "wenxian.gbt7714.sphinx"]
bibtex_bibfiles = ["refs.bib"]
bibtex_default_style = "gbt7714-2015"
