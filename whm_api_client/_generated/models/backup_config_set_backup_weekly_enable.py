# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetBackupWeeklyEnable = Literal[0, 1]

BACKUP_CONFIG_SET_BACKUP_WEEKLY_ENABLE_VALUES: set[BackupConfigSetBackupWeeklyEnable] = {
    0,
    1,
}


def check_backup_config_set_backup_weekly_enable(value: int) -> BackupConfigSetBackupWeeklyEnable:
    if value in BACKUP_CONFIG_SET_BACKUP_WEEKLY_ENABLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_BACKUP_WEEKLY_ENABLE_VALUES!r}")
