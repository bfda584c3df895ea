# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EditpkgHasshell = Literal[0, 1]

EDITPKG_HASSHELL_VALUES: set[EditpkgHasshell] = {
    0,
    1,
}


def check_editpkg_hasshell(value: int) -> EditpkgHasshell:
    if value in EDITPKG_HASSHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDITPKG_HASSHELL_VALUES!r}")
