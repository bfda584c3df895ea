"""Numbers callers pass (seconds, counts), checked where they come in: a
:class:`WhmConfigError` naming the argument, never a TypeError from comparing a string."""

from __future__ import annotations

import math

from .errors import WhmConfigError

__all__ = ["count", "seconds"]


def seconds(name: str, value: object, *, zero: bool = False) -> float:
    """``value`` as seconds: a finite number above 0 (or at least 0 with ``zero``)."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not (value >= 0 if zero else value > 0)
        or not value < math.inf
    ):
        wanted = "0 or more seconds" if zero else "a positive number of seconds"
        raise WhmConfigError(f"{name} must be {wanted}, got {value!r}")
    return float(value)


def count(name: str, value: object, *, least: int = 1) -> int:
    """``value`` as a whole number of at least ``least``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise WhmConfigError(f"{name} must be a whole number of at least {least}, got {value!r}")
    return value
