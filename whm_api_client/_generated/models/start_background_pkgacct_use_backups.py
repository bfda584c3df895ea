# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctUseBackups = Literal[0, 1]

START_BACKGROUND_PKGACCT_USE_BACKUPS_VALUES: set[StartBackgroundPkgacctUseBackups] = {
    0,
    1,
}


def check_start_background_pkgacct_use_backups(value: int) -> StartBackgroundPkgacctUseBackups:
    if value in START_BACKGROUND_PKGACCT_USE_BACKUPS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_USE_BACKUPS_VALUES!r}")
