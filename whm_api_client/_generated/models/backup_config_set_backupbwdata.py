# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetBackupbwdata = Literal[0, 1]

BACKUP_CONFIG_SET_BACKUPBWDATA_VALUES: set[BackupConfigSetBackupbwdata] = {
    0,
    1,
}


def check_backup_config_set_backupbwdata(value: int) -> BackupConfigSetBackupbwdata:
    if value in BACKUP_CONFIG_SET_BACKUPBWDATA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_BACKUPBWDATA_VALUES!r}")
