# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupDestinationAddMount = Literal[0, 1]

BACKUP_DESTINATION_ADD_MOUNT_VALUES: set[BackupDestinationAddMount] = {
    0,
    1,
}


def check_backup_destination_add_mount(value: int) -> BackupDestinationAddMount:
    if value in BACKUP_DESTINATION_ADD_MOUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_DESTINATION_ADD_MOUNT_VALUES!r}")
