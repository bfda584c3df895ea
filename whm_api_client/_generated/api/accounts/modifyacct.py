# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``modifyacct``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.modifyacct_data import ModifyacctData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.modifyacct_backup import ModifyacctBACKUP
    from ...models.modifyacct_hascgi import ModifyacctHASCGI
    from ...models.modifyacct_hasdkim import ModifyacctHASDKIM
    from ...models.modifyacct_hasdmarc import ModifyacctHASDMARC
    from ...models.modifyacct_hasshell import ModifyacctHASSHELL
    from ...models.modifyacct_hasspf import ModifyacctHASSPF
    from ...models.modifyacct_mailboxformat import ModifyacctMAILBOXFORMAT
    from ...models.modifyacct_notify_account_authn_link import (
        ModifyacctNotifyAccountAuthnLink,
    )
    from ...models.modifyacct_notify_account_authn_link_notification_disabled import (
        ModifyacctNotifyAccountAuthnLinkNotificationDisabled,
    )
    from ...models.modifyacct_notify_autossl_expiry import (
        ModifyacctNotifyAutosslExpiry,
    )
    from ...models.modifyacct_notify_autossl_expiry_coverage import (
        ModifyacctNotifyAutosslExpiryCoverage,
    )
    from ...models.modifyacct_notify_autossl_renewal import (
        ModifyacctNotifyAutosslRenewal,
    )
    from ...models.modifyacct_notify_autossl_renewal_coverage import (
        ModifyacctNotifyAutosslRenewalCoverage,
    )
    from ...models.modifyacct_notify_contact_address_change import (
        ModifyacctNotifyContactAddressChange,
    )
    from ...models.modifyacct_notify_contact_address_change_notification_disabled import (
        ModifyacctNotifyContactAddressChangeNotificationDisabled,
    )
    from ...models.modifyacct_notify_disk_limit import ModifyacctNotifyDiskLimit
    from ...models.modifyacct_notify_password_change import (
        ModifyacctNotifyPasswordChange,
    )
    from ...models.modifyacct_notify_password_change_notification_disabled import (
        ModifyacctNotifyPasswordChangeNotificationDisabled,
    )
    from ...models.modifyacct_notify_ssl_expiry import ModifyacctNotifySslExpiry
    from ...models.modifyacct_outgoingemailsuspended import (
        ModifyacctOUTGOINGEMAILSUSPENDED,
    )
    from ...models.modifyacct_reseller import ModifyacctReseller
    from ...models.modifyacct_spamassassin import ModifyacctSpamassassin
    from ...models.modifyacct_update_existing_email_account_quotas import (
        ModifyacctUpdateExistingEmailAccountQuotas,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "modifyacct"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-modifyacct.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "user": ("user", "str", True),
    "account_enhancements": ("account_enhancements", "str", False),
    "BACKUP": ("backup", "ModifyacctBACKUP", False),
    "BWLIMIT": ("bwlimit", "Any", False),
    "contactemail": ("contactemail", "str", False),
    "DBOWNER": ("dbowner", "str", False),
    "DISK_BLOCK_LIMIT": ("disk_block_limit", "int", False),
    "DNS": ("dns", "str", False),
    "domain": ("domain", "str", False),
    "HASCGI": ("hascgi", "ModifyacctHASCGI", False),
    "HASDKIM": ("hasdkim", "ModifyacctHASDKIM", False),
    "HASDMARC": ("hasdmarc", "ModifyacctHASDMARC", False),
    "HASSHELL": ("hasshell", "ModifyacctHASSHELL", False),
    "HASSPF": ("hasspf", "ModifyacctHASSPF", False),
    "LANG": ("lang", "str", False),
    "LOCALE": ("locale", "str", False),
    "mail_node_alias": ("mail_node_alias", "str", False),
    "MAILBOX_FORMAT": ("mailbox_format", "ModifyacctMAILBOXFORMAT", False),
    "MAX_DEFER_FAIL_PERCENTAGE": ("max_defer_fail_percentage", "Any", False),
    "MAX_EMAIL_PER_HOUR": ("max_email_per_hour", "Any", False),
    "MAX_EMAILACCT_QUOTA": ("max_emailacct_quota", "Any", False),
    "max_team_users": ("max_team_users", "int", False),
    "MAXADDON": ("maxaddon", "Any", False),
    "MAXFTP": ("maxftp", "Any", False),
    "MAXLST": ("maxlst", "Any", False),
    "MAXPARK": ("maxpark", "Any", False),
    "MAXPASSENGERAPPS": ("maxpassengerapps", "Any", False),
    "MAXPOP": ("maxpop", "Any", False),
    "MAXSQL": ("maxsql", "Any", False),
    "MAXSUB": ("maxsub", "Any", False),
    "modify_firewall": ("modify_firewall", "int", False),
    "MXCHECK-*": ("mxcheck", "int", False),
    "newuser": ("newuser", "str", False),
    "notify_account_authn_link": ("notify_account_authn_link", "ModifyacctNotifyAccountAuthnLink", False),
    "notify_account_authn_link_notification_disabled": (
        "notify_account_authn_link_notification_disabled",
        "ModifyacctNotifyAccountAuthnLinkNotificationDisabled",
        False,
    ),
    "notify_autossl_expiry": ("notify_autossl_expiry", "ModifyacctNotifyAutosslExpiry", False),
    "notify_autossl_expiry_coverage": (
        "notify_autossl_expiry_coverage",
        "ModifyacctNotifyAutosslExpiryCoverage",
        False,
    ),
    "notify_autossl_renewal": ("notify_autossl_renewal", "ModifyacctNotifyAutosslRenewal", False),
    "notify_autossl_renewal_coverage": (
        "notify_autossl_renewal_coverage",
        "ModifyacctNotifyAutosslRenewalCoverage",
        False,
    ),
    "notify_contact_address_change": ("notify_contact_address_change", "ModifyacctNotifyContactAddressChange", False),
    "notify_contact_address_change_notification_disabled": (
        "notify_contact_address_change_notification_disabled",
        "ModifyacctNotifyContactAddressChangeNotificationDisabled",
        False,
    ),
    "notify_disk_limit": ("notify_disk_limit", "ModifyacctNotifyDiskLimit", False),
    "notify_password_change": ("notify_password_change", "ModifyacctNotifyPasswordChange", False),
    "notify_password_change_notification_disabled": (
        "notify_password_change_notification_disabled",
        "ModifyacctNotifyPasswordChangeNotificationDisabled",
        False,
    ),
    "notify_ssl_expiry": ("notify_ssl_expiry", "ModifyacctNotifySslExpiry", False),
    "OUTGOING_EMAIL_SUSPENDED": ("outgoing_email_suspended", "ModifyacctOUTGOINGEMAILSUSPENDED", False),
    "owner": ("owner", "str", False),
    "PUSHBULLET_ACCESS_TOKEN": ("pushbullet_access_token", "str", False),
    "QUOTA": ("quota", "Any", False),
    "remove_missing_extensions": ("remove_missing_extensions", "str", False),
    "rename_database_objects": ("rename_database_objects", "int", False),
    "reseller": ("reseller", "ModifyacctReseller", False),
    "RS": ("rs", "str", False),
    "shell": ("shell", "str", False),
    "spamassassin": ("spamassassin", "ModifyacctSpamassassin", False),
    "STARTDATE": ("startdate", "int", False),
    "STYLE": ("style", "str", False),
    "update_existing_email_account_quotas": (
        "update_existing_email_account_quotas",
        "ModifyacctUpdateExistingEmailAccountQuotas",
        False,
    ),
}


