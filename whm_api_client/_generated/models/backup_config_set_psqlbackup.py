# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetPsqlbackup = Literal[0, 1]

BACKUP_CONFIG_SET_PSQLBACKUP_VALUES: set[BackupConfigSetPsqlbackup] = {
    0,
    1,
}


def check_backup_config_set_psqlbackup(value: int) -> BackupConfigSetPsqlbackup:
    if value in BACKUP_CONFIG_SET_PSQLBACKUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_PSQLBACKUP_VALUES!r}")
