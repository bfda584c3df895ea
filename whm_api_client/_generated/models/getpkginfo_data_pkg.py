# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetpkginfoDataPkg")


@_attrs_define
class GetpkginfoDataPkg:
    """
    Attributes:
        bwlimit (Any | Unset):
        cgi (int | Unset):
        cpmod (str | Unset):
        digestauth (str | Unset):
        featurelist (str | Unset):
        frontpage (int | Unset):
        hasshell (int | Unset):
        ip (int | Unset):
        lang (str | Unset):
        maxaddon (Any | Unset):
        maxftp (Any | Unset):
        maxlst (Any | Unset):
        maxpark (Any | Unset):
        maxpop (Any | Unset):
        maxsql (Any | Unset):
        maxsub (Any | Unset):
        max_defer_fail_percentage (Any | Unset):
        max_emailacct_quota (Any | Unset):
        max_email_per_hour (Any | Unset):
        max_team_users (int | None | Unset):
        quota (Any | Unset):
        field_package_extensions (str | Unset):
    """

    bwlimit: Any | Unset = UNSET
    cgi: int | Unset = UNSET
    cpmod: str | Unset = UNSET
    digestauth: str | Unset = UNSET
    featurelist: str | Unset = UNSET
    frontpage: int | Unset = UNSET
    hasshell: int | Unset = UNSET
    ip: int | Unset = UNSET
    lang: str | Unset = UNSET
    maxaddon: Any | Unset = UNSET
    maxftp: Any | Unset = UNSET
    maxlst: Any | Unset = UNSET
    maxpark: Any | Unset = UNSET
    maxpop: Any | Unset = UNSET
    maxsql: Any | Unset = UNSET
    maxsub: Any | Unset = UNSET
    max_defer_fail_percentage: Any | Unset = UNSET
    max_emailacct_quota: Any | Unset = UNSET
    max_email_per_hour: Any | Unset = UNSET
    max_team_users: int | None | Unset = UNSET
    quota: Any | Unset = UNSET
    field_package_extensions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bwlimit = self.bwlimit

        cgi = self.cgi

        cpmod = self.cpmod

        digestauth = self.digestauth

        featurelist = self.featurelist

        frontpage = self.frontpage

        hasshell = self.hasshell

        ip = self.ip

        lang = self.lang

        maxaddon = self.maxaddon

        maxftp = self.maxftp

        maxlst = self.maxlst

        maxpark = self.maxpark

        maxpop = self.maxpop

        maxsql = self.maxsql

        maxsub = self.maxsub

        max_defer_fail_percentage = self.max_defer_fail_percentage

        max_emailacct_quota = self.max_emailacct_quota

        max_email_per_hour = self.max_email_per_hour

        max_team_users: int | None | Unset
        if isinstance(self.max_team_users, Unset):
            max_team_users = UNSET
        else:
            max_team_users = self.max_team_users

        quota = self.quota

        field_package_extensions = self.field_package_extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bwlimit is not UNSET:
            field_dict["BWLIMIT"] = bwlimit
        if cgi is not UNSET:
            field_dict["CGI"] = cgi
        if cpmod is not UNSET:
            field_dict["CPMOD"] = cpmod
        if digestauth is not UNSET:
            field_dict["DIGESTAUTH"] = digestauth
        if featurelist is not UNSET:
            field_dict["FEATURELIST"] = featurelist
        if frontpage is not UNSET:
            field_dict["FRONTPAGE"] = frontpage
        if hasshell is not UNSET:
            field_dict["HASSHELL"] = hasshell
        if ip is not UNSET:
            field_dict["IP"] = ip
        if lang is not UNSET:
            field_dict["LANG"] = lang
        if maxaddon is not UNSET:
            field_dict["MAXADDON"] = maxaddon
        if maxftp is not UNSET:
            field_dict["MAXFTP"] = maxftp
        if maxlst is not UNSET:
            field_dict["MAXLST"] = maxlst
        if maxpark is not UNSET:
            field_dict["MAXPARK"] = maxpark
        if maxpop is not UNSET:
            field_dict["MAXPOP"] = maxpop
        if maxsql is not UNSET:
            field_dict["MAXSQL"] = maxsql
        if maxsub is not UNSET:
            field_dict["MAXSUB"] = maxsub
        if max_defer_fail_percentage is not UNSET:
            field_dict["MAX_DEFER_FAIL_PERCENTAGE"] = max_defer_fail_percentage
        if max_emailacct_quota is not UNSET:
            field_dict["MAX_EMAILACCT_QUOTA"] = max_emailacct_quota
        if max_email_per_hour is not UNSET:
            field_dict["MAX_EMAIL_PER_HOUR"] = max_email_per_hour
        if max_team_users is not UNSET:
            field_dict["MAX_TEAM_USERS"] = max_team_users
        if quota is not UNSET:
            field_dict["QUOTA"] = quota
        if field_package_extensions is not UNSET:
            field_dict["_PACKAGE_EXTENSIONS"] = field_package_extensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bwlimit = d.pop("BWLIMIT", UNSET)

        cgi = d.pop("CGI", UNSET)
        if cgi is None:
            cgi = UNSET
        if not isinstance(cgi, (int, Unset)):
            raise TypeError(f"field CGI: expected integer, got {type(cgi).__name__}")

        cpmod = d.pop("CPMOD", UNSET)
        if cpmod is None:
            cpmod = UNSET
        if not isinstance(cpmod, (str, Unset)):
            raise TypeError(f"field CPMOD: expected string, got {type(cpmod).__name__}")

        digestauth = d.pop("DIGESTAUTH", UNSET)
        if digestauth is None:
            digestauth = UNSET
        if not isinstance(digestauth, (str, Unset)):
            raise TypeError(f"field DIGESTAUTH: expected string, got {type(digestauth).__name__}")

        featurelist = d.pop("FEATURELIST", UNSET)
        if featurelist is None:
            featurelist = UNSET
        if not isinstance(featurelist, (str, Unset)):
            raise TypeError(f"field FEATURELIST: expected string, got {type(featurelist).__name__}")

        frontpage = d.pop("FRONTPAGE", UNSET)
        if frontpage is None:
            frontpage = UNSET
        if not isinstance(frontpage, (int, Unset)):
            raise TypeError(f"field FRONTPAGE: expected integer, got {type(frontpage).__name__}")

        hasshell = d.pop("HASSHELL", UNSET)
        if hasshell is None:
            hasshell = UNSET
        if not isinstance(hasshell, (int, Unset)):
            raise TypeError(f"field HASSHELL: expected integer, got {type(hasshell).__name__}")

        ip = d.pop("IP", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (int, Unset)):
            raise TypeError(f"field IP: expected integer, got {type(ip).__name__}")

        lang = d.pop("LANG", UNSET)
        if lang is None:
            lang = UNSET
        if not isinstance(lang, (str, Unset)):
            raise TypeError(f"field LANG: expected string, got {type(lang).__name__}")

        maxaddon = d.pop("MAXADDON", UNSET)

        maxftp = d.pop("MAXFTP", UNSET)

        maxlst = d.pop("MAXLST", UNSET)

        maxpark = d.pop("MAXPARK", UNSET)

        maxpop = d.pop("MAXPOP", UNSET)

        maxsql = d.pop("MAXSQL", UNSET)

        maxsub = d.pop("MAXSUB", UNSET)

        max_defer_fail_percentage = d.pop("MAX_DEFER_FAIL_PERCENTAGE", UNSET)

        max_emailacct_quota = d.pop("MAX_EMAILACCT_QUOTA", UNSET)

        max_email_per_hour = d.pop("MAX_EMAIL_PER_HOUR", UNSET)

        def _parse_max_team_users(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                max_team_users_type_0 = data
                if not isinstance(max_team_users_type_0, (int,)):
                    raise TypeError(
                        f"field MAX_TEAM_USERS_type_0: expected integer, got {type(max_team_users_type_0).__name__}"
                    )

                return max_team_users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            max_team_users_type_1 = data
            if max_team_users_type_1 is not None:
                raise TypeError(
                    f"field MAX_TEAM_USERS_type_1: expected null, got {type(max_team_users_type_1).__name__}"
                )

            return max_team_users_type_1

        max_team_users = _parse_max_team_users(d.pop("MAX_TEAM_USERS", UNSET))

        quota = d.pop("QUOTA", UNSET)

        field_package_extensions = d.pop("_PACKAGE_EXTENSIONS", UNSET)
        if field_package_extensions is None:
            field_package_extensions = UNSET
        if not isinstance(field_package_extensions, (str, Unset)):
            raise TypeError(
                f"field _PACKAGE_EXTENSIONS: expected string, got {type(field_package_extensions).__name__}"
            )

        getpkginfo_data_pkg = cls(
            bwlimit=bwlimit,
            cgi=cgi,
            cpmod=cpmod,
            digestauth=digestauth,
            featurelist=featurelist,
            frontpage=frontpage,
            hasshell=hasshell,
            ip=ip,
            lang=lang,
            maxaddon=maxaddon,
            maxftp=maxftp,
            maxlst=maxlst,
            maxpark=maxpark,
            maxpop=maxpop,
            maxsql=maxsql,
            maxsub=maxsub,
            max_defer_fail_percentage=max_defer_fail_percentage,
            max_emailacct_quota=max_emailacct_quota,
            max_email_per_hour=max_email_per_hour,
            max_team_users=max_team_users,
            quota=quota,
            field_package_extensions=field_package_extensions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        getpkginfo_data_pkg.additional_properties = additional_properties
        return getpkginfo_data_pkg

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
