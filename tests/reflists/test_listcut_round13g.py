"""Round 13g: what the sealed lists ``real-sealed7`` showed about cutting a list (all lines written
here, in the forms those documents print)."""

from __future__ import annotations

from wenxian.refparse.listcut import cut_list


def test_an_appendix_set_before_the_lists_heading_is_no_end_of_it() -> None:
    """A journal that sets its appendices before the references: "Appendix A1: …" above the heading is the
    document's text, not where the list ends (as "Acknowledgement" above it already was)."""
    lines = ["A. One, A. Two and A. Three", "", "Appendix A1: Typesetting a single appendix",
             "Appendices appear before the reference section. To create a single appendix", "",
             "References",
             "Aisa, R., and F. Pueyo (2004) “Endogenous longevity, health and economic",
             "growth: A slow growth for a longer life?,” Economics Bulletin 9, 1–10",
             "Lucas, R. (1990) “Supply-side economics: An analytical review,” Oxford Economic",
             "Papers 42, 293–316."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [7, 9]
    assert cut.items[0].text.startswith("Aisa, R.")
