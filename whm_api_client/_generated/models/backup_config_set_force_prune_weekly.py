# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetForcePruneWeekly = Literal[0, 1]

BACKUP_CONFIG_SET_FORCE_PRUNE_WEEKLY_VALUES: set[BackupConfigSetForcePruneWeekly] = {
    0,
    1,
}


def check_backup_config_set_force_prune_weekly(value: int) -> BackupConfigSetForcePruneWeekly:
    if value in BACKUP_CONFIG_SET_FORCE_PRUNE_WEEKLY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_FORCE_PRUNE_WEEKLY_VALUES!r}")
