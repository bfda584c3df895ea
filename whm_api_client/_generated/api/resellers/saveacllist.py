# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``saveacllist``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.saveacllist_acl_acct_summary import SaveacllistAclAcctSummary
    from ...models.saveacllist_acl_add_pkg import SaveacllistAclAddPkg
    from ...models.saveacllist_acl_add_pkg_ip import SaveacllistAclAddPkgIp
    from ...models.saveacllist_acl_add_pkg_shell import SaveacllistAclAddPkgShell
    from ...models.saveacllist_acl_all import SaveacllistAclAll
    from ...models.saveacllist_acl_allow_addoncreate import (
        SaveacllistAclAllowAddoncreate,
    )
    from ...models.saveacllist_acl_allow_emaillimits_pkgs import (
        SaveacllistAclAllowEmaillimitsPkgs,
    )
    from ...models.saveacllist_acl_allow_parkedcreate import (
        SaveacllistAclAllowParkedcreate,
    )
    from ...models.saveacllist_acl_allow_shell import SaveacllistAclAllowShell
    from ...models.saveacllist_acl_allow_unlimited_bw_pkgs import (
        SaveacllistAclAllowUnlimitedBwPkgs,
    )
    from ...models.saveacllist_acl_allow_unlimited_disk_pkgs import (
        SaveacllistAclAllowUnlimitedDiskPkgs,
    )
    from ...models.saveacllist_acl_allow_unlimited_pkgs import (
        SaveacllistAclAllowUnlimitedPkgs,
    )
    from ...models.saveacllist_acl_basic_system_info import (
        SaveacllistAclBasicSystemInfo,
    )
    from ...models.saveacllist_acl_basic_whm_functions import (
        SaveacllistAclBasicWhmFunctions,
    )
    from ...models.saveacllist_acl_clustering import SaveacllistAclClustering
    from ...models.saveacllist_acl_cors_proxy_get import (
        SaveacllistAclCorsProxyGet,
    )
    from ...models.saveacllist_acl_cpanel_api import SaveacllistAclCpanelApi
    from ...models.saveacllist_acl_cpanel_integration import (
        SaveacllistAclCpanelIntegration,
    )
    from ...models.saveacllist_acl_create_acct import SaveacllistAclCreateAcct
    from ...models.saveacllist_acl_create_dns import SaveacllistAclCreateDns
    from ...models.saveacllist_acl_create_user_session import (
        SaveacllistAclCreateUserSession,
    )
    from ...models.saveacllist_acl_demo_setup import SaveacllistAclDemoSetup
    from ...models.saveacllist_acl_digest_auth import SaveacllistAclDigestAuth
    from ...models.saveacllist_acl_edit_account import SaveacllistAclEditAccount
    from ...models.saveacllist_acl_edit_dns import SaveacllistAclEditDns
    from ...models.saveacllist_acl_edit_mx import SaveacllistAclEditMx
    from ...models.saveacllist_acl_edit_pkg import SaveacllistAclEditPkg
    from ...models.saveacllist_acl_generate_email_config import (
        SaveacllistAclGenerateEmailConfig,
    )
    from ...models.saveacllist_acl_kill_acct import SaveacllistAclKillAcct
    from ...models.saveacllist_acl_kill_dns import SaveacllistAclKillDns
    from ...models.saveacllist_acl_limit_bandwidth import (
        SaveacllistAclLimitBandwidth,
    )
    from ...models.saveacllist_acl_list_accts import SaveacllistAclListAccts
    from ...models.saveacllist_acl_list_pkgs import SaveacllistAclListPkgs
    from ...models.saveacllist_acl_locale_edit import SaveacllistAclLocaleEdit
    from ...models.saveacllist_acl_mailcheck import SaveacllistAclMailcheck
    from ...models.saveacllist_acl_manage_api_tokens import (
        SaveacllistAclManageApiTokens,
    )
    from ...models.saveacllist_acl_manage_dns_records import (
        SaveacllistAclManageDnsRecords,
    )
    from ...models.saveacllist_acl_manage_oidc import SaveacllistAclManageOidc
    from ...models.saveacllist_acl_manage_styles import SaveacllistAclManageStyles
    from ...models.saveacllist_acl_mysql_info import SaveacllistAclMysqlInfo
    from ...models.saveacllist_acl_news import SaveacllistAclNews
    from ...models.saveacllist_acl_ns_config import SaveacllistAclNsConfig
    from ...models.saveacllist_acl_park_dns import SaveacllistAclParkDns
    from ...models.saveacllist_acl_passwd import SaveacllistAclPasswd
    from ...models.saveacllist_acl_quota import SaveacllistAclQuota
    from ...models.saveacllist_acl_rearrange_accts import (
        SaveacllistAclRearrangeAccts,
    )
    from ...models.saveacllist_acl_resftp import SaveacllistAclResftp
    from ...models.saveacllist_acl_restart import SaveacllistAclRestart
    from ...models.saveacllist_acl_show_bandwidth import (
        SaveacllistAclShowBandwidth,
    )
    from ...models.saveacllist_acl_ssl import SaveacllistAclSsl
    from ...models.saveacllist_acl_ssl_buy import SaveacllistAclSslBuy
    from ...models.saveacllist_acl_ssl_gencrt import SaveacllistAclSslGencrt
    from ...models.saveacllist_acl_ssl_info import SaveacllistAclSslInfo
    from ...models.saveacllist_acl_stats import SaveacllistAclStats
    from ...models.saveacllist_acl_status import SaveacllistAclStatus
    from ...models.saveacllist_acl_suspend_acct import SaveacllistAclSuspendAcct
    from ...models.saveacllist_acl_thirdparty import SaveacllistAclThirdparty
    from ...models.saveacllist_acl_track_email import SaveacllistAclTrackEmail
    from ...models.saveacllist_acl_upgrade_account import (
        SaveacllistAclUpgradeAccount,
    )
    from ...models.saveacllist_acl_viewglobalpackages import (
        SaveacllistAclViewglobalpackages,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "saveacllist"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-permissions/acls-saveacllist.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "acllist": ("acllist", "str", True),
    "acl-acct-summary": ("acl_acct_summary", "SaveacllistAclAcctSummary", False),
    "acl-add-pkg": ("acl_add_pkg", "SaveacllistAclAddPkg", False),
    "acl-add-pkg-ip": ("acl_add_pkg_ip", "SaveacllistAclAddPkgIp", False),
    "acl-add-pkg-shell": ("acl_add_pkg_shell", "SaveacllistAclAddPkgShell", False),
    "acl-all": ("acl_all", "SaveacllistAclAll", False),
    "acl-allow-addoncreate": ("acl_allow_addoncreate", "SaveacllistAclAllowAddoncreate", False),
    "acl-allow-emaillimits-pkgs": ("acl_allow_emaillimits_pkgs", "SaveacllistAclAllowEmaillimitsPkgs", False),
    "acl-allow-parkedcreate": ("acl_allow_parkedcreate", "SaveacllistAclAllowParkedcreate", False),
    "acl-allow-shell": ("acl_allow_shell", "SaveacllistAclAllowShell", False),
    "acl-allow-unlimited-bw-pkgs": ("acl_allow_unlimited_bw_pkgs", "SaveacllistAclAllowUnlimitedBwPkgs", False),
    "acl-allow-unlimited-disk-pkgs": ("acl_allow_unlimited_disk_pkgs", "SaveacllistAclAllowUnlimitedDiskPkgs", False),
    "acl-allow-unlimited-pkgs": ("acl_allow_unlimited_pkgs", "SaveacllistAclAllowUnlimitedPkgs", False),
    "acl-basic-system-info": ("acl_basic_system_info", "SaveacllistAclBasicSystemInfo", False),
    "acl-basic-whm-functions": ("acl_basic_whm_functions", "SaveacllistAclBasicWhmFunctions", False),
    "acl-clustering": ("acl_clustering", "SaveacllistAclClustering", False),
    "acl-cors-proxy-get": ("acl_cors_proxy_get", "SaveacllistAclCorsProxyGet", False),
    "acl-cpanel-api": ("acl_cpanel_api", "SaveacllistAclCpanelApi", False),
    "acl-cpanel-integration": ("acl_cpanel_integration", "SaveacllistAclCpanelIntegration", False),
    "acl-create-acct": ("acl_create_acct", "SaveacllistAclCreateAcct", False),
    "acl-create-dns": ("acl_create_dns", "SaveacllistAclCreateDns", False),
    "acl-create-user-session": ("acl_create_user_session", "SaveacllistAclCreateUserSession", False),
    "acl-demo-setup": ("acl_demo_setup", "SaveacllistAclDemoSetup", False),
    "acl-digest-auth": ("acl_digest_auth", "SaveacllistAclDigestAuth", False),
    "acl-edit-account": ("acl_edit_account", "SaveacllistAclEditAccount", False),
    "acl-edit-dns": ("acl_edit_dns", "SaveacllistAclEditDns", False),
    "acl-edit-mx": ("acl_edit_mx", "SaveacllistAclEditMx", False),
    "acl-edit-pkg": ("acl_edit_pkg", "SaveacllistAclEditPkg", False),
    "acl-generate-email-config": ("acl_generate_email_config", "SaveacllistAclGenerateEmailConfig", False),
    "acl-kill-acct": ("acl_kill_acct", "SaveacllistAclKillAcct", False),
    "acl-kill-dns": ("acl_kill_dns", "SaveacllistAclKillDns", False),
    "acl-limit-bandwidth": ("acl_limit_bandwidth", "SaveacllistAclLimitBandwidth", False),
    "acl-list-accts": ("acl_list_accts", "SaveacllistAclListAccts", False),
    "acl-list-pkgs": ("acl_list_pkgs", "SaveacllistAclListPkgs", False),
    "acl-locale-edit": ("acl_locale_edit", "SaveacllistAclLocaleEdit", False),
    "acl-mailcheck": ("acl_mailcheck", "SaveacllistAclMailcheck", False),
    "acl-manage-api-tokens": ("acl_manage_api_tokens", "SaveacllistAclManageApiTokens", False),
    "acl-manage-dns-records": ("acl_manage_dns_records", "SaveacllistAclManageDnsRecords", False),
    "acl-manage-oidc": ("acl_manage_oidc", "SaveacllistAclManageOidc", False),
    "acl-manage-styles": ("acl_manage_styles", "SaveacllistAclManageStyles", False),
    "acl-mysql-info": ("acl_mysql_info", "SaveacllistAclMysqlInfo", False),
    "acl-news": ("acl_news", "SaveacllistAclNews", False),
    "acl-ns-config": ("acl_ns_config", "SaveacllistAclNsConfig", False),
    "acl-park-dns": ("acl_park_dns", "SaveacllistAclParkDns", False),
    "acl-passwd": ("acl_passwd", "SaveacllistAclPasswd", False),
    "acl-quota": ("acl_quota", "SaveacllistAclQuota", False),
    "acl-rearrange-accts": ("acl_rearrange_accts", "SaveacllistAclRearrangeAccts", False),
    "acl-resftp": ("acl_resftp", "SaveacllistAclResftp", False),
    "acl-restart": ("acl_restart", "SaveacllistAclRestart", False),
    "acl-show-bandwidth": ("acl_show_bandwidth", "SaveacllistAclShowBandwidth", False),
    "acl-ssl": ("acl_ssl", "SaveacllistAclSsl", False),
    "acl-ssl-buy": ("acl_ssl_buy", "SaveacllistAclSslBuy", False),
    "acl-ssl-gencrt": ("acl_ssl_gencrt", "SaveacllistAclSslGencrt", False),
    "acl-ssl-info": ("acl_ssl_info", "SaveacllistAclSslInfo", False),
    "acl-stats": ("acl_stats", "SaveacllistAclStats", False),
    "acl-status": ("acl_status", "SaveacllistAclStatus", False),
    "acl-suspend-acct": ("acl_suspend_acct", "SaveacllistAclSuspendAcct", False),
    "acl-thirdparty": ("acl_thirdparty", "SaveacllistAclThirdparty", False),
    "acl-track-email": ("acl_track_email", "SaveacllistAclTrackEmail", False),
    "acl-upgrade-account": ("acl_upgrade_account", "SaveacllistAclUpgradeAccount", False),
    "acl-viewglobalpackages": ("acl_viewglobalpackages", "SaveacllistAclViewglobalpackages", False),
}


