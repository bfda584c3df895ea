# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetCheckMinFreeSpace = Literal[0, 1]

BACKUP_CONFIG_SET_CHECK_MIN_FREE_SPACE_VALUES: set[BackupConfigSetCheckMinFreeSpace] = {
    0,
    1,
}


def check_backup_config_set_check_min_free_space(value: int) -> BackupConfigSetCheckMinFreeSpace:
    if value in BACKUP_CONFIG_SET_CHECK_MIN_FREE_SPACE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_CHECK_MIN_FREE_SPACE_VALUES!r}")
