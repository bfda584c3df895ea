# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetresellerlimitsEnablePackageLimits = Literal[0, 1]

SETRESELLERLIMITS_ENABLE_PACKAGE_LIMITS_VALUES: set[SetresellerlimitsEnablePackageLimits] = {
    0,
    1,
}


def check_setresellerlimits_enable_package_limits(value: int) -> SetresellerlimitsEnablePackageLimits:
    if value in SETRESELLERLIMITS_ENABLE_PACKAGE_LIMITS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETRESELLERLIMITS_ENABLE_PACKAGE_LIMITS_VALUES!r}")
