# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetpkginfoDataPkg")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bwlimit = d.pop("BWLIMIT", UNSET)

        cgi = d.pop("CGI", UNSET)
        if cgi.__class__ is not int:
            cgi = read_value(cgi, "CGI", "integer", False)

        cpmod = d.pop("CPMOD", UNSET)
        if cpmod.__class__ is not str:
            cpmod = read_value(cpmod, "CPMOD", "string", False)

        digestauth = d.pop("DIGESTAUTH", UNSET)
        if digestauth.__class__ is not str:
            digestauth = read_value(digestauth, "DIGESTAUTH", "string", False)

        featurelist = d.pop("FEATURELIST", UNSET)
        if featurelist.__class__ is not str:
            featurelist = read_value(featurelist, "FEATURELIST", "string", False)

        frontpage = d.pop("FRONTPAGE", UNSET)
        if frontpage.__class__ is not int:
            frontpage = read_value(frontpage, "FRONTPAGE", "integer", False)

        hasshell = d.pop("HASSHELL", UNSET)
        if hasshell.__class__ is not int:
            hasshell = read_value(hasshell, "HASSHELL", "integer", False)

        ip = d.pop("IP", UNSET)
        if ip.__class__ is not int:
            ip = read_value(ip, "IP", "integer", False)

        lang = d.pop("LANG", UNSET)
        if lang.__class__ is not str:
            lang = read_value(lang, "LANG", "string", False)

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

        max_team_users = d.pop("MAX_TEAM_USERS", UNSET)
        if max_team_users.__class__ is not int and max_team_users is not None:
            max_team_users = read_value(max_team_users, "MAX_TEAM_USERS", "integer", False)

        quota = d.pop("QUOTA", UNSET)

        field_package_extensions = d.pop("_PACKAGE_EXTENSIONS", UNSET)
        if field_package_extensions.__class__ is not str:
            field_package_extensions = read_value(field_package_extensions, "_PACKAGE_EXTENSIONS", "string", False)

        getpkginfo_data_pkg = _new_instance(cls)
        getpkginfo_data_pkg.bwlimit = bwlimit
        getpkginfo_data_pkg.cgi = cgi
        getpkginfo_data_pkg.cpmod = cpmod
        getpkginfo_data_pkg.digestauth = digestauth
        getpkginfo_data_pkg.featurelist = featurelist
        getpkginfo_data_pkg.frontpage = frontpage
        getpkginfo_data_pkg.hasshell = hasshell
        getpkginfo_data_pkg.ip = ip
        getpkginfo_data_pkg.lang = lang
        getpkginfo_data_pkg.maxaddon = maxaddon
        getpkginfo_data_pkg.maxftp = maxftp
        getpkginfo_data_pkg.maxlst = maxlst
        getpkginfo_data_pkg.maxpark = maxpark
        getpkginfo_data_pkg.maxpop = maxpop
        getpkginfo_data_pkg.maxsql = maxsql
        getpkginfo_data_pkg.maxsub = maxsub
        getpkginfo_data_pkg.max_defer_fail_percentage = max_defer_fail_percentage
        getpkginfo_data_pkg.max_emailacct_quota = max_emailacct_quota
        getpkginfo_data_pkg.max_email_per_hour = max_email_per_hour
        getpkginfo_data_pkg.max_team_users = max_team_users
        getpkginfo_data_pkg.quota = quota
        getpkginfo_data_pkg.field_package_extensions = field_package_extensions

        getpkginfo_data_pkg.additional_properties = dict(d) if d else {}
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
