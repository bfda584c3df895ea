# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetLinkdest = Literal[0, 1]

BACKUP_CONFIG_SET_LINKDEST_VALUES: set[BackupConfigSetLinkdest] = {
    0,
    1,
}


def check_backup_config_set_linkdest(value: int) -> BackupConfigSetLinkdest:
    if value in BACKUP_CONFIG_SET_LINKDEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_LINKDEST_VALUES!r}")
