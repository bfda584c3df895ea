# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupConfigSetForcePruneMonthly = Literal[0, 1]

BACKUP_CONFIG_SET_FORCE_PRUNE_MONTHLY_VALUES: set[BackupConfigSetForcePruneMonthly] = {
    0,
    1,
}


def check_backup_config_set_force_prune_monthly(value: int) -> BackupConfigSetForcePruneMonthly:
    if value in BACKUP_CONFIG_SET_FORCE_PRUNE_MONTHLY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_CONFIG_SET_FORCE_PRUNE_MONTHLY_VALUES!r}")
