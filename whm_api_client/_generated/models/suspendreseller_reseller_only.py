# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SuspendresellerResellerOnly = Literal[0, 1]

SUSPENDRESELLER_RESELLER_ONLY_VALUES: set[SuspendresellerResellerOnly] = {
    0,
    1,
}


def check_suspendreseller_reseller_only(value: int) -> SuspendresellerResellerOnly:
    if value in SUSPENDRESELLER_RESELLER_ONLY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUSPENDRESELLER_RESELLER_ONLY_VALUES!r}")
