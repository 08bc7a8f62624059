"""What scholarly indexes and citation managers read from an article's page.

- :mod:`.metadata` reads an article's front matter into :class:`ArticleMeta`
  (both author forms; only what the front matter gives);
- :mod:`.tags` writes it as Highwire Press ``citation_*`` tags, Dublin Core
  ``DC.*`` tags, Open Graph and a JSON-LD ``ScholarlyArticle``, all escaped;
- :mod:`.citation` makes the article's own GB/T 7714 line, BibTeX and RIS;
- :mod:`.sitemap` writes ``sitemap.xml`` (every page, ``hreflang``
  alternates to its twins) and the Atom feed of articles.

The Sphinx part that puts them on the pages is :mod:`wenxian.sphinxext.scholarly`.
"""

from wenxian.scholarly.metadata import ArticleMeta, Author, article_meta

__all__ = ["ArticleMeta", "Author", "article_meta"]
