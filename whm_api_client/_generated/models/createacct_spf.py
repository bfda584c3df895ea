# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctSpf = Literal[0, 1]

CREATEACCT_SPF_VALUES: set[CreateacctSpf] = {
    0,
    1,
}


def check_createacct_spf(value: int) -> CreateacctSpf:
    if value in CREATEACCT_SPF_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_SPF_VALUES!r}")
