"""The learned reader's features carry across styles: words of any Latin or Cyrillic script are one
token, a token's word class comes from a lexicon shipped as data (journal, publisher, place, month,
editor, volume, issue, pages, …), and where a token stands — after a work's "In:", how far after the
year, at the head of a stretch set off by punctuation — is said whatever the style's marks."""

from __future__ import annotations

from pathlib import Path

from wenxian.refparse import crf


def _features_of(line: str) -> dict[str, list[str]]:
    toks = crf.tokens(line)
    return {line[s:e]: f for (s, e), f in zip(toks, crf.features(line, toks))}


def test_accented_and_cyrillic_words_are_one_token_each() -> None:
    line = "Müller, A. and Петров, И. Über die Théorie. 北京: 科学出版社, 2001."
    assert [line[s:e] for s, e in crf.tokens(line)] == [
        "Müller", ",", "A", ".", "and", "Петров", ",", "И", ".", "Über", "die", "Théorie", ".",
        "北京", ":", "科学出版社", ",", "2001", "."]


def test_word_classes_come_from_the_lexicon() -> None:
    f = _features_of("Abels, S. 2004. Title. Zeitschrift für Physik 12, 3: 18–22. Leipzig: Teubner Verlag.")
    assert "lex=journal" in f["Zeitschrift"] and "lex=place" in f["Leipzig"]
    assert "lex=publisher" in f["Verlag"] and "lex+1=publisher" in f["Teubner"]
    han = _features_of("张三. 书名[M]. 北京: 科学出版社, 2001.")
    assert "lex=place" in han["北京"] and "lex=publisher" in han["科学出版社"]
    assert "lex=journal" not in han["科学出版社"]  # a class of the words the run ends with, not of any inside


def test_an_initial_has_no_word_class() -> None:
    f = _features_of("Petrov, И. and Smith, J. Title. J. Chem. 3, 1.")
    assert not [x for x in f["И"] if x.startswith("lex=")]  # not the Russian "и" (and)
    assert "initial" in f["И"]


def test_where_a_token_stands() -> None:
    line = "Smith, J. 1999. A chapter. In: A Book, ed. B. Jones, 3–9. Oxford: Clarendon."
    toks = crf.tokens(line)
    feats = crf.features(line, toks)
    at = {line[s:e]: (k, f) for k, ((s, e), f) in reversed(list(enumerate(zip(toks, feats))))}
    assert "in_seen=False" in at["chapter"][1] and "in_seen=True" in at["Book"][1]
    assert "since_year=-1" in at["1999"][1] and "since_year=1" in at["A"][1]  # areas after the year's
    assert "since_year=3" in at["Oxford"][1]
    assert "area_start=True" in at["Oxford"][1] and "area_start=False" in at["Book"][1]
    assert "pp=:" in at["Clarendon"][1] and "np=," in at["Book"][1]


def test_the_lexicon_is_part_of_the_models_key(monkeypatch, tmp_path: Path) -> None:
    before = crf.model_key()
    changed = tmp_path / "crf_lexicon.tsv"
    changed.write_text(crf._LEXICON_FILE.read_text(encoding="utf-8") + "place\tnowhere\n", encoding="utf-8")
    monkeypatch.setattr(crf, "_LEXICON_FILE", changed)
    assert crf.model_key() != before
