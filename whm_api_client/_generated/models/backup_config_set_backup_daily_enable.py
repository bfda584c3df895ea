# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetBackupDailyEnable = Literal[0, 1]

BACKUP_CONFIG_SET_BACKUP_DAILY_ENABLE_VALUES: set[BackupConfigSetBackupDailyEnable] = {
    0,
    1,
}


def check_backup_config_set_backup_daily_enable(value: int) -> BackupConfigSetBackupDailyEnable:
    if value in BACKUP_CONFIG_SET_BACKUP_DAILY_ENABLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_BACKUP_DAILY_ENABLE_VALUES!r}")
