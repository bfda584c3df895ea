# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

UnsuspendresellerResellerOnly = Literal[0, 1]

UNSUSPENDRESELLER_RESELLER_ONLY_VALUES: set[UnsuspendresellerResellerOnly] = {
    0,
    1,
}


def check_unsuspendreseller_reseller_only(value: int) -> UnsuspendresellerResellerOnly:
    if value in UNSUSPENDRESELLER_RESELLER_ONLY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNSUSPENDRESELLER_RESELLER_ONLY_VALUES!r}")
