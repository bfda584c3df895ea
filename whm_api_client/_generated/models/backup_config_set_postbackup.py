# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetPostbackup = Literal[0, 1]

BACKUP_CONFIG_SET_POSTBACKUP_VALUES: set[BackupConfigSetPostbackup] = {
    0,
    1,
}


def check_backup_config_set_postbackup(value: int) -> BackupConfigSetPostbackup:
    if value in BACKUP_CONFIG_SET_POSTBACKUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_POSTBACKUP_VALUES!r}")
