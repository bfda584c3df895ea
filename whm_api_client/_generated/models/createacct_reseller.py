# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctReseller = Literal[0, 1]

CREATEACCT_RESELLER_VALUES: set[CreateacctReseller] = {
    0,
    1,
}


def check_createacct_reseller(value: int) -> CreateacctReseller:
    if value in CREATEACCT_RESELLER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_RESELLER_VALUES!r}")
