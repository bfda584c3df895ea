# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EmailtrackStatsNosuccess = Literal[0, 1]

EMAILTRACK_STATS_NOSUCCESS_VALUES: set[EmailtrackStatsNosuccess] = {
    0,
    1,
}


def check_emailtrack_stats_nosuccess(value: int) -> EmailtrackStatsNosuccess:
    if value in EMAILTRACK_STATS_NOSUCCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAILTRACK_STATS_NOSUCCESS_VALUES!r}")
