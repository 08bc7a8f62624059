"""wenxian (文献): compile Chinese academic articles into MyST, sites and PDFs.

Data flows one way: raw text → :mod:`wenxian.model` (the article model) →
:mod:`wenxian.myst_writer` → Sphinx (GB/T 7714 styles, script conversion) →
site and PDFs.
"""

__version__ = "0.1.0"
