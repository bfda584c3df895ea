# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

DelipSkipifshutdown = Literal[0, 1]

DELIP_SKIPIFSHUTDOWN_VALUES: set[DelipSkipifshutdown] = {
    0,
    1,
}


def check_delip_skipifshutdown(value: int) -> DelipSkipifshutdown:
    if value in DELIP_SKIPIFSHUTDOWN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELIP_SKIPIFSHUTDOWN_VALUES!r}")
