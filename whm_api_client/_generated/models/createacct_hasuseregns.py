# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctHasuseregns = Literal[0, 1]

CREATEACCT_HASUSEREGNS_VALUES: set[CreateacctHasuseregns] = {
    0,
    1,
}


def check_createacct_hasuseregns(value: int) -> CreateacctHasuseregns:
    if value in CREATEACCT_HASUSEREGNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_HASUSEREGNS_VALUES!r}")
