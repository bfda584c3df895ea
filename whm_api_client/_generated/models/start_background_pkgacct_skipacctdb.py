# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkipacctdb = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPACCTDB_VALUES: set[StartBackgroundPkgacctSkipacctdb] = {
    0,
    1,
}


def check_start_background_pkgacct_skipacctdb(value: int) -> StartBackgroundPkgacctSkipacctdb:
    if value in START_BACKGROUND_PKGACCT_SKIPACCTDB_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPACCTDB_VALUES!r}")
