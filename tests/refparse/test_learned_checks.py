"""The checks of the learned reader's fields (session 15, issue 13 §2: ``checks.check_learned``): a value the CRF
labelled that is not of its field's form is left out, a source that is a publisher's name is the publisher."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.refparse.checks import check_learned
from wenxian.refparse.labelled import REAL_TRAINING_DIR, TRAINING_DIR, load_dir

_REAL = Path(__file__).resolve().parents[1] / "data" / "reflists" / "real"


def _gold_spans():
    # every labelled list the readers were written with in view: the CRF's training lists and the seen real parts it
    # does not train on (never the held-out parts, nor one still sealed)
    for folder in (TRAINING_DIR, REAL_TRAINING_DIR, _REAL / "dev", _REAL / "sealed9", _REAL / "sealed12"):
        for labelled in load_dir(folder):
            for gold in labelled.entries:
                for entry in (gold, gold.translation):
                    if entry is None:
                        continue
                    spans: dict[str, str] = {}
                    for span in entry.spans:
                        spans.setdefault(span.name, labelled.raw[span.start:span.end].replace("\n", " "))
                    yield f"{labelled.name}:{entry.start}", spans


def test_no_gold_field_fails_the_checks() -> None:
    # the forms are those the gold's values have: a check that would leave a right value out is no check
    failed = [(where, check_learned(spans).notes) for where, spans in _gold_spans() if check_learned(spans).notes]
    assert failed == []


@pytest.mark.parametrize("name, value", [
    ("year", "Spring"), ("year", "19"), ("pages", "Proceedings of the Meeting"), ("pages", "334 Quay Street"),
    ("volume", "Harbour"), ("issue", "Special issue on tides"),
])
def test_a_value_not_of_its_fields_form_is_left_out(name: str, value: str) -> None:
    checked = check_learned({"author": "Lind, K.", "title": "Tides", name: value})
    assert name not in checked.spans and checked.spans["title"] == "Tides"
    assert any("form" in note for note in checked.notes)


@pytest.mark.parametrize("name, value", [
    ("year", "2019b"), ("year", "1975–1985"), ("pages", "347～396"), ("pages", "e1002"), ("pages", "xi–xiv"),
    ("pages", "JHEP12(1997)002"), ("volume", "IIa"), ("issue", "3(77)"), ("issue", "5, 6"), ("volume", "A"),
])
def test_a_value_of_its_fields_form_is_kept(name: str, value: str) -> None:
    assert check_learned({name: value}).spans == {name: value}


def test_an_address_piece_or_a_field_opening_inside_a_phrase_is_left_out() -> None:
    checked = check_learned({"title": "Tides at the quay. http", "container": "of Harbour Studies", "year": "2019"})
    assert checked.spans == {"year": "2019"} and len(checked.notes) == 2


def test_a_source_that_is_a_publishers_name_is_the_publisher() -> None:
    checked = check_learned({"author": "林青", "title": "港口史", "container": "海港出版社", "year": "2015"})
    assert checked.spans == {"author": "林青", "title": "港口史", "publisher": "海港出版社", "year": "2015"}
    beside = check_learned({"title": "Tides", "container": "Quay University Press", "publisher": "Harbour Books"})
    assert beside.spans == {"title": "Tides", "publisher": "Harbour Books"}


def test_the_whole_reader_checks_the_learned_readers_fields() -> None:
    from wenxian.refparse.reading import read_entry

    def learned(text: str):  # the learned reader's reading of the line, as crf.read_with_crf gives it
        return {"author": "Lind, K", "year": "2015", "title": "Tides of the quay", "container": "Harbour Press",
                "pages": "Quay Street"}, "crf"

    reading = read_entry("Lind, K., 2015, Tides of the quay, Harbour Press, Quay Street.", learned)
    assert reading.how == "crf" and reading.entry.fields["publisher"] == "Harbour Press"
    assert "journal" not in reading.entry.fields and "pages" not in reading.entry.fields
    assert "publisher's name" in reading.review and "pages" in reading.review
    # another reader's reading is its own (its patterns read each field where its form is)
    other = read_entry("Lind, K., 2015, Tides of the quay, Harbour Press, Quay Street.",
                       lambda text: (learned(text)[0], "apa"))
    assert other.entry.fields.get("journal") == "Harbour Press"
