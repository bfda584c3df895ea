# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

Ipv6RangeAddEnabled = Literal[0, 1]

IPV_6_RANGE_ADD_ENABLED_VALUES: set[Ipv6RangeAddEnabled] = {
    0,
    1,
}


def check_ipv_6_range_add_enabled(value: int) -> Ipv6RangeAddEnabled:
    if value in IPV_6_RANGE_ADD_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IPV_6_RANGE_ADD_ENABLED_VALUES!r}")
