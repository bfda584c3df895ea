# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstalledVersionsData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apache = d.pop("apache", UNSET)

        apache_php_default_version = d.pop("apache_php_default_version", UNSET)

        _apache_php_versions = d.pop("apache_php_versions", UNSET)
        apache_php_versions: list[Any] | Unset = UNSET
        if _apache_php_versions is not None and not isinstance(_apache_php_versions, Unset):  # null reads as UNSET
            if not isinstance(_apache_php_versions, list):
                raise TypeError(f"field apache_php_versions: expected array, got {type(_apache_php_versions).__name__}")
            apache_php_versions = []
            for apache_php_versions_item_data in _apache_php_versions:
                apache_php_versions_item = apache_php_versions_item_data

                apache_php_versions.append(apache_php_versions_item)

        bind = d.pop("bind", UNSET)

        clamav = d.pop("clamav", UNSET)

        cpanel_and_whm = d.pop("cpanel_and_whm", UNSET)
        if cpanel_and_whm is None:
            cpanel_and_whm = UNSET
        if not isinstance(cpanel_and_whm, (str, Unset)):
            raise TypeError(f"field cpanel_and_whm: expected string, got {type(cpanel_and_whm).__name__}")

        _cpanel_packages = d.pop("cpanel_packages", UNSET)
        cpanel_packages: list[str] | Unset = UNSET
        if _cpanel_packages is not None and not isinstance(_cpanel_packages, Unset):  # null reads as UNSET
            if not isinstance(_cpanel_packages, list):
                raise TypeError(f"field cpanel_packages: expected array, got {type(_cpanel_packages).__name__}")
            cpanel_packages = []
            for cpanel_packages_item_data in _cpanel_packages:
                cpanel_packages_item = cpanel_packages_item_data
                if not isinstance(cpanel_packages_item, (str,)):
                    raise TypeError(
                        f"field cpanel_packages_item: expected string, got {type(cpanel_packages_item).__name__}"
                    )

                cpanel_packages.append(cpanel_packages_item)

        cpanel_php = d.pop("cpanel_php", UNSET)

        cron = d.pop("cron", UNSET)

        cronie = d.pop("cronie", UNSET)

        dovecot = d.pop("dovecot", UNSET)

        _ea_4_packages = d.pop("ea_4_packages", UNSET)
        ea_4_packages: list[str] | Unset = UNSET
        if _ea_4_packages is not None and not isinstance(_ea_4_packages, Unset):  # null reads as UNSET
            if not isinstance(_ea_4_packages, list):
                raise TypeError(f"field ea_4_packages: expected array, got {type(_ea_4_packages).__name__}")
            ea_4_packages = []
            for ea_4_packages_item_data in _ea_4_packages:
                ea_4_packages_item = ea_4_packages_item_data
                if not isinstance(ea_4_packages_item, (str,)):
                    raise TypeError(
                        f"field ea_4_packages_item: expected string, got {type(ea_4_packages_item).__name__}"
                    )

                ea_4_packages.append(ea_4_packages_item)

        easyapache = d.pop("easyapache", UNSET)

        exim = d.pop("exim", UNSET)

        linux_kernel = d.pop("linux_kernel", UNSET)
        if linux_kernel is None:
            linux_kernel = UNSET
        if not isinstance(linux_kernel, (str, Unset)):
            raise TypeError(f"field linux_kernel: expected string, got {type(linux_kernel).__name__}")

        mailman = d.pop("mailman", UNSET)

        mariadb = d.pop("mariadb", UNSET)

        mariadb_build = d.pop("mariadb_build", UNSET)

        munin = d.pop("munin", UNSET)

        mysql = d.pop("mysql", UNSET)

        mysql_build = d.pop("mysql_build", UNSET)

        nscd = d.pop("nscd", UNSET)

        openssh_server = d.pop("openssh-server", UNSET)

        operating_system_name = d.pop("operating_system_name", UNSET)
        if operating_system_name is None:
            operating_system_name = UNSET
        if not isinstance(operating_system_name, (str, Unset)):
            raise TypeError(f"field operating_system_name: expected string, got {type(operating_system_name).__name__}")

        operating_system_version = d.pop("operating_system_version", UNSET)
        if operating_system_version is None:
            operating_system_version = UNSET
        if not isinstance(operating_system_version, (str, Unset)):
            raise TypeError(
                f"field operating_system_version: expected string, got {type(operating_system_version).__name__}"
            )

        _os_packages = d.pop("os_packages", UNSET)
        os_packages: list[str] | Unset = UNSET
        if _os_packages is not None and not isinstance(_os_packages, Unset):  # null reads as UNSET
            if not isinstance(_os_packages, list):
                raise TypeError(f"field os_packages: expected array, got {type(_os_packages).__name__}")
            os_packages = []
            for os_packages_item_data in _os_packages:
                os_packages_item = os_packages_item_data
                if not isinstance(os_packages_item, (str,)):
                    raise TypeError(f"field os_packages_item: expected string, got {type(os_packages_item).__name__}")

                os_packages.append(os_packages_item)

        p0f = d.pop("p0f", UNSET)

        postgresql = d.pop("postgresql", UNSET)

        postgresql_build = d.pop("postgresql_build", UNSET)

        powerdns = d.pop("powerdns", UNSET)

        proftpd = d.pop("proftpd", UNSET)

        pureftpd = d.pop("pureftpd", UNSET)

        roundcube = d.pop("roundcube", UNSET)

        rsyslog = d.pop("rsyslog", UNSET)

        spamd = d.pop("spamd", UNSET)

        installed_versions_data = cls(
            apache=apache,
            apache_php_default_version=apache_php_default_version,
            apache_php_versions=apache_php_versions,
            bind=bind,
            clamav=clamav,
            cpanel_and_whm=cpanel_and_whm,
            cpanel_packages=cpanel_packages,
            cpanel_php=cpanel_php,
            cron=cron,
            cronie=cronie,
            dovecot=dovecot,
            ea_4_packages=ea_4_packages,
            easyapache=easyapache,
            exim=exim,
            linux_kernel=linux_kernel,
            mailman=mailman,
            mariadb=mariadb,
            mariadb_build=mariadb_build,
            munin=munin,
            mysql=mysql,
            mysql_build=mysql_build,
            nscd=nscd,
            openssh_server=openssh_server,
            operating_system_name=operating_system_name,
            operating_system_version=operating_system_version,
            os_packages=os_packages,
            p0f=p0f,
            postgresql=postgresql,
            postgresql_build=postgresql_build,
            powerdns=powerdns,
            proftpd=proftpd,
            pureftpd=pureftpd,
            roundcube=roundcube,
            rsyslog=rsyslog,
            spamd=spamd,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        installed_versions_data.additional_properties = additional_properties
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
