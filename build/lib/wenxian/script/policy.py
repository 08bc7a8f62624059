"""What a variant of the site is: its script tag and conversion settings.

Policies are data in ``conf/conf.py`` (``wenxian_script_variants``); this
module reads them into :class:`ScriptPolicy` and refuses bad settings with a
message that names the setting and how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from wenxian.errors import WenxianError

SOURCE_SCRIPT = "zh-Hans"

# OpenCC configurations the project supports (the official bindings' names).
OPENCC_CONFIGS = ("s2t", "s2tw", "s2twp", "s2hk", "s2hkp")

# Segmenters: how the text is cut into words before the one-to-many choice
# (wenxian.script.segmented); None: OpenCC reads the text whole.
SEGMENTERS = ("jieba",)

PREFERENCES_FILE = Path(__file__).parent / "data" / "preferences.tsv"

# The variants a project gets when its conf.py says nothing.
DEFAULT_POLICIES: dict[str, dict[str, Any]] = {
    "zh-Hans": {},
    "zh-Hant": {"characters": "s2tw", "quotes": "「」『』", "segmentation": "jieba"},
    "zh-HK": {"characters": "s2hk", "quotes": "「」『』", "segmentation": "jieba"},
}


@lru_cache(maxsize=1)
def known_preferences() -> dict[str, tuple[tuple[str, str], ...]]:
    """Name → its rewrites, each (what OpenCC writes, what the preference writes), in
    the order of ``data/preferences.tsv`` (a name on several lines has several)."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for line in PREFERENCES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, old, new, *_ = line.split("\t")
            out[name] = out.get(name, ()) + ((old, new),)
    return out

# Autonyms, for the switcher and the landing page.
AUTONYMS = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "zh-HK": "繁體中文（香港）"}


@dataclass(frozen=True)
class ScriptPolicy:
    """How one variant converts the Simplified source.

    ``characters``: OpenCC configuration for character conversion (``None``:
    the variant is the source script, nothing is converted). ``phrases``: an
    OpenCC configuration that also rewrites vocabulary (e.g. ``s2twp``),
    applied only to the authors' own prose — never inside quotations, 《…》
    titles or the bibliography. ``quotes``: four characters replacing
    “ ” ‘ ’, or ``None`` to keep them. ``segmentation``: ``"jieba"`` cuts the
    text into words before the one-to-many choice, so that no phrase is read
    across a word boundary; ``None``: OpenCC reads the text whole.
    ``preferences``: house spellings among those Taiwan accepts either way
    (``data/preferences.tsv``: 計畫, 公布, 分布, 雇 …).
    """

    name: str
    characters: str | None = None
    phrases: str | None = None
    quotes: str | None = None
    segmentation: str | None = None
    preferences: tuple[str, ...] = ()

    @property
    def rewrites(self) -> tuple[tuple[str, str], ...]:
        """(OpenCC's spelling, the house spelling) for each preference."""
        known = known_preferences()
        return tuple(pair for name in self.preferences for pair in known[name])

    @property
    def converts(self) -> bool:
        return self.characters is not None

    @property
    def quote_table(self) -> dict[int, str]:
        if not self.quotes:
            return {}
        return str.maketrans(dict(zip("“”‘’", self.quotes)))


def _opencc_setting(name: str, key: str, value: Any) -> str | None:
    if value is None:
        return None
    if value not in OPENCC_CONFIGS:
        raise WenxianError(
            f"wenxian_script_variants[{name!r}][{key!r}] is {value!r}, not an OpenCC configuration",
            file="conf/conf.py",
            hint=f"use one of: {', '.join(OPENCC_CONFIGS)} (or None)",
        )
    return str(value)


def make_policy(name: str, settings: Mapping[str, Any]) -> ScriptPolicy:
    """A policy from one entry of ``wenxian_script_variants``."""
    unknown = set(settings) - {"characters", "phrases", "quotes", "segmentation", "preferences"}
    if unknown:
        raise WenxianError(
            f"wenxian_script_variants[{name!r}] has unknown settings: {', '.join(sorted(unknown))}",
            file="conf/conf.py",
            hint="a variant knows 'characters', 'phrases', 'quotes', 'segmentation' and 'preferences'",
        )
    segmentation = settings.get("segmentation")
    if segmentation is not None and segmentation not in SEGMENTERS:
        raise WenxianError(
            f"wenxian_script_variants[{name!r}]['segmentation'] is {segmentation!r}",
            file="conf/conf.py",
            hint=f"use one of: {', '.join(SEGMENTERS)} (or None for OpenCC alone)",
        )
    preferences = settings.get("preferences") or ()
    if isinstance(preferences, str) or not all(isinstance(p, str) for p in preferences):
        raise WenxianError(
            f"wenxian_script_variants[{name!r}]['preferences'] must be a list of names",
            file="conf/conf.py",
            hint="for example [\"計畫\", \"公布\", \"分布\", \"雇\"], or [] for OpenCC's spellings",
        )
    missing = [p for p in preferences if p not in known_preferences()]
    if missing:
        raise WenxianError(
            f"wenxian_script_variants[{name!r}]['preferences'] names unknown preferences: {', '.join(missing)}",
            file="conf/conf.py",
            hint=f"choose among: {', '.join(known_preferences())}",
        )
    quotes = settings.get("quotes")
    if quotes is not None and (not isinstance(quotes, str) or len(quotes) != 4):
        raise WenxianError(
            f"wenxian_script_variants[{name!r}]['quotes'] must be four characters (for “ ” ‘ ’)",
            file="conf/conf.py",
            hint="for example \"「」『』\", or None to keep the marks",
        )
    characters = _opencc_setting(name, "characters", settings.get("characters"))
    phrases = _opencc_setting(name, "phrases", settings.get("phrases"))
    if phrases and not characters:
        raise WenxianError(
            f"wenxian_script_variants[{name!r}] has 'phrases' but no 'characters'",
            file="conf/conf.py",
            hint="phrase mode needs a character conversion for quotations and titles, e.g. 's2tw'",
        )
    return ScriptPolicy(
        name=name,
        characters=characters,
        phrases=phrases,
        quotes=quotes,
        segmentation=segmentation if characters else None,
        preferences=tuple(preferences) if characters else (),
    )


def policy_for(name: str, variants: Mapping[str, Mapping[str, Any]] | None = None) -> ScriptPolicy:
    """The policy of variant ``name`` from the configured variants (or the defaults)."""
    table = dict(DEFAULT_POLICIES)
    table.update(variants or {})
    if name not in table:
        raise WenxianError(
            f"unknown script variant {name!r}",
            file="conf/conf.py",
            hint=f"add it to wenxian_script_variants, or choose one of: {', '.join(table)}",
        )
    return make_policy(name, table[name])
