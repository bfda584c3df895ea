# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``setacls``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.setacls_data import SetaclsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.setacls_acl_acct_summary import SetaclsAclAcctSummary
    from ...models.setacls_acl_add_pkg import SetaclsAclAddPkg
    from ...models.setacls_acl_add_pkg_ip import SetaclsAclAddPkgIp
    from ...models.setacls_acl_add_pkg_shell import SetaclsAclAddPkgShell
    from ...models.setacls_acl_all import SetaclsAclAll
    from ...models.setacls_acl_allow_addoncreate import SetaclsAclAllowAddoncreate
    from ...models.setacls_acl_allow_parkedcreate import (
        SetaclsAclAllowParkedcreate,
    )
    from ...models.setacls_acl_allow_unlimited_bw_pkgs import (
        SetaclsAclAllowUnlimitedBwPkgs,
    )
    from ...models.setacls_acl_allow_unlimited_disk_pkgs import (
        SetaclsAclAllowUnlimitedDiskPkgs,
    )
    from ...models.setacls_acl_allow_unlimited_pkgs import (
        SetaclsAclAllowUnlimitedPkgs,
    )
    from ...models.setacls_acl_basic_system_info import SetaclsAclBasicSystemInfo
    from ...models.setacls_acl_basic_whm_functions import (
        SetaclsAclBasicWhmFunctions,
    )
    from ...models.setacls_acl_clustering import SetaclsAclClustering
    from ...models.setacls_acl_cors_proxy_get import SetaclsAclCorsProxyGet
    from ...models.setacls_acl_cpanel_api import SetaclsAclCpanelApi
    from ...models.setacls_acl_cpanel_integration import (
        SetaclsAclCpanelIntegration,
    )
    from ...models.setacls_acl_create_acct import SetaclsAclCreateAcct
    from ...models.setacls_acl_create_dns import SetaclsAclCreateDns
    from ...models.setacls_acl_create_user_session import (
        SetaclsAclCreateUserSession,
    )
    from ...models.setacls_acl_demo_setup import SetaclsAclDemoSetup
    from ...models.setacls_acl_digest_auth import SetaclsAclDigestAuth
    from ...models.setacls_acl_disallow_shell import SetaclsAclDisallowShell
    from ...models.setacls_acl_edit_account import SetaclsAclEditAccount
    from ...models.setacls_acl_edit_dns import SetaclsAclEditDns
    from ...models.setacls_acl_edit_mx import SetaclsAclEditMx
    from ...models.setacls_acl_edit_pkg import SetaclsAclEditPkg
    from ...models.setacls_acl_generate_email_config import (
        SetaclsAclGenerateEmailConfig,
    )
    from ...models.setacls_acl_kill_acct import SetaclsAclKillAcct
    from ...models.setacls_acl_kill_dns import SetaclsAclKillDns
    from ...models.setacls_acl_limit_bandwidth import SetaclsAclLimitBandwidth
    from ...models.setacls_acl_list_accts import SetaclsAclListAccts
    from ...models.setacls_acl_list_pkgs import SetaclsAclListPkgs
    from ...models.setacls_acl_locale_edit import SetaclsAclLocaleEdit
    from ...models.setacls_acl_mailcheck import SetaclsAclMailcheck
    from ...models.setacls_acl_manage_api_tokens import SetaclsAclManageApiTokens
    from ...models.setacls_acl_manage_dns_records import (
        SetaclsAclManageDnsRecords,
    )
    from ...models.setacls_acl_manage_oidc import SetaclsAclManageOidc
    from ...models.setacls_acl_manage_styles import SetaclsAclManageStyles
    from ...models.setacls_acl_mysql_info import SetaclsAclMysqlInfo
    from ...models.setacls_acl_nameserver_config import SetaclsAclNameserverConfig
    from ...models.setacls_acl_news import SetaclsAclNews
    from ...models.setacls_acl_park_dns import SetaclsAclParkDns
    from ...models.setacls_acl_passwd import SetaclsAclPasswd
    from ...models.setacls_acl_quota import SetaclsAclQuota
    from ...models.setacls_acl_rearrange_accts import SetaclsAclRearrangeAccts
    from ...models.setacls_acl_resftp import SetaclsAclResftp
    from ...models.setacls_acl_restart import SetaclsAclRestart
    from ...models.setacls_acl_show_bandwidth import SetaclsAclShowBandwidth
    from ...models.setacls_acl_ssl import SetaclsAclSsl
    from ...models.setacls_acl_ssl_buy import SetaclsAclSslBuy
    from ...models.setacls_acl_ssl_gencrt import SetaclsAclSslGencrt
    from ...models.setacls_acl_ssl_info import SetaclsAclSslInfo
    from ...models.setacls_acl_stats import SetaclsAclStats
    from ...models.setacls_acl_status import SetaclsAclStatus
    from ...models.setacls_acl_suspend_acct import SetaclsAclSuspendAcct
    from ...models.setacls_acl_thirdparty import SetaclsAclThirdparty
    from ...models.setacls_acl_track_email import SetaclsAclTrackEmail
    from ...models.setacls_acl_upgrade_account import SetaclsAclUpgradeAccount
    from ...models.setacls_acl_viewglobalpackages import (
        SetaclsAclViewglobalpackages,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "setacls"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-permissions/resellers-setacls.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "reseller": ("reseller", "str", True),
    "acl-acct-summary": ("acl_acct_summary", "SetaclsAclAcctSummary", False),
    "acl-add-pkg": ("acl_add_pkg", "SetaclsAclAddPkg", False),
    "acl-add-pkg-ip": ("acl_add_pkg_ip", "SetaclsAclAddPkgIp", False),
    "acl-add-pkg-shell": ("acl_add_pkg_shell", "SetaclsAclAddPkgShell", False),
    "acl-all": ("acl_all", "SetaclsAclAll", False),
    "acl-allow-addoncreate": ("acl_allow_addoncreate", "SetaclsAclAllowAddoncreate", False),
    "acl-allow-parkedcreate": ("acl_allow_parkedcreate", "SetaclsAclAllowParkedcreate", False),
    "acl-allow-unlimited-bw-pkgs": ("acl_allow_unlimited_bw_pkgs", "SetaclsAclAllowUnlimitedBwPkgs", False),
    "acl-allow-unlimited-disk-pkgs": ("acl_allow_unlimited_disk_pkgs", "SetaclsAclAllowUnlimitedDiskPkgs", False),
    "acl-allow-unlimited-pkgs": ("acl_allow_unlimited_pkgs", "SetaclsAclAllowUnlimitedPkgs", False),
    "acl-basic-system-info": ("acl_basic_system_info", "SetaclsAclBasicSystemInfo", False),
    "acl-basic-whm-functions": ("acl_basic_whm_functions", "SetaclsAclBasicWhmFunctions", False),
    "acl-clustering": ("acl_clustering", "SetaclsAclClustering", False),
    "acl-cors-proxy-get": ("acl_cors_proxy_get", "SetaclsAclCorsProxyGet", False),
    "acl-cpanel-api": ("acl_cpanel_api", "SetaclsAclCpanelApi", False),
    "acl-cpanel-integration": ("acl_cpanel_integration", "SetaclsAclCpanelIntegration", False),
    "acl-create-acct": ("acl_create_acct", "SetaclsAclCreateAcct", False),
    "acl-create-dns": ("acl_create_dns", "SetaclsAclCreateDns", False),
    "acl-create-user-session": ("acl_create_user_session", "SetaclsAclCreateUserSession", False),
    "acl-demo-setup": ("acl_demo_setup", "SetaclsAclDemoSetup", False),
    "acl-digest-auth": ("acl_digest_auth", "SetaclsAclDigestAuth", False),
    "acl-disallow-shell": ("acl_disallow_shell", "SetaclsAclDisallowShell", False),
    "acl-edit-account": ("acl_edit_account", "SetaclsAclEditAccount", False),
    "acl-edit-dns": ("acl_edit_dns", "SetaclsAclEditDns", False),
    "acl-edit-mx": ("acl_edit_mx", "SetaclsAclEditMx", False),
    "acl-edit-pkg": ("acl_edit_pkg", "SetaclsAclEditPkg", False),
    "acl-generate-email-config": ("acl_generate_email_config", "SetaclsAclGenerateEmailConfig", False),
    "acl-kill-acct": ("acl_kill_acct", "SetaclsAclKillAcct", False),
    "acl-kill-dns": ("acl_kill_dns", "SetaclsAclKillDns", False),
    "acl-limit-bandwidth": ("acl_limit_bandwidth", "SetaclsAclLimitBandwidth", False),
    "acl-list-accts": ("acl_list_accts", "SetaclsAclListAccts", False),
    "acl-list-pkgs": ("acl_list_pkgs", "SetaclsAclListPkgs", False),
    "acl-locale-edit": ("acl_locale_edit", "SetaclsAclLocaleEdit", False),
    "acl-mailcheck": ("acl_mailcheck", "SetaclsAclMailcheck", False),
    "acl-manage-api-tokens": ("acl_manage_api_tokens", "SetaclsAclManageApiTokens", False),
    "acl-manage-dns-records": ("acl_manage_dns_records", "SetaclsAclManageDnsRecords", False),
    "acl-manage-oidc": ("acl_manage_oidc", "SetaclsAclManageOidc", False),
    "acl-manage-styles": ("acl_manage_styles", "SetaclsAclManageStyles", False),
    "acl-mysql-info": ("acl_mysql_info", "SetaclsAclMysqlInfo", False),
    "acl-nameserver-config": ("acl_nameserver_config", "SetaclsAclNameserverConfig", False),
    "acl-news": ("acl_news", "SetaclsAclNews", False),
    "acl-park-dns": ("acl_park_dns", "SetaclsAclParkDns", False),
    "acl-passwd": ("acl_passwd", "SetaclsAclPasswd", False),
    "acl-quota": ("acl_quota", "SetaclsAclQuota", False),
    "acl-rearrange-accts": ("acl_rearrange_accts", "SetaclsAclRearrangeAccts", False),
    "acl-resftp": ("acl_resftp", "SetaclsAclResftp", False),
    "acl-restart": ("acl_restart", "SetaclsAclRestart", False),
    "acl-show-bandwidth": ("acl_show_bandwidth", "SetaclsAclShowBandwidth", False),
    "acl-ssl": ("acl_ssl", "SetaclsAclSsl", False),
    "acl-ssl-buy": ("acl_ssl_buy", "SetaclsAclSslBuy", False),
    "acl-ssl-gencrt": ("acl_ssl_gencrt", "SetaclsAclSslGencrt", False),
    "acl-ssl-info": ("acl_ssl_info", "SetaclsAclSslInfo", False),
    "acl-stats": ("acl_stats", "SetaclsAclStats", False),
    "acl-status": ("acl_status", "SetaclsAclStatus", False),
    "acl-suspend-acct": ("acl_suspend_acct", "SetaclsAclSuspendAcct", False),
    "acl-thirdparty": ("acl_thirdparty", "SetaclsAclThirdparty", False),
    "acl-track-email": ("acl_track_email", "SetaclsAclTrackEmail", False),
    "acl-upgrade-account": ("acl_upgrade_account", "SetaclsAclUpgradeAccount", False),
    "acl-viewglobalpackages": ("acl_viewglobalpackages", "SetaclsAclViewglobalpackages", False),
    "acllist": ("acllist", "str", False),
    "user": ("user", "str", False),
}


