# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MyprivsDataPrivilegesItem")


@_attrs_define
class MyprivsDataPrivilegesItem:
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
        file_restore (int | Unset):
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
    file_restore: int | Unset = UNSET
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

        file_restore = self.file_restore

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
        if file_restore is not UNSET:
            field_dict["file-restore"] = file_restore
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acct_summary = d.pop("acct-summary", UNSET)
        if acct_summary is None:
            acct_summary = UNSET
        if not isinstance(acct_summary, (int, Unset)):
            raise TypeError(f"field acct-summary: expected integer, got {type(acct_summary).__name__}")

        add_pkg = d.pop("add-pkg", UNSET)
        if add_pkg is None:
            add_pkg = UNSET
        if not isinstance(add_pkg, (int, Unset)):
            raise TypeError(f"field add-pkg: expected integer, got {type(add_pkg).__name__}")

        add_pkg_ip = d.pop("add-pkg-ip", UNSET)
        if add_pkg_ip is None:
            add_pkg_ip = UNSET
        if not isinstance(add_pkg_ip, (int, Unset)):
            raise TypeError(f"field add-pkg-ip: expected integer, got {type(add_pkg_ip).__name__}")

        add_pkg_shell = d.pop("add-pkg-shell", UNSET)
        if add_pkg_shell is None:
            add_pkg_shell = UNSET
        if not isinstance(add_pkg_shell, (int, Unset)):
            raise TypeError(f"field add-pkg-shell: expected integer, got {type(add_pkg_shell).__name__}")

        all_ = d.pop("all", UNSET)
        if all_ is None:
            all_ = UNSET
        if not isinstance(all_, (int, Unset)):
            raise TypeError(f"field all: expected integer, got {type(all_).__name__}")

        allow_addoncreate = d.pop("allow-addoncreate", UNSET)
        if allow_addoncreate is None:
            allow_addoncreate = UNSET
        if not isinstance(allow_addoncreate, (int, Unset)):
            raise TypeError(f"field allow-addoncreate: expected integer, got {type(allow_addoncreate).__name__}")

        allow_emaillimits_pkgs = d.pop("allow-emaillimits-pkgs", UNSET)
        if allow_emaillimits_pkgs is None:
            allow_emaillimits_pkgs = UNSET
        if not isinstance(allow_emaillimits_pkgs, (int, Unset)):
            raise TypeError(
                f"field allow-emaillimits-pkgs: expected integer, got {type(allow_emaillimits_pkgs).__name__}"
            )

        allow_parkedcreate = d.pop("allow-parkedcreate", UNSET)
        if allow_parkedcreate is None:
            allow_parkedcreate = UNSET
        if not isinstance(allow_parkedcreate, (int, Unset)):
            raise TypeError(f"field allow-parkedcreate: expected integer, got {type(allow_parkedcreate).__name__}")

        allow_shell = d.pop("allow-shell", UNSET)
        if allow_shell is None:
            allow_shell = UNSET
        if not isinstance(allow_shell, (int, Unset)):
            raise TypeError(f"field allow-shell: expected integer, got {type(allow_shell).__name__}")

        allow_unlimited_bw_pkgs = d.pop("allow-unlimited-bw-pkgs", UNSET)
        if allow_unlimited_bw_pkgs is None:
            allow_unlimited_bw_pkgs = UNSET
        if not isinstance(allow_unlimited_bw_pkgs, (int, Unset)):
            raise TypeError(
                f"field allow-unlimited-bw-pkgs: expected integer, got {type(allow_unlimited_bw_pkgs).__name__}"
            )

        allow_unlimited_disk_pkgs = d.pop("allow-unlimited-disk-pkgs", UNSET)
        if allow_unlimited_disk_pkgs is None:
            allow_unlimited_disk_pkgs = UNSET
        if not isinstance(allow_unlimited_disk_pkgs, (int, Unset)):
            raise TypeError(
                f"field allow-unlimited-disk-pkgs: expected integer, got {type(allow_unlimited_disk_pkgs).__name__}"
            )

        allow_unlimited_pkgs = d.pop("allow-unlimited-pkgs", UNSET)
        if allow_unlimited_pkgs is None:
            allow_unlimited_pkgs = UNSET
        if not isinstance(allow_unlimited_pkgs, (int, Unset)):
            raise TypeError(f"field allow-unlimited-pkgs: expected integer, got {type(allow_unlimited_pkgs).__name__}")

        basic_system_info = d.pop("basic-system-info", UNSET)
        if basic_system_info is None:
            basic_system_info = UNSET
        if not isinstance(basic_system_info, (int, Unset)):
            raise TypeError(f"field basic-system-info: expected integer, got {type(basic_system_info).__name__}")

        basic_whm_functions = d.pop("basic-whm-functions", UNSET)
        if basic_whm_functions is None:
            basic_whm_functions = UNSET
        if not isinstance(basic_whm_functions, (int, Unset)):
            raise TypeError(f"field basic-whm-functions: expected integer, got {type(basic_whm_functions).__name__}")

        clustering = d.pop("clustering", UNSET)
        if clustering is None:
            clustering = UNSET
        if not isinstance(clustering, (int, Unset)):
            raise TypeError(f"field clustering: expected integer, got {type(clustering).__name__}")

        cors_proxy_get = d.pop("cors-proxy-get", UNSET)
        if cors_proxy_get is None:
            cors_proxy_get = UNSET
        if not isinstance(cors_proxy_get, (int, Unset)):
            raise TypeError(f"field cors-proxy-get: expected integer, got {type(cors_proxy_get).__name__}")

        cpanel_api = d.pop("cpanel-api", UNSET)
        if cpanel_api is None:
            cpanel_api = UNSET
        if not isinstance(cpanel_api, (int, Unset)):
            raise TypeError(f"field cpanel-api: expected integer, got {type(cpanel_api).__name__}")

        cpanel_integration = d.pop("cpanel-integration", UNSET)
        if cpanel_integration is None:
            cpanel_integration = UNSET
        if not isinstance(cpanel_integration, (int, Unset)):
            raise TypeError(f"field cpanel-integration: expected integer, got {type(cpanel_integration).__name__}")

        create_acct = d.pop("create-acct", UNSET)
        if create_acct is None:
            create_acct = UNSET
        if not isinstance(create_acct, (int, Unset)):
            raise TypeError(f"field create-acct: expected integer, got {type(create_acct).__name__}")

        create_dns = d.pop("create-dns", UNSET)
        if create_dns is None:
            create_dns = UNSET
        if not isinstance(create_dns, (int, Unset)):
            raise TypeError(f"field create-dns: expected integer, got {type(create_dns).__name__}")

        create_user_session = d.pop("create-user-session", UNSET)
        if create_user_session is None:
            create_user_session = UNSET
        if not isinstance(create_user_session, (int, Unset)):
            raise TypeError(f"field create-user-session: expected integer, got {type(create_user_session).__name__}")

        demo_setup = d.pop("demo-setup", UNSET)
        if demo_setup is None:
            demo_setup = UNSET
        if not isinstance(demo_setup, (int, Unset)):
            raise TypeError(f"field demo-setup: expected integer, got {type(demo_setup).__name__}")

        digest_auth = d.pop("digest-auth", UNSET)
        if digest_auth is None:
            digest_auth = UNSET
        if not isinstance(digest_auth, (int, Unset)):
            raise TypeError(f"field digest-auth: expected integer, got {type(digest_auth).__name__}")

        edit_account = d.pop("edit-account", UNSET)
        if edit_account is None:
            edit_account = UNSET
        if not isinstance(edit_account, (int, Unset)):
            raise TypeError(f"field edit-account: expected integer, got {type(edit_account).__name__}")

        edit_dns = d.pop("edit-dns", UNSET)
        if edit_dns is None:
            edit_dns = UNSET
        if not isinstance(edit_dns, (int, Unset)):
            raise TypeError(f"field edit-dns: expected integer, got {type(edit_dns).__name__}")

        edit_mx = d.pop("edit-mx", UNSET)
        if edit_mx is None:
            edit_mx = UNSET
        if not isinstance(edit_mx, (int, Unset)):
            raise TypeError(f"field edit-mx: expected integer, got {type(edit_mx).__name__}")

        edit_pkg = d.pop("edit-pkg", UNSET)
        if edit_pkg is None:
            edit_pkg = UNSET
        if not isinstance(edit_pkg, (int, Unset)):
            raise TypeError(f"field edit-pkg: expected integer, got {type(edit_pkg).__name__}")

        file_restore = d.pop("file-restore", UNSET)
        if file_restore is None:
            file_restore = UNSET
        if not isinstance(file_restore, (int, Unset)):
            raise TypeError(f"field file-restore: expected integer, got {type(file_restore).__name__}")

        generate_email_config = d.pop("generate-email-config", UNSET)
        if generate_email_config is None:
            generate_email_config = UNSET
        if not isinstance(generate_email_config, (int, Unset)):
            raise TypeError(
                f"field generate-email-config: expected integer, got {type(generate_email_config).__name__}"
            )

        kill_acct = d.pop("kill-acct", UNSET)
        if kill_acct is None:
            kill_acct = UNSET
        if not isinstance(kill_acct, (int, Unset)):
            raise TypeError(f"field kill-acct: expected integer, got {type(kill_acct).__name__}")

        kill_dns = d.pop("kill-dns", UNSET)
        if kill_dns is None:
            kill_dns = UNSET
        if not isinstance(kill_dns, (int, Unset)):
            raise TypeError(f"field kill-dns: expected integer, got {type(kill_dns).__name__}")

        limit_bandwidth = d.pop("limit-bandwidth", UNSET)
        if limit_bandwidth is None:
            limit_bandwidth = UNSET
        if not isinstance(limit_bandwidth, (int, Unset)):
            raise TypeError(f"field limit-bandwidth: expected integer, got {type(limit_bandwidth).__name__}")

        list_accts = d.pop("list-accts", UNSET)
        if list_accts is None:
            list_accts = UNSET
        if not isinstance(list_accts, (int, Unset)):
            raise TypeError(f"field list-accts: expected integer, got {type(list_accts).__name__}")

        list_pkgs = d.pop("list-pkgs", UNSET)
        if list_pkgs is None:
            list_pkgs = UNSET
        if not isinstance(list_pkgs, (int, Unset)):
            raise TypeError(f"field list-pkgs: expected integer, got {type(list_pkgs).__name__}")

        locale_edit = d.pop("locale-edit", UNSET)
        if locale_edit is None:
            locale_edit = UNSET
        if not isinstance(locale_edit, (int, Unset)):
            raise TypeError(f"field locale-edit: expected integer, got {type(locale_edit).__name__}")

        mailcheck = d.pop("mailcheck", UNSET)
        if mailcheck is None:
            mailcheck = UNSET
        if not isinstance(mailcheck, (int, Unset)):
            raise TypeError(f"field mailcheck: expected integer, got {type(mailcheck).__name__}")

        manage_api_tokens = d.pop("manage-api-tokens", UNSET)
        if manage_api_tokens is None:
            manage_api_tokens = UNSET
        if not isinstance(manage_api_tokens, (int, Unset)):
            raise TypeError(f"field manage-api-tokens: expected integer, got {type(manage_api_tokens).__name__}")

        manage_dns_records = d.pop("manage-dns-records", UNSET)
        if manage_dns_records is None:
            manage_dns_records = UNSET
        if not isinstance(manage_dns_records, (int, Unset)):
            raise TypeError(f"field manage-dns-records: expected integer, got {type(manage_dns_records).__name__}")

        manage_oidc = d.pop("manage-oidc", UNSET)
        if manage_oidc is None:
            manage_oidc = UNSET
        if not isinstance(manage_oidc, (int, Unset)):
            raise TypeError(f"field manage-oidc: expected integer, got {type(manage_oidc).__name__}")

        manage_styles = d.pop("manage-styles", UNSET)
        if manage_styles is None:
            manage_styles = UNSET
        if not isinstance(manage_styles, (int, Unset)):
            raise TypeError(f"field manage-styles: expected integer, got {type(manage_styles).__name__}")

        mysql_info = d.pop("mysql-info", UNSET)
        if mysql_info is None:
            mysql_info = UNSET
        if not isinstance(mysql_info, (int, Unset)):
            raise TypeError(f"field mysql-info: expected integer, got {type(mysql_info).__name__}")

        news = d.pop("news", UNSET)
        if news is None:
            news = UNSET
        if not isinstance(news, (int, Unset)):
            raise TypeError(f"field news: expected integer, got {type(news).__name__}")

        ns_config = d.pop("ns-config", UNSET)
        if ns_config is None:
            ns_config = UNSET
        if not isinstance(ns_config, (int, Unset)):
            raise TypeError(f"field ns-config: expected integer, got {type(ns_config).__name__}")

        park_dns = d.pop("park-dns", UNSET)
        if park_dns is None:
            park_dns = UNSET
        if not isinstance(park_dns, (int, Unset)):
            raise TypeError(f"field park-dns: expected integer, got {type(park_dns).__name__}")

        passwd = d.pop("passwd", UNSET)
        if passwd is None:
            passwd = UNSET
        if not isinstance(passwd, (int, Unset)):
            raise TypeError(f"field passwd: expected integer, got {type(passwd).__name__}")

        quota = d.pop("quota", UNSET)
        if quota is None:
            quota = UNSET
        if not isinstance(quota, (int, Unset)):
            raise TypeError(f"field quota: expected integer, got {type(quota).__name__}")

        rearrange_accts = d.pop("rearrange-accts", UNSET)
        if rearrange_accts is None:
            rearrange_accts = UNSET
        if not isinstance(rearrange_accts, (int, Unset)):
            raise TypeError(f"field rearrange-accts: expected integer, got {type(rearrange_accts).__name__}")

        resftp = d.pop("resftp", UNSET)
        if resftp is None:
            resftp = UNSET
        if not isinstance(resftp, (int, Unset)):
            raise TypeError(f"field resftp: expected integer, got {type(resftp).__name__}")

        restart = d.pop("restart", UNSET)
        if restart is None:
            restart = UNSET
        if not isinstance(restart, (int, Unset)):
            raise TypeError(f"field restart: expected integer, got {type(restart).__name__}")

        show_bandwidth = d.pop("show-bandwidth", UNSET)
        if show_bandwidth is None:
            show_bandwidth = UNSET
        if not isinstance(show_bandwidth, (int, Unset)):
            raise TypeError(f"field show-bandwidth: expected integer, got {type(show_bandwidth).__name__}")

        ssl = d.pop("ssl", UNSET)
        if ssl is None:
            ssl = UNSET
        if not isinstance(ssl, (int, Unset)):
            raise TypeError(f"field ssl: expected integer, got {type(ssl).__name__}")

        ssl_buy = d.pop("ssl-buy", UNSET)
        if ssl_buy is None:
            ssl_buy = UNSET
        if not isinstance(ssl_buy, (int, Unset)):
            raise TypeError(f"field ssl-buy: expected integer, got {type(ssl_buy).__name__}")

        ssl_gencrt = d.pop("ssl-gencrt", UNSET)
        if ssl_gencrt is None:
            ssl_gencrt = UNSET
        if not isinstance(ssl_gencrt, (int, Unset)):
            raise TypeError(f"field ssl-gencrt: expected integer, got {type(ssl_gencrt).__name__}")

        ssl_info = d.pop("ssl-info", UNSET)
        if ssl_info is None:
            ssl_info = UNSET
        if not isinstance(ssl_info, (int, Unset)):
            raise TypeError(f"field ssl-info: expected integer, got {type(ssl_info).__name__}")

        stats = d.pop("stats", UNSET)
        if stats is None:
            stats = UNSET
        if not isinstance(stats, (int, Unset)):
            raise TypeError(f"field stats: expected integer, got {type(stats).__name__}")

        status = d.pop("status", UNSET)
        if status is None:
            status = UNSET
        if not isinstance(status, (int, Unset)):
            raise TypeError(f"field status: expected integer, got {type(status).__name__}")

        suspend_acct = d.pop("suspend-acct", UNSET)
        if suspend_acct is None:
            suspend_acct = UNSET
        if not isinstance(suspend_acct, (int, Unset)):
            raise TypeError(f"field suspend-acct: expected integer, got {type(suspend_acct).__name__}")

        thirdparty = d.pop("thirdparty", UNSET)
        if thirdparty is None:
            thirdparty = UNSET
        if not isinstance(thirdparty, (int, Unset)):
            raise TypeError(f"field thirdparty: expected integer, got {type(thirdparty).__name__}")

        track_email = d.pop("track-email", UNSET)
        if track_email is None:
            track_email = UNSET
        if not isinstance(track_email, (int, Unset)):
            raise TypeError(f"field track-email: expected integer, got {type(track_email).__name__}")

        upgrade_account = d.pop("upgrade-account", UNSET)
        if upgrade_account is None:
            upgrade_account = UNSET
        if not isinstance(upgrade_account, (int, Unset)):
            raise TypeError(f"field upgrade-account: expected integer, got {type(upgrade_account).__name__}")

        viewglobalpackages = d.pop("viewglobalpackages", UNSET)
        if viewglobalpackages is None:
            viewglobalpackages = UNSET
        if not isinstance(viewglobalpackages, (int, Unset)):
            raise TypeError(f"field viewglobalpackages: expected integer, got {type(viewglobalpackages).__name__}")

        myprivs_data_privileges_item = cls(
            acct_summary=acct_summary,
            add_pkg=add_pkg,
            add_pkg_ip=add_pkg_ip,
            add_pkg_shell=add_pkg_shell,
            all_=all_,
            allow_addoncreate=allow_addoncreate,
            allow_emaillimits_pkgs=allow_emaillimits_pkgs,
            allow_parkedcreate=allow_parkedcreate,
            allow_shell=allow_shell,
            allow_unlimited_bw_pkgs=allow_unlimited_bw_pkgs,
            allow_unlimited_disk_pkgs=allow_unlimited_disk_pkgs,
            allow_unlimited_pkgs=allow_unlimited_pkgs,
            basic_system_info=basic_system_info,
            basic_whm_functions=basic_whm_functions,
            clustering=clustering,
            cors_proxy_get=cors_proxy_get,
            cpanel_api=cpanel_api,
            cpanel_integration=cpanel_integration,
            create_acct=create_acct,
            create_dns=create_dns,
            create_user_session=create_user_session,
            demo_setup=demo_setup,
            digest_auth=digest_auth,
            edit_account=edit_account,
            edit_dns=edit_dns,
            edit_mx=edit_mx,
            edit_pkg=edit_pkg,
            file_restore=file_restore,
            generate_email_config=generate_email_config,
            kill_acct=kill_acct,
            kill_dns=kill_dns,
            limit_bandwidth=limit_bandwidth,
            list_accts=list_accts,
            list_pkgs=list_pkgs,
            locale_edit=locale_edit,
            mailcheck=mailcheck,
            manage_api_tokens=manage_api_tokens,
            manage_dns_records=manage_dns_records,
            manage_oidc=manage_oidc,
            manage_styles=manage_styles,
            mysql_info=mysql_info,
            news=news,
            ns_config=ns_config,
            park_dns=park_dns,
            passwd=passwd,
            quota=quota,
            rearrange_accts=rearrange_accts,
            resftp=resftp,
            restart=restart,
            show_bandwidth=show_bandwidth,
            ssl=ssl,
            ssl_buy=ssl_buy,
            ssl_gencrt=ssl_gencrt,
            ssl_info=ssl_info,
            stats=stats,
            status=status,
            suspend_acct=suspend_acct,
            thirdparty=thirdparty,
            track_email=track_email,
            upgrade_account=upgrade_account,
            viewglobalpackages=viewglobalpackages,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        myprivs_data_privileges_item.additional_properties = additional_properties
        return myprivs_data_privileges_item

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
