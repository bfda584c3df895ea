# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctHASDKIM = Literal[0, 1]

MASSMODIFYACCT_HASDKIM_VALUES: set[MassmodifyacctHASDKIM] = {
    0,
    1,
}


def check_massmodifyacct_hasdkim(value: int) -> MassmodifyacctHASDKIM:
    if value in MASSMODIFYACCT_HASDKIM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_HASDKIM_VALUES!r}")
