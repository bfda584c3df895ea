# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RebootForce = Literal[0, 1]

REBOOT_FORCE_VALUES: set[RebootForce] = {
    0,
    1,
}


def check_reboot_force(value: int) -> RebootForce:
    if value in REBOOT_FORCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REBOOT_FORCE_VALUES!r}")
