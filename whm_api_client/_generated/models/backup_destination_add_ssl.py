# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupDestinationAddSsl = Literal[0, 1]

BACKUP_DESTINATION_ADD_SSL_VALUES: set[BackupDestinationAddSsl] = {
    0,
    1,
}


def check_backup_destination_add_ssl(value: int) -> BackupDestinationAddSsl:
    if value in BACKUP_DESTINATION_ADD_SSL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_DESTINATION_ADD_SSL_VALUES!r}")
