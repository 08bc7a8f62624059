"""A poem quoted as verse in an extracted text: short lines one under another, about as wide as each
other, each ending with its own mark. Before session 12 every line ended a paragraph (short, a
sentence's end) and the poem's first line ran on into the sentence introducing it ("…写道：" ends
with no full stop); the import corpus's zhouxing-shige, 0.57–0.72 paragraph F1 on the text routes.
A stanza is one paragraph (:mod:`wenxian.importer.verse`). The text is written for this test."""

from __future__ import annotations

from tests.importer.helpers import blocks

HEAD = (
    "一、舟中所作\n"
    "    她在舟中写下的诗多记沿途所见，语言平易，少用典故，往往以一两\n"
    "个细节写出旅途的况味。卷一〈晚泊〉写道：\n"
)
POEM = ["春水生时过远汀，", "孤帆一片入烟青。", "篷窗夜夜听风雨，", "不见江头旧驿亭。"]
AFTER = (
    "    诗的前两句写行舟，后两句写夜泊，一动一静，把旅途的孤寂写得十\n"
    "分真切，也可以看出她对声音的敏感。\n"
)


def _paragraphs(text: str) -> list[str]:
    return [body for kind, body in blocks(text) if kind == "p"]


def test_a_stanza_is_one_paragraph_between_the_text_around_it() -> None:
    found = _paragraphs(HEAD + "".join(line + "\n" for line in POEM) + AFTER)
    assert found[1] == "".join(POEM)
    assert found[0].endswith("写道：") and found[2].startswith("诗的前两句") and len(found) == 3


def test_a_stanza_set_in_as_pdftotext_layout_keeps_it() -> None:
    found = _paragraphs(HEAD + "".join(" " * 14 + line + "\n" for line in POEM) + AFTER)
    assert found[1] == "".join(POEM) and len(found) == 3


def test_two_short_lines_set_in_after_a_colon_are_a_couplet() -> None:
    couplet = ["野鹭知人意，沙鸥识旧门。", "归期犹未卜，把酒对晴暾。"]
    found = _paragraphs(HEAD + "".join(line + "\n" for line in couplet) + AFTER)
    assert found[1] == "".join(couplet) and len(found) == 3


def test_two_short_sentences_in_prose_stay_apart() -> None:
    # a paragraph's last line and a one-line paragraph of a width: no colon before them, not set in
    text = (HEAD.replace("写道：", "写的。") + "    旅途也是她读书的时候。\n" + "    夜里她常在灯下读书。\n" + AFTER)
    found = _paragraphs(text)
    assert "旅途也是她读书的时候。" in found and "夜里她常在灯下读书。" in found


def test_a_paragraphs_last_line_as_wide_as_the_poem_stays_with_its_paragraph() -> None:
    # the paragraph's last line, after a wide line running on into it, is as wide as the poem's lines
    head = (
        "一、舟中所作\n"
        "    她在舟中写下的诗多记沿途所见，语言平易，少用典故，往往以一两\n"
        "个细节写出旅途的况味，这种对声音与光线的偏好，与舟中视野受限\n"
        "的处境直接相关。\n"
    )
    poem = ["春水生时过远汀，", "孤帆一片入烟青。", "篷窗夜夜听风雨，", "不见江头旧驿亭。"]
    found = _paragraphs(head + "".join(line + "\n" for line in poem) + AFTER)
    assert found[0].endswith("的处境直接相关。") and found[1] == "".join(poem)


def test_a_lists_short_items_of_a_width_stay_apart() -> None:
    # items under a colon's line, short and about as wide, each ending with a mark: no stanza
    items = ["（1）经营和营销培训；", "（2）统一的客源平台；", "（3）消防改造补助；", "（4）规范的行业标准。"]
    found = _paragraphs(HEAD.replace("写道：", "需要：") + "".join(line + "\n" for line in items) + AFTER)
    assert "".join(items) not in found and items[0] in found


def test_a_statistics_pieces_are_no_stanza() -> None:
    # pdftotext -raw cut a sentence at each figure's font: pieces of a width, ending with a mark
    pieces = ["深静脉血栓 3 例、", "压力性损伤 3 例、", "尿路感染等 2 例。"]
    found = _paragraphs(HEAD.replace("写道：", "其中：") + "".join(line + "\n" for line in pieces) + AFTER)
    assert "".join(pieces).replace(" ", "") not in found
