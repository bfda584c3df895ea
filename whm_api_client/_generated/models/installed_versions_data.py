# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="InstalledVersionsData")
_new_instance = object.__new__


@_attrs_define
class InstalledVersionsData:
    """
    Attributes:
        apache (Any | Unset):
        apache_php_default_version (Any | Unset):
        apache_php_versions (list[Any] | Unset):
        bind (Any | Unset):
        clamav (Any | Unset):
        cpanel_and_whm (str | Unset):
        cpanel_packages (list[str] | Unset):
        cpanel_php (Any | Unset):
        cron (Any | Unset):
        cronie (Any | Unset):
        dovecot (Any | Unset):
        ea_4_packages (list[str] | Unset):
        easyapache (Any | Unset):
        exim (Any | Unset):
        linux_kernel (str | Unset):
        mailman (Any | Unset):
        mariadb (Any | Unset):
        mariadb_build (Any | Unset):
        munin (Any | Unset):
        mysql (Any | Unset):
        mysql_build (Any | Unset):
        nscd (Any | Unset):
        openssh_server (Any | Unset):
        operating_system_name (str | Unset):
        operating_system_version (str | Unset):
        os_packages (list[str] | Unset):
        p0f (Any | Unset):
        postgresql (Any | Unset):
        postgresql_build (Any | Unset):
        powerdns (Any | Unset):
        proftpd (Any | Unset):
        pureftpd (Any | Unset):
        roundcube (Any | Unset):
        rsyslog (Any | Unset):
        spamd (Any | Unset):
    """

    apache: Any | Unset = UNSET
    apache_php_default_version: Any | Unset = UNSET
    apache_php_versions: list[Any] | Unset = UNSET
    bind: Any | Unset = UNSET
    clamav: Any | Unset = UNSET
    cpanel_and_whm: str | Unset = UNSET
    cpanel_packages: list[str] | Unset = UNSET
    cpanel_php: Any | Unset = UNSET
    cron: Any | Unset = UNSET
    cronie: Any | Unset = UNSET
    dovecot: Any | Unset = UNSET
    ea_4_packages: list[str] | Unset = UNSET
    easyapache: Any | Unset = UNSET
    exim: Any | Unset = UNSET
    linux_kernel: str | Unset = UNSET
    mailman: Any | Unset = UNSET
    mariadb: Any | Unset = UNSET
    mariadb_build: Any | Unset = UNSET
    munin: Any | Unset = UNSET
    mysql: Any | Unset = UNSET
    mysql_build: Any | Unset = UNSET
    nscd: Any | Unset = UNSET
    openssh_server: Any | Unset = UNSET
    operating_system_name: str | Unset = UNSET
    operating_system_version: str | Unset = UNSET
    os_packages: list[str] | Unset = UNSET
    p0f: Any | Unset = UNSET
    postgresql: Any | Unset = UNSET
    postgresql_build: Any | Unset = UNSET
    powerdns: Any | Unset = UNSET
    proftpd: Any | Unset = UNSET
    pureftpd: Any | Unset = UNSET
    roundcube: Any | Unset = UNSET
    rsyslog: Any | Unset = UNSET
    spamd: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        apache = self.apache

        apache_php_default_version = self.apache_php_default_version

        apache_php_versions: list[Any] | Unset = UNSET
        if not isinstance(self.apache_php_versions, Unset):
            apache_php_versions = self.apache_php_versions

        bind = self.bind

        clamav = self.clamav

        cpanel_and_whm = self.cpanel_and_whm

        cpanel_packages: list[str] | Unset = UNSET
        if not isinstance(self.cpanel_packages, Unset):
            cpanel_packages = self.cpanel_packages

        cpanel_php = self.cpanel_php

        cron = self.cron

        cronie = self.cronie

        dovecot = self.dovecot

        ea_4_packages: list[str] | Unset = UNSET
        if not isinstance(self.ea_4_packages, Unset):
            ea_4_packages = self.ea_4_packages

        easyapache = self.easyapache

        exim = self.exim

        linux_kernel = self.linux_kernel

        mailman = self.mailman

        mariadb = self.mariadb

        mariadb_build = self.mariadb_build

        munin = self.munin

        mysql = self.mysql

        mysql_build = self.mysql_build

        nscd = self.nscd

        openssh_server = self.openssh_server

        operating_system_name = self.operating_system_name

        operating_system_version = self.operating_system_version

        os_packages: list[str] | Unset = UNSET
        if not isinstance(self.os_packages, Unset):
            os_packages = self.os_packages

        p0f = self.p0f

        postgresql = self.postgresql

        postgresql_build = self.postgresql_build

        powerdns = self.powerdns

        proftpd = self.proftpd

        pureftpd = self.pureftpd

        roundcube = self.roundcube

        rsyslog = self.rsyslog

        spamd = self.spamd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apache is not UNSET:
            field_dict["apache"] = apache
        if apache_php_default_version is not UNSET:
            field_dict["apache_php_default_version"] = apache_php_default_version
        if apache_php_versions is not UNSET:
            field_dict["apache_php_versions"] = apache_php_versions
        if bind is not UNSET:
            field_dict["bind"] = bind
        if clamav is not UNSET:
            field_dict["clamav"] = clamav
        if cpanel_and_whm is not UNSET:
            field_dict["cpanel_and_whm"] = cpanel_and_whm
        if cpanel_packages is not UNSET:
            field_dict["cpanel_packages"] = cpanel_packages
        if cpanel_php is not UNSET:
            field_dict["cpanel_php"] = cpanel_php
        if cron is not UNSET:
            field_dict["cron"] = cron
        if cronie is not UNSET:
            field_dict["cronie"] = cronie
        if dovecot is not UNSET:
            field_dict["dovecot"] = dovecot
        if ea_4_packages is not UNSET:
            field_dict["ea_4_packages"] = ea_4_packages
        if easyapache is not UNSET:
            field_dict["easyapache"] = easyapache
        if exim is not UNSET:
            field_dict["exim"] = exim
        if linux_kernel is not UNSET:
            field_dict["linux_kernel"] = linux_kernel
        if mailman is not UNSET:
            field_dict["mailman"] = mailman
        if mariadb is not UNSET:
            field_dict["mariadb"] = mariadb
        if mariadb_build is not UNSET:
            field_dict["mariadb_build"] = mariadb_build
        if munin is not UNSET:
            field_dict["munin"] = munin
        if mysql is not UNSET:
            field_dict["mysql"] = mysql
        if mysql_build is not UNSET:
            field_dict["mysql_build"] = mysql_build
        if nscd is not UNSET:
            field_dict["nscd"] = nscd
        if openssh_server is not UNSET:
            field_dict["openssh-server"] = openssh_server
        if operating_system_name is not UNSET:
            field_dict["operating_system_name"] = operating_system_name
        if operating_system_version is not UNSET:
            field_dict["operating_system_version"] = operating_system_version
        if os_packages is not UNSET:
            field_dict["os_packages"] = os_packages
        if p0f is not UNSET:
            field_dict["p0f"] = p0f
        if postgresql is not UNSET:
            field_dict["postgresql"] = postgresql
        if postgresql_build is not UNSET:
            field_dict["postgresql_build"] = postgresql_build
        if powerdns is not UNSET:
            field_dict["powerdns"] = powerdns
        if proftpd is not UNSET:
            field_dict["proftpd"] = proftpd
        if pureftpd is not UNSET:
            field_dict["pureftpd"] = pureftpd
        if roundcube is not UNSET:
            field_dict["roundcube"] = roundcube
        if rsyslog is not UNSET:
            field_dict["rsyslog"] = rsyslog
        if spamd is not UNSET:
            field_dict["spamd"] = spamd

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apache = d.pop("apache", UNSET)

        apache_php_default_version = d.pop("apache_php_default_version", UNSET)

        _apache_php_versions = d.pop("apache_php_versions", UNSET)
        if _apache_php_versions.__class__ is not list:
            _apache_php_versions = read_list(_apache_php_versions, "apache_php_versions", False)
        apache_php_versions: list[Any] | Unset = UNSET
        if _apache_php_versions is not UNSET:
            apache_php_versions = []
            for apache_php_versions_item_data in _apache_php_versions:
                apache_php_versions_item = apache_php_versions_item_data

                apache_php_versions.append(apache_php_versions_item)

        bind = d.pop("bind", UNSET)

        clamav = d.pop("clamav", UNSET)

        cpanel_and_whm = d.pop("cpanel_and_whm", UNSET)
        if cpanel_and_whm.__class__ is not str:
            cpanel_and_whm = read_value(cpanel_and_whm, "cpanel_and_whm", "string", False)

        _cpanel_packages = d.pop("cpanel_packages", UNSET)
        if _cpanel_packages.__class__ is not list:
            _cpanel_packages = read_list(_cpanel_packages, "cpanel_packages", False)
        cpanel_packages: list[str] | Unset = UNSET
        if _cpanel_packages is not UNSET:
            cpanel_packages = _cpanel_packages
            for _item in _cpanel_packages:
                if _item.__class__ is not str:
                    cpanel_packages = read_items(_cpanel_packages, "cpanel_packages_item", "string")
                    break

        cpanel_php = d.pop("cpanel_php", UNSET)

        cron = d.pop("cron", UNSET)

        cronie = d.pop("cronie", UNSET)

        dovecot = d.pop("dovecot", UNSET)

        _ea_4_packages = d.pop("ea_4_packages", UNSET)
        if _ea_4_packages.__class__ is not list:
            _ea_4_packages = read_list(_ea_4_packages, "ea_4_packages", False)
        ea_4_packages: list[str] | Unset = UNSET
        if _ea_4_packages is not UNSET:
            ea_4_packages = _ea_4_packages
            for _item in _ea_4_packages:
                if _item.__class__ is not str:
                    ea_4_packages = read_items(_ea_4_packages, "ea_4_packages_item", "string")
                    break

        easyapache = d.pop("easyapache", UNSET)

        exim = d.pop("exim", UNSET)

        linux_kernel = d.pop("linux_kernel", UNSET)
        if linux_kernel.__class__ is not str:
            linux_kernel = read_value(linux_kernel, "linux_kernel", "string", False)

        mailman = d.pop("mailman", UNSET)

        mariadb = d.pop("mariadb", UNSET)

        mariadb_build = d.pop("mariadb_build", UNSET)

        munin = d.pop("munin", UNSET)

        mysql = d.pop("mysql", UNSET)

        mysql_build = d.pop("mysql_build", UNSET)

        nscd = d.pop("nscd", UNSET)

        openssh_server = d.pop("openssh-server", UNSET)

        operating_system_name = d.pop("operating_system_name", UNSET)
        if operating_system_name.__class__ is not str:
            operating_system_name = read_value(operating_system_name, "operating_system_name", "string", False)

        operating_system_version = d.pop("operating_system_version", UNSET)
        if operating_system_version.__class__ is not str:
            operating_system_version = read_value(operating_system_version, "operating_system_version", "string", False)

        _os_packages = d.pop("os_packages", UNSET)
        if _os_packages.__class__ is not list:
            _os_packages = read_list(_os_packages, "os_packages", False)
        os_packages: list[str] | Unset = UNSET
        if _os_packages is not UNSET:
            os_packages = _os_packages
            for _item in _os_packages:
                if _item.__class__ is not str:
                    os_packages = read_items(_os_packages, "os_packages_item", "string")
                    break

        p0f = d.pop("p0f", UNSET)

        postgresql = d.pop("postgresql", UNSET)

        postgresql_build = d.pop("postgresql_build", UNSET)

        powerdns = d.pop("powerdns", UNSET)

        proftpd = d.pop("proftpd", UNSET)

        pureftpd = d.pop("pureftpd", UNSET)

        roundcube = d.pop("roundcube", UNSET)

        rsyslog = d.pop("rsyslog", UNSET)

        spamd = d.pop("spamd", UNSET)

        installed_versions_data = _new_instance(cls)
        installed_versions_data.apache = apache
        installed_versions_data.apache_php_default_version = apache_php_default_version
        installed_versions_data.apache_php_versions = apache_php_versions
        installed_versions_data.bind = bind
        installed_versions_data.clamav = clamav
        installed_versions_data.cpanel_and_whm = cpanel_and_whm
        installed_versions_data.cpanel_packages = cpanel_packages
        installed_versions_data.cpanel_php = cpanel_php
        installed_versions_data.cron = cron
        installed_versions_data.cronie = cronie
        installed_versions_data.dovecot = dovecot
        installed_versions_data.ea_4_packages = ea_4_packages
        installed_versions_data.easyapache = easyapache
        installed_versions_data.exim = exim
        installed_versions_data.linux_kernel = linux_kernel
        installed_versions_data.mailman = mailman
        installed_versions_data.mariadb = mariadb
        installed_versions_data.mariadb_build = mariadb_build
        installed_versions_data.munin = munin
        installed_versions_data.mysql = mysql
        installed_versions_data.mysql_build = mysql_build
        installed_versions_data.nscd = nscd
        installed_versions_data.openssh_server = openssh_server
        installed_versions_data.operating_system_name = operating_system_name
        installed_versions_data.operating_system_version = operating_system_version
        installed_versions_data.os_packages = os_packages
        installed_versions_data.p0f = p0f
        installed_versions_data.postgresql = postgresql
        installed_versions_data.postgresql_build = postgresql_build
        installed_versions_data.powerdns = powerdns
        installed_versions_data.proftpd = proftpd
        installed_versions_data.pureftpd = pureftpd
        installed_versions_data.roundcube = roundcube
        installed_versions_data.rsyslog = rsyslog
        installed_versions_data.spamd = spamd

        installed_versions_data.additional_properties = dict(d) if d else {}
        return installed_versions_data

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
