# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

AddpkgHasshell = Literal[0, 1]

ADDPKG_HASSHELL_VALUES: set[AddpkgHasshell] = {
    0,
    1,
}


def check_addpkg_hasshell(value: int) -> AddpkgHasshell:
    if value in ADDPKG_HASSHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADDPKG_HASSHELL_VALUES!r}")
