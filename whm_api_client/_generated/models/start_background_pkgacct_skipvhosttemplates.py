# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkipvhosttemplates = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPVHOSTTEMPLATES_VALUES: set[StartBackgroundPkgacctSkipvhosttemplates] = {
    0,
    1,
}


def check_start_background_pkgacct_skipvhosttemplates(value: int) -> StartBackgroundPkgacctSkipvhosttemplates:
    if value in START_BACKGROUND_PKGACCT_SKIPVHOSTTEMPLATES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPVHOSTTEMPLATES_VALUES!r}"
    )
