# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctShowpass = Literal["n", "y"]

CREATEACCT_SHOWPASS_VALUES: set[CreateacctShowpass] = {
    "n",
    "y",
}


def check_createacct_showpass(value: str) -> CreateacctShowpass:
    if value in CREATEACCT_SHOWPASS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_SHOWPASS_VALUES!r}")
