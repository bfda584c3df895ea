# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

TerminateresellerTerminatereseller = Literal[0, 1]

TERMINATERESELLER_TERMINATERESELLER_VALUES: set[TerminateresellerTerminatereseller] = {
    0,
    1,
}


def check_terminatereseller_terminatereseller(value: int) -> TerminateresellerTerminatereseller:
    if value in TERMINATERESELLER_TERMINATERESELLER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TERMINATERESELLER_TERMINATERESELLER_VALUES!r}")
