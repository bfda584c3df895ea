# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctOUTGOINGEMAILSUSPENDED = Literal[0, 1]

MASSMODIFYACCT_OUTGOINGEMAILSUSPENDED_VALUES: set[MassmodifyacctOUTGOINGEMAILSUSPENDED] = {
    0,
    1,
}


def check_massmodifyacct_outgoingemailsuspended(value: int) -> MassmodifyacctOUTGOINGEMAILSUSPENDED:
    if value in MASSMODIFYACCT_OUTGOINGEMAILSUSPENDED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_OUTGOINGEMAILSUSPENDED_VALUES!r}")
