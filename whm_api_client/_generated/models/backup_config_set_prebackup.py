# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetPrebackup = Literal[0, 1]

BACKUP_CONFIG_SET_PREBACKUP_VALUES: set[BackupConfigSetPrebackup] = {
    0,
    1,
}


def check_backup_config_set_prebackup(value: int) -> BackupConfigSetPrebackup:
    if value in BACKUP_CONFIG_SET_PREBACKUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_PREBACKUP_VALUES!r}")
