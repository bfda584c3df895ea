# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ToggleUserBackupStateLegacy = Literal[0, 1]

TOGGLE_USER_BACKUP_STATE_LEGACY_VALUES: set[ToggleUserBackupStateLegacy] = {
    0,
    1,
}


def check_toggle_user_backup_state_legacy(value: int) -> ToggleUserBackupStateLegacy:
    if value in TOGGLE_USER_BACKUP_STATE_LEGACY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOGGLE_USER_BACKUP_STATE_LEGACY_VALUES!r}")
