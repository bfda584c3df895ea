# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetLocalzonesonly = Literal[0, 1]

BACKUP_CONFIG_SET_LOCALZONESONLY_VALUES: set[BackupConfigSetLocalzonesonly] = {
    0,
    1,
}


def check_backup_config_set_localzonesonly(value: int) -> BackupConfigSetLocalzonesonly:
    if value in BACKUP_CONFIG_SET_LOCALZONESONLY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_LOCALZONESONLY_VALUES!r}")
