# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkipdnszones = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPDNSZONES_VALUES: set[StartBackgroundPkgacctSkipdnszones] = {
    0,
    1,
}


def check_start_background_pkgacct_skipdnszones(value: int) -> StartBackgroundPkgacctSkipdnszones:
    if value in START_BACKGROUND_PKGACCT_SKIPDNSZONES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPDNSZONES_VALUES!r}")
