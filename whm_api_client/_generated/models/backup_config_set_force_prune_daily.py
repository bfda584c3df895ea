# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetForcePruneDaily = Literal[0, 1]

BACKUP_CONFIG_SET_FORCE_PRUNE_DAILY_VALUES: set[BackupConfigSetForcePruneDaily] = {
    0,
    1,
}


def check_backup_config_set_force_prune_daily(value: int) -> BackupConfigSetForcePruneDaily:
    if value in BACKUP_CONFIG_SET_FORCE_PRUNE_DAILY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_FORCE_PRUNE_DAILY_VALUES!r}")
