# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``massmodifyacct``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.massmodifyacct_data import MassmodifyacctData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.massmodifyacct_backup import MassmodifyacctBACKUP
    from ...models.massmodifyacct_hascgi import MassmodifyacctHASCGI
    from ...models.massmodifyacct_hasdkim import MassmodifyacctHASDKIM
    from ...models.massmodifyacct_hasdmarc import MassmodifyacctHASDMARC
    from ...models.massmodifyacct_hasshell import MassmodifyacctHASSHELL
    from ...models.massmodifyacct_hasspf import MassmodifyacctHASSPF
    from ...models.massmodifyacct_mailboxformat import MassmodifyacctMAILBOXFORMAT
    from ...models.massmodifyacct_notify_account_authn_link import (
        MassmodifyacctNotifyAccountAuthnLink,
    )
    from ...models.massmodifyacct_notify_account_authn_link_notification_disabled import (
        MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled,
    )
    from ...models.massmodifyacct_notify_autossl_expiry import (
        MassmodifyacctNotifyAutosslExpiry,
    )
    from ...models.massmodifyacct_notify_autossl_expiry_coverage import (
        MassmodifyacctNotifyAutosslExpiryCoverage,
    )
    from ...models.massmodifyacct_notify_autossl_renewal import (
        MassmodifyacctNotifyAutosslRenewal,
    )
    from ...models.massmodifyacct_notify_autossl_renewal_coverage import (
        MassmodifyacctNotifyAutosslRenewalCoverage,
    )
    from ...models.massmodifyacct_notify_contact_address_change import (
        MassmodifyacctNotifyContactAddressChange,
    )
    from ...models.massmodifyacct_notify_contact_address_change_notification_disabled import (
        MassmodifyacctNotifyContactAddressChangeNotificationDisabled,
    )
    from ...models.massmodifyacct_notify_disk_limit import (
        MassmodifyacctNotifyDiskLimit,
    )
    from ...models.massmodifyacct_notify_password_change import (
        MassmodifyacctNotifyPasswordChange,
    )
    from ...models.massmodifyacct_notify_password_change_notification_disabled import (
        MassmodifyacctNotifyPasswordChangeNotificationDisabled,
    )
    from ...models.massmodifyacct_notify_ssl_expiry import (
        MassmodifyacctNotifySslExpiry,
    )
    from ...models.massmodifyacct_outgoingemailsuspended import (
        MassmodifyacctOUTGOINGEMAILSUSPENDED,
    )
    from ...models.massmodifyacct_reseller import MassmodifyacctReseller
    from ...models.massmodifyacct_spamassassin import MassmodifyacctSpamassassin
    from ...types import UNSET, Unset

    pass

FUNCTION = "massmodifyacct"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "88"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-massmodifyacct.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "user": ("user", "str", True),
    "BACKUP": ("backup", "MassmodifyacctBACKUP", False),
    "BWLIMIT": ("bwlimit", "Any", False),
    "CONTACTEMAIL": ("contactemail", "str", False),
    "DBOWNER": ("dbowner", "str", False),
    "DISK_BLOCK_LIMIT": ("disk_block_limit", "int", False),
    "HASCGI": ("hascgi", "MassmodifyacctHASCGI", False),
    "HASDKIM": ("hasdkim", "MassmodifyacctHASDKIM", False),
    "HASDMARC": ("hasdmarc", "MassmodifyacctHASDMARC", False),
    "HASSHELL": ("hasshell", "MassmodifyacctHASSHELL", False),
    "HASSPF": ("hasspf", "MassmodifyacctHASSPF", False),
    "LANG": ("lang", "str", False),
    "LOCALE": ("locale", "str", False),
    "MAILBOX_FORMAT": ("mailbox_format", "MassmodifyacctMAILBOXFORMAT", False),
    "MAX_DEFER_FAIL_PERCENTAGE": ("max_defer_fail_percentage", "Any", False),
    "MAX_EMAIL_PER_HOUR": ("max_email_per_hour", "Any", False),
    "MAX_EMAILACCT_QUOTA": ("max_emailacct_quota", "Any", False),
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
    "notify_account_authn_link": ("notify_account_authn_link", "MassmodifyacctNotifyAccountAuthnLink", False),
    "notify_account_authn_link_notification_disabled": (
        "notify_account_authn_link_notification_disabled",
        "MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled",
        False,
    ),
    "notify_autossl_expiry": ("notify_autossl_expiry", "MassmodifyacctNotifyAutosslExpiry", False),
    "notify_autossl_expiry_coverage": (
        "notify_autossl_expiry_coverage",
        "MassmodifyacctNotifyAutosslExpiryCoverage",
        False,
    ),
    "notify_autossl_renewal": ("notify_autossl_renewal", "MassmodifyacctNotifyAutosslRenewal", False),
    "notify_autossl_renewal_coverage": (
        "notify_autossl_renewal_coverage",
        "MassmodifyacctNotifyAutosslRenewalCoverage",
        False,
    ),
    "notify_contact_address_change": (
        "notify_contact_address_change",
        "MassmodifyacctNotifyContactAddressChange",
        False,
    ),
    "notify_contact_address_change_notification_disabled": (
        "notify_contact_address_change_notification_disabled",
        "MassmodifyacctNotifyContactAddressChangeNotificationDisabled",
        False,
    ),
    "notify_disk_limit": ("notify_disk_limit", "MassmodifyacctNotifyDiskLimit", False),
    "notify_password_change": ("notify_password_change", "MassmodifyacctNotifyPasswordChange", False),
    "notify_password_change_notification_disabled": (
        "notify_password_change_notification_disabled",
        "MassmodifyacctNotifyPasswordChangeNotificationDisabled",
        False,
    ),
    "notify_ssl_expiry": ("notify_ssl_expiry", "MassmodifyacctNotifySslExpiry", False),
    "OUTGOING_EMAIL_SUSPENDED": ("outgoing_email_suspended", "MassmodifyacctOUTGOINGEMAILSUSPENDED", False),
    "OWNER": ("owner", "str", False),
    "PUSHBULLET_ACCESS_TOKEN": ("pushbullet_access_token", "str", False),
    "QUOTA": ("quota", "Any", False),
    "remove_missing_extensions": ("remove_missing_extensions", "str", False),
    "rename_database_objects": ("rename_database_objects", "int", False),
    "reseller": ("reseller", "MassmodifyacctReseller", False),
    "RS": ("rs", "str", False),
    "shell": ("shell", "str", False),
    "spamassassin": ("spamassassin", "MassmodifyacctSpamassassin", False),
    "STARTDATE": ("startdate", "int", False),
    "STYLE": ("style", "str", False),
}


