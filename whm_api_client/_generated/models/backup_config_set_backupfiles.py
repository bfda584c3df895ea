# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetBackupfiles = Literal[0, 1]

BACKUP_CONFIG_SET_BACKUPFILES_VALUES: set[BackupConfigSetBackupfiles] = {
    0,
    1,
}


def check_backup_config_set_backupfiles(value: int) -> BackupConfigSetBackupfiles:
    if value in BACKUP_CONFIG_SET_BACKUPFILES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_BACKUPFILES_VALUES!r}")