def build_arguments(
    *,
    user: str,
    account_enhancements: str | Unset = UNSET,
    backup: ModifyacctBACKUP | Unset = UNSET,
    bwlimit: Any | Unset = UNSET,
    contactemail: str | Unset = UNSET,
    dbowner: str | Unset = UNSET,
    disk_block_limit: int | Unset = UNSET,
    dns: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    hascgi: ModifyacctHASCGI | Unset = UNSET,
    hasdkim: ModifyacctHASDKIM | Unset = UNSET,
    hasdmarc: ModifyacctHASDMARC | Unset = UNSET,
    hasshell: ModifyacctHASSHELL | Unset = UNSET,
    hasspf: ModifyacctHASSPF | Unset = UNSET,
    lang: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    mail_node_alias: str | Unset = UNSET,
    mailbox_format: ModifyacctMAILBOXFORMAT | Unset = UNSET,
    max_defer_fail_percentage: Any | Unset = UNSET,
    max_email_per_hour: Any | Unset = UNSET,
    max_emailacct_quota: Any | Unset = UNSET,
    max_team_users: int | Unset = UNSET,
    maxaddon: Any | Unset = UNSET,
    maxftp: Any | Unset = UNSET,
    maxlst: Any | Unset = UNSET,
    maxpark: Any | Unset = UNSET,
    maxpassengerapps: Any | Unset = UNSET,
    maxpop: Any | Unset = UNSET,
    maxsql: Any | Unset = UNSET,
    maxsub: Any | Unset = UNSET,
    modify_firewall: int | Unset = UNSET,
    mxcheck: int | Unset = UNSET,
    newuser: str | Unset = UNSET,
    notify_account_authn_link: ModifyacctNotifyAccountAuthnLink | Unset = UNSET,
    notify_account_authn_link_notification_disabled: ModifyacctNotifyAccountAuthnLinkNotificationDisabled
    | Unset = UNSET,
    notify_autossl_expiry: ModifyacctNotifyAutosslExpiry | Unset = UNSET,
    notify_autossl_expiry_coverage: ModifyacctNotifyAutosslExpiryCoverage | Unset = UNSET,
    notify_autossl_renewal: ModifyacctNotifyAutosslRenewal | Unset = UNSET,
    notify_autossl_renewal_coverage: ModifyacctNotifyAutosslRenewalCoverage | Unset = UNSET,
    notify_contact_address_change: ModifyacctNotifyContactAddressChange | Unset = UNSET,
    notify_contact_address_change_notification_disabled: ModifyacctNotifyContactAddressChangeNotificationDisabled
    | Unset = UNSET,
    notify_disk_limit: ModifyacctNotifyDiskLimit | Unset = UNSET,
    notify_password_change: ModifyacctNotifyPasswordChange | Unset = UNSET,
    notify_password_change_notification_disabled: ModifyacctNotifyPasswordChangeNotificationDisabled | Unset = UNSET,
    notify_ssl_expiry: ModifyacctNotifySslExpiry | Unset = UNSET,
    outgoing_email_suspended: ModifyacctOUTGOINGEMAILSUSPENDED | Unset = UNSET,
    owner: str | Unset = UNSET,
    pushbullet_access_token: str | Unset = UNSET,
    quota: Any | Unset = UNSET,
    remove_missing_extensions: str | Unset = UNSET,
    rename_database_objects: int | Unset = UNSET,
    reseller: ModifyacctReseller | Unset = UNSET,
    rs: str | Unset = UNSET,
    shell: str | Unset = UNSET,
    spamassassin: ModifyacctSpamassassin | Unset = UNSET,
    startdate: int | Unset = UNSET,
    style: str | Unset = UNSET,
    update_existing_email_account_quotas: ModifyacctUpdateExistingEmailAccountQuotas | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["user"] = user
    arguments["account_enhancements"] = account_enhancements
    json_backup: int | Unset = UNSET
    if not isinstance(backup, Unset):
        json_backup = backup

    arguments["BACKUP"] = json_backup
    arguments["BWLIMIT"] = bwlimit
    arguments["contactemail"] = contactemail
    arguments["DBOWNER"] = dbowner
    arguments["DISK_BLOCK_LIMIT"] = disk_block_limit
    arguments["DNS"] = dns
    arguments["domain"] = domain
    json_hascgi: int | Unset = UNSET
    if not isinstance(hascgi, Unset):
        json_hascgi = hascgi

    arguments["HASCGI"] = json_hascgi
    json_hasdkim: int | Unset = UNSET
    if not isinstance(hasdkim, Unset):
        json_hasdkim = hasdkim

    arguments["HASDKIM"] = json_hasdkim
    json_hasdmarc: int | Unset = UNSET
    if not isinstance(hasdmarc, Unset):
        json_hasdmarc = hasdmarc

    arguments["HASDMARC"] = json_hasdmarc
    json_hasshell: int | Unset = UNSET
    if not isinstance(hasshell, Unset):
        json_hasshell = hasshell

    arguments["HASSHELL"] = json_hasshell
    json_hasspf: int | Unset = UNSET
    if not isinstance(hasspf, Unset):
        json_hasspf = hasspf

    arguments["HASSPF"] = json_hasspf
    arguments["LANG"] = lang
    arguments["LOCALE"] = locale
    arguments["mail_node_alias"] = mail_node_alias
    json_mailbox_format: str | Unset = UNSET
    if not isinstance(mailbox_format, Unset):
        json_mailbox_format = mailbox_format

    arguments["MAILBOX_FORMAT"] = json_mailbox_format
    arguments["MAX_DEFER_FAIL_PERCENTAGE"] = max_defer_fail_percentage
    arguments["MAX_EMAIL_PER_HOUR"] = max_email_per_hour
    arguments["MAX_EMAILACCT_QUOTA"] = max_emailacct_quota
    arguments["max_team_users"] = max_team_users
    arguments["MAXADDON"] = maxaddon
    arguments["MAXFTP"] = maxftp
    arguments["MAXLST"] = maxlst
    arguments["MAXPARK"] = maxpark
    arguments["MAXPASSENGERAPPS"] = maxpassengerapps
    arguments["MAXPOP"] = maxpop
    arguments["MAXSQL"] = maxsql
    arguments["MAXSUB"] = maxsub
    arguments["modify_firewall"] = modify_firewall
    arguments["MXCHECK-*"] = mxcheck
    arguments["newuser"] = newuser
    json_notify_account_authn_link: int | Unset = UNSET
    if not isinstance(notify_account_authn_link, Unset):
        json_notify_account_authn_link = notify_account_authn_link

    arguments["notify_account_authn_link"] = json_notify_account_authn_link
    json_notify_account_authn_link_notification_disabled: int | Unset = UNSET
    if not isinstance(notify_account_authn_link_notification_disabled, Unset):
        json_notify_account_authn_link_notification_disabled = notify_account_authn_link_notification_disabled

    arguments["notify_account_authn_link_notification_disabled"] = json_notify_account_authn_link_notification_disabled
    json_notify_autossl_expiry: int | Unset = UNSET
    if not isinstance(notify_autossl_expiry, Unset):
        json_notify_autossl_expiry = notify_autossl_expiry

    arguments["notify_autossl_expiry"] = json_notify_autossl_expiry
    json_notify_autossl_expiry_coverage: int | Unset = UNSET
    if not isinstance(notify_autossl_expiry_coverage, Unset):
        json_notify_autossl_expiry_coverage = notify_autossl_expiry_coverage

    arguments["notify_autossl_expiry_coverage"] = json_notify_autossl_expiry_coverage
    json_notify_autossl_renewal: int | Unset = UNSET
    if not isinstance(notify_autossl_renewal, Unset):
        json_notify_autossl_renewal = notify_autossl_renewal

    arguments["notify_autossl_renewal"] = json_notify_autossl_renewal
    json_notify_autossl_renewal_coverage: int | Unset = UNSET
    if not isinstance(notify_autossl_renewal_coverage, Unset):
        json_notify_autossl_renewal_coverage = notify_autossl_renewal_coverage

    arguments["notify_autossl_renewal_coverage"] = json_notify_autossl_renewal_coverage
    json_notify_contact_address_change: int | Unset = UNSET
    if not isinstance(notify_contact_address_change, Unset):
        json_notify_contact_address_change = notify_contact_address_change

    arguments["notify_contact_address_change"] = json_notify_contact_address_change
    json_notify_contact_address_change_notification_disabled: int | Unset = UNSET
    if not isinstance(notify_contact_address_change_notification_disabled, Unset):
        json_notify_contact_address_change_notification_disabled = notify_contact_address_change_notification_disabled

    arguments["notify_contact_address_change_notification_disabled"] = (
        json_notify_contact_address_change_notification_disabled
    )
    json_notify_disk_limit: int | Unset = UNSET
    if not isinstance(notify_disk_limit, Unset):
        json_notify_disk_limit = notify_disk_limit

    arguments["notify_disk_limit"] = json_notify_disk_limit
    json_notify_password_change: int | Unset = UNSET
    if not isinstance(notify_password_change, Unset):
        json_notify_password_change = notify_password_change

    arguments["notify_password_change"] = json_notify_password_change
    json_notify_password_change_notification_disabled: int | Unset = UNSET
    if not isinstance(notify_password_change_notification_disabled, Unset):
        json_notify_password_change_notification_disabled = notify_password_change_notification_disabled

    arguments["notify_password_change_notification_disabled"] = json_notify_password_change_notification_disabled
    json_notify_ssl_expiry: int | Unset = UNSET
    if not isinstance(notify_ssl_expiry, Unset):
        json_notify_ssl_expiry = notify_ssl_expiry

    arguments["notify_ssl_expiry"] = json_notify_ssl_expiry
    json_outgoing_email_suspended: int | Unset = UNSET
    if not isinstance(outgoing_email_suspended, Unset):
        json_outgoing_email_suspended = outgoing_email_suspended

    arguments["OUTGOING_EMAIL_SUSPENDED"] = json_outgoing_email_suspended
    arguments["owner"] = owner
    arguments["PUSHBULLET_ACCESS_TOKEN"] = pushbullet_access_token
    arguments["QUOTA"] = quota
    arguments["remove_missing_extensions"] = remove_missing_extensions
    arguments["rename_database_objects"] = rename_database_objects
    json_reseller: int | Unset = UNSET
    if not isinstance(reseller, Unset):
        json_reseller = reseller

    arguments["reseller"] = json_reseller
    arguments["RS"] = rs
    arguments["shell"] = shell
    json_spamassassin: int | Unset = UNSET
    if not isinstance(spamassassin, Unset):
        json_spamassassin = spamassassin

    arguments["spamassassin"] = json_spamassassin
    arguments["STARTDATE"] = startdate
    arguments["STYLE"] = style
    json_update_existing_email_account_quotas: int | Unset = UNSET
    if not isinstance(update_existing_email_account_quotas, Unset):
        json_update_existing_email_account_quotas = update_existing_email_account_quotas

    arguments["update_existing_email_account_quotas"] = json_update_existing_email_account_quotas

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ModifyacctData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ModifyacctData.from_dict(_data)

    return data
