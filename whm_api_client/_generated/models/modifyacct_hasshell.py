# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctHASSHELL = Literal[0, 1]

MODIFYACCT_HASSHELL_VALUES: set[ModifyacctHASSHELL] = {
    0,
    1,
}


def check_modifyacct_hasshell(value: int) -> ModifyacctHASSHELL:
    if value in MODIFYACCT_HASSHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_HASSHELL_VALUES!r}")
