# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupDestinationAddAuthtype = Literal["key", "password"]

BACKUP_DESTINATION_ADD_AUTHTYPE_VALUES: set[BackupDestinationAddAuthtype] = {
    "key",
    "password",
}


def check_backup_destination_add_authtype(value: str) -> BackupDestinationAddAuthtype:
    if value in BACKUP_DESTINATION_ADD_AUTHTYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_DESTINATION_ADD_AUTHTYPE_VALUES!r}")
