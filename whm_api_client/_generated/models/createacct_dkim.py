# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctDkim = Literal[0, 1]

CREATEACCT_DKIM_VALUES: set[CreateacctDkim] = {
    0,
    1,
}


def check_createacct_dkim(value: int) -> CreateacctDkim:
    if value in CREATEACCT_DKIM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_DKIM_VALUES!r}")
