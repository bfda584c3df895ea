# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctReseller = Literal[0, 1]

MODIFYACCT_RESELLER_VALUES: set[ModifyacctReseller] = {
    0,
    1,
}


def check_modifyacct_reseller(value: int) -> ModifyacctReseller:
    if value in MODIFYACCT_RESELLER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_RESELLER_VALUES!r}")
