# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetBackuplogs = Literal[0, 1]

BACKUP_CONFIG_SET_BACKUPLOGS_VALUES: set[BackupConfigSetBackuplogs] = {
    0,
    1,
}


def check_backup_config_set_backuplogs(value: int) -> BackupConfigSetBackuplogs:
    if value in BACKUP_CONFIG_SET_BACKUPLOGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_BACKUPLOGS_VALUES!r}")
