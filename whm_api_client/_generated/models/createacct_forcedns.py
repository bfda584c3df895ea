# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctForcedns = Literal[0, 1]

CREATEACCT_FORCEDNS_VALUES: set[CreateacctForcedns] = {
    0,
    1,
}


def check_createacct_forcedns(value: int) -> CreateacctForcedns:
    if value in CREATEACCT_FORCEDNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_FORCEDNS_VALUES!r}")
