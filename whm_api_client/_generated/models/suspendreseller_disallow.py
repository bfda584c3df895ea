# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SuspendresellerDisallow = Literal[0, 1]

SUSPENDRESELLER_DISALLOW_VALUES: set[SuspendresellerDisallow] = {
    0,
    1,
}


def check_suspendreseller_disallow(value: int) -> SuspendresellerDisallow:
    if value in SUSPENDRESELLER_DISALLOW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUSPENDRESELLER_DISALLOW_VALUES!r}")
