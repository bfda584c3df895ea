# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkiplogs = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPLOGS_VALUES: set[StartBackgroundPkgacctSkiplogs] = {
    0,
    1,
}


def check_start_background_pkgacct_skiplogs(value: int) -> StartBackgroundPkgacctSkiplogs:
    if value in START_BACKGROUND_PKGACCT_SKIPLOGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPLOGS_VALUES!r}")
