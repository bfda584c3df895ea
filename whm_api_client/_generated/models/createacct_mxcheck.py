# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctMxcheck = Literal["auto", "local", "remote", "secondary"]

CREATEACCT_MXCHECK_VALUES: set[CreateacctMxcheck] = {
    "auto",
    "local",
    "remote",
    "secondary",
}


def check_createacct_mxcheck(value: str) -> CreateacctMxcheck:
    if value in CREATEACCT_MXCHECK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_MXCHECK_VALUES!r}")
