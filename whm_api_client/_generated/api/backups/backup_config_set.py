# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``backup_config_set``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.backup_config_set_backup_daily_enable import (
        BackupConfigSetBackupDailyEnable,
    )
    from ...models.backup_config_set_backup_monthly_enable import (
        BackupConfigSetBackupMonthlyEnable,
    )
    from ...models.backup_config_set_backup_weekly_enable import (
        BackupConfigSetBackupWeeklyEnable,
    )
    from ...models.backup_config_set_backupbwdata import (
        BackupConfigSetBackupbwdata,
    )
    from ...models.backup_config_set_backupfiles import BackupConfigSetBackupfiles
    from ...models.backup_config_set_backuplogs import BackupConfigSetBackuplogs
    from ...models.backup_config_set_backupsuspendedaccts import (
        BackupConfigSetBackupsuspendedaccts,
    )
    from ...models.backup_config_set_backuptype import BackupConfigSetBackuptype
    from ...models.backup_config_set_check_min_free_space import (
        BackupConfigSetCheckMinFreeSpace,
    )
    from ...models.backup_config_set_force_prune_daily import (
        BackupConfigSetForcePruneDaily,
    )
    from ...models.backup_config_set_force_prune_monthly import (
        BackupConfigSetForcePruneMonthly,
    )
    from ...models.backup_config_set_force_prune_weekly import (
        BackupConfigSetForcePruneWeekly,
    )
    from ...models.backup_config_set_linkdest import BackupConfigSetLinkdest
    from ...models.backup_config_set_localzonesonly import (
        BackupConfigSetLocalzonesonly,
    )
    from ...models.backup_config_set_min_free_space_unit import (
        BackupConfigSetMinFreeSpaceUnit,
    )
    from ...models.backup_config_set_mysqlbackup import BackupConfigSetMysqlbackup
    from ...models.backup_config_set_postbackup import BackupConfigSetPostbackup
    from ...models.backup_config_set_prebackup import BackupConfigSetPrebackup
    from ...models.backup_config_set_psqlbackup import BackupConfigSetPsqlbackup
    from ...types import UNSET, Unset

    pass

FUNCTION = "backup_config_set"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.38"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/backup-settings/backup-backup_config_set.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "backup_daily_enable": ("backup_daily_enable", "BackupConfigSetBackupDailyEnable", False),
    "backup_daily_retention": ("backup_daily_retention", "int", False),
    "backup_monthly_dates": ("backup_monthly_dates", "int", False),
    "backup_monthly_enable": ("backup_monthly_enable", "BackupConfigSetBackupMonthlyEnable", False),
    "backup_monthly_retention": ("backup_monthly_retention", "int", False),
    "backup_weekly_day": ("backup_weekly_day", "int", False),
    "backup_weekly_enable": ("backup_weekly_enable", "BackupConfigSetBackupWeeklyEnable", False),
    "backup_weekly_retention": ("backup_weekly_retention", "int", False),
    "backupaccts": ("backupaccts", "int", False),
    "backupbwdata": ("backupbwdata", "BackupConfigSetBackupbwdata", False),
    "backupdays": ("backupdays", "str", False),
    "backupdir": ("backupdir", "str", False),
    "backupenable": ("backupenable", "int", False),
    "backupfiles": ("backupfiles", "BackupConfigSetBackupfiles", False),
    "backuplogs": ("backuplogs", "BackupConfigSetBackuplogs", False),
    "backupmount": ("backupmount", "int", False),
    "backupsuspendedaccts": ("backupsuspendedaccts", "BackupConfigSetBackupsuspendedaccts", False),
    "backuptype": ("backuptype", "BackupConfigSetBackuptype", False),
    "check_min_free_space": ("check_min_free_space", "BackupConfigSetCheckMinFreeSpace", False),
    "disable_metadata": ("disable_metadata", "int", False),
    "errorthreshhold": ("errorthreshhold", "int", False),
    "force_prune_daily": ("force_prune_daily", "BackupConfigSetForcePruneDaily", False),
    "force_prune_monthly": ("force_prune_monthly", "BackupConfigSetForcePruneMonthly", False),
    "force_prune_weekly": ("force_prune_weekly", "BackupConfigSetForcePruneWeekly", False),
    "gziprsyncopts": ("gziprsyncopts", "str", False),
    "keeplocal": ("keeplocal", "int", False),
    "linkdest": ("linkdest", "BackupConfigSetLinkdest", False),
    "localzonesonly": ("localzonesonly", "BackupConfigSetLocalzonesonly", False),
    "maximum_restore_timeout": ("maximum_restore_timeout", "int", False),
    "maximum_timeout": ("maximum_timeout", "int", False),
    "min_free_space": ("min_free_space", "int", False),
    "min_free_space_unit": ("min_free_space_unit", "BackupConfigSetMinFreeSpaceUnit", False),
    "mysqlbackup": ("mysqlbackup", "BackupConfigSetMysqlbackup", False),
    "postbackup": ("postbackup", "BackupConfigSetPostbackup", False),
    "prebackup": ("prebackup", "BackupConfigSetPrebackup", False),
    "psqlbackup": ("psqlbackup", "BackupConfigSetPsqlbackup", False),
    "remote_restore_staging_dir": ("remote_restore_staging_dir", "str", False),
}


