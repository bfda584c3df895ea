# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupConfigGetDataBackupConfig")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_daily_enable = d.pop("backup_daily_enable", UNSET)
        if backup_daily_enable is None:
            backup_daily_enable = UNSET
        if not isinstance(backup_daily_enable, (int, Unset)):
            raise TypeError(f"field backup_daily_enable: expected integer, got {type(backup_daily_enable).__name__}")

        backup_daily_retention = d.pop("backup_daily_retention", UNSET)
        if backup_daily_retention is None:
            backup_daily_retention = UNSET
        if not isinstance(backup_daily_retention, (int, Unset)):
            raise TypeError(
                f"field backup_daily_retention: expected integer, got {type(backup_daily_retention).__name__}"
            )

        backup_monthly_dates = d.pop("backup_monthly_dates", UNSET)
        if backup_monthly_dates is None:
            backup_monthly_dates = UNSET
        if not isinstance(backup_monthly_dates, (str, Unset)):
            raise TypeError(f"field backup_monthly_dates: expected string, got {type(backup_monthly_dates).__name__}")

        backup_monthly_enable = d.pop("backup_monthly_enable", UNSET)
        if backup_monthly_enable is None:
            backup_monthly_enable = UNSET
        if not isinstance(backup_monthly_enable, (int, Unset)):
            raise TypeError(
                f"field backup_monthly_enable: expected integer, got {type(backup_monthly_enable).__name__}"
            )

        backup_monthly_retention = d.pop("backup_monthly_retention", UNSET)
        if backup_monthly_retention is None:
            backup_monthly_retention = UNSET
        if not isinstance(backup_monthly_retention, (int, Unset)):
            raise TypeError(
                f"field backup_monthly_retention: expected integer, got {type(backup_monthly_retention).__name__}"
            )

        backup_weekly_day = d.pop("backup_weekly_day", UNSET)
        if backup_weekly_day is None:
            backup_weekly_day = UNSET
        if not isinstance(backup_weekly_day, (str, Unset)):
            raise TypeError(f"field backup_weekly_day: expected string, got {type(backup_weekly_day).__name__}")

        backup_weekly_enable = d.pop("backup_weekly_enable", UNSET)
        if backup_weekly_enable is None:
            backup_weekly_enable = UNSET
        if not isinstance(backup_weekly_enable, (int, Unset)):
            raise TypeError(f"field backup_weekly_enable: expected integer, got {type(backup_weekly_enable).__name__}")

        backup_weekly_retention = d.pop("backup_weekly_retention", UNSET)
        if backup_weekly_retention is None:
            backup_weekly_retention = UNSET
        if not isinstance(backup_weekly_retention, (int, Unset)):
            raise TypeError(
                f"field backup_weekly_retention: expected integer, got {type(backup_weekly_retention).__name__}"
            )

        backupaccts = d.pop("backupaccts", UNSET)
        if backupaccts is None:
            backupaccts = UNSET
        if not isinstance(backupaccts, (int, Unset)):
            raise TypeError(f"field backupaccts: expected integer, got {type(backupaccts).__name__}")

        backupbwdata = d.pop("backupbwdata", UNSET)
        if backupbwdata is None:
            backupbwdata = UNSET
        if not isinstance(backupbwdata, (int, Unset)):
            raise TypeError(f"field backupbwdata: expected integer, got {type(backupbwdata).__name__}")

        backupdays = d.pop("backupdays", UNSET)
        if backupdays is None:
            backupdays = UNSET
        if not isinstance(backupdays, (str, Unset)):
            raise TypeError(f"field backupdays: expected string, got {type(backupdays).__name__}")

        backupdir = d.pop("backupdir", UNSET)
        if backupdir is None:
            backupdir = UNSET
        if not isinstance(backupdir, (str, Unset)):
            raise TypeError(f"field backupdir: expected string, got {type(backupdir).__name__}")

        backupenable = d.pop("backupenable", UNSET)
        if backupenable is None:
            backupenable = UNSET
        if not isinstance(backupenable, (int, Unset)):
            raise TypeError(f"field backupenable: expected integer, got {type(backupenable).__name__}")

        backupfiles = d.pop("backupfiles", UNSET)
        if backupfiles is None:
            backupfiles = UNSET
        if not isinstance(backupfiles, (int, Unset)):
            raise TypeError(f"field backupfiles: expected integer, got {type(backupfiles).__name__}")

        backuplogs = d.pop("backuplogs", UNSET)
        if backuplogs is None:
            backuplogs = UNSET
        if not isinstance(backuplogs, (int, Unset)):
            raise TypeError(f"field backuplogs: expected integer, got {type(backuplogs).__name__}")

        backupmount = d.pop("backupmount", UNSET)
        if backupmount is None:
            backupmount = UNSET
        if not isinstance(backupmount, (int, Unset)):
            raise TypeError(f"field backupmount: expected integer, got {type(backupmount).__name__}")

        backupsuspendedaccounts = d.pop("backupsuspendedaccounts", UNSET)
        if backupsuspendedaccounts is None:
            backupsuspendedaccounts = UNSET
        if not isinstance(backupsuspendedaccounts, (int, Unset)):
            raise TypeError(
                f"field backupsuspendedaccounts: expected integer, got {type(backupsuspendedaccounts).__name__}"
            )

        backuptype = d.pop("backuptype", UNSET)
        if backuptype is None:
            backuptype = UNSET
        if not isinstance(backuptype, (str, Unset)):
            raise TypeError(f"field backuptype: expected string, got {type(backuptype).__name__}")

        check_min_free_space = d.pop("check_min_free_space", UNSET)
        if check_min_free_space is None:
            check_min_free_space = UNSET
        if not isinstance(check_min_free_space, (int, Unset)):
            raise TypeError(f"field check_min_free_space: expected integer, got {type(check_min_free_space).__name__}")

        disable_metadata = d.pop("disable_metadata", UNSET)
        if disable_metadata is None:
            disable_metadata = UNSET
        if not isinstance(disable_metadata, (int, Unset)):
            raise TypeError(f"field disable_metadata: expected integer, got {type(disable_metadata).__name__}")

        errorthreshhold = d.pop("errorthreshhold", UNSET)
        if errorthreshhold is None:
            errorthreshhold = UNSET
        if not isinstance(errorthreshhold, (int, Unset)):
            raise TypeError(f"field errorthreshhold: expected integer, got {type(errorthreshhold).__name__}")

        force_prune_daily = d.pop("force_prune_daily", UNSET)
        if force_prune_daily is None:
            force_prune_daily = UNSET
        if not isinstance(force_prune_daily, (int, Unset)):
            raise TypeError(f"field force_prune_daily: expected integer, got {type(force_prune_daily).__name__}")

        force_prune_monthly = d.pop("force_prune_monthly", UNSET)
        if force_prune_monthly is None:
            force_prune_monthly = UNSET
        if not isinstance(force_prune_monthly, (int, Unset)):
            raise TypeError(f"field force_prune_monthly: expected integer, got {type(force_prune_monthly).__name__}")

        force_prune_weekly = d.pop("force_prune_weekly", UNSET)
        if force_prune_weekly is None:
            force_prune_weekly = UNSET
        if not isinstance(force_prune_weekly, (int, Unset)):
            raise TypeError(f"field force_prune_weekly: expected integer, got {type(force_prune_weekly).__name__}")

        gziprsyncopts = d.pop("gziprsyncopts", UNSET)
        if gziprsyncopts is None:
            gziprsyncopts = UNSET
        if not isinstance(gziprsyncopts, (str, Unset)):
            raise TypeError(f"field gziprsyncopts: expected string, got {type(gziprsyncopts).__name__}")

        keeplocal = d.pop("keeplocal", UNSET)
        if keeplocal is None:
            keeplocal = UNSET
        if not isinstance(keeplocal, (int, Unset)):
            raise TypeError(f"field keeplocal: expected integer, got {type(keeplocal).__name__}")

        linkdest = d.pop("linkdest", UNSET)
        if linkdest is None:
            linkdest = UNSET
        if not isinstance(linkdest, (int, Unset)):
            raise TypeError(f"field linkdest: expected integer, got {type(linkdest).__name__}")

        localzonesonly = d.pop("localzonesonly", UNSET)
        if localzonesonly is None:
            localzonesonly = UNSET
        if not isinstance(localzonesonly, (int, Unset)):
            raise TypeError(f"field localzonesonly: expected integer, got {type(localzonesonly).__name__}")

        maximum_restore_timeout = d.pop("maximum_restore_timeout", UNSET)
        if maximum_restore_timeout is None:
            maximum_restore_timeout = UNSET
        if not isinstance(maximum_restore_timeout, (int, Unset)):
            raise TypeError(
                f"field maximum_restore_timeout: expected integer, got {type(maximum_restore_timeout).__name__}"
            )

        maximum_timeout = d.pop("maximum_timeout", UNSET)
        if maximum_timeout is None:
            maximum_timeout = UNSET
        if not isinstance(maximum_timeout, (int, Unset)):
            raise TypeError(f"field maximum_timeout: expected integer, got {type(maximum_timeout).__name__}")

        min_free_space = d.pop("min_free_space", UNSET)
        if min_free_space is None:
            min_free_space = UNSET
        if not isinstance(min_free_space, (int, Unset)):
            raise TypeError(f"field min_free_space: expected integer, got {type(min_free_space).__name__}")

        min_free_space_unit = d.pop("min_free_space_unit", UNSET)
        if min_free_space_unit is None:
            min_free_space_unit = UNSET
        if not isinstance(min_free_space_unit, (str, Unset)):
            raise TypeError(f"field min_free_space_unit: expected string, got {type(min_free_space_unit).__name__}")

        mysqlbackup = d.pop("mysqlbackup", UNSET)
        if mysqlbackup is None:
            mysqlbackup = UNSET
        if not isinstance(mysqlbackup, (str, Unset)):
            raise TypeError(f"field mysqlbackup: expected string, got {type(mysqlbackup).__name__}")

        postbackup = d.pop("postbackup", UNSET)
        if postbackup is None:
            postbackup = UNSET
        if not isinstance(postbackup, (int, Unset)):
            raise TypeError(f"field postbackup: expected integer, got {type(postbackup).__name__}")

        prebackup = d.pop("prebackup", UNSET)
        if prebackup is None:
            prebackup = UNSET
        if not isinstance(prebackup, (int, Unset)):
            raise TypeError(f"field prebackup: expected integer, got {type(prebackup).__name__}")

        psqlbackup = d.pop("psqlbackup", UNSET)
        if psqlbackup is None:
            psqlbackup = UNSET
        if not isinstance(psqlbackup, (int, Unset)):
            raise TypeError(f"field psqlbackup: expected integer, got {type(psqlbackup).__name__}")

        remote_restore_staging_dir = d.pop("remote_restore_staging_dir", UNSET)
        if remote_restore_staging_dir is None:
            remote_restore_staging_dir = UNSET
        if not isinstance(remote_restore_staging_dir, (str, Unset)):
            raise TypeError(
                f"field remote_restore_staging_dir: expected string, got {type(remote_restore_staging_dir).__name__}"
            )

        backup_config_get_data_backup_config = cls(
            backup_daily_enable=backup_daily_enable,
            backup_daily_retention=backup_daily_retention,
            backup_monthly_dates=backup_monthly_dates,
            backup_monthly_enable=backup_monthly_enable,
            backup_monthly_retention=backup_monthly_retention,
            backup_weekly_day=backup_weekly_day,
            backup_weekly_enable=backup_weekly_enable,
            backup_weekly_retention=backup_weekly_retention,
            backupaccts=backupaccts,
            backupbwdata=backupbwdata,
            backupdays=backupdays,
            backupdir=backupdir,
            backupenable=backupenable,
            backupfiles=backupfiles,
            backuplogs=backuplogs,
            backupmount=backupmount,
            backupsuspendedaccounts=backupsuspendedaccounts,
            backuptype=backuptype,
            check_min_free_space=check_min_free_space,
            disable_metadata=disable_metadata,
            errorthreshhold=errorthreshhold,
            force_prune_daily=force_prune_daily,
            force_prune_monthly=force_prune_monthly,
            force_prune_weekly=force_prune_weekly,
            gziprsyncopts=gziprsyncopts,
            keeplocal=keeplocal,
            linkdest=linkdest,
            localzonesonly=localzonesonly,
            maximum_restore_timeout=maximum_restore_timeout,
            maximum_timeout=maximum_timeout,
            min_free_space=min_free_space,
            min_free_space_unit=min_free_space_unit,
            mysqlbackup=mysqlbackup,
            postbackup=postbackup,
            prebackup=prebackup,
            psqlbackup=psqlbackup,
            remote_restore_staging_dir=remote_restore_staging_dir,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        backup_config_get_data_backup_config.additional_properties = additional_properties
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
