"""The learned reader's model is shipped built (training on every labelled list takes seconds, too
long for each import): the shipped model is used while it was built from the data and code there
are now, otherwise a model is trained once and kept in the user's cache by the data's key."""

from __future__ import annotations

import pytest

from wenxian.refparse import crf


def test_the_shipped_model_is_built_from_the_data_there_is() -> None:
    shipped = crf.SHIPPED_KEY.read_text(encoding="ascii").strip()
    assert shipped == crf.model_key(), (
        "the labelled lists or the CRF's features changed since data/crf.model was built: "
        "run `python -m wenxian.refparse.crf` and commit build_tools/wenxian/refparse/data/")
    assert crf.SHIPPED_MODEL.stat().st_size > 100_000


def test_the_shipped_model_is_used_without_training(monkeypatch) -> None:
    def no_training(exclude: str = "") -> bytes:
        raise AssertionError("trained although the shipped model is current")

    monkeypatch.setattr(crf, "train_model", no_training)
    assert crf._model() == crf.SHIPPED_MODEL.read_bytes()


def test_another_key_trains_once_and_keeps_the_model_in_the_cache(monkeypatch, tmp_path) -> None:
    stale = tmp_path / "crf.model.key"
    stale.write_text("0" * 64 + "\n", encoding="ascii")
    monkeypatch.setattr(crf, "SHIPPED_KEY", stale)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    trained: list[str] = []

    def train(exclude: str = "") -> bytes:
        trained.append(exclude)
        return b"a model"

    monkeypatch.setattr(crf, "train_model", train)
    assert crf._model() == b"a model" and trained == [""]
    kept = list((tmp_path / "cache" / "wenxian").iterdir())
    assert [p.name for p in kept] == [f"crf-{crf.model_key()[:32]}.model"]
    assert crf._model() == b"a model" and trained == [""]  # the cache's, not trained again


def test_no_writable_cache_still_reads(monkeypatch, tmp_path) -> None:
    stale = tmp_path / "crf.model.key"
    stale.write_text("stale\n", encoding="ascii")
    monkeypatch.setattr(crf, "SHIPPED_KEY", stale)
    blocked = tmp_path / "file"
    blocked.write_text("")  # a file where the cache's folder would be
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(crf, "train_model", lambda exclude="": b"fresh")
    assert crf._model() == b"fresh"


@pytest.mark.parametrize("line", ["Smith, J. (2019). A title of a paper. Journal of Things, 12(3), 45-67."])
def test_the_shipped_model_reads_a_line(line: str) -> None:
    labels, probability = crf.label(line)
    assert {lab for _, lab in labels} >= {"author", "year", "title"} and 0.0 < probability <= 1.0
