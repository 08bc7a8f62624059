"""Round 12b: lines that were kept verbatim although a style reads them — the first plausible of
the styles' readings is taken (not the first pattern that matched), and the forms Physical Review,
Science and the Chinese economics journals (管理世界, 经济研究) print for talks, reports, patents,
e-prints, pages online and English articles with ``Vol.``/``No.``/``pp.`` and ``~``. Lines written for
these tests after the styles' documented forms (the works are invented), unless said otherwise."""

from __future__ import annotations

from wenxian.refparse.otherstyles import other_style_readings, read_other_style
from wenxian.refparse.reading import read_entry


def _plain(reading) -> dict[str, str]:
    return {k: str(v).replace("{", "").replace("}", "") for k, v in reading.entry.fields.items()}


def _families(reading, role: str = "author") -> list[str]:
    return [" ".join(p.last_names) for p in reading.entry.persons.get(role, [])]


def test_a_line_a_looser_pattern_takes_first_is_read_by_its_own_style() -> None:
    # GB/T without its code matches first ("J" as the names, the journal's "Ser" ending the title) and is
    # implausible; Physical Review's reading comes after it and is taken. (REVTeX's apssamp, the corpus's
    # sealed5 part: its "and" glued to the name before.)
    line = "J. S. Smithand G. W. Johnson, Philos. Trans. R. Soc. London, Ser. B 777, 1395 (2005)."
    assert read_other_style(line)[1] != "physics"
    reading = read_entry(line)
    assert reading.how == "physics"
    fields = _plain(reading)
    assert (fields["journal"], fields["volume"], fields["pages"], fields["year"]) == (
        "Philos. Trans. R. Soc. London, Ser. B", "777", "1395", "2005")
    assert _families(reading) == ["Smith", "Johnson"]


def test_the_loosest_forms_read_only_a_line_no_style_matches() -> None:
    # "Names. Title, Year." would read "A. Book, Example Book Title" as names: an IEEE book matched
    # (implausibly) by other patterns is not given to it; it stays verbatim rather than wrong.
    line = "A. Vole, A Made-Up Book Title. The Publisher, 2011."
    assert all(style != "plain" for _, style in other_style_readings(line))
    # a line no style's pattern matches still is ("Names. Title, Year.")
    assert read_entry("Ada Quill. The Little Manual of Boxes, 2009.").how == "plain"
