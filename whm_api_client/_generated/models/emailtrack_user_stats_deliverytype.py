# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EmailtrackUserStatsDeliverytype = Literal["local", "remote", "remote-or-faildefer"]

EMAILTRACK_USER_STATS_DELIVERYTYPE_VALUES: set[EmailtrackUserStatsDeliverytype] = {
    "local",
    "remote",
    "remote-or-faildefer",
}


def check_emailtrack_user_stats_deliverytype(value: str) -> EmailtrackUserStatsDeliverytype:
    if value in EMAILTRACK_USER_STATS_DELIVERYTYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAILTRACK_USER_STATS_DELIVERYTYPE_VALUES!r}")
