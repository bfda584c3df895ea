# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkipresellerconfig = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPRESELLERCONFIG_VALUES: set[StartBackgroundPkgacctSkipresellerconfig] = {
    0,
    1,
}


def check_start_background_pkgacct_skipresellerconfig(value: int) -> StartBackgroundPkgacctSkipresellerconfig:
    if value in START_BACKGROUND_PKGACCT_SKIPRESELLERCONFIG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPRESELLERCONFIG_VALUES!r}"
    )
