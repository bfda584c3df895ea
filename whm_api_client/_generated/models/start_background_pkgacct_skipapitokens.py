# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkipapitokens = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPAPITOKENS_VALUES: set[StartBackgroundPkgacctSkipapitokens] = {
    0,
    1,
}


def check_start_background_pkgacct_skipapitokens(value: int) -> StartBackgroundPkgacctSkipapitokens:
    if value in START_BACKGROUND_PKGACCT_SKIPAPITOKENS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPAPITOKENS_VALUES!r}")
