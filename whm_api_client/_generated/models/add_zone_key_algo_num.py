# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

AddZoneKeyAlgoNum = Literal[5, 6, 7, 8, 13, 14]

ADD_ZONE_KEY_ALGO_NUM_VALUES: set[AddZoneKeyAlgoNum] = {
    5,
    6,
    7,
    8,
    13,
    14,
}


def check_add_zone_key_algo_num(value: int) -> AddZoneKeyAlgoNum:
    if value in ADD_ZONE_KEY_ALGO_NUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_ZONE_KEY_ALGO_NUM_VALUES!r}")
