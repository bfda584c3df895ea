# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

AddpkgFrontpage = Literal[0, 1]

ADDPKG_FRONTPAGE_VALUES: set[AddpkgFrontpage] = {
    0,
    1,
}


def check_addpkg_frontpage(value: int) -> AddpkgFrontpage:
    if value in ADDPKG_FRONTPAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADDPKG_FRONTPAGE_VALUES!r}")
