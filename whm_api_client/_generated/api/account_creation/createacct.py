# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``createacct``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.createacct_data import CreateacctData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.createacct_dkim import CreateacctDkim
    from ...models.createacct_forcedns import CreateacctForcedns
    from ...models.createacct_hasshell import CreateacctHasshell
    from ...models.createacct_hasuseregns import CreateacctHasuseregns
    from ...models.createacct_ip import CreateacctIp
    from ...models.createacct_mxcheck import CreateacctMxcheck
    from ...models.createacct_ownerself import CreateacctOwnerself
    from ...models.createacct_reseller import CreateacctReseller
    from ...models.createacct_reseller_without_domain import (
        CreateacctResellerWithoutDomain,
    )
    from ...models.createacct_savepkg import CreateacctSavepkg
    from ...models.createacct_showpass import CreateacctShowpass
    from ...models.createacct_spamassassin import CreateacctSpamassassin
    from ...models.createacct_spambox import CreateacctSpambox
    from ...models.createacct_spf import CreateacctSpf
    from ...models.createacct_useregns import CreateacctUseregns
    from ...types import UNSET, Unset

    pass

FUNCTION = "createacct"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.32"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-creation/accounts-createacct.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "username": ("username", "str", True),
    "account_enhancements": ("account_enhancements", "Any", False),
    "bwlimit": ("bwlimit", "Any", False),
    "cgi": ("cgi", "int", False),
    "contactemail": ("contactemail", "str", False),
    "cpmod": ("cpmod", "str", False),
    "customip": ("customip", "str", False),
    "dkim": ("dkim", "CreateacctDkim", False),
    "dmarc": ("dmarc", "int", False),
    "domain": ("domain", "str", False),
    "featurelist": ("featurelist", "str", False),
    "forcedns": ("forcedns", "CreateacctForcedns", False),
    "frontpage": ("frontpage", "int", False),
    "gid": ("gid", "int", False),
    "hasshell": ("hasshell", "CreateacctHasshell", False),
    "hasuseregns": ("hasuseregns", "CreateacctHasuseregns", False),
    "homedir": ("homedir", "str", False),
    "ip": ("ip", "CreateacctIp", False),
    "language": ("language", "str", False),
    "mail_node_alias": ("mail_node_alias", "str", False),
    "mailbox_format": ("mailbox_format", "str", False),
    "max_defer_fail_percentage": ("max_defer_fail_percentage", "Any", False),
    "max_email_per_hour": ("max_email_per_hour", "Any", False),
    "max_emailacct_quota": ("max_emailacct_quota", "Any", False),
    "max_team_users": ("max_team_users", "int", False),
    "maxaddon": ("maxaddon", "Any", False),
    "maxftp": ("maxftp", "Any", False),
    "maxlst": ("maxlst", "Any", False),
    "maxpark": ("maxpark", "Any", False),
    "maxpop": ("maxpop", "Any", False),
    "maxsql": ("maxsql", "Any", False),
    "maxsub": ("maxsub", "Any", False),
    "mxcheck": ("mxcheck", "CreateacctMxcheck", False),
    "owner": ("owner", "str", False),
    "ownerself": ("ownerself", "CreateacctOwnerself", False),
    "pass": ("pass_", "str", False),
    "password": ("password", "str", False),
    "pkgname": ("pkgname", "str", False),
    "plan": ("plan", "str", False),
    "quota": ("quota", "int", False),
    "reseller": ("reseller", "CreateacctReseller", False),
    "reseller_without_domain": ("reseller_without_domain", "CreateacctResellerWithoutDomain", False),
    "savepkg": ("savepkg", "CreateacctSavepkg", False),
    "showpass": ("showpass", "CreateacctShowpass", False),
    "spamassassin": ("spamassassin", "CreateacctSpamassassin", False),
    "spambox": ("spambox", "CreateacctSpambox", False),
    "spf": ("spf", "CreateacctSpf", False),
    "uid": ("uid", "int", False),
    "useregns": ("useregns", "CreateacctUseregns", False),
}


