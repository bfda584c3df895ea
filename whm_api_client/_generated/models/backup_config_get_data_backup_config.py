# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="BackupConfigGetDataBackupConfig")
_new_instance = object.__new__


@_attrs_define
class BackupConfigGetDataBackupConfig:
    """
    Attributes:
        backup_daily_enable (int | Unset):
        backup_daily_retention (int | Unset):
        backup_monthly_dates (str | Unset):
        backup_monthly_enable (int | Unset):
        backup_monthly_retention (int | Unset):
        backup_weekly_day (str | Unset):
        backup_weekly_enable (int | Unset):
        backup_weekly_retention (int | Unset):
        backupaccts (int | Unset):
        backupbwdata (int | Unset):
        backupdays (str | Unset):
        backupdir (str | Unset):
        backupenable (int | Unset):
        backupfiles (int | Unset):
        backuplogs (int | Unset):
        backupmount (int | Unset):
        backupsuspendedaccounts (int | Unset):
        backuptype (str | Unset):
        check_min_free_space (int | Unset):
        disable_metadata (int | Unset):
        errorthreshhold (int | Unset):
        force_prune_daily (int | Unset):
        force_prune_monthly (int | Unset):
        force_prune_weekly (int | Unset):
        gziprsyncopts (str | Unset):
        keeplocal (int | Unset):
        linkdest (int | Unset):
        localzonesonly (int | Unset):
        maximum_restore_timeout (int | Unset):
        maximum_timeout (int | Unset):
        min_free_space (int | Unset):
        min_free_space_unit (str | Unset):
        mysqlbackup (str | Unset):
        postbackup (int | Unset):
        prebackup (int | Unset):
        psqlbackup (int | Unset):
        remote_restore_staging_dir (str | Unset):
    """

    backup_daily_enable: int | Unset = UNSET
    backup_daily_retention: int | Unset = UNSET
    backup_monthly_dates: str | Unset = UNSET
    backup_monthly_enable: int | Unset = UNSET
    backup_monthly_retention: int | Unset = UNSET
    backup_weekly_day: str | Unset = UNSET
    backup_weekly_enable: int | Unset = UNSET
    backup_weekly_retention: int | Unset = UNSET
    backupaccts: int | Unset = UNSET
    backupbwdata: int | Unset = UNSET
    backupdays: str | Unset = UNSET
    backupdir: str | Unset = UNSET
    backupenable: int | Unset = UNSET
    backupfiles: int | Unset = UNSET
    backuplogs: int | Unset = UNSET
    backupmount: int | Unset = UNSET
    backupsuspendedaccounts: int | Unset = UNSET
    backuptype: str | Unset = UNSET
    check_min_free_space: int | Unset = UNSET
    disable_metadata: int | Unset = UNSET
    errorthreshhold: int | Unset = UNSET
    force_prune_daily: int | Unset = UNSET
    force_prune_monthly: int | Unset = UNSET
    force_prune_weekly: int | Unset = UNSET
    gziprsyncopts: str | Unset = UNSET
    keeplocal: int | Unset = UNSET
    linkdest: int | Unset = UNSET
    localzonesonly: int | Unset = UNSET
    maximum_restore_timeout: int | Unset = UNSET
    maximum_timeout: int | Unset = UNSET
    min_free_space: int | Unset = UNSET
    min_free_space_unit: str | Unset = UNSET
    mysqlbackup: str | Unset = UNSET
    postbackup: int | Unset = UNSET
    prebackup: int | Unset = UNSET
    psqlbackup: int | Unset = UNSET
    remote_restore_staging_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        backup_daily_enable = self.backup_daily_enable

        backup_daily_retention = self.backup_daily_retention

        backup_monthly_dates = self.backup_monthly_dates

        backup_monthly_enable = self.backup_monthly_enable

        backup_monthly_retention = self.backup_monthly_retention

        backup_weekly_day = self.backup_weekly_day

        backup_weekly_enable = self.backup_weekly_enable

        backup_weekly_retention = self.backup_weekly_retention

        backupaccts = self.backupaccts

        backupbwdata = self.backupbwdata

        backupdays = self.backupdays

        backupdir = self.backupdir

        backupenable = self.backupenable

        backupfiles = self.backupfiles

        backuplogs = self.backuplogs

        backupmount = self.backupmount

        backupsuspendedaccounts = self.backupsuspendedaccounts

        backuptype = self.backuptype

        check_min_free_space = self.check_min_free_space

        disable_metadata = self.disable_metadata

        errorthreshhold = self.errorthreshhold

        force_prune_daily = self.force_prune_daily

        force_prune_monthly = self.force_prune_monthly

        force_prune_weekly = self.force_prune_weekly

        gziprsyncopts = self.gziprsyncopts

        keeplocal = self.keeplocal

        linkdest = self.linkdest

        localzonesonly = self.localzonesonly

        maximum_restore_timeout = self.maximum_restore_timeout

        maximum_timeout = self.maximum_timeout

        min_free_space = self.min_free_space

        min_free_space_unit = self.min_free_space_unit

        mysqlbackup = self.mysqlbackup

        postbackup = self.postbackup

        prebackup = self.prebackup

        psqlbackup = self.psqlbackup

        remote_restore_staging_dir = self.remote_restore_staging_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_daily_enable is not UNSET:
            field_dict["backup_daily_enable"] = backup_daily_enable
        if backup_daily_retention is not UNSET:
            field_dict["backup_daily_retention"] = backup_daily_retention
        if backup_monthly_dates is not UNSET:
            field_dict["backup_monthly_dates"] = backup_monthly_dates
        if backup_monthly_enable is not UNSET:
            field_dict["backup_monthly_enable"] = backup_monthly_enable
        if backup_monthly_retention is not UNSET:
            field_dict["backup_monthly_retention"] = backup_monthly_retention
        if backup_weekly_day is not UNSET:
            field_dict["backup_weekly_day"] = backup_weekly_day
        if backup_weekly_enable is not UNSET:
            field_dict["backup_weekly_enable"] = backup_weekly_enable
        if backup_weekly_retention is not UNSET:
            field_dict["backup_weekly_retention"] = backup_weekly_retention
        if backupaccts is not UNSET:
            field_dict["backupaccts"] = backupaccts
        if backupbwdata is not UNSET:
            field_dict["backupbwdata"] = backupbwdata
        if backupdays is not UNSET:
            field_dict["backupdays"] = backupdays
        if backupdir is not UNSET:
            field_dict["backupdir"] = backupdir
        if backupenable is not UNSET:
            field_dict["backupenable"] = backupenable
        if backupfiles is not UNSET:
            field_dict["backupfiles"] = backupfiles
        if backuplogs is not UNSET:
            field_dict["backuplogs"] = backuplogs
        if backupmount is not UNSET:
            field_dict["backupmount"] = backupmount
        if backupsuspendedaccounts is not UNSET:
            field_dict["backupsuspendedaccounts"] = backupsuspendedaccounts
        if backuptype is not UNSET:
            field_dict["backuptype"] = backuptype
        if check_min_free_space is not UNSET:
            field_dict["check_min_free_space"] = check_min_free_space
        if disable_metadata is not UNSET:
            field_dict["disable_metadata"] = disable_metadata
        if errorthreshhold is not UNSET:
            field_dict["errorthreshhold"] = errorthreshhold
        if force_prune_daily is not UNSET:
            field_dict["force_prune_daily"] = force_prune_daily
        if force_prune_monthly is not UNSET:
            field_dict["force_prune_monthly"] = force_prune_monthly
        if force_prune_weekly is not UNSET:
            field_dict["force_prune_weekly"] = force_prune_weekly
        if gziprsyncopts is not UNSET:
            field_dict["gziprsyncopts"] = gziprsyncopts
        if keeplocal is not UNSET:
            field_dict["keeplocal"] = keeplocal
        if linkdest is not UNSET:
            field_dict["linkdest"] = linkdest
        if localzonesonly is not UNSET:
            field_dict["localzonesonly"] = localzonesonly
        if maximum_restore_timeout is not UNSET:
            field_dict["maximum_restore_timeout"] = maximum_restore_timeout
        if maximum_timeout is not UNSET:
            field_dict["maximum_timeout"] = maximum_timeout
        if min_free_space is not UNSET:
            field_dict["min_free_space"] = min_free_space
        if min_free_space_unit is not UNSET:
            field_dict["min_free_space_unit"] = min_free_space_unit
        if mysqlbackup is not UNSET:
            field_dict["mysqlbackup"] = mysqlbackup
        if postbackup is not UNSET:
            field_dict["postbackup"] = postbackup
        if prebackup is not UNSET:
            field_dict["prebackup"] = prebackup
        if psqlbackup is not UNSET:
            field_dict["psqlbackup"] = psqlbackup
        if remote_restore_staging_dir is not UNSET:
            field_dict["remote_restore_staging_dir"] = remote_restore_staging_dir

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_daily_enable = d.pop("backup_daily_enable", UNSET)
        if backup_daily_enable.__class__ is not int:
            backup_daily_enable = read_value(backup_daily_enable, "backup_daily_enable", "integer", False)

        backup_daily_retention = d.pop("backup_daily_retention", UNSET)
        if backup_daily_retention.__class__ is not int:
            backup_daily_retention = read_value(backup_daily_retention, "backup_daily_retention", "integer", False)

        backup_monthly_dates = d.pop("backup_monthly_dates", UNSET)
        if backup_monthly_dates.__class__ is not str:
            backup_monthly_dates = read_value(backup_monthly_dates, "backup_monthly_dates", "string", False)

        backup_monthly_enable = d.pop("backup_monthly_enable", UNSET)
        if backup_monthly_enable.__class__ is not int:
            backup_monthly_enable = read_value(backup_monthly_enable, "backup_monthly_enable", "integer", False)

        backup_monthly_retention = d.pop("backup_monthly_retention", UNSET)
        if backup_monthly_retention.__class__ is not int:
            backup_monthly_retention = read_value(
                backup_monthly_retention, "backup_monthly_retention", "integer", False
            )

        backup_weekly_day = d.pop("backup_weekly_day", UNSET)
        if backup_weekly_day.__class__ is not str:
            backup_weekly_day = read_value(backup_weekly_day, "backup_weekly_day", "string", False)

        backup_weekly_enable = d.pop("backup_weekly_enable", UNSET)
        if backup_weekly_enable.__class__ is not int:
            backup_weekly_enable = read_value(backup_weekly_enable, "backup_weekly_enable", "integer", False)

        backup_weekly_retention = d.pop("backup_weekly_retention", UNSET)
        if backup_weekly_retention.__class__ is not int:
            backup_weekly_retention = read_value(backup_weekly_retention, "backup_weekly_retention", "integer", False)

        backupaccts = d.pop("backupaccts", UNSET)
        if backupaccts.__class__ is not int:
            backupaccts = read_value(backupaccts, "backupaccts", "integer", False)

        backupbwdata = d.pop("backupbwdata", UNSET)
        if backupbwdata.__class__ is not int:
            backupbwdata = read_value(backupbwdata, "backupbwdata", "integer", False)

        backupdays = d.pop("backupdays", UNSET)
        if backupdays.__class__ is not str:
            backupdays = read_value(backupdays, "backupdays", "string", False)

        backupdir = d.pop("backupdir", UNSET)
        if backupdir.__class__ is not str:
            backupdir = read_value(backupdir, "backupdir", "string", False)

        backupenable = d.pop("backupenable", UNSET)
        if backupenable.__class__ is not int:
            backupenable = read_value(backupenable, "backupenable", "integer", False)

        backupfiles = d.pop("backupfiles", UNSET)
        if backupfiles.__class__ is not int:
            backupfiles = read_value(backupfiles, "backupfiles", "integer", False)

        backuplogs = d.pop("backuplogs", UNSET)
        if backuplogs.__class__ is not int:
            backuplogs = read_value(backuplogs, "backuplogs", "integer", False)

        backupmount = d.pop("backupmount", UNSET)
        if backupmount.__class__ is not int:
            backupmount = read_value(backupmount, "backupmount", "integer", False)

        backupsuspendedaccounts = d.pop("backupsuspendedaccounts", UNSET)
        if backupsuspendedaccounts.__class__ is not int:
            backupsuspendedaccounts = read_value(backupsuspendedaccounts, "backupsuspendedaccounts", "integer", False)

        backuptype = d.pop("backuptype", UNSET)
        if backuptype.__class__ is not str:
            backuptype = read_value(backuptype, "backuptype", "string", False)

        check_min_free_space = d.pop("check_min_free_space", UNSET)
        if check_min_free_space.__class__ is not int:
            check_min_free_space = read_value(check_min_free_space, "check_min_free_space", "integer", False)

        disable_metadata = d.pop("disable_metadata", UNSET)
        if disable_metadata.__class__ is not int:
            disable_metadata = read_value(disable_metadata, "disable_metadata", "integer", False)

        errorthreshhold = d.pop("errorthreshhold", UNSET)
        if errorthreshhold.__class__ is not int:
            errorthreshhold = read_value(errorthreshhold, "errorthreshhold", "integer", False)

        force_prune_daily = d.pop("force_prune_daily", UNSET)
        if force_prune_daily.__class__ is not int:
            force_prune_daily = read_value(force_prune_daily, "force_prune_daily", "integer", False)

        force_prune_monthly = d.pop("force_prune_monthly", UNSET)
        if force_prune_monthly.__class__ is not int:
            force_prune_monthly = read_value(force_prune_monthly, "force_prune_monthly", "integer", False)

        force_prune_weekly = d.pop("force_prune_weekly", UNSET)
        if force_prune_weekly.__class__ is not int:
            force_prune_weekly = read_value(force_prune_weekly, "force_prune_weekly", "integer", False)

        gziprsyncopts = d.pop("gziprsyncopts", UNSET)
        if gziprsyncopts.__class__ is not str:
            gziprsyncopts = read_value(gziprsyncopts, "gziprsyncopts", "string", False)

        keeplocal = d.pop("keeplocal", UNSET)
        if keeplocal.__class__ is not int:
            keeplocal = read_value(keeplocal, "keeplocal", "integer", False)

        linkdest = d.pop("linkdest", UNSET)
        if linkdest.__class__ is not int:
            linkdest = read_value(linkdest, "linkdest", "integer", False)

        localzonesonly = d.pop("localzonesonly", UNSET)
        if localzonesonly.__class__ is not int:
            localzonesonly = read_value(localzonesonly, "localzonesonly", "integer", False)

        maximum_restore_timeout = d.pop("maximum_restore_timeout", UNSET)
        if maximum_restore_timeout.__class__ is not int:
            maximum_restore_timeout = read_value(maximum_restore_timeout, "maximum_restore_timeout", "integer", False)

        maximum_timeout = d.pop("maximum_timeout", UNSET)
        if maximum_timeout.__class__ is not int:
            maximum_timeout = read_value(maximum_timeout, "maximum_timeout", "integer", False)

        min_free_space = d.pop("min_free_space", UNSET)
        if min_free_space.__class__ is not int:
            min_free_space = read_value(min_free_space, "min_free_space", "integer", False)

        min_free_space_unit = d.pop("min_free_space_unit", UNSET)
        if min_free_space_unit.__class__ is not str:
            min_free_space_unit = read_value(min_free_space_unit, "min_free_space_unit", "string", False)

        mysqlbackup = d.pop("mysqlbackup", UNSET)
        if mysqlbackup.__class__ is not str:
            mysqlbackup = read_value(mysqlbackup, "mysqlbackup", "string", False)

        postbackup = d.pop("postbackup", UNSET)
        if postbackup.__class__ is not int:
            postbackup = read_value(postbackup, "postbackup", "integer", False)

        prebackup = d.pop("prebackup", UNSET)
        if prebackup.__class__ is not int:
            prebackup = read_value(prebackup, "prebackup", "integer", False)

        psqlbackup = d.pop("psqlbackup", UNSET)
        if psqlbackup.__class__ is not int:
            psqlbackup = read_value(psqlbackup, "psqlbackup", "integer", False)

        remote_restore_staging_dir = d.pop("remote_restore_staging_dir", UNSET)
        if remote_restore_staging_dir.__class__ is not str:
            remote_restore_staging_dir = read_value(
                remote_restore_staging_dir, "remote_restore_staging_dir", "string", False
            )

        backup_config_get_data_backup_config = _new_instance(cls)
        backup_config_get_data_backup_config.backup_daily_enable = backup_daily_enable
        backup_config_get_data_backup_config.backup_daily_retention = backup_daily_retention
        backup_config_get_data_backup_config.backup_monthly_dates = backup_monthly_dates
        backup_config_get_data_backup_config.backup_monthly_enable = backup_monthly_enable
        backup_config_get_data_backup_config.backup_monthly_retention = backup_monthly_retention
        backup_config_get_data_backup_config.backup_weekly_day = backup_weekly_day
        backup_config_get_data_backup_config.backup_weekly_enable = backup_weekly_enable
        backup_config_get_data_backup_config.backup_weekly_retention = backup_weekly_retention
        backup_config_get_data_backup_config.backupaccts = backupaccts
        backup_config_get_data_backup_config.backupbwdata = backupbwdata
        backup_config_get_data_backup_config.backupdays = backupdays
        backup_config_get_data_backup_config.backupdir = backupdir
        backup_config_get_data_backup_config.backupenable = backupenable
        backup_config_get_data_backup_config.backupfiles = backupfiles
        backup_config_get_data_backup_config.backuplogs = backuplogs
        backup_config_get_data_backup_config.backupmount = backupmount
        backup_config_get_data_backup_config.backupsuspendedaccounts = backupsuspendedaccounts
        backup_config_get_data_backup_config.backuptype = backuptype
        backup_config_get_data_backup_config.check_min_free_space = check_min_free_space
        backup_config_get_data_backup_config.disable_metadata = disable_metadata
        backup_config_get_data_backup_config.errorthreshhold = errorthreshhold
        backup_config_get_data_backup_config.force_prune_daily = force_prune_daily
        backup_config_get_data_backup_config.force_prune_monthly = force_prune_monthly
        backup_config_get_data_backup_config.force_prune_weekly = force_prune_weekly
        backup_config_get_data_backup_config.gziprsyncopts = gziprsyncopts
        backup_config_get_data_backup_config.keeplocal = keeplocal
        backup_config_get_data_backup_config.linkdest = linkdest
        backup_config_get_data_backup_config.localzonesonly = localzonesonly
        backup_config_get_data_backup_config.maximum_restore_timeout = maximum_restore_timeout
        backup_config_get_data_backup_config.maximum_timeout = maximum_timeout
        backup_config_get_data_backup_config.min_free_space = min_free_space
        backup_config_get_data_backup_config.min_free_space_unit = min_free_space_unit
        backup_config_get_data_backup_config.mysqlbackup = mysqlbackup
        backup_config_get_data_backup_config.postbackup = postbackup
        backup_config_get_data_backup_config.prebackup = prebackup
        backup_config_get_data_backup_config.psqlbackup = psqlbackup
        backup_config_get_data_backup_config.remote_restore_staging_dir = remote_restore_staging_dir

        backup_config_get_data_backup_config.additional_properties = dict(d) if d else {}
        return backup_config_get_data_backup_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
