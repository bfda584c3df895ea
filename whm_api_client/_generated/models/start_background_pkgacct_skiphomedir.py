# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkiphomedir = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPHOMEDIR_VALUES: set[StartBackgroundPkgacctSkiphomedir] = {
    0,
    1,
}


def check_start_background_pkgacct_skiphomedir(value: int) -> StartBackgroundPkgacctSkiphomedir:
    if value in START_BACKGROUND_PKGACCT_SKIPHOMEDIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPHOMEDIR_VALUES!r}")
