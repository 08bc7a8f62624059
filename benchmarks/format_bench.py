"""Formatting throughput of the GB/T 7714 styles, with pybtex's ``unsrt`` as baseline.

Generates a 2,000-entry bibliography from the standards' examples
(tests/data/gbt7714/*.bib), varied (keys, years, titles, pages, author order),
keeps the entries pybtex's stock ``unsrt`` can also format (it knows fewer
types and needs more fields), and formats the same entries with both styles
to plain text. Prints entries/second for each and the ratio; the first pass
is cold (empty caches), the best of the following passes warm.

    python benchmarks/format_bench.py [--entries 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import pybtex.plugin
from pybtex.database import BibliographyData, Entry, Person, parse_file

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "gbt7714"


def _seed_entries() -> list[Entry]:
    entries = []
    for edition in ("2015", "2025"):
        bib = parse_file(str(DATA / f"gbt7714-{edition}-examples.bib"))
        entries.extend(e for e in bib.entries.values() if "title" in e.fields)
    return entries


def _vary(entry: Entry, n: int, rng: random.Random) -> Entry:
    fields = dict(entry.fields)
    fields["title"] = f"{fields['title']} {n}"
    if "year" in fields and fields["year"][:4].isdigit():
        fields["year"] = str(1950 + rng.randrange(75))
    if "pages" in fields:
        start = rng.randrange(1, 900)
        fields["pages"] = f"{start}--{start + rng.randrange(1, 40)}"
    persons = {role: list(people) for role, people in entry.persons.items()}
    for people in persons.values():
        rng.shuffle(people)
        people.append(Person(last=f"Extra{n % 97}", first="A. B."))
    return Entry(entry.type, fields=fields, persons=persons)


def _unsrt_can_format(style, entry: Entry) -> bool:
    try:
        list(style.format_entries([entry]))
    except Exception:  # noqa: BLE001 - unsrt raises on unknown types and missing fields
        return False
    return True


def generate(count: int, seed: int = 7714) -> BibliographyData:
    """``count`` varied entries that both styles can format."""
    rng = random.Random(seed)
    unsrt = pybtex.plugin.find_plugin("pybtex.style.formatting", "unsrt")()
    usable = [e for e in _seed_entries() if _unsrt_can_format(unsrt, e)]
    bib = BibliographyData()
    for n in range(count):
        base = usable[n % len(usable)]
        entry = _vary(base, n, rng)
        entry.key = f"e{n:05d}"
        bib.add_entry(entry.key, entry)
    return bib


def _run(style_name: str, entries: list[Entry]) -> float:
    style = pybtex.plugin.find_plugin("pybtex.style.formatting", style_name)()
    # One backend for the whole run: render_as() would look it up per entry.
    backend = pybtex.plugin.find_plugin("pybtex.backends", "text")()
    start = time.perf_counter()
    for formatted in style.format_entries(entries):
        formatted.text.render(backend)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    bib = generate(args.entries)
    entries = list(bib.entries.values())
    types = sorted({e.type for e in entries})
    print(f"{len(entries)} entries generated from the GB/T 7714 examples ({len(types)} types)")
    results = {}
    for name in ("unsrt", "gbt7714-2015", "gbt7714-2025", "gbt7714-2025-ay"):
        times = [_run(name, entries) for _ in range(args.repeat + 1)]
        results[name] = (times[0], min(times[1:]))
    base_cold, base_warm = results["unsrt"]
    print(f"{'style':<18}{'cold entries/s':>16}{'warm entries/s':>16}{'warm vs unsrt':>15}")
    for name, (cold, warm) in results.items():
        print(f"{name:<18}{len(entries) / cold:>16,.0f}{len(entries) / warm:>16,.0f}"
              f"{base_warm / warm:>14.2f}x")


if __name__ == "__main__":
    main()
