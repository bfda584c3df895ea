# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctOwnerself = Literal[0, 1]

CREATEACCT_OWNERSELF_VALUES: set[CreateacctOwnerself] = {
    0,
    1,
}


def check_createacct_ownerself(value: int) -> CreateacctOwnerself:
    if value in CREATEACCT_OWNERSELF_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_OWNERSELF_VALUES!r}")
