# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSplit = Literal[0, 1]

START_BACKGROUND_PKGACCT_SPLIT_VALUES: set[StartBackgroundPkgacctSplit] = {
    0,
    1,
}


def check_start_background_pkgacct_split(value: int) -> StartBackgroundPkgacctSplit:
    if value in START_BACKGROUND_PKGACCT_SPLIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SPLIT_VALUES!r}")
