# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctLowPriority = Literal[0, 1]

START_BACKGROUND_PKGACCT_LOW_PRIORITY_VALUES: set[StartBackgroundPkgacctLowPriority] = {
    0,
    1,
}


def check_start_background_pkgacct_low_priority(value: int) -> StartBackgroundPkgacctLowPriority:
    if value in START_BACKGROUND_PKGACCT_LOW_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_LOW_PRIORITY_VALUES!r}")
