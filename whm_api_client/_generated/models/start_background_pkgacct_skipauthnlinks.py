# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkipauthnlinks = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPAUTHNLINKS_VALUES: set[StartBackgroundPkgacctSkipauthnlinks] = {
    0,
    1,
}


def check_start_background_pkgacct_skipauthnlinks(value: int) -> StartBackgroundPkgacctSkipauthnlinks:
    if value in START_BACKGROUND_PKGACCT_SKIPAUTHNLINKS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPAUTHNLINKS_VALUES!r}")
