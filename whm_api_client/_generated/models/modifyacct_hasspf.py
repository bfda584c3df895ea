# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctHASSPF = Literal[0, 1]

MODIFYACCT_HASSPF_VALUES: set[ModifyacctHASSPF] = {
    0,
    1,
}


def check_modifyacct_hasspf(value: int) -> ModifyacctHASSPF:
    if value in MODIFYACCT_HASSPF_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_HASSPF_VALUES!r}")
