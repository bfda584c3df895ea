# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetMinFreeSpaceUnit = Literal["MB", "percent"]

BACKUP_CONFIG_SET_MIN_FREE_SPACE_UNIT_VALUES: set[BackupConfigSetMinFreeSpaceUnit] = {
    "MB",
    "percent",
}


def check_backup_config_set_min_free_space_unit(value: str) -> BackupConfigSetMinFreeSpaceUnit:
    if value in BACKUP_CONFIG_SET_MIN_FREE_SPACE_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_MIN_FREE_SPACE_UNIT_VALUES!r}")