def build_arguments(
    *,
    backup_daily_enable: BackupConfigSetBackupDailyEnable | Unset = UNSET,
    backup_daily_retention: int | Unset = UNSET,
    backup_monthly_dates: int | Unset = UNSET,
    backup_monthly_enable: BackupConfigSetBackupMonthlyEnable | Unset = UNSET,
    backup_monthly_retention: int | Unset = UNSET,
    backup_weekly_day: int | Unset = UNSET,
    backup_weekly_enable: BackupConfigSetBackupWeeklyEnable | Unset = UNSET,
    backup_weekly_retention: int | Unset = UNSET,
    backupaccts: int | Unset = UNSET,
    backupbwdata: BackupConfigSetBackupbwdata | Unset = UNSET,
    backupdays: str | Unset = UNSET,
    backupdir: str | Unset = UNSET,
    backupenable: int | Unset = UNSET,
    backupfiles: BackupConfigSetBackupfiles | Unset = UNSET,
    backuplogs: BackupConfigSetBackuplogs | Unset = UNSET,
    backupmount: int | Unset = UNSET,
    backupsuspendedaccts: BackupConfigSetBackupsuspendedaccts | Unset = UNSET,
    backuptype: BackupConfigSetBackuptype | Unset = UNSET,
    check_min_free_space: BackupConfigSetCheckMinFreeSpace | Unset = UNSET,
    disable_metadata: int | Unset = UNSET,
    errorthreshhold: int | Unset = UNSET,
    force_prune_daily: BackupConfigSetForcePruneDaily | Unset = UNSET,
    force_prune_monthly: BackupConfigSetForcePruneMonthly | Unset = UNSET,
    force_prune_weekly: BackupConfigSetForcePruneWeekly | Unset = UNSET,
    gziprsyncopts: str | Unset = UNSET,
    keeplocal: int | Unset = UNSET,
    linkdest: BackupConfigSetLinkdest | Unset = UNSET,
    localzonesonly: BackupConfigSetLocalzonesonly | Unset = UNSET,
    maximum_restore_timeout: int | Unset = UNSET,
    maximum_timeout: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    min_free_space_unit: BackupConfigSetMinFreeSpaceUnit | Unset = UNSET,
    mysqlbackup: BackupConfigSetMysqlbackup | Unset = UNSET,
    postbackup: BackupConfigSetPostbackup | Unset = UNSET,
    prebackup: BackupConfigSetPrebackup | Unset = UNSET,
    psqlbackup: BackupConfigSetPsqlbackup | Unset = UNSET,
    remote_restore_staging_dir: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_backup_daily_enable: int | Unset = UNSET
    if not isinstance(backup_daily_enable, Unset):
        json_backup_daily_enable = backup_daily_enable

    arguments["backup_daily_enable"] = json_backup_daily_enable
    arguments["backup_daily_retention"] = backup_daily_retention
    arguments["backup_monthly_dates"] = backup_monthly_dates
    json_backup_monthly_enable: int | Unset = UNSET
    if not isinstance(backup_monthly_enable, Unset):
        json_backup_monthly_enable = backup_monthly_enable

    arguments["backup_monthly_enable"] = json_backup_monthly_enable
    arguments["backup_monthly_retention"] = backup_monthly_retention
    arguments["backup_weekly_day"] = backup_weekly_day
    json_backup_weekly_enable: int | Unset = UNSET
    if not isinstance(backup_weekly_enable, Unset):
        json_backup_weekly_enable = backup_weekly_enable

    arguments["backup_weekly_enable"] = json_backup_weekly_enable
    arguments["backup_weekly_retention"] = backup_weekly_retention
    arguments["backupaccts"] = backupaccts
    json_backupbwdata: int | Unset = UNSET
    if not isinstance(backupbwdata, Unset):
        json_backupbwdata = backupbwdata

    arguments["backupbwdata"] = json_backupbwdata
    arguments["backupdays"] = backupdays
    arguments["backupdir"] = backupdir
    arguments["backupenable"] = backupenable
    json_backupfiles: int | Unset = UNSET
    if not isinstance(backupfiles, Unset):
        json_backupfiles = backupfiles

    arguments["backupfiles"] = json_backupfiles
    json_backuplogs: int | Unset = UNSET
    if not isinstance(backuplogs, Unset):
        json_backuplogs = backuplogs

    arguments["backuplogs"] = json_backuplogs
    arguments["backupmount"] = backupmount
    json_backupsuspendedaccts: int | Unset = UNSET
    if not isinstance(backupsuspendedaccts, Unset):
        json_backupsuspendedaccts = backupsuspendedaccts

    arguments["backupsuspendedaccts"] = json_backupsuspendedaccts
    json_backuptype: str | Unset = UNSET
    if not isinstance(backuptype, Unset):
        json_backuptype = backuptype

    arguments["backuptype"] = json_backuptype
    json_check_min_free_space: int | Unset = UNSET
    if not isinstance(check_min_free_space, Unset):
        json_check_min_free_space = check_min_free_space

    arguments["check_min_free_space"] = json_check_min_free_space
    arguments["disable_metadata"] = disable_metadata
    arguments["errorthreshhold"] = errorthreshhold
    json_force_prune_daily: int | Unset = UNSET
    if not isinstance(force_prune_daily, Unset):
        json_force_prune_daily = force_prune_daily

    arguments["force_prune_daily"] = json_force_prune_daily
    json_force_prune_monthly: int | Unset = UNSET
    if not isinstance(force_prune_monthly, Unset):
        json_force_prune_monthly = force_prune_monthly

    arguments["force_prune_monthly"] = json_force_prune_monthly
    json_force_prune_weekly: int | Unset = UNSET
    if not isinstance(force_prune_weekly, Unset):
        json_force_prune_weekly = force_prune_weekly

    arguments["force_prune_weekly"] = json_force_prune_weekly
    arguments["gziprsyncopts"] = gziprsyncopts
    arguments["keeplocal"] = keeplocal
    json_linkdest: int | Unset = UNSET
    if not isinstance(linkdest, Unset):
        json_linkdest = linkdest

    arguments["linkdest"] = json_linkdest
    json_localzonesonly: int | Unset = UNSET
    if not isinstance(localzonesonly, Unset):
        json_localzonesonly = localzonesonly

    arguments["localzonesonly"] = json_localzonesonly
    arguments["maximum_restore_timeout"] = maximum_restore_timeout
    arguments["maximum_timeout"] = maximum_timeout
    arguments["min_free_space"] = min_free_space
    json_min_free_space_unit: str | Unset = UNSET
    if not isinstance(min_free_space_unit, Unset):
        json_min_free_space_unit = min_free_space_unit

    arguments["min_free_space_unit"] = json_min_free_space_unit
    json_mysqlbackup: str | Unset = UNSET
    if not isinstance(mysqlbackup, Unset):
        json_mysqlbackup = mysqlbackup

    arguments["mysqlbackup"] = json_mysqlbackup
    json_postbackup: int | Unset = UNSET
    if not isinstance(postbackup, Unset):
        json_postbackup = postbackup

    arguments["postbackup"] = json_postbackup
    json_prebackup: int | Unset = UNSET
    if not isinstance(prebackup, Unset):
        json_prebackup = prebackup

    arguments["prebackup"] = json_prebackup
    json_psqlbackup: int | Unset = UNSET
    if not isinstance(psqlbackup, Unset):
        json_psqlbackup = psqlbackup

    arguments["psqlbackup"] = json_psqlbackup
    arguments["remote_restore_staging_dir"] = remote_restore_staging_dir

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
