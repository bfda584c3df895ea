# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupDestinationAddNoMountFail = Literal[0, 1]

BACKUP_DESTINATION_ADD_NO_MOUNT_FAIL_VALUES: set[BackupDestinationAddNoMountFail] = {
    0,
    1,
}


def check_backup_destination_add_no_mount_fail(value: int) -> BackupDestinationAddNoMountFail:
    if value in BACKUP_DESTINATION_ADD_NO_MOUNT_FAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_DESTINATION_ADD_NO_MOUNT_FAIL_VALUES!r}")
