# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetupresellerMakeowner = Literal[0, 1]

SETUPRESELLER_MAKEOWNER_VALUES: set[SetupresellerMakeowner] = {
    0,
    1,
}


def check_setupreseller_makeowner(value: int) -> SetupresellerMakeowner:
    if value in SETUPRESELLER_MAKEOWNER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETUPRESELLER_MAKEOWNER_VALUES!r}")
