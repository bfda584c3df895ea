# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetBackuptype = Literal["compressed", "incremental", "uncompressed"]

BACKUP_CONFIG_SET_BACKUPTYPE_VALUES: set[BackupConfigSetBackuptype] = {
    "compressed",
    "incremental",
    "uncompressed",
}


def check_backup_config_set_backuptype(value: str) -> BackupConfigSetBackuptype:
    if value in BACKUP_CONFIG_SET_BACKUPTYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_BACKUPTYPE_VALUES!r}")
