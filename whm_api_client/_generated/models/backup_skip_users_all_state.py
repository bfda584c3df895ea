# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupSkipUsersAllState = Literal[0, 1]

BACKUP_SKIP_USERS_ALL_STATE_VALUES: set[BackupSkipUsersAllState] = {
    0,
    1,
}


def check_backup_skip_users_all_state(value: int) -> BackupSkipUsersAllState:
    if value in BACKUP_SKIP_USERS_ALL_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_SKIP_USERS_ALL_STATE_VALUES!r}")
