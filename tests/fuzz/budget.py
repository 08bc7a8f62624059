"""How hard the fuzz tests try: ``WENXIAN_FUZZ_EXAMPLES`` examples per property.

The normal suite keeps the default small (CI stays fast); ``make fuzz`` sets it
large. Hypothesis' settings for every fuzz property come from here.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

VARIABLE = "WENXIAN_FUZZ_EXAMPLES"
DEFAULT_EXAMPLES = 40


def examples() -> int:
    value = os.environ.get(VARIABLE, "").strip()
    if not value:
        return DEFAULT_EXAMPLES
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"{VARIABLE} must be a positive whole number, not {value!r}")
    return int(value)


def fuzz_settings(share: float = 1.0) -> settings:
    """Settings for one property; ``share`` scales the budget for slow ones."""
    return settings(
        max_examples=max(1, int(examples() * share)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
