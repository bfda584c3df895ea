# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctIncremental = Literal[0, 1]

START_BACKGROUND_PKGACCT_INCREMENTAL_VALUES: set[StartBackgroundPkgacctIncremental] = {
    0,
    1,
}


def check_start_background_pkgacct_incremental(value: int) -> StartBackgroundPkgacctIncremental:
    if value in START_BACKGROUND_PKGACCT_INCREMENTAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_INCREMENTAL_VALUES!r}")
