# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetBackupMonthlyEnable = Literal[0, 1]

BACKUP_CONFIG_SET_BACKUP_MONTHLY_ENABLE_VALUES: set[BackupConfigSetBackupMonthlyEnable] = {
    0,
    1,
}


def check_backup_config_set_backup_monthly_enable(value: int) -> BackupConfigSetBackupMonthlyEnable:
    if value in BACKUP_CONFIG_SET_BACKUP_MONTHLY_ENABLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_BACKUP_MONTHLY_ENABLE_VALUES!r}")
