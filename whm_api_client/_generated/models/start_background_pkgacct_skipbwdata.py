# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkipbwdata = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPBWDATA_VALUES: set[StartBackgroundPkgacctSkipbwdata] = {
    0,
    1,
}


def check_start_background_pkgacct_skipbwdata(value: int) -> StartBackgroundPkgacctSkipbwdata:
    if value in START_BACKGROUND_PKGACCT_SKIPBWDATA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPBWDATA_VALUES!r}")
