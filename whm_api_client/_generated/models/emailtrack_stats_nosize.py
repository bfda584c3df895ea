# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EmailtrackStatsNosize = Literal[0, 1]

EMAILTRACK_STATS_NOSIZE_VALUES: set[EmailtrackStatsNosize] = {
    0,
    1,
}


def check_emailtrack_stats_nosize(value: int) -> EmailtrackStatsNosize:
    if value in EMAILTRACK_STATS_NOSIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAILTRACK_STATS_NOSIZE_VALUES!r}")
