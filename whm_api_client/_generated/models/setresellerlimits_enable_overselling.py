# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetresellerlimitsEnableOverselling = Literal[0, 1]

SETRESELLERLIMITS_ENABLE_OVERSELLING_VALUES: set[SetresellerlimitsEnableOverselling] = {
    0,
    1,
}


def check_setresellerlimits_enable_overselling(value: int) -> SetresellerlimitsEnableOverselling:
    if value in SETRESELLERLIMITS_ENABLE_OVERSELLING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETRESELLERLIMITS_ENABLE_OVERSELLING_VALUES!r}")
