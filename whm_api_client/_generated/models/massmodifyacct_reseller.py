# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctReseller = Literal[0, 1]

MASSMODIFYACCT_RESELLER_VALUES: set[MassmodifyacctReseller] = {
    0,
    1,
}


def check_massmodifyacct_reseller(value: int) -> MassmodifyacctReseller:
    if value in MASSMODIFYACCT_RESELLER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_RESELLER_VALUES!r}")
