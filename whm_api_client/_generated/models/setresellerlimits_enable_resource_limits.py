# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetresellerlimitsEnableResourceLimits = Literal[0, 1]

SETRESELLERLIMITS_ENABLE_RESOURCE_LIMITS_VALUES: set[SetresellerlimitsEnableResourceLimits] = {
    0,
    1,
}


def check_setresellerlimits_enable_resource_limits(value: int) -> SetresellerlimitsEnableResourceLimits:
    if value in SETRESELLERLIMITS_ENABLE_RESOURCE_LIMITS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETRESELLERLIMITS_ENABLE_RESOURCE_LIMITS_VALUES!r}")
