# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EmailtrackStatsDeliverytype = Literal["local", "remote", "remote-or-faildefer"]

EMAILTRACK_STATS_DELIVERYTYPE_VALUES: set[EmailtrackStatsDeliverytype] = {
    "local",
    "remote",
    "remote-or-faildefer",
}


def check_emailtrack_stats_deliverytype(value: str) -> EmailtrackStatsDeliverytype:
    if value in EMAILTRACK_STATS_DELIVERYTYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAILTRACK_STATS_DELIVERYTYPE_VALUES!r}")
