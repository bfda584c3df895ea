# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctHASDKIM = Literal[0, 1]

MODIFYACCT_HASDKIM_VALUES: set[ModifyacctHASDKIM] = {
    0,
    1,
}


def check_modifyacct_hasdkim(value: int) -> ModifyacctHASDKIM:
    if value in MODIFYACCT_HASDKIM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_HASDKIM_VALUES!r}")
