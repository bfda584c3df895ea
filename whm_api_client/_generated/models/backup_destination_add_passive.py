# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupDestinationAddPassive = Literal[0, 1]

BACKUP_DESTINATION_ADD_PASSIVE_VALUES: set[BackupDestinationAddPassive] = {
    0,
    1,
}


def check_backup_destination_add_passive(value: int) -> BackupDestinationAddPassive:
    if value in BACKUP_DESTINATION_ADD_PASSIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_DESTINATION_ADD_PASSIVE_VALUES!r}")
