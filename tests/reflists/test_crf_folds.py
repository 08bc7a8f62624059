"""``reflist_score.py --crf-folds`` (session 14): the learned reader alone on the gold's own entries, each fold of
real parts labelled by the CRF trained without it — the measure a change of its features is judged by first,
before the whole reader's (``--leave-part-out``, the CSL styles)."""

from __future__ import annotations

from tests.reflists.helpers import load_benchmark

reflist = load_benchmark("reflist_score")


def test_the_folds_hold_each_real_part_but_the_held_out_once() -> None:
    parts = [part for fold in reflist.CRF_FOLDS for part in fold]
    assert sorted(parts) == sorted(reflist.TRAINED_PARTS + reflist.UNTRAINED_PARTS)
    assert "real-heldout" not in parts and not set(parts) & set(reflist.SEALED_PARTS)
    # the parts it trains on are each left out of the model that labels them
    trained = [fold for fold in reflist.CRF_FOLDS if set(fold) & set(reflist.TRAINED_PARTS)]
    assert all(set(fold) <= set(reflist.TRAINED_PARTS) for fold in trained) and len(trained) == 3


def test_a_field_is_right_when_its_first_run_is_the_golds() -> None:
    # what read_with_crf keeps of a field is its first run of tokens
    gold = ["author", "author", "O", "title", "title", "O", "year"]
    assert reflist._first_run(gold, "title") == (3, 4)
    assert reflist._first_run(gold, "pages") is None
    late = ["author", "author", "O", "title", "title", "O", "year", "O", "title"]
    assert reflist._first_run(late, "title") == reflist._first_run(gold, "title")  # a later run is not kept
    assert reflist._first_run(["author", "title", "title", "title"], "title") != (3, 4)


def test_a_labellings_fields_are_their_first_runs_stripped() -> None:
    # what --crf-folds compares with the gold's, before and after the learned reader's checks (session 15)
    text = "Lind, K. 2019. Tides. Harbour Press."
    spans = [(0, 4), (4, 5), (6, 7), (7, 8), (9, 13), (13, 14), (15, 20), (20, 21), (22, 29), (30, 35), (35, 36)]
    labels = ["author", "author", "author", "author", "year", "O", "title", "O", "publisher", "publisher", "O"]
    assert reflist._spans_of(text, spans, labels) == {"author": "Lind, K", "year": "2019", "title": "Tides",
                                                      "publisher": "Harbour Press"}
