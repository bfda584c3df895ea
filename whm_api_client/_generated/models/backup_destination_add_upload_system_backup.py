# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupDestinationAddUploadSystemBackup = Literal[0, 1]

BACKUP_DESTINATION_ADD_UPLOAD_SYSTEM_BACKUP_VALUES: set[BackupDestinationAddUploadSystemBackup] = {
    0,
    1,
}


def check_backup_destination_add_upload_system_backup(value: int) -> BackupDestinationAddUploadSystemBackup:
    if value in BACKUP_DESTINATION_ADD_UPLOAD_SYSTEM_BACKUP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BACKUP_DESTINATION_ADD_UPLOAD_SYSTEM_BACKUP_VALUES!r}"
    )
