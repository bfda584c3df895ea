# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupSkipUsersAllBackupversion = Literal["backup", "legacy"]

BACKUP_SKIP_USERS_ALL_BACKUPVERSION_VALUES: set[BackupSkipUsersAllBackupversion] = {
    "backup",
    "legacy",
}


def check_backup_skip_users_all_backupversion(value: str) -> BackupSkipUsersAllBackupversion:
    if value in BACKUP_SKIP_USERS_ALL_BACKUPVERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_SKIP_USERS_ALL_BACKUPVERSION_VALUES!r}")
