# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkiplinkednodes = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPLINKEDNODES_VALUES: set[StartBackgroundPkgacctSkiplinkednodes] = {
    0,
    1,
}


def check_start_background_pkgacct_skiplinkednodes(value: int) -> StartBackgroundPkgacctSkiplinkednodes:
    if value in START_BACKGROUND_PKGACCT_SKIPLINKEDNODES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPLINKEDNODES_VALUES!r}")
