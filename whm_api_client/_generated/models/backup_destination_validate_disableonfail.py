# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupDestinationValidateDisableonfail = Literal[0, 1]

BACKUP_DESTINATION_VALIDATE_DISABLEONFAIL_VALUES: set[BackupDestinationValidateDisableonfail] = {
    0,
    1,
}


def check_backup_destination_validate_disableonfail(value: int) -> BackupDestinationValidateDisableonfail:
    if value in BACKUP_DESTINATION_VALIDATE_DISABLEONFAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_DESTINATION_VALIDATE_DISABLEONFAIL_VALUES!r}")
