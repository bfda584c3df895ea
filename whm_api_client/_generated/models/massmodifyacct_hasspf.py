# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctHASSPF = Literal[0, 1]

MASSMODIFYACCT_HASSPF_VALUES: set[MassmodifyacctHASSPF] = {
    0,
    1,
}


def check_massmodifyacct_hasspf(value: int) -> MassmodifyacctHASSPF:
    if value in MASSMODIFYACCT_HASSPF_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_HASSPF_VALUES!r}")
