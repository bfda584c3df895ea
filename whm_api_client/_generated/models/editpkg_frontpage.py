# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EditpkgFrontpage = Literal[0, 1]

EDITPKG_FRONTPAGE_VALUES: set[EditpkgFrontpage] = {
    0,
    1,
}


def check_editpkg_frontpage(value: int) -> EditpkgFrontpage:
    if value in EDITPKG_FRONTPAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDITPKG_FRONTPAGE_VALUES!r}")
