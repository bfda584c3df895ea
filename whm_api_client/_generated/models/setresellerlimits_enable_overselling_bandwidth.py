# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetresellerlimitsEnableOversellingBandwidth = Literal[0, 1]

SETRESELLERLIMITS_ENABLE_OVERSELLING_BANDWIDTH_VALUES: set[SetresellerlimitsEnableOversellingBandwidth] = {
    0,
    1,
}


def check_setresellerlimits_enable_overselling_bandwidth(value: int) -> SetresellerlimitsEnableOversellingBandwidth:
    if value in SETRESELLERLIMITS_ENABLE_OVERSELLING_BANDWIDTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SETRESELLERLIMITS_ENABLE_OVERSELLING_BANDWIDTH_VALUES!r}"
    )
