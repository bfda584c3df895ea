# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctUseregns = Literal[0, 1]

CREATEACCT_USEREGNS_VALUES: set[CreateacctUseregns] = {
    0,
    1,
}


def check_createacct_useregns(value: int) -> CreateacctUseregns:
    if value in CREATEACCT_USEREGNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_USEREGNS_VALUES!r}")
