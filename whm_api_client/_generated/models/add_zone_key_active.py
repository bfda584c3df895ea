# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

AddZoneKeyActive = Literal[0, 1]

ADD_ZONE_KEY_ACTIVE_VALUES: set[AddZoneKeyActive] = {
    0,
    1,
}


def check_add_zone_key_active(value: int) -> AddZoneKeyActive:
    if value in ADD_ZONE_KEY_ACTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_ZONE_KEY_ACTIVE_VALUES!r}")