def build_arguments(
    *,
    username: str,
    account_enhancements: Any | Unset = UNSET,
    bwlimit: Any | Unset = UNSET,
    cgi: int | Unset = UNSET,
    contactemail: str | Unset = UNSET,
    cpmod: str | Unset = UNSET,
    customip: str | Unset = UNSET,
    dkim: CreateacctDkim | Unset = UNSET,
    dmarc: int | Unset = UNSET,
    domain: str | Unset = UNSET,
    featurelist: str | Unset = UNSET,
    forcedns: CreateacctForcedns | Unset = UNSET,
    frontpage: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    hasshell: CreateacctHasshell | Unset = UNSET,
    hasuseregns: CreateacctHasuseregns | Unset = UNSET,
    homedir: str | Unset = UNSET,
    ip: CreateacctIp | Unset = UNSET,
    language: str | Unset = UNSET,
    mail_node_alias: str | Unset = UNSET,
    mailbox_format: str | Unset = UNSET,
    max_defer_fail_percentage: Any | Unset = UNSET,
    max_email_per_hour: Any | Unset = UNSET,
    max_emailacct_quota: Any | Unset = UNSET,
    max_team_users: int | Unset = UNSET,
    maxaddon: Any | Unset = UNSET,
    maxftp: Any | Unset = UNSET,
    maxlst: Any | Unset = UNSET,
    maxpark: Any | Unset = UNSET,
    maxpop: Any | Unset = UNSET,
    maxsql: Any | Unset = UNSET,
    maxsub: Any | Unset = UNSET,
    mxcheck: CreateacctMxcheck | Unset = UNSET,
    owner: str | Unset = UNSET,
    ownerself: CreateacctOwnerself | Unset = UNSET,
    pass_: str | Unset = UNSET,
    password: str | Unset = UNSET,
    pkgname: str | Unset = UNSET,
    plan: str | Unset = UNSET,
    quota: int | Unset = UNSET,
    reseller: CreateacctReseller | Unset = UNSET,
    reseller_without_domain: CreateacctResellerWithoutDomain | Unset = UNSET,
    savepkg: CreateacctSavepkg | Unset = UNSET,
    showpass: CreateacctShowpass | Unset = UNSET,
    spamassassin: CreateacctSpamassassin | Unset = UNSET,
    spambox: CreateacctSpambox | Unset = UNSET,
    spf: CreateacctSpf | Unset = UNSET,
    uid: int | Unset = UNSET,
    useregns: CreateacctUseregns | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["username"] = username
    arguments["account_enhancements"] = account_enhancements
    arguments["bwlimit"] = bwlimit
    arguments["cgi"] = cgi
    arguments["contactemail"] = contactemail
    arguments["cpmod"] = cpmod
    arguments["customip"] = customip
    json_dkim: int | Unset = UNSET
    if not isinstance(dkim, Unset):
        json_dkim = dkim

    arguments["dkim"] = json_dkim
    arguments["dmarc"] = dmarc
    arguments["domain"] = domain
    arguments["featurelist"] = featurelist
    json_forcedns: int | Unset = UNSET
    if not isinstance(forcedns, Unset):
        json_forcedns = forcedns

    arguments["forcedns"] = json_forcedns
    arguments["frontpage"] = frontpage
    arguments["gid"] = gid
    json_hasshell: int | Unset = UNSET
    if not isinstance(hasshell, Unset):
        json_hasshell = hasshell

    arguments["hasshell"] = json_hasshell
    json_hasuseregns: int | Unset = UNSET
    if not isinstance(hasuseregns, Unset):
        json_hasuseregns = hasuseregns

    arguments["hasuseregns"] = json_hasuseregns
    arguments["homedir"] = homedir
    json_ip: str | Unset = UNSET
    if not isinstance(ip, Unset):
        json_ip = ip

    arguments["ip"] = json_ip
    arguments["language"] = language
    arguments["mail_node_alias"] = mail_node_alias
    arguments["mailbox_format"] = mailbox_format
    arguments["max_defer_fail_percentage"] = max_defer_fail_percentage
    arguments["max_email_per_hour"] = max_email_per_hour
    arguments["max_emailacct_quota"] = max_emailacct_quota
    arguments["max_team_users"] = max_team_users
    arguments["maxaddon"] = maxaddon
    arguments["maxftp"] = maxftp
    arguments["maxlst"] = maxlst
    arguments["maxpark"] = maxpark
    arguments["maxpop"] = maxpop
    arguments["maxsql"] = maxsql
    arguments["maxsub"] = maxsub
    json_mxcheck: str | Unset = UNSET
    if not isinstance(mxcheck, Unset):
        json_mxcheck = mxcheck

    arguments["mxcheck"] = json_mxcheck
    arguments["owner"] = owner
    json_ownerself: int | Unset = UNSET
    if not isinstance(ownerself, Unset):
        json_ownerself = ownerself

    arguments["ownerself"] = json_ownerself
    arguments["pass"] = pass_
    arguments["password"] = password
    arguments["pkgname"] = pkgname
    arguments["plan"] = plan
    arguments["quota"] = quota
    json_reseller: int | Unset = UNSET
    if not isinstance(reseller, Unset):
        json_reseller = reseller

    arguments["reseller"] = json_reseller
    json_reseller_without_domain: int | Unset = UNSET
    if not isinstance(reseller_without_domain, Unset):
        json_reseller_without_domain = reseller_without_domain

    arguments["reseller_without_domain"] = json_reseller_without_domain
    json_savepkg: int | Unset = UNSET
    if not isinstance(savepkg, Unset):
        json_savepkg = savepkg

    arguments["savepkg"] = json_savepkg
    json_showpass: str | Unset = UNSET
    if not isinstance(showpass, Unset):
        json_showpass = showpass

    arguments["showpass"] = json_showpass
    json_spamassassin: int | Unset = UNSET
    if not isinstance(spamassassin, Unset):
        json_spamassassin = spamassassin

    arguments["spamassassin"] = json_spamassassin
    json_spambox: str | Unset = UNSET
    if not isinstance(spambox, Unset):
        json_spambox = spambox

    arguments["spambox"] = json_spambox
    json_spf: int | Unset = UNSET
    if not isinstance(spf, Unset):
        json_spf = spf

    arguments["spf"] = json_spf
    arguments["uid"] = uid
    json_useregns: int | Unset = UNSET
    if not isinstance(useregns, Unset):
        json_useregns = useregns

    arguments["useregns"] = json_useregns

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> CreateacctData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = CreateacctData.from_dict(_data)

    return data
