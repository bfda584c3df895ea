# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupDestinationAddOnlyUsedForLogs = Literal[0, 1]

BACKUP_DESTINATION_ADD_ONLY_USED_FOR_LOGS_VALUES: set[BackupDestinationAddOnlyUsedForLogs] = {
    0,
    1,
}


def check_backup_destination_add_only_used_for_logs(value: int) -> BackupDestinationAddOnlyUsedForLogs:
    if value in BACKUP_DESTINATION_ADD_ONLY_USED_FOR_LOGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_DESTINATION_ADD_ONLY_USED_FOR_LOGS_VALUES!r}")
