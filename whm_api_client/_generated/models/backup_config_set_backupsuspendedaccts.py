# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetBackupsuspendedaccts = Literal[0, 1]

BACKUP_CONFIG_SET_BACKUPSUSPENDEDACCTS_VALUES: set[BackupConfigSetBackupsuspendedaccts] = {
    0,
    1,
}


def check_backup_config_set_backupsuspendedaccts(value: int) -> BackupConfigSetBackupsuspendedaccts:
    if value in BACKUP_CONFIG_SET_BACKUPSUSPENDEDACCTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_BACKUPSUSPENDEDACCTS_VALUES!r}")
