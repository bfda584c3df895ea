# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetMysqlbackup = Literal["accounts", "both", "dir"]

BACKUP_CONFIG_SET_MYSQLBACKUP_VALUES: set[BackupConfigSetMysqlbackup] = {
    "accounts",
    "both",
    "dir",
}


def check_backup_config_set_mysqlbackup(value: str) -> BackupConfigSetMysqlbackup:
    if value in BACKUP_CONFIG_SET_MYSQLBACKUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_MYSQLBACKUP_VALUES!r}")
