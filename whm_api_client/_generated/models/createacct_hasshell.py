# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctHasshell = Literal[0, 1]

CREATEACCT_HASSHELL_VALUES: set[CreateacctHasshell] = {
    0,
    1,
}


def check_createacct_hasshell(value: int) -> CreateacctHasshell:
    if value in CREATEACCT_HASSHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_HASSHELL_VALUES!r}")