def build_arguments(
    *,
    acllist: str,
    acl_acct_summary: SaveacllistAclAcctSummary | Unset = UNSET,
    acl_add_pkg: SaveacllistAclAddPkg | Unset = UNSET,
    acl_add_pkg_ip: SaveacllistAclAddPkgIp | Unset = UNSET,
    acl_add_pkg_shell: SaveacllistAclAddPkgShell | Unset = UNSET,
    acl_all: SaveacllistAclAll | Unset = UNSET,
    acl_allow_addoncreate: SaveacllistAclAllowAddoncreate | Unset = UNSET,
    acl_allow_emaillimits_pkgs: SaveacllistAclAllowEmaillimitsPkgs | Unset = UNSET,
    acl_allow_parkedcreate: SaveacllistAclAllowParkedcreate | Unset = UNSET,
    acl_allow_shell: SaveacllistAclAllowShell | Unset = UNSET,
    acl_allow_unlimited_bw_pkgs: SaveacllistAclAllowUnlimitedBwPkgs | Unset = UNSET,
    acl_allow_unlimited_disk_pkgs: SaveacllistAclAllowUnlimitedDiskPkgs | Unset = UNSET,
    acl_allow_unlimited_pkgs: SaveacllistAclAllowUnlimitedPkgs | Unset = UNSET,
    acl_basic_system_info: SaveacllistAclBasicSystemInfo | Unset = UNSET,
    acl_basic_whm_functions: SaveacllistAclBasicWhmFunctions | Unset = UNSET,
    acl_clustering: SaveacllistAclClustering | Unset = UNSET,
    acl_cors_proxy_get: SaveacllistAclCorsProxyGet | Unset = UNSET,
    acl_cpanel_api: SaveacllistAclCpanelApi | Unset = UNSET,
    acl_cpanel_integration: SaveacllistAclCpanelIntegration | Unset = UNSET,
    acl_create_acct: SaveacllistAclCreateAcct | Unset = UNSET,
    acl_create_dns: SaveacllistAclCreateDns | Unset = UNSET,
    acl_create_user_session: SaveacllistAclCreateUserSession | Unset = UNSET,
    acl_demo_setup: SaveacllistAclDemoSetup | Unset = UNSET,
    acl_digest_auth: SaveacllistAclDigestAuth | Unset = UNSET,
    acl_edit_account: SaveacllistAclEditAccount | Unset = UNSET,
    acl_edit_dns: SaveacllistAclEditDns | Unset = UNSET,
    acl_edit_mx: SaveacllistAclEditMx | Unset = UNSET,
    acl_edit_pkg: SaveacllistAclEditPkg | Unset = UNSET,
    acl_generate_email_config: SaveacllistAclGenerateEmailConfig | Unset = UNSET,
    acl_kill_acct: SaveacllistAclKillAcct | Unset = UNSET,
    acl_kill_dns: SaveacllistAclKillDns | Unset = UNSET,
    acl_limit_bandwidth: SaveacllistAclLimitBandwidth | Unset = UNSET,
    acl_list_accts: SaveacllistAclListAccts | Unset = UNSET,
    acl_list_pkgs: SaveacllistAclListPkgs | Unset = UNSET,
    acl_locale_edit: SaveacllistAclLocaleEdit | Unset = UNSET,
    acl_mailcheck: SaveacllistAclMailcheck | Unset = UNSET,
    acl_manage_api_tokens: SaveacllistAclManageApiTokens | Unset = UNSET,
    acl_manage_dns_records: SaveacllistAclManageDnsRecords | Unset = UNSET,
    acl_manage_oidc: SaveacllistAclManageOidc | Unset = UNSET,
    acl_manage_styles: SaveacllistAclManageStyles | Unset = UNSET,
    acl_mysql_info: SaveacllistAclMysqlInfo | Unset = UNSET,
    acl_news: SaveacllistAclNews | Unset = UNSET,
    acl_ns_config: SaveacllistAclNsConfig | Unset = UNSET,
    acl_park_dns: SaveacllistAclParkDns | Unset = UNSET,
    acl_passwd: SaveacllistAclPasswd | Unset = UNSET,
    acl_quota: SaveacllistAclQuota | Unset = UNSET,
    acl_rearrange_accts: SaveacllistAclRearrangeAccts | Unset = UNSET,
    acl_resftp: SaveacllistAclResftp | Unset = UNSET,
    acl_restart: SaveacllistAclRestart | Unset = UNSET,
    acl_show_bandwidth: SaveacllistAclShowBandwidth | Unset = UNSET,
    acl_ssl: SaveacllistAclSsl | Unset = UNSET,
    acl_ssl_buy: SaveacllistAclSslBuy | Unset = UNSET,
    acl_ssl_gencrt: SaveacllistAclSslGencrt | Unset = UNSET,
    acl_ssl_info: SaveacllistAclSslInfo | Unset = UNSET,
    acl_stats: SaveacllistAclStats | Unset = UNSET,
    acl_status: SaveacllistAclStatus | Unset = UNSET,
    acl_suspend_acct: SaveacllistAclSuspendAcct | Unset = UNSET,
    acl_thirdparty: SaveacllistAclThirdparty | Unset = UNSET,
    acl_track_email: SaveacllistAclTrackEmail | Unset = UNSET,
    acl_upgrade_account: SaveacllistAclUpgradeAccount | Unset = UNSET,
    acl_viewglobalpackages: SaveacllistAclViewglobalpackages | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["acllist"] = acllist
    json_acl_acct_summary: int | Unset = UNSET
    if not isinstance(acl_acct_summary, Unset):
        json_acl_acct_summary = acl_acct_summary

    arguments["acl-acct-summary"] = json_acl_acct_summary
    json_acl_add_pkg: int | Unset = UNSET
    if not isinstance(acl_add_pkg, Unset):
        json_acl_add_pkg = acl_add_pkg

    arguments["acl-add-pkg"] = json_acl_add_pkg
    json_acl_add_pkg_ip: int | Unset = UNSET
    if not isinstance(acl_add_pkg_ip, Unset):
        json_acl_add_pkg_ip = acl_add_pkg_ip

    arguments["acl-add-pkg-ip"] = json_acl_add_pkg_ip
    json_acl_add_pkg_shell: int | Unset = UNSET
    if not isinstance(acl_add_pkg_shell, Unset):
        json_acl_add_pkg_shell = acl_add_pkg_shell

    arguments["acl-add-pkg-shell"] = json_acl_add_pkg_shell
    json_acl_all: int | Unset = UNSET
    if not isinstance(acl_all, Unset):
        json_acl_all = acl_all

    arguments["acl-all"] = json_acl_all
    json_acl_allow_addoncreate: int | Unset = UNSET
    if not isinstance(acl_allow_addoncreate, Unset):
        json_acl_allow_addoncreate = acl_allow_addoncreate

    arguments["acl-allow-addoncreate"] = json_acl_allow_addoncreate
    json_acl_allow_emaillimits_pkgs: int | Unset = UNSET
    if not isinstance(acl_allow_emaillimits_pkgs, Unset):
        json_acl_allow_emaillimits_pkgs = acl_allow_emaillimits_pkgs

    arguments["acl-allow-emaillimits-pkgs"] = json_acl_allow_emaillimits_pkgs
    json_acl_allow_parkedcreate: int | Unset = UNSET
    if not isinstance(acl_allow_parkedcreate, Unset):
        json_acl_allow_parkedcreate = acl_allow_parkedcreate

    arguments["acl-allow-parkedcreate"] = json_acl_allow_parkedcreate
    json_acl_allow_shell: int | Unset = UNSET
    if not isinstance(acl_allow_shell, Unset):
        json_acl_allow_shell = acl_allow_shell

    arguments["acl-allow-shell"] = json_acl_allow_shell
    json_acl_allow_unlimited_bw_pkgs: int | Unset = UNSET
    if not isinstance(acl_allow_unlimited_bw_pkgs, Unset):
        json_acl_allow_unlimited_bw_pkgs = acl_allow_unlimited_bw_pkgs

    arguments["acl-allow-unlimited-bw-pkgs"] = json_acl_allow_unlimited_bw_pkgs
    json_acl_allow_unlimited_disk_pkgs: int | Unset = UNSET
    if not isinstance(acl_allow_unlimited_disk_pkgs, Unset):
        json_acl_allow_unlimited_disk_pkgs = acl_allow_unlimited_disk_pkgs

    arguments["acl-allow-unlimited-disk-pkgs"] = json_acl_allow_unlimited_disk_pkgs
    json_acl_allow_unlimited_pkgs: int | Unset = UNSET
    if not isinstance(acl_allow_unlimited_pkgs, Unset):
        json_acl_allow_unlimited_pkgs = acl_allow_unlimited_pkgs

    arguments["acl-allow-unlimited-pkgs"] = json_acl_allow_unlimited_pkgs
    json_acl_basic_system_info: int | Unset = UNSET
    if not isinstance(acl_basic_system_info, Unset):
        json_acl_basic_system_info = acl_basic_system_info

    arguments["acl-basic-system-info"] = json_acl_basic_system_info
    json_acl_basic_whm_functions: int | Unset = UNSET
    if not isinstance(acl_basic_whm_functions, Unset):
        json_acl_basic_whm_functions = acl_basic_whm_functions

    arguments["acl-basic-whm-functions"] = json_acl_basic_whm_functions
    json_acl_clustering: int | Unset = UNSET
    if not isinstance(acl_clustering, Unset):
        json_acl_clustering = acl_clustering

    arguments["acl-clustering"] = json_acl_clustering
    json_acl_cors_proxy_get: int | Unset = UNSET
    if not isinstance(acl_cors_proxy_get, Unset):
        json_acl_cors_proxy_get = acl_cors_proxy_get

    arguments["acl-cors-proxy-get"] = json_acl_cors_proxy_get
    json_acl_cpanel_api: int | Unset = UNSET
    if not isinstance(acl_cpanel_api, Unset):
        json_acl_cpanel_api = acl_cpanel_api

    arguments["acl-cpanel-api"] = json_acl_cpanel_api
    json_acl_cpanel_integration: int | Unset = UNSET
    if not isinstance(acl_cpanel_integration, Unset):
        json_acl_cpanel_integration = acl_cpanel_integration

    arguments["acl-cpanel-integration"] = json_acl_cpanel_integration
    json_acl_create_acct: int | Unset = UNSET
    if not isinstance(acl_create_acct, Unset):
        json_acl_create_acct = acl_create_acct

    arguments["acl-create-acct"] = json_acl_create_acct
    json_acl_create_dns: int | Unset = UNSET
    if not isinstance(acl_create_dns, Unset):
        json_acl_create_dns = acl_create_dns

    arguments["acl-create-dns"] = json_acl_create_dns
    json_acl_create_user_session: int | Unset = UNSET
    if not isinstance(acl_create_user_session, Unset):
        json_acl_create_user_session = acl_create_user_session

    arguments["acl-create-user-session"] = json_acl_create_user_session
    json_acl_demo_setup: int | Unset = UNSET
    if not isinstance(acl_demo_setup, Unset):
        json_acl_demo_setup = acl_demo_setup

    arguments["acl-demo-setup"] = json_acl_demo_setup
    json_acl_digest_auth: int | Unset = UNSET
    if not isinstance(acl_digest_auth, Unset):
        json_acl_digest_auth = acl_digest_auth

    arguments["acl-digest-auth"] = json_acl_digest_auth
    json_acl_edit_account: int | Unset = UNSET
    if not isinstance(acl_edit_account, Unset):
        json_acl_edit_account = acl_edit_account

    arguments["acl-edit-account"] = json_acl_edit_account
    json_acl_edit_dns: int | Unset = UNSET
    if not isinstance(acl_edit_dns, Unset):
        json_acl_edit_dns = acl_edit_dns

    arguments["acl-edit-dns"] = json_acl_edit_dns
    json_acl_edit_mx: int | Unset = UNSET
    if not isinstance(acl_edit_mx, Unset):
        json_acl_edit_mx = acl_edit_mx

    arguments["acl-edit-mx"] = json_acl_edit_mx
    json_acl_edit_pkg: int | Unset = UNSET
    if not isinstance(acl_edit_pkg, Unset):
        json_acl_edit_pkg = acl_edit_pkg

    arguments["acl-edit-pkg"] = json_acl_edit_pkg
    json_acl_generate_email_config: int | Unset = UNSET
    if not isinstance(acl_generate_email_config, Unset):
        json_acl_generate_email_config = acl_generate_email_config

    arguments["acl-generate-email-config"] = json_acl_generate_email_config
    json_acl_kill_acct: int | Unset = UNSET
    if not isinstance(acl_kill_acct, Unset):
        json_acl_kill_acct = acl_kill_acct

    arguments["acl-kill-acct"] = json_acl_kill_acct
    json_acl_kill_dns: int | Unset = UNSET
    if not isinstance(acl_kill_dns, Unset):
        json_acl_kill_dns = acl_kill_dns

    arguments["acl-kill-dns"] = json_acl_kill_dns
    json_acl_limit_bandwidth: int | Unset = UNSET
    if not isinstance(acl_limit_bandwidth, Unset):
        json_acl_limit_bandwidth = acl_limit_bandwidth

    arguments["acl-limit-bandwidth"] = json_acl_limit_bandwidth
    json_acl_list_accts: int | Unset = UNSET
    if not isinstance(acl_list_accts, Unset):
        json_acl_list_accts = acl_list_accts

    arguments["acl-list-accts"] = json_acl_list_accts
    json_acl_list_pkgs: int | Unset = UNSET
    if not isinstance(acl_list_pkgs, Unset):
        json_acl_list_pkgs = acl_list_pkgs

    arguments["acl-list-pkgs"] = json_acl_list_pkgs
    json_acl_locale_edit: int | Unset = UNSET
    if not isinstance(acl_locale_edit, Unset):
        json_acl_locale_edit = acl_locale_edit

    arguments["acl-locale-edit"] = json_acl_locale_edit
    json_acl_mailcheck: int | Unset = UNSET
    if not isinstance(acl_mailcheck, Unset):
        json_acl_mailcheck = acl_mailcheck

    arguments["acl-mailcheck"] = json_acl_mailcheck
    json_acl_manage_api_tokens: int | Unset = UNSET
    if not isinstance(acl_manage_api_tokens, Unset):
        json_acl_manage_api_tokens = acl_manage_api_tokens

    arguments["acl-manage-api-tokens"] = json_acl_manage_api_tokens
    json_acl_manage_dns_records: int | Unset = UNSET
    if not isinstance(acl_manage_dns_records, Unset):
        json_acl_manage_dns_records = acl_manage_dns_records

    arguments["acl-manage-dns-records"] = json_acl_manage_dns_records
    json_acl_manage_oidc: int | Unset = UNSET
    if not isinstance(acl_manage_oidc, Unset):
        json_acl_manage_oidc = acl_manage_oidc

    arguments["acl-manage-oidc"] = json_acl_manage_oidc
    json_acl_manage_styles: int | Unset = UNSET
    if not isinstance(acl_manage_styles, Unset):
        json_acl_manage_styles = acl_manage_styles

    arguments["acl-manage-styles"] = json_acl_manage_styles
    json_acl_mysql_info: int | Unset = UNSET
    if not isinstance(acl_mysql_info, Unset):
        json_acl_mysql_info = acl_mysql_info

    arguments["acl-mysql-info"] = json_acl_mysql_info
    json_acl_news: int | Unset = UNSET
    if not isinstance(acl_news, Unset):
        json_acl_news = acl_news

    arguments["acl-news"] = json_acl_news
    json_acl_ns_config: int | Unset = UNSET
    if not isinstance(acl_ns_config, Unset):
        json_acl_ns_config = acl_ns_config

    arguments["acl-ns-config"] = json_acl_ns_config
    json_acl_park_dns: int | Unset = UNSET
    if not isinstance(acl_park_dns, Unset):
        json_acl_park_dns = acl_park_dns

    arguments["acl-park-dns"] = json_acl_park_dns
    json_acl_passwd: int | Unset = UNSET
    if not isinstance(acl_passwd, Unset):
        json_acl_passwd = acl_passwd

    arguments["acl-passwd"] = json_acl_passwd
    json_acl_quota: int | Unset = UNSET
    if not isinstance(acl_quota, Unset):
        json_acl_quota = acl_quota

    arguments["acl-quota"] = json_acl_quota
    json_acl_rearrange_accts: int | Unset = UNSET
    if not isinstance(acl_rearrange_accts, Unset):
        json_acl_rearrange_accts = acl_rearrange_accts

    arguments["acl-rearrange-accts"] = json_acl_rearrange_accts
    json_acl_resftp: int | Unset = UNSET
    if not isinstance(acl_resftp, Unset):
        json_acl_resftp = acl_resftp

    arguments["acl-resftp"] = json_acl_resftp
    json_acl_restart: int | Unset = UNSET
    if not isinstance(acl_restart, Unset):
        json_acl_restart = acl_restart

    arguments["acl-restart"] = json_acl_restart
    json_acl_show_bandwidth: int | Unset = UNSET
    if not isinstance(acl_show_bandwidth, Unset):
        json_acl_show_bandwidth = acl_show_bandwidth

    arguments["acl-show-bandwidth"] = json_acl_show_bandwidth
    json_acl_ssl: int | Unset = UNSET
    if not isinstance(acl_ssl, Unset):
        json_acl_ssl = acl_ssl

    arguments["acl-ssl"] = json_acl_ssl
    json_acl_ssl_buy: int | Unset = UNSET
    if not isinstance(acl_ssl_buy, Unset):
        json_acl_ssl_buy = acl_ssl_buy

    arguments["acl-ssl-buy"] = json_acl_ssl_buy
    json_acl_ssl_gencrt: int | Unset = UNSET
    if not isinstance(acl_ssl_gencrt, Unset):
        json_acl_ssl_gencrt = acl_ssl_gencrt

    arguments["acl-ssl-gencrt"] = json_acl_ssl_gencrt
    json_acl_ssl_info: int | Unset = UNSET
    if not isinstance(acl_ssl_info, Unset):
        json_acl_ssl_info = acl_ssl_info

    arguments["acl-ssl-info"] = json_acl_ssl_info
    json_acl_stats: int | Unset = UNSET
    if not isinstance(acl_stats, Unset):
        json_acl_stats = acl_stats

    arguments["acl-stats"] = json_acl_stats
    json_acl_status: int | Unset = UNSET
    if not isinstance(acl_status, Unset):
        json_acl_status = acl_status

    arguments["acl-status"] = json_acl_status
    json_acl_suspend_acct: int | Unset = UNSET
    if not isinstance(acl_suspend_acct, Unset):
        json_acl_suspend_acct = acl_suspend_acct

    arguments["acl-suspend-acct"] = json_acl_suspend_acct
    json_acl_thirdparty: int | Unset = UNSET
    if not isinstance(acl_thirdparty, Unset):
        json_acl_thirdparty = acl_thirdparty

    arguments["acl-thirdparty"] = json_acl_thirdparty
    json_acl_track_email: int | Unset = UNSET
    if not isinstance(acl_track_email, Unset):
        json_acl_track_email = acl_track_email

    arguments["acl-track-email"] = json_acl_track_email
    json_acl_upgrade_account: int | Unset = UNSET
    if not isinstance(acl_upgrade_account, Unset):
        json_acl_upgrade_account = acl_upgrade_account

    arguments["acl-upgrade-account"] = json_acl_upgrade_account
    json_acl_viewglobalpackages: int | Unset = UNSET
    if not isinstance(acl_viewglobalpackages, Unset):
        json_acl_viewglobalpackages = acl_viewglobalpackages

    arguments["acl-viewglobalpackages"] = json_acl_viewglobalpackages

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
