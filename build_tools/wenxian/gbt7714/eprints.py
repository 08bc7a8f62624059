"""Where an ``eprint`` is read: the archive it names, and the address of the item.

biblatex prints ``eprint`` through a format per ``eprinttype`` (biblatex.def:
``eprint:arxiv``, ``eprint:jstor``, ``eprint:pubmed``, ``eprint:hdl``,
``eprint:googlebooks``; hep-bibliography.sty adds software hosts: ``eprint:ctan``,
``eprint:github`` … with ``eprintclass`` the owner). Each links the identifier to
one address; GB/T 7714 prints that address as the access path (获取和访问路径,
2015 §8.8.1), so the identifier is not lost. The table is data: a new archive is a
new line.
"""

from __future__ import annotations

import re

__all__ = ["ARCHIVE_NAMES", "SOFTWARE_HOSTS", "archive_name", "arxiv_date", "eprint_url"]

# An arXiv identifier, new style (2005.14165) or old (hep-th/9909196, math.AG/0211159).
ARXIV_ID = re.compile(r"^(?:arXiv:)?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$")
# How an archive's name is written (``eprinttype`` is often lower case).
ARCHIVE_NAMES = {"arxiv": "arXiv", "pubmed": "PubMed", "biorxiv": "bioRxiv",
                 "medrxiv": "medRxiv", "jstor": "JSTOR", "hdl": "HDL",
                 "googlebooks": "Google Books", "ctan": "CTAN", "github": "GitHub",
                 "gitlab": "GitLab", "bitbucket": "Bitbucket", "launchpad": "Launchpad",
                 "sourceforge": "SourceForge"}
# The address of an item: ``{id}`` the eprint, ``{cls}`` the eprintclass (the owner of
# a repository). Templates with ``{cls}`` need one.
_URLS = {"arxiv": "https://arxiv.org/abs/{id}",
         "jstor": "https://www.jstor.org/stable/{id}",
         "pubmed": "https://www.ncbi.nlm.nih.gov/pubmed/{id}",
         "hdl": "https://hdl.handle.net/{id}",
         "googlebooks": "https://books.google.com/books?id={id}",
         "ctan": "https://ctan.org/pkg/{id}",
         "github": "https://github.com/{cls}/{id}",
         "gitlab": "https://gitlab.com/{cls}/{id}",
         "bitbucket": "https://bitbucket.org/{cls}/{id}",
         "launchpad": "https://launchpad.net/{id}",
         "sourceforge": "https://sourceforge.net/projects/{id}"}
# Hosts of software, not preprint servers: what they hold is not a preprint (the
# 2025 edition's [PP]) but a program or its documentation, an electronic resource.
SOFTWARE_HOSTS = frozenset({"ctan", "github", "gitlab", "bitbucket", "launchpad",
                            "sourceforge"})
_ID = re.compile(r"^[\w.:/+-]+$")
# The year and month an arXiv identifier was given in, which it writes as YYMM (arXiv's
# "Understanding the arXiv identifier": new style YYMM.NNNNN since April 2007, old style
# archive/YYMMNNN since August 1991).
_ARXIV_YYMM = re.compile(r"^(?:arXiv:)?(?:(\d{2})(\d{2})\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/(\d{2})(\d{2})\d{3})"
                         r"(?:v\d+)?$")


def archive_name(name: str, eprint: str) -> str:
    """The archive as it is written ("arXiv", "CTAN", or the name as given)."""
    if not name and ARXIV_ID.match(eprint):
        # An arXiv identifier with no archive named (BibTeX exports of arXiv items:
        # journal = {arXiv e-prints}, eprint = {2005.14165}).
        return "arXiv"
    return ARCHIVE_NAMES.get(name.lower(), name)


def eprint_url(name: str, eprint: str, eprintclass: str = "") -> str:
    """The address of ``eprint`` in the archive ``name`` ("" when the archive is not
    known, the identifier is not one, or a repository's owner is missing)."""
    key = archive_name(name, eprint).lower().replace(" ", "")
    template = _URLS.get(key)
    eprint = eprint.strip()
    if not template or not _ID.match(eprint):
        return ""
    if "{cls}" in template:
        eprintclass = eprintclass.strip()
        if not _ID.match(eprintclass):
            return ""
        return template.format(id=eprint, cls=eprintclass)
    return template.format(id=eprint)


def arxiv_date(eprint: str) -> str:
    """"YYYY-MM", the month an arXiv identifier was given ("math/0307245" → "2003-07",
    "1006.2735" → "2010-06"): the date of the e-print's first version, which the identifier
    states; "" for what is not an arXiv identifier."""
    match = _ARXIV_YYMM.match(eprint.strip())
    if not match:
        return ""
    new_yy, new_mm, old_yy, old_mm = match.groups()
    if new_yy is not None:
        year, month = 2000 + int(new_yy), int(new_mm)
    else:
        year, month = (1900 if int(old_yy) >= 91 else 2000) + int(old_yy), int(old_mm)
    return f"{year}-{month:02d}" if 1 <= month <= 12 else ""
