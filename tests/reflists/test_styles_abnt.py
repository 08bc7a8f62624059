"""ABNT NBR 6023 (Brazil) read as typed fields (wenxian.refparse.styles.abnt). The lines are written
here after the standard's forms as abntex2cite prints them ("SOBRENOME, Nome. Título. Local: Editora,
ano."); the works named are invented."""

from __future__ import annotations

import pytest

from wenxian.refparse.reading import read_entry


def _plain(value: str) -> str:
    return value.replace("{", "").replace("}", "")


@pytest.mark.parametrize(("line", "kind", "fields", "families"), [
    ("SOUZA, A. M.; LIMA, R. Listas de referências. Revista de Listas, v. 4, n. 2, p. 71–97, 1986.",
     "article", {"title": "Listas de referências", "journal": "Revista de Listas", "volume": "4", "number": "2",
                 "pages": "71--97", "year": "1986"}, ["SOUZA", "LIMA"]),
    ("COSTA, R. Catálogos: uma perspectiva. Dissertação (Mestrado) — Universidade de Exemplo, Recife, mar. 2012.",
     "mastersthesis", {"title": "Catálogos: uma perspectiva", "school": "Universidade de Exemplo",
                       "address": "Recife", "year": "2012"}, ["COSTA"]),
    ("INSTITUTO DE LISTAS. Normas de listas. 3. ed. Rio de Janeiro: Centro de Listas, 1993. Acesso em: 21 ago 2013.",
     "book", {"title": "Normas de listas", "edition": "3", "address": "Rio de Janeiro", "publisher": "Centro de Listas",
              "year": "1993"}, ["INSTITUTO DE LISTAS"]),
    ("ASSOCIAÇÃO DE NORMAS DE EXEMPLO. NBR 9999:2002 : Listas — apresentação. Rio de Janeiro, 2002. 7 p.",
     "misc", {"title": "NBR 9999:2002 : Listas — apresentação", "address": "Rio de Janeiro", "year": "2002"},
     ["ASSOCIAÇÃO DE NORMAS DE EXEMPLO"]),
    ("SOUZA, A. M. O pacote de listas: estilos. [S.l.], 2015. Disponível em: <http://www.exemplo.org.br/>. "
     "Citado 2 vezes nas páginas 35 e 49.",
     "misc", {"title": "O pacote de listas: estilos", "year": "2015", "url": "http://www.exemplo.org.br/"}, ["SOUZA"]),
    ("van DIJK, J. P.; PIPINO, L. Manual de listas. Normandy Park, WA, 2010. Disponível em: "
     "<http://www.exemplo.org/manual.pdf>. Acesso em: 19 dez. 2012.",
     "misc", {"title": "Manual de listas", "address": "Normandy Park, WA", "year": "2010"}, ["van DIJK", "PIPINO"]),
])
def test_abnt_lines(line: str, kind: str, fields: dict[str, str], families: list[str]) -> None:
    reading = read_entry(line)
    assert reading.how == "abnt", (reading.how, reading.review)
    assert reading.entry.type == kind
    for name, value in fields.items():
        assert _plain(reading.entry.fields[name]) == value, name
    people = reading.entry.persons["author"]
    assert [_plain(" ".join(p.prelast_names + p.last_names)) for p in people] == families


def test_names_in_capitals_without_the_standards_marks_are_not_abnt() -> None:
    """"NAMES. Title, Series. Publisher, 1986" (a manual's plain list in capitals) has none of ABNT's
    marks ("[S.l.]", "68 p.", "Disponível em:"): another reader's."""
    reading = read_entry("DONALD ERVIN KNUTH. The TEXbook, Computers & Typesetting, volume A. Addison-Wesley, 1986")
    assert reading.how != "abnt"
