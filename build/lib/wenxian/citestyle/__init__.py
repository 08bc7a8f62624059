"""In-text citation styles for sphinxcontrib-bibtex following GB/T 7714.

Two referencing styles, registered by entry point in the group
``sphinxcontrib.bibtex.style.referencing``:

- ``gbt_numeric`` (:class:`wenxian.citestyle.numeric.GBTNumericReferenceStyle`):
  顺序编码制, superscript ``[3]``, ``[1,3-4]``, ``张三[1]``, inline ``文献[10]``;
- ``gbt_author_year`` (:class:`wenxian.citestyle.author_year.GBTAuthorYearReferenceStyle`):
  著者-出版年制, ``（张三，1984）`` and ``张三（1984）``.

Both are dataclasses composed of small sub-styles (one per group of role
names), as sphinxcontrib-bibtex's own styles are. The Sphinx side (per-article
numbering, citation order, configuration) is :mod:`wenxian.citestyle.sphinx`.
"""
