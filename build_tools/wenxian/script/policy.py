"""What a variant of the site is: its script tag and conversion settings.

Policies are data in ``conf/conf.py`` (``wenxian_script_variants``); this
module reads them into :class:`ScriptPolicy` and refuses bad settings with a
message that names the setting and how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from wenxian.errors import WenxianError

SOURCE_SCRIPT = "zh-Hans"

# OpenCC configurations the project supports (the official bindings' names).
OPENCC_CONFIGS = ("s2t", "s2tw", "s2twp", "s2hk", "s2hkp")

# The variants a project gets when its conf.py says nothing.
DEFAULT_POLICIES: dict[str, dict[str, Any]] = {
    "zh-Hans": {},
    "zh-Hant": {"characters": "s2tw", "quotes": "「」『』"},
    "zh-HK": {"characters": "s2hk", "quotes": "「」『』"},
}

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
    “ ” ‘ ’, or ``None`` to keep them.
    """

    name: str
    characters: str | None = None
    phrases: str | None = None
    quotes: str | None = None

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
    unknown = set(settings) - {"characters", "phrases", "quotes"}
    if unknown:
        raise WenxianError(
            f"wenxian_script_variants[{name!r}] has unknown settings: {', '.join(sorted(unknown))}",
            file="conf/conf.py",
            hint="a variant knows 'characters', 'phrases' and 'quotes'",
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
    return ScriptPolicy(name=name, characters=characters, phrases=phrases, quotes=quotes)


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