def build_arguments(
    *,
    user: str,
    backup: MassmodifyacctBACKUP | Unset = UNSET,
    bwlimit: Any | Unset = UNSET,
    contactemail: str | Unset = UNSET,
    dbowner: str | Unset = UNSET,
    disk_block_limit: int | Unset = UNSET,
    hascgi: MassmodifyacctHASCGI | Unset = UNSET,
    hasdkim: MassmodifyacctHASDKIM | Unset = UNSET,
    hasdmarc: MassmodifyacctHASDMARC | Unset = UNSET,
    hasshell: MassmodifyacctHASSHELL | Unset = UNSET,
    hasspf: MassmodifyacctHASSPF | Unset = UNSET,
    lang: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    mailbox_format: MassmodifyacctMAILBOXFORMAT | Unset = UNSET,
    max_defer_fail_percentage: Any | Unset = UNSET,
    max_email_per_hour: Any | Unset = UNSET,
    max_emailacct_quota: Any | Unset = UNSET,
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
    notify_account_authn_link: MassmodifyacctNotifyAccountAuthnLink | Unset = UNSET,
    notify_account_authn_link_notification_disabled: MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled
    | Unset = UNSET,
    notify_autossl_expiry: MassmodifyacctNotifyAutosslExpiry | Unset = UNSET,
    notify_autossl_expiry_coverage: MassmodifyacctNotifyAutosslExpiryCoverage | Unset = UNSET,
    notify_autossl_renewal: MassmodifyacctNotifyAutosslRenewal | Unset = UNSET,
    notify_autossl_renewal_coverage: MassmodifyacctNotifyAutosslRenewalCoverage | Unset = UNSET,
    notify_contact_address_change: MassmodifyacctNotifyContactAddressChange | Unset = UNSET,
    notify_contact_address_change_notification_disabled: MassmodifyacctNotifyContactAddressChangeNotificationDisabled
    | Unset = UNSET,
    notify_disk_limit: MassmodifyacctNotifyDiskLimit | Unset = UNSET,
    notify_password_change: MassmodifyacctNotifyPasswordChange | Unset = UNSET,
    notify_password_change_notification_disabled: MassmodifyacctNotifyPasswordChangeNotificationDisabled
    | Unset = UNSET,
    notify_ssl_expiry: MassmodifyacctNotifySslExpiry | Unset = UNSET,
    outgoing_email_suspended: MassmodifyacctOUTGOINGEMAILSUSPENDED | Unset = UNSET,
    owner: str | Unset = UNSET,
    pushbullet_access_token: str | Unset = UNSET,
    quota: Any | Unset = UNSET,
    remove_missing_extensions: str | Unset = UNSET,
    rename_database_objects: int | Unset = UNSET,
    reseller: MassmodifyacctReseller | Unset = UNSET,
    rs: str | Unset = UNSET,
    shell: str | Unset = UNSET,
    spamassassin: MassmodifyacctSpamassassin | Unset = UNSET,
    startdate: int | Unset = UNSET,
    style: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["user"] = user
    json_backup: str | Unset = UNSET
    if not isinstance(backup, Unset):
        json_backup = backup

    arguments["BACKUP"] = json_backup
    arguments["BWLIMIT"] = bwlimit
    arguments["CONTACTEMAIL"] = contactemail
    arguments["DBOWNER"] = dbowner
    arguments["DISK_BLOCK_LIMIT"] = disk_block_limit
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
    json_mailbox_format: str | Unset = UNSET
    if not isinstance(mailbox_format, Unset):
        json_mailbox_format = mailbox_format

    arguments["MAILBOX_FORMAT"] = json_mailbox_format
    arguments["MAX_DEFER_FAIL_PERCENTAGE"] = max_defer_fail_percentage
    arguments["MAX_EMAIL_PER_HOUR"] = max_email_per_hour
    arguments["MAX_EMAILACCT_QUOTA"] = max_emailacct_quota
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
    arguments["OWNER"] = owner
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

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> MassmodifyacctData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = MassmodifyacctData.from_dict(_data)

    return data
