# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctHASSHELL = Literal[0, 1]

MASSMODIFYACCT_HASSHELL_VALUES: set[MassmodifyacctHASSHELL] = {
    0,
    1,
}


def check_massmodifyacct_hasshell(value: int) -> MassmodifyacctHASSHELL:
    if value in MASSMODIFYACCT_HASSHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_HASSHELL_VALUES!r}")
