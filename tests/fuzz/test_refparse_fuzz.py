"""Fuzzing the reference-line parser and list splitter beyond ``tests/refparse/``.

Properties:

- :func:`~wenxian.refparse.split_reference_list` on a labelled list gives back
  every label, in order, each on the line it started on, whatever the bodies
  and however they wrap;
- :func:`~wenxian.refparse.entries_from_reference_list` gives one key per
  reference, unique (case-insensitively) among themselves and the keys already
  taken, ASCII; or a :class:`~wenxian.errors.WenxianError` naming the line of
  the reference it could not read;
- a line the parser read, written back in GB/T 7714, read again and written
  again, gives the same line: what the style writes the parser reads whole
  (print ∘ parse is a fixed point; the first parse may keep more than the
  style prints, e.g. a cited date on a work that is not online).
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.fuzz.budget import fuzz_settings
from wenxian.errors import WenxianError
from wenxian.gbt7714 import format_entry
from wenxian.model import ReferenceEntry
from wenxian.refparse import entries_from_reference_list, parse_reference, split_reference_list

PIECES = [
    "习近平", "马克思", "恩格斯", ". ", ", ", ": ", "：", "，", "[J]", "[M]", "[N]", "[C]", "[D]", "[R]",
    "[EB/OL]", "[J/OL]", "// ", "等", "译", "北京", "人民出版社", "人民日报", "2024", "(11)", "4-8",
    "第1卷", "2024-02-02", "[2024-03-01]", "http://x.cn/a", "DOI:10.1/x", "2 版", "PEEBLES P Z",
]
WELL_FORMED = [
    "习近平. 论全面深化改革[M]. 北京: 中央文献出版社, 2018: 12.",
    "张三, 李四. 新质生产力的逻辑[J]. 经济研究, 2024, 59(3): 4-18.",
    "王五. 改革开放的历史经验[N]. 人民日报, 2023-12-18(9).",
    "马克思, 恩格斯. 马克思恩格斯文集: 第2卷[M]. 北京: 人民出版社, 2009: 591.",
    "中共中央. 决定[EB/OL]. (2024-07-21)[2024-08-01]. http://www.gov.cn/a.htm.",
    "赵六. 数字经济[D]. 北京: 北京大学, 2020.",
]
bodies = st.lists(st.sampled_from(PIECES) | st.text(alphabet="新质生产力发展改革abc ", max_size=5), min_size=1, max_size=12).map("".join)
lines = st.one_of(st.sampled_from(WELL_FORMED), bodies)


@fuzz_settings()
@given(st.lists(st.tuples(bodies, st.integers(0, 3)), min_size=1, max_size=12), st.sampled_from(["[{}] ", "［{}］", "{}. "]))
def test_a_labelled_list_keeps_every_label_and_its_line(items, label) -> None:
    text_lines: list[str] = []
    starts: list[int] = []
    for number, (body, wraps) in enumerate(items, start=1):
        body = body.strip()
        assume(body and not body[0].isdigit())
        starts.append(len(text_lines) + 1)
        cut = max(1, len(body) // (wraps + 1))
        parts = [body[i : i + cut] for i in range(0, len(body), cut)]
        # A wrapped part must not look like the start of a new reference.
        assume(all(p.strip() and not p.lstrip()[0].isdigit() and not p.lstrip().startswith(("[", "［", "【")) for p in parts[1:]))
        text_lines += [label.format(number) + parts[0], *parts[1:]]
    found = split_reference_list("\n".join(text_lines))
    assert [number for number, _, _ in found] == list(range(1, len(items) + 1))
    assert [first for _, _, first in found] == starts
    assert all("\n" not in joined and joined == joined.strip() for _, joined, _ in found)


@fuzz_settings()
@given(st.lists(lines, max_size=10), st.lists(st.sampled_from(["xi2018lun", "Zhang2024xinzhi", "wang2023gaige"]), max_size=3))
def test_keys_are_unique_ascii_or_the_error_names_the_line(texts, taken) -> None:
    refs = [ReferenceEntry(number=n, text=text, line=10 * n) for n, text in enumerate(texts, start=1)]
    try:
        entries = entries_from_reference_list(refs, taken)
    except WenxianError as err:
        assert err.line in {ref.line for ref in refs} and err.message.startswith("reference [")
        return
    keys = [key for key, _ in entries]
    assert len(keys) == len(refs)
    assert len({k.lower() for k in keys} | {k.lower() for k in taken}) == len(keys) + len({k.lower() for k in taken})
    assert all(key.isascii() and key for key in keys)


@fuzz_settings()
@given(lines)
def test_a_read_line_written_back_reads_the_same(line: str) -> None:
    try:
        entry = parse_reference(line)
    except WenxianError:
        return
    written = format_entry(entry)
    again = parse_reference(written)
    assert format_entry(again) == written
    assert parse_reference(format_entry(again)) == again
