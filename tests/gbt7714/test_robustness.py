"""No entry crashes the styles: any type, any subset of fields, any text.

A missing field is rendered around (only what exists is printed); an unknown
type becomes [Z]. Property-based with hypothesis.
"""

from __future__ import annotations

import logging

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pybtex.database import BibliographyData, Entry, Person

from wenxian.gbt7714 import EDITIONS, SYSTEMS, format_bibliography, format_entry
from wenxian.gbt7714.doctypes import TYPE_CODES

FIELDS = ("title", "booktitle", "eventtitle", "journal", "journaltitle", "series", "volume",
          "number", "pages", "eid", "edition", "version", "address", "location", "publisher",
          "school", "institution", "year", "date", "month", "day", "urldate", "url", "doi",
          "cstr", "note", "howpublished", "langid", "translator", "holder", "scale",
          "dimensions", "entrysubtype", "type")
UNPRINTED = ("review", "keywords", "abstract", "file")
SENTINEL = "UNPRINTED-FIELD"
TEXT = st.text(alphabet=st.sampled_from(list("ab Z9-.,:;()（）：，{}\\~$&张三马克思ひら한글Жé/")),
               max_size=24)
NAME = st.builds(lambda last, first: Person(last=last, first=first),
                 st.text(alphabet="张三SmithДж{} -", min_size=1, max_size=10),
                 st.text(alphabet="张三Ab. -", max_size=8))


@st.composite
def entries(draw) -> Entry:
    kind = draw(st.sampled_from(sorted(TYPE_CODES) + ["whitepaper", "misc"]))
    fields = draw(st.dictionaries(st.sampled_from(FIELDS), TEXT, max_size=10))
    entry = Entry(kind, fields={**fields, **{name: SENTINEL for name in UNPRINTED}})
    for role in ("author", "editor"):
        for person in draw(st.lists(NAME, max_size=5)):
            entry.add_person(person, role)
    return entry


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries(), st.sampled_from(EDITIONS), st.sampled_from(SYSTEMS))
def test_any_entry_formats_to_text(entry: Entry, edition: str, system: str) -> None:
    logging.getLogger("wenxian.gbt7714").setLevel(logging.ERROR)
    try:
        text = format_entry(entry, edition=edition, system=system)
    finally:
        logging.getLogger("wenxian.gbt7714").setLevel(logging.NOTSET)
    assert isinstance(text, str)
    assert SENTINEL not in text  # review, keywords, abstract, file: never printed


@settings(max_examples=50, deadline=None)
@given(st.lists(entries(), min_size=1, max_size=6), st.sampled_from(EDITIONS))
def test_any_bibliography_sorts_and_formats(items: list[Entry], edition: str) -> None:
    bib = BibliographyData()
    for n, entry in enumerate(items):
        bib.add_entry(f"k{n}", entry)
    logging.getLogger("wenxian.gbt7714").setLevel(logging.ERROR)
    try:
        lines = format_bibliography(bib, edition=edition, system="author-year")
    finally:
        logging.getLogger("wenxian.gbt7714").setLevel(logging.NOTSET)
    assert sorted(key for key, _ in lines) == sorted(bib.entries)
