# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupDestinationAddDisabled = Literal[0, 1]

BACKUP_DESTINATION_ADD_DISABLED_VALUES: set[BackupDestinationAddDisabled] = {
    0,
    1,
}


def check_backup_destination_add_disabled(value: int) -> BackupDestinationAddDisabled:
    if value in BACKUP_DESTINATION_ADD_DISABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_DESTINATION_ADD_DISABLED_VALUES!r}")
