# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EmailtrackSearchDefer = Literal[0, 1]

EMAILTRACK_SEARCH_DEFER_VALUES: set[EmailtrackSearchDefer] = {
    0,
    1,
}


def check_emailtrack_search_defer(value: int) -> EmailtrackSearchDefer:
    if value in EMAILTRACK_SEARCH_DEFER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAILTRACK_SEARCH_DEFER_VALUES!r}")
