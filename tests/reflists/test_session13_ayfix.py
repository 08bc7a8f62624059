"""Session 13's fix round on the author-year part ``sealed9``: what it showed, each by its rule. The lines
are written for these tests (no copies of the part's texts)."""

from __future__ import annotations

from wenxian.importer import read_text

from tests.reflists.helpers import linked_places

# A GB/T author-year list whose Chinese entries carry their English translation in brackets on the same
# line, English entries between them (geography and ecology journals print it so).
BRACKETED = [
    "张明, 2015. 城市水体的降温效应[J]. 生态学报, 35(4): 100-110. [Zhang M, 2015. Cooling effect of urban "
    "water bodies. Acta Ecologica Sinica, 35(4): 100-110.]",
    "Smith J, Brown K, 2016. Parks and heat[J]. Urban Climate, 12(2): 30-41.",
    "赵丽, 2018a. 绿道的热环境[J]. 地理研究, 37(1): 1-9. [Zhao L, 2018a. Thermal environment of greenways. "
    "Geographical Research, 37(1): 1-9.]",
    "赵丽, 2018b. 街区形态与降温[J]. 地理学报, 73(2): 10-19. [Zhao L, 2018b. Block form and cooling. "
    "Acta Geographica Sinica, 73(2): 10-19.]",
    "Young M, 2019. Heat islands revisited[J]. Remote Sensing, 8(3): 5-15.",
]


def test_a_bracketed_translation_ends_its_entry() -> None:
    """An entry that ends with its English translation in brackets ("…100-110.]") is finished: the next
    line opens an entry, an English one as well as a Chinese one (before, each such entry swallowed the
    one after it, and the English works' authors were lost)."""
    raw = ("城市\n\n一、引言\n\nSmith 等 (2016) 与 Young (2019) 发现水体降温（张明, 2015; 赵丽, 2018b）。\n\n参考文献\n\n"
           + "\n\n".join(BRACKETED) + "\n")
    assert len(read_text(raw).references) == 5
    assert linked_places(raw) == [("Smith 等 (2016)", [1]), ("Young (2019)", [4]), ("（张明, 2015; 赵丽, 2018b）", [0, 3])]
