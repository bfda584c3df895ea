# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkipshell = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPSHELL_VALUES: set[StartBackgroundPkgacctSkipshell] = {
    0,
    1,
}


def check_start_background_pkgacct_skipshell(value: int) -> StartBackgroundPkgacctSkipshell:
    if value in START_BACKGROUND_PKGACCT_SKIPSHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPSHELL_VALUES!r}")
