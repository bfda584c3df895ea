# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctSavepkg = Literal[0, 1]

CREATEACCT_SAVEPKG_VALUES: set[CreateacctSavepkg] = {
    0,
    1,
}


def check_createacct_savepkg(value: int) -> CreateacctSavepkg:
    if value in CREATEACCT_SAVEPKG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_SAVEPKG_VALUES!r}")
