# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkipdnssec = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPDNSSEC_VALUES: set[StartBackgroundPkgacctSkipdnssec] = {
    0,
    1,
}


def check_start_background_pkgacct_skipdnssec(value: int) -> StartBackgroundPkgacctSkipdnssec:
    if value in START_BACKGROUND_PKGACCT_SKIPDNSSEC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPDNSSEC_VALUES!r}")