def build_arguments(
    *,
    reseller: str,
    acl_acct_summary: SetaclsAclAcctSummary | Unset = UNSET,
    acl_add_pkg: SetaclsAclAddPkg | Unset = UNSET,
    acl_add_pkg_ip: SetaclsAclAddPkgIp | Unset = UNSET,
    acl_add_pkg_shell: SetaclsAclAddPkgShell | Unset = UNSET,
    acl_all: SetaclsAclAll | Unset = UNSET,
    acl_allow_addoncreate: SetaclsAclAllowAddoncreate | Unset = UNSET,
    acl_allow_parkedcreate: SetaclsAclAllowParkedcreate | Unset = UNSET,
    acl_allow_unlimited_bw_pkgs: SetaclsAclAllowUnlimitedBwPkgs | Unset = UNSET,
    acl_allow_unlimited_disk_pkgs: SetaclsAclAllowUnlimitedDiskPkgs | Unset = UNSET,
    acl_allow_unlimited_pkgs: SetaclsAclAllowUnlimitedPkgs | Unset = UNSET,
    acl_basic_system_info: SetaclsAclBasicSystemInfo | Unset = UNSET,
    acl_basic_whm_functions: SetaclsAclBasicWhmFunctions | Unset = UNSET,
    acl_clustering: SetaclsAclClustering | Unset = UNSET,
    acl_cors_proxy_get: SetaclsAclCorsProxyGet | Unset = UNSET,
    acl_cpanel_api: SetaclsAclCpanelApi | Unset = UNSET,
    acl_cpanel_integration: SetaclsAclCpanelIntegration | Unset = UNSET,
    acl_create_acct: SetaclsAclCreateAcct | Unset = UNSET,
    acl_create_dns: SetaclsAclCreateDns | Unset = UNSET,
    acl_create_user_session: SetaclsAclCreateUserSession | Unset = UNSET,
    acl_demo_setup: SetaclsAclDemoSetup | Unset = UNSET,
    acl_digest_auth: SetaclsAclDigestAuth | Unset = UNSET,
    acl_disallow_shell: SetaclsAclDisallowShell | Unset = UNSET,
    acl_edit_account: SetaclsAclEditAccount | Unset = UNSET,
    acl_edit_dns: SetaclsAclEditDns | Unset = UNSET,
    acl_edit_mx: SetaclsAclEditMx | Unset = UNSET,
    acl_edit_pkg: SetaclsAclEditPkg | Unset = UNSET,
    acl_generate_email_config: SetaclsAclGenerateEmailConfig | Unset = UNSET,
    acl_kill_acct: SetaclsAclKillAcct | Unset = UNSET,
    acl_kill_dns: SetaclsAclKillDns | Unset = UNSET,
    acl_limit_bandwidth: SetaclsAclLimitBandwidth | Unset = UNSET,
    acl_list_accts: SetaclsAclListAccts | Unset = UNSET,
    acl_list_pkgs: SetaclsAclListPkgs | Unset = UNSET,
    acl_locale_edit: SetaclsAclLocaleEdit | Unset = UNSET,
    acl_mailcheck: SetaclsAclMailcheck | Unset = UNSET,
    acl_manage_api_tokens: SetaclsAclManageApiTokens | Unset = UNSET,
    acl_manage_dns_records: SetaclsAclManageDnsRecords | Unset = UNSET,
    acl_manage_oidc: SetaclsAclManageOidc | Unset = UNSET,
    acl_manage_styles: SetaclsAclManageStyles | Unset = UNSET,
    acl_mysql_info: SetaclsAclMysqlInfo | Unset = UNSET,
    acl_nameserver_config: SetaclsAclNameserverConfig | Unset = UNSET,
    acl_news: SetaclsAclNews | Unset = UNSET,
    acl_park_dns: SetaclsAclParkDns | Unset = UNSET,
    acl_passwd: SetaclsAclPasswd | Unset = UNSET,
    acl_quota: SetaclsAclQuota | Unset = UNSET,
    acl_rearrange_accts: SetaclsAclRearrangeAccts | Unset = UNSET,
    acl_resftp: SetaclsAclResftp | Unset = UNSET,
    acl_restart: SetaclsAclRestart | Unset = UNSET,
    acl_show_bandwidth: SetaclsAclShowBandwidth | Unset = UNSET,
    acl_ssl: SetaclsAclSsl | Unset = UNSET,
    acl_ssl_buy: SetaclsAclSslBuy | Unset = UNSET,
    acl_ssl_gencrt: SetaclsAclSslGencrt | Unset = UNSET,
    acl_ssl_info: SetaclsAclSslInfo | Unset = UNSET,
    acl_stats: SetaclsAclStats | Unset = UNSET,
    acl_status: SetaclsAclStatus | Unset = UNSET,
    acl_suspend_acct: SetaclsAclSuspendAcct | Unset = UNSET,
    acl_thirdparty: SetaclsAclThirdparty | Unset = UNSET,
    acl_track_email: SetaclsAclTrackEmail | Unset = UNSET,
    acl_upgrade_account: SetaclsAclUpgradeAccount | Unset = UNSET,
    acl_viewglobalpackages: SetaclsAclViewglobalpackages | Unset = UNSET,
    acllist: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["reseller"] = reseller
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
    json_acl_allow_parkedcreate: int | Unset = UNSET
    if not isinstance(acl_allow_parkedcreate, Unset):
        json_acl_allow_parkedcreate = acl_allow_parkedcreate

    arguments["acl-allow-parkedcreate"] = json_acl_allow_parkedcreate
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
    json_acl_disallow_shell: int | Unset = UNSET
    if not isinstance(acl_disallow_shell, Unset):
        json_acl_disallow_shell = acl_disallow_shell

    arguments["acl-disallow-shell"] = json_acl_disallow_shell
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
    json_acl_nameserver_config: int | Unset = UNSET
    if not isinstance(acl_nameserver_config, Unset):
        json_acl_nameserver_config = acl_nameserver_config

    arguments["acl-nameserver-config"] = json_acl_nameserver_config
    json_acl_news: int | Unset = UNSET
    if not isinstance(acl_news, Unset):
        json_acl_news = acl_news

    arguments["acl-news"] = json_acl_news
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
    arguments["acllist"] = acllist
    arguments["user"] = user

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> SetaclsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = SetaclsData.from_dict(_data)

    return data
