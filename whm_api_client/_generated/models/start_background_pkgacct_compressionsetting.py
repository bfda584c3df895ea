# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctCompressionsetting = Literal["compress"]

START_BACKGROUND_PKGACCT_COMPRESSIONSETTING_VALUES: set[StartBackgroundPkgacctCompressionsetting] = {
    "compress",
}


def check_start_background_pkgacct_compressionsetting(value: str) -> StartBackgroundPkgacctCompressionsetting:
    if value in START_BACKGROUND_PKGACCT_COMPRESSIONSETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_COMPRESSIONSETTING_VALUES!r}"
    )
