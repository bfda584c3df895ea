# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetTierTier = Literal["current", "edge", "lts", "release", "stable"]

SET_TIER_TIER_VALUES: set[SetTierTier] = {
    "current",
    "edge",
    "lts",
    "release",
    "stable",
}


def check_set_tier_tier(value: str) -> SetTierTier:
    if value in SET_TIER_TIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_TIER_TIER_VALUES!r}")
