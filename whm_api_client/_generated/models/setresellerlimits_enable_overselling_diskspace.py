# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetresellerlimitsEnableOversellingDiskspace = Literal[0, 1]

SETRESELLERLIMITS_ENABLE_OVERSELLING_DISKSPACE_VALUES: set[SetresellerlimitsEnableOversellingDiskspace] = {
    0,
    1,
}


def check_setresellerlimits_enable_overselling_diskspace(value: int) -> SetresellerlimitsEnableOversellingDiskspace:
    if value in SETRESELLERLIMITS_ENABLE_OVERSELLING_DISKSPACE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SETRESELLERLIMITS_ENABLE_OVERSELLING_DISKSPACE_VALUES!r}"
    )
