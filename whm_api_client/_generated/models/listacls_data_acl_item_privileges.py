# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListaclsDataAclItemPrivileges")
_new_instance = object.__new__


@_attrs_define
class ListaclsDataAclItemPrivileges:
    """
    Attributes:
        acct_summary (int | Unset):
        add_pkg (int | Unset):
        add_pkg_ip (int | Unset):
        add_pkg_shell (int | Unset):
        all_ (int | Unset):
        allow_addoncreate (int | Unset):
        allow_emaillimits_pkgs (int | Unset):
        allow_parkedcreate (int | Unset):
        allow_shell (int | Unset):
        allow_unlimited_bw_pkgs (int | Unset):
        allow_unlimited_disk_pkgs (int | Unset):
        allow_unlimited_pkgs (int | Unset):
        basic_system_info (int | Unset):
        basic_whm_functions (int | Unset):
        clustering (int | Unset):
        cors_proxy_get (int | Unset):
        cpanel_api (int | Unset):
        cpanel_integration (int | Unset):
        create_acct (int | Unset):
        create_dns (int | Unset):
        create_user_session (int | Unset):
        demo_setup (int | Unset):
        digest_auth (int | Unset):
        edit_account (int | Unset):
        edit_dns (int | Unset):
        edit_mx (int | Unset):
        edit_pkg (int | Unset):
        frontpage (int | Unset):
        generate_email_config (int | Unset):
        kill_acct (int | Unset):
        kill_dns (int | Unset):
        limit_bandwidth (int | Unset):
        list_accts (int | Unset):
        list_pkgs (int | Unset):
        locale_edit (int | Unset):
        mailcheck (int | Unset):
        manage_api_tokens (int | Unset):
        manage_dns_records (int | Unset):
        manage_oidc (int | Unset):
        manage_styles (int | Unset):
        mysql_info (int | Unset):
        news (int | Unset):
        ns_config (int | Unset):
        park_dns (int | Unset):
        passwd (int | Unset):
        quota (int | Unset):
        rearrange_accts (int | Unset):
        resftp (int | Unset):
        restart (int | Unset):
        show_bandwidth (int | Unset):
        ssl (int | Unset):
        ssl_buy (int | Unset):
        ssl_gencrt (int | Unset):
        ssl_info (int | Unset):
        stats (int | Unset):
        status (int | Unset):
        suspend_acct (int | Unset):
        thirdparty (int | Unset):
        track_email (int | Unset):
        upgrade_account (int | Unset):
        viewglobalpackages (int | Unset):
    """

    acct_summary: int | Unset = UNSET
    add_pkg: int | Unset = UNSET
    add_pkg_ip: int | Unset = UNSET
    add_pkg_shell: int | Unset = UNSET
    all_: int | Unset = UNSET
    allow_addoncreate: int | Unset = UNSET
    allow_emaillimits_pkgs: int | Unset = UNSET
    allow_parkedcreate: int | Unset = UNSET
    allow_shell: int | Unset = UNSET
    allow_unlimited_bw_pkgs: int | Unset = UNSET
    allow_unlimited_disk_pkgs: int | Unset = UNSET
    allow_unlimited_pkgs: int | Unset = UNSET
    basic_system_info: int | Unset = UNSET
    basic_whm_functions: int | Unset = UNSET
    clustering: int | Unset = UNSET
    cors_proxy_get: int | Unset = UNSET
    cpanel_api: int | Unset = UNSET
    cpanel_integration: int | Unset = UNSET
    create_acct: int | Unset = UNSET
    create_dns: int | Unset = UNSET
    create_user_session: int | Unset = UNSET
    demo_setup: int | Unset = UNSET
    digest_auth: int | Unset = UNSET
    edit_account: int | Unset = UNSET
    edit_dns: int | Unset = UNSET
    edit_mx: int | Unset = UNSET
    edit_pkg: int | Unset = UNSET
    frontpage: int | Unset = UNSET
    generate_email_config: int | Unset = UNSET
    kill_acct: int | Unset = UNSET
    kill_dns: int | Unset = UNSET
    limit_bandwidth: int | Unset = UNSET
    list_accts: int | Unset = UNSET
    list_pkgs: int | Unset = UNSET
    locale_edit: int | Unset = UNSET
    mailcheck: int | Unset = UNSET
    manage_api_tokens: int | Unset = UNSET
    manage_dns_records: int | Unset = UNSET
    manage_oidc: int | Unset = UNSET
    manage_styles: int | Unset = UNSET
    mysql_info: int | Unset = UNSET
    news: int | Unset = UNSET
    ns_config: int | Unset = UNSET
    park_dns: int | Unset = UNSET
    passwd: int | Unset = UNSET
    quota: int | Unset = UNSET
    rearrange_accts: int | Unset = UNSET
    resftp: int | Unset = UNSET
    restart: int | Unset = UNSET
    show_bandwidth: int | Unset = UNSET
    ssl: int | Unset = UNSET
    ssl_buy: int | Unset = UNSET
    ssl_gencrt: int | Unset = UNSET
    ssl_info: int | Unset = UNSET
    stats: int | Unset = UNSET
    status: int | Unset = UNSET
    suspend_acct: int | Unset = UNSET
    thirdparty: int | Unset = UNSET
    track_email: int | Unset = UNSET
    upgrade_account: int | Unset = UNSET
    viewglobalpackages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        acct_summary = self.acct_summary

        add_pkg = self.add_pkg

        add_pkg_ip = self.add_pkg_ip

        add_pkg_shell = self.add_pkg_shell

        all_ = self.all_

        allow_addoncreate = self.allow_addoncreate

        allow_emaillimits_pkgs = self.allow_emaillimits_pkgs

        allow_parkedcreate = self.allow_parkedcreate

        allow_shell = self.allow_shell

        allow_unlimited_bw_pkgs = self.allow_unlimited_bw_pkgs

        allow_unlimited_disk_pkgs = self.allow_unlimited_disk_pkgs

        allow_unlimited_pkgs = self.allow_unlimited_pkgs

        basic_system_info = self.basic_system_info

        basic_whm_functions = self.basic_whm_functions

        clustering = self.clustering

        cors_proxy_get = self.cors_proxy_get

        cpanel_api = self.cpanel_api

        cpanel_integration = self.cpanel_integration

        create_acct = self.create_acct

        create_dns = self.create_dns

        create_user_session = self.create_user_session

        demo_setup = self.demo_setup

        digest_auth = self.digest_auth

        edit_account = self.edit_account

        edit_dns = self.edit_dns

        edit_mx = self.edit_mx

        edit_pkg = self.edit_pkg

        frontpage = self.frontpage

        generate_email_config = self.generate_email_config

        kill_acct = self.kill_acct

        kill_dns = self.kill_dns

        limit_bandwidth = self.limit_bandwidth

        list_accts = self.list_accts

        list_pkgs = self.list_pkgs

        locale_edit = self.locale_edit

        mailcheck = self.mailcheck

        manage_api_tokens = self.manage_api_tokens

        manage_dns_records = self.manage_dns_records

        manage_oidc = self.manage_oidc

        manage_styles = self.manage_styles

        mysql_info = self.mysql_info

        news = self.news

        ns_config = self.ns_config

        park_dns = self.park_dns

        passwd = self.passwd

        quota = self.quota

        rearrange_accts = self.rearrange_accts

        resftp = self.resftp

        restart = self.restart

        show_bandwidth = self.show_bandwidth

        ssl = self.ssl

        ssl_buy = self.ssl_buy

        ssl_gencrt = self.ssl_gencrt

        ssl_info = self.ssl_info

        stats = self.stats

        status = self.status

        suspend_acct = self.suspend_acct

        thirdparty = self.thirdparty

        track_email = self.track_email

        upgrade_account = self.upgrade_account

        viewglobalpackages = self.viewglobalpackages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acct_summary is not UNSET:
            field_dict["acct-summary"] = acct_summary
        if add_pkg is not UNSET:
            field_dict["add-pkg"] = add_pkg
        if add_pkg_ip is not UNSET:
            field_dict["add-pkg-ip"] = add_pkg_ip
        if add_pkg_shell is not UNSET:
            field_dict["add-pkg-shell"] = add_pkg_shell
        if all_ is not UNSET:
            field_dict["all"] = all_
        if allow_addoncreate is not UNSET:
            field_dict["allow-addoncreate"] = allow_addoncreate
        if allow_emaillimits_pkgs is not UNSET:
            field_dict["allow-emaillimits-pkgs"] = allow_emaillimits_pkgs
        if allow_parkedcreate is not UNSET:
            field_dict["allow-parkedcreate"] = allow_parkedcreate
        if allow_shell is not UNSET:
            field_dict["allow-shell"] = allow_shell
        if allow_unlimited_bw_pkgs is not UNSET:
            field_dict["allow-unlimited-bw-pkgs"] = allow_unlimited_bw_pkgs
        if allow_unlimited_disk_pkgs is not UNSET:
            field_dict["allow-unlimited-disk-pkgs"] = allow_unlimited_disk_pkgs
        if allow_unlimited_pkgs is not UNSET:
            field_dict["allow-unlimited-pkgs"] = allow_unlimited_pkgs
        if basic_system_info is not UNSET:
            field_dict["basic-system-info"] = basic_system_info
        if basic_whm_functions is not UNSET:
            field_dict["basic-whm-functions"] = basic_whm_functions
        if clustering is not UNSET:
            field_dict["clustering"] = clustering
        if cors_proxy_get is not UNSET:
            field_dict["cors-proxy-get"] = cors_proxy_get
        if cpanel_api is not UNSET:
            field_dict["cpanel-api"] = cpanel_api
        if cpanel_integration is not UNSET:
            field_dict["cpanel-integration"] = cpanel_integration
        if create_acct is not UNSET:
            field_dict["create-acct"] = create_acct
        if create_dns is not UNSET:
            field_dict["create-dns"] = create_dns
        if create_user_session is not UNSET:
            field_dict["create-user-session"] = create_user_session
        if demo_setup is not UNSET:
            field_dict["demo-setup"] = demo_setup
        if digest_auth is not UNSET:
            field_dict["digest-auth"] = digest_auth
        if edit_account is not UNSET:
            field_dict["edit-account"] = edit_account
        if edit_dns is not UNSET:
            field_dict["edit-dns"] = edit_dns
        if edit_mx is not UNSET:
            field_dict["edit-mx"] = edit_mx
        if edit_pkg is not UNSET:
            field_dict["edit-pkg"] = edit_pkg
        if frontpage is not UNSET:
            field_dict["frontpage"] = frontpage
        if generate_email_config is not UNSET:
            field_dict["generate-email-config"] = generate_email_config
        if kill_acct is not UNSET:
            field_dict["kill-acct"] = kill_acct
        if kill_dns is not UNSET:
            field_dict["kill-dns"] = kill_dns
        if limit_bandwidth is not UNSET:
            field_dict["limit-bandwidth"] = limit_bandwidth
        if list_accts is not UNSET:
            field_dict["list-accts"] = list_accts
        if list_pkgs is not UNSET:
            field_dict["list-pkgs"] = list_pkgs
        if locale_edit is not UNSET:
            field_dict["locale-edit"] = locale_edit
        if mailcheck is not UNSET:
            field_dict["mailcheck"] = mailcheck
        if manage_api_tokens is not UNSET:
            field_dict["manage-api-tokens"] = manage_api_tokens
        if manage_dns_records is not UNSET:
            field_dict["manage-dns-records"] = manage_dns_records
        if manage_oidc is not UNSET:
            field_dict["manage-oidc"] = manage_oidc
        if manage_styles is not UNSET:
            field_dict["manage-styles"] = manage_styles
        if mysql_info is not UNSET:
            field_dict["mysql-info"] = mysql_info
        if news is not UNSET:
            field_dict["news"] = news
        if ns_config is not UNSET:
            field_dict["ns-config"] = ns_config
        if park_dns is not UNSET:
            field_dict["park-dns"] = park_dns
        if passwd is not UNSET:
            field_dict["passwd"] = passwd
        if quota is not UNSET:
            field_dict["quota"] = quota
        if rearrange_accts is not UNSET:
            field_dict["rearrange-accts"] = rearrange_accts
        if resftp is not UNSET:
            field_dict["resftp"] = resftp
        if restart is not UNSET:
            field_dict["restart"] = restart
        if show_bandwidth is not UNSET:
            field_dict["show-bandwidth"] = show_bandwidth
        if ssl is not UNSET:
            field_dict["ssl"] = ssl
        if ssl_buy is not UNSET:
            field_dict["ssl-buy"] = ssl_buy
        if ssl_gencrt is not UNSET:
            field_dict["ssl-gencrt"] = ssl_gencrt
        if ssl_info is not UNSET:
            field_dict["ssl-info"] = ssl_info
        if stats is not UNSET:
            field_dict["stats"] = stats
        if status is not UNSET:
            field_dict["status"] = status
        if suspend_acct is not UNSET:
            field_dict["suspend-acct"] = suspend_acct
        if thirdparty is not UNSET:
            field_dict["thirdparty"] = thirdparty
        if track_email is not UNSET:
            field_dict["track-email"] = track_email
        if upgrade_account is not UNSET:
            field_dict["upgrade-account"] = upgrade_account
        if viewglobalpackages is not UNSET:
            field_dict["viewglobalpackages"] = viewglobalpackages

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acct_summary = d.pop("acct-summary", UNSET)
        if acct_summary.__class__ is not int:
            acct_summary = read_value(acct_summary, "acct-summary", "integer", False)

        add_pkg = d.pop("add-pkg", UNSET)
        if add_pkg.__class__ is not int:
            add_pkg = read_value(add_pkg, "add-pkg", "integer", False)

        add_pkg_ip = d.pop("add-pkg-ip", UNSET)
        if add_pkg_ip.__class__ is not int:
            add_pkg_ip = read_value(add_pkg_ip, "add-pkg-ip", "integer", False)

        add_pkg_shell = d.pop("add-pkg-shell", UNSET)
        if add_pkg_shell.__class__ is not int:
            add_pkg_shell = read_value(add_pkg_shell, "add-pkg-shell", "integer", False)

        all_ = d.pop("all", UNSET)
        if all_.__class__ is not int:
            all_ = read_value(all_, "all", "integer", False)

        allow_addoncreate = d.pop("allow-addoncreate", UNSET)
        if allow_addoncreate.__class__ is not int:
            allow_addoncreate = read_value(allow_addoncreate, "allow-addoncreate", "integer", False)

        allow_emaillimits_pkgs = d.pop("allow-emaillimits-pkgs", UNSET)
        if allow_emaillimits_pkgs.__class__ is not int:
            allow_emaillimits_pkgs = read_value(allow_emaillimits_pkgs, "allow-emaillimits-pkgs", "integer", False)

        allow_parkedcreate = d.pop("allow-parkedcreate", UNSET)
        if allow_parkedcreate.__class__ is not int:
            allow_parkedcreate = read_value(allow_parkedcreate, "allow-parkedcreate", "integer", False)

        allow_shell = d.pop("allow-shell", UNSET)
        if allow_shell.__class__ is not int:
            allow_shell = read_value(allow_shell, "allow-shell", "integer", False)

        allow_unlimited_bw_pkgs = d.pop("allow-unlimited-bw-pkgs", UNSET)
        if allow_unlimited_bw_pkgs.__class__ is not int:
            allow_unlimited_bw_pkgs = read_value(allow_unlimited_bw_pkgs, "allow-unlimited-bw-pkgs", "integer", False)

        allow_unlimited_disk_pkgs = d.pop("allow-unlimited-disk-pkgs", UNSET)
        if allow_unlimited_disk_pkgs.__class__ is not int:
            allow_unlimited_disk_pkgs = read_value(
                allow_unlimited_disk_pkgs, "allow-unlimited-disk-pkgs", "integer", False
            )

        allow_unlimited_pkgs = d.pop("allow-unlimited-pkgs", UNSET)
        if allow_unlimited_pkgs.__class__ is not int:
            allow_unlimited_pkgs = read_value(allow_unlimited_pkgs, "allow-unlimited-pkgs", "integer", False)

        basic_system_info = d.pop("basic-system-info", UNSET)
        if basic_system_info.__class__ is not int:
            basic_system_info = read_value(basic_system_info, "basic-system-info", "integer", False)

        basic_whm_functions = d.pop("basic-whm-functions", UNSET)
        if basic_whm_functions.__class__ is not int:
            basic_whm_functions = read_value(basic_whm_functions, "basic-whm-functions", "integer", False)

        clustering = d.pop("clustering", UNSET)
        if clustering.__class__ is not int:
            clustering = read_value(clustering, "clustering", "integer", False)

        cors_proxy_get = d.pop("cors-proxy-get", UNSET)
        if cors_proxy_get.__class__ is not int:
            cors_proxy_get = read_value(cors_proxy_get, "cors-proxy-get", "integer", False)

        cpanel_api = d.pop("cpanel-api", UNSET)
        if cpanel_api.__class__ is not int:
            cpanel_api = read_value(cpanel_api, "cpanel-api", "integer", False)

        cpanel_integration = d.pop("cpanel-integration", UNSET)
        if cpanel_integration.__class__ is not int:
            cpanel_integration = read_value(cpanel_integration, "cpanel-integration", "integer", False)

        create_acct = d.pop("create-acct", UNSET)
        if create_acct.__class__ is not int:
            create_acct = read_value(create_acct, "create-acct", "integer", False)

        create_dns = d.pop("create-dns", UNSET)
        if create_dns.__class__ is not int:
            create_dns = read_value(create_dns, "create-dns", "integer", False)

        create_user_session = d.pop("create-user-session", UNSET)
        if create_user_session.__class__ is not int:
            create_user_session = read_value(create_user_session, "create-user-session", "integer", False)

        demo_setup = d.pop("demo-setup", UNSET)
        if demo_setup.__class__ is not int:
            demo_setup = read_value(demo_setup, "demo-setup", "integer", False)

        digest_auth = d.pop("digest-auth", UNSET)
        if digest_auth.__class__ is not int:
            digest_auth = read_value(digest_auth, "digest-auth", "integer", False)

        edit_account = d.pop("edit-account", UNSET)
        if edit_account.__class__ is not int:
            edit_account = read_value(edit_account, "edit-account", "integer", False)

        edit_dns = d.pop("edit-dns", UNSET)
        if edit_dns.__class__ is not int:
            edit_dns = read_value(edit_dns, "edit-dns", "integer", False)

        edit_mx = d.pop("edit-mx", UNSET)
        if edit_mx.__class__ is not int:
            edit_mx = read_value(edit_mx, "edit-mx", "integer", False)

        edit_pkg = d.pop("edit-pkg", UNSET)
        if edit_pkg.__class__ is not int:
            edit_pkg = read_value(edit_pkg, "edit-pkg", "integer", False)

        frontpage = d.pop("frontpage", UNSET)
        if frontpage.__class__ is not int:
            frontpage = read_value(frontpage, "frontpage", "integer", False)

        generate_email_config = d.pop("generate-email-config", UNSET)
        if generate_email_config.__class__ is not int:
            generate_email_config = read_value(generate_email_config, "generate-email-config", "integer", False)

        kill_acct = d.pop("kill-acct", UNSET)
        if kill_acct.__class__ is not int:
            kill_acct = read_value(kill_acct, "kill-acct", "integer", False)

        kill_dns = d.pop("kill-dns", UNSET)
        if kill_dns.__class__ is not int:
            kill_dns = read_value(kill_dns, "kill-dns", "integer", False)

        limit_bandwidth = d.pop("limit-bandwidth", UNSET)
        if limit_bandwidth.__class__ is not int:
            limit_bandwidth = read_value(limit_bandwidth, "limit-bandwidth", "integer", False)

        list_accts = d.pop("list-accts", UNSET)
        if list_accts.__class__ is not int:
            list_accts = read_value(list_accts, "list-accts", "integer", False)

        list_pkgs = d.pop("list-pkgs", UNSET)
        if list_pkgs.__class__ is not int:
            list_pkgs = read_value(list_pkgs, "list-pkgs", "integer", False)

        locale_edit = d.pop("locale-edit", UNSET)
        if locale_edit.__class__ is not int:
            locale_edit = read_value(locale_edit, "locale-edit", "integer", False)

        mailcheck = d.pop("mailcheck", UNSET)
        if mailcheck.__class__ is not int:
            mailcheck = read_value(mailcheck, "mailcheck", "integer", False)

        manage_api_tokens = d.pop("manage-api-tokens", UNSET)
        if manage_api_tokens.__class__ is not int:
            manage_api_tokens = read_value(manage_api_tokens, "manage-api-tokens", "integer", False)

        manage_dns_records = d.pop("manage-dns-records", UNSET)
        if manage_dns_records.__class__ is not int:
            manage_dns_records = read_value(manage_dns_records, "manage-dns-records", "integer", False)

        manage_oidc = d.pop("manage-oidc", UNSET)
        if manage_oidc.__class__ is not int:
            manage_oidc = read_value(manage_oidc, "manage-oidc", "integer", False)

        manage_styles = d.pop("manage-styles", UNSET)
        if manage_styles.__class__ is not int:
            manage_styles = read_value(manage_styles, "manage-styles", "integer", False)

        mysql_info = d.pop("mysql-info", UNSET)
        if mysql_info.__class__ is not int:
            mysql_info = read_value(mysql_info, "mysql-info", "integer", False)

        news = d.pop("news", UNSET)
        if news.__class__ is not int:
            news = read_value(news, "news", "integer", False)

        ns_config = d.pop("ns-config", UNSET)
        if ns_config.__class__ is not int:
            ns_config = read_value(ns_config, "ns-config", "integer", False)

        park_dns = d.pop("park-dns", UNSET)
        if park_dns.__class__ is not int:
            park_dns = read_value(park_dns, "park-dns", "integer", False)

        passwd = d.pop("passwd", UNSET)
        if passwd.__class__ is not int:
            passwd = read_value(passwd, "passwd", "integer", False)

        quota = d.pop("quota", UNSET)
        if quota.__class__ is not int:
            quota = read_value(quota, "quota", "integer", False)

        rearrange_accts = d.pop("rearrange-accts", UNSET)
        if rearrange_accts.__class__ is not int:
            rearrange_accts = read_value(rearrange_accts, "rearrange-accts", "integer", False)

        resftp = d.pop("resftp", UNSET)
        if resftp.__class__ is not int:
            resftp = read_value(resftp, "resftp", "integer", False)

        restart = d.pop("restart", UNSET)
        if restart.__class__ is not int:
            restart = read_value(restart, "restart", "integer", False)

        show_bandwidth = d.pop("show-bandwidth", UNSET)
        if show_bandwidth.__class__ is not int:
            show_bandwidth = read_value(show_bandwidth, "show-bandwidth", "integer", False)

        ssl = d.pop("ssl", UNSET)
        if ssl.__class__ is not int:
            ssl = read_value(ssl, "ssl", "integer", False)

        ssl_buy = d.pop("ssl-buy", UNSET)
        if ssl_buy.__class__ is not int:
            ssl_buy = read_value(ssl_buy, "ssl-buy", "integer", False)

        ssl_gencrt = d.pop("ssl-gencrt", UNSET)
        if ssl_gencrt.__class__ is not int:
            ssl_gencrt = read_value(ssl_gencrt, "ssl-gencrt", "integer", False)

        ssl_info = d.pop("ssl-info", UNSET)
        if ssl_info.__class__ is not int:
            ssl_info = read_value(ssl_info, "ssl-info", "integer", False)

        stats = d.pop("stats", UNSET)
        if stats.__class__ is not int:
            stats = read_value(stats, "stats", "integer", False)

        status = d.pop("status", UNSET)
        if status.__class__ is not int:
            status = read_value(status, "status", "integer", False)

        suspend_acct = d.pop("suspend-acct", UNSET)
        if suspend_acct.__class__ is not int:
            suspend_acct = read_value(suspend_acct, "suspend-acct", "integer", False)

        thirdparty = d.pop("thirdparty", UNSET)
        if thirdparty.__class__ is not int:
            thirdparty = read_value(thirdparty, "thirdparty", "integer", False)

        track_email = d.pop("track-email", UNSET)
        if track_email.__class__ is not int:
            track_email = read_value(track_email, "track-email", "integer", False)

        upgrade_account = d.pop("upgrade-account", UNSET)
        if upgrade_account.__class__ is not int:
            upgrade_account = read_value(upgrade_account, "upgrade-account", "integer", False)

        viewglobalpackages = d.pop("viewglobalpackages", UNSET)
        if viewglobalpackages.__class__ is not int:
            viewglobalpackages = read_value(viewglobalpackages, "viewglobalpackages", "integer", False)

        listacls_data_acl_item_privileges = _new_instance(cls)
        listacls_data_acl_item_privileges.acct_summary = acct_summary
        listacls_data_acl_item_privileges.add_pkg = add_pkg
        listacls_data_acl_item_privileges.add_pkg_ip = add_pkg_ip
        listacls_data_acl_item_privileges.add_pkg_shell = add_pkg_shell
        listacls_data_acl_item_privileges.all_ = all_
        listacls_data_acl_item_privileges.allow_addoncreate = allow_addoncreate
        listacls_data_acl_item_privileges.allow_emaillimits_pkgs = allow_emaillimits_pkgs
        listacls_data_acl_item_privileges.allow_parkedcreate = allow_parkedcreate
        listacls_data_acl_item_privileges.allow_shell = allow_shell
        listacls_data_acl_item_privileges.allow_unlimited_bw_pkgs = allow_unlimited_bw_pkgs
        listacls_data_acl_item_privileges.allow_unlimited_disk_pkgs = allow_unlimited_disk_pkgs
        listacls_data_acl_item_privileges.allow_unlimited_pkgs = allow_unlimited_pkgs
        listacls_data_acl_item_privileges.basic_system_info = basic_system_info
        listacls_data_acl_item_privileges.basic_whm_functions = basic_whm_functions
        listacls_data_acl_item_privileges.clustering = clustering
        listacls_data_acl_item_privileges.cors_proxy_get = cors_proxy_get
        listacls_data_acl_item_privileges.cpanel_api = cpanel_api
        listacls_data_acl_item_privileges.cpanel_integration = cpanel_integration
        listacls_data_acl_item_privileges.create_acct = create_acct
        listacls_data_acl_item_privileges.create_dns = create_dns
        listacls_data_acl_item_privileges.create_user_session = create_user_session
        listacls_data_acl_item_privileges.demo_setup = demo_setup
        listacls_data_acl_item_privileges.digest_auth = digest_auth
        listacls_data_acl_item_privileges.edit_account = edit_account
        listacls_data_acl_item_privileges.edit_dns = edit_dns
        listacls_data_acl_item_privileges.edit_mx = edit_mx
        listacls_data_acl_item_privileges.edit_pkg = edit_pkg
        listacls_data_acl_item_privileges.frontpage = frontpage
        listacls_data_acl_item_privileges.generate_email_config = generate_email_config
        listacls_data_acl_item_privileges.kill_acct = kill_acct
        listacls_data_acl_item_privileges.kill_dns = kill_dns
        listacls_data_acl_item_privileges.limit_bandwidth = limit_bandwidth
        listacls_data_acl_item_privileges.list_accts = list_accts
        listacls_data_acl_item_privileges.list_pkgs = list_pkgs
        listacls_data_acl_item_privileges.locale_edit = locale_edit
        listacls_data_acl_item_privileges.mailcheck = mailcheck
        listacls_data_acl_item_privileges.manage_api_tokens = manage_api_tokens
        listacls_data_acl_item_privileges.manage_dns_records = manage_dns_records
        listacls_data_acl_item_privileges.manage_oidc = manage_oidc
        listacls_data_acl_item_privileges.manage_styles = manage_styles
        listacls_data_acl_item_privileges.mysql_info = mysql_info
        listacls_data_acl_item_privileges.news = news
        listacls_data_acl_item_privileges.ns_config = ns_config
        listacls_data_acl_item_privileges.park_dns = park_dns
        listacls_data_acl_item_privileges.passwd = passwd
        listacls_data_acl_item_privileges.quota = quota
        listacls_data_acl_item_privileges.rearrange_accts = rearrange_accts
        listacls_data_acl_item_privileges.resftp = resftp
        listacls_data_acl_item_privileges.restart = restart
        listacls_data_acl_item_privileges.show_bandwidth = show_bandwidth
        listacls_data_acl_item_privileges.ssl = ssl
        listacls_data_acl_item_privileges.ssl_buy = ssl_buy
        listacls_data_acl_item_privileges.ssl_gencrt = ssl_gencrt
        listacls_data_acl_item_privileges.ssl_info = ssl_info
        listacls_data_acl_item_privileges.stats = stats
        listacls_data_acl_item_privileges.status = status
        listacls_data_acl_item_privileges.suspend_acct = suspend_acct
        listacls_data_acl_item_privileges.thirdparty = thirdparty
        listacls_data_acl_item_privileges.track_email = track_email
        listacls_data_acl_item_privileges.upgrade_account = upgrade_account
        listacls_data_acl_item_privileges.viewglobalpackages = viewglobalpackages

        listacls_data_acl_item_privileges.additional_properties = dict(d) if d else {}
        return listacls_data_acl_item_privileges

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
