# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctOUTGOINGEMAILSUSPENDED = Literal[0, 1]

MODIFYACCT_OUTGOINGEMAILSUSPENDED_VALUES: set[ModifyacctOUTGOINGEMAILSUSPENDED] = {
    0,
    1,
}


def check_modifyacct_outgoingemailsuspended(value: int) -> ModifyacctOUTGOINGEMAILSUSPENDED:
    if value in MODIFYACCT_OUTGOINGEMAILSUSPENDED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_OUTGOINGEMAILSUSPENDED_VALUES!r}")
