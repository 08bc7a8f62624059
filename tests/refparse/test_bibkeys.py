"""Readable ASCII keys."""

from __future__ import annotations

import pytest

from wenxian.bibkeys import make_key
from wenxian.refparse import parse_reference

KEYS = [
    ("习近平. 发展新质生产力是推动高质量发展的内在要求和重要着力点[J]. 求是, 2024(11): 4-8.", "xi2024fazhan"),
    ("欧阳修. 新五代史[M]. 北京: 中华书局, 1974.", "ouyang1974xinwu"),
    ("KANAMORI H. Shaking without quaking[J]. Science, 1998, 279 (5359): 2063.", "kanamori1998shaking"),
    ("O'BRIEN J A. Introduction to information systems[M]. 7th ed. Burr Ridge, IL: Irwin, 1994.",
     "obrien1994introduction"),
    ("Müller K. The art of analysis[M]. Berlin: Springer, 2001.", "muller2001art"),
    ("World Health Organization. Factors regulating the immune response[R]. Geneva: WHO, 1970.",
     "factors1970"),
    ("中国互联网络信息中心. 第 29 次中国互联网络发展状况统计报告[R/OL]. (2012-01-16)[2013-03-26]. "
     "http://www.cnnic.net.cn/.", "dici2012"),
    ("昂温 G, 昂温 P S. 外国出版史[M]. 北京: 中国书籍出版社, 1988.", "angwen1988waiguo"),
    ("Library of Congress[EB/OL]. [2020-06-12]. https://www.loc.gov/.", "library"),
]


@pytest.mark.parametrize(("line", "key"), KEYS)
def test_key(line: str, key: str) -> None:
    assert make_key(parse_reference(line)) == key


def test_keys_are_ascii_and_deterministic() -> None:
    for line, _ in KEYS:
        first = make_key(parse_reference(line))
        assert first.isascii() and first == make_key(parse_reference(line))


def test_clashes_take_letters_case_insensitively() -> None:
    entry = parse_reference(KEYS[0][0])
    assert make_key(entry, ["xi2024fazhan"]) == "xi2024fazhana"
    assert make_key(entry, ["Xi2024Fazhan", "xi2024fazhana"]) == "xi2024fazhanb"
    taken = ["xi2024fazhan"] + ["xi2024fazhan" + chr(c) for c in range(ord("a"), ord("z") + 1)]
    assert make_key(entry, taken) == "xi2024fazhanaa"
