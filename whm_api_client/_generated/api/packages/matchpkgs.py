# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``matchpkgs``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.matchpkgs_data import MatchpkgsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.matchpkgs_cgi import MatchpkgsCGI
    from ...models.matchpkgs_digestauth import MatchpkgsDIGESTAUTH
    from ...models.matchpkgs_hasshell import MatchpkgsHASSHELL
    from ...models.matchpkgs_ip import MatchpkgsIP
    from ...types import UNSET, Unset

    pass

FUNCTION = "matchpkgs"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plans/packages-matchpkgs.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "_PACKAGE_EXTENSIONS": ("field_package_extensions", "str", False),
    "BWLIMIT": ("bwlimit", "Any", False),
    "CGI": ("cgi", "MatchpkgsCGI", False),
    "CPMOD": ("cpmod", "str", False),
    "DIGESTAUTH": ("digestauth", "MatchpkgsDIGESTAUTH", False),
    "FEATURELIST": ("featurelist", "str", False),
    "HASSHELL": ("hasshell", "MatchpkgsHASSHELL", False),
    "IP": ("ip", "MatchpkgsIP", False),
    "LANG": ("lang", "str", False),
    "MAX_DEFER_FAIL_PERCENTAGE": ("max_defer_fail_percentage", "Any", False),
    "MAX_EMAIL_PER_HOUR": ("max_email_per_hour", "Any", False),
    "MAX_EMAILACCT_QUOTA": ("max_emailacct_quota", "Any", False),
    "MAX_TEAM_USERS": ("max_team_users", "int", False),
    "MAXADDON": ("maxaddon", "Any", False),
    "MAXFTP": ("maxftp", "Any", False),
    "MAXLST": ("maxlst", "Any", False),
    "MAXPARK": ("maxpark", "Any", False),
    "MAXPOP": ("maxpop", "Any", False),
    "MAXSQL": ("maxsql", "Any", False),
    "MAXSUB": ("maxsub", "Any", False),
    "QUOTA": ("quota", "Any", False),
}


def build_arguments(
    *,
    field_package_extensions: str | Unset = UNSET,
    bwlimit: Any | Unset = UNSET,
    cgi: MatchpkgsCGI | Unset = UNSET,
    cpmod: str | Unset = UNSET,
    digestauth: MatchpkgsDIGESTAUTH | Unset = UNSET,
    featurelist: str | Unset = UNSET,
    hasshell: MatchpkgsHASSHELL | Unset = UNSET,
    ip: MatchpkgsIP | Unset = UNSET,
    lang: str | Unset = UNSET,
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
    quota: Any | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["_PACKAGE_EXTENSIONS"] = field_package_extensions
    arguments["BWLIMIT"] = bwlimit
    json_cgi: int | Unset = UNSET
    if not isinstance(cgi, Unset):
        json_cgi = cgi

    arguments["CGI"] = json_cgi
    arguments["CPMOD"] = cpmod
    json_digestauth: str | Unset = UNSET
    if not isinstance(digestauth, Unset):
        json_digestauth = digestauth

    arguments["DIGESTAUTH"] = json_digestauth
    arguments["FEATURELIST"] = featurelist
    json_hasshell: int | Unset = UNSET
    if not isinstance(hasshell, Unset):
        json_hasshell = hasshell

    arguments["HASSHELL"] = json_hasshell
    json_ip: str | Unset = UNSET
    if not isinstance(ip, Unset):
        json_ip = ip

    arguments["IP"] = json_ip
    arguments["LANG"] = lang
    arguments["MAX_DEFER_FAIL_PERCENTAGE"] = max_defer_fail_percentage
    arguments["MAX_EMAIL_PER_HOUR"] = max_email_per_hour
    arguments["MAX_EMAILACCT_QUOTA"] = max_emailacct_quota
    arguments["MAX_TEAM_USERS"] = max_team_users
    arguments["MAXADDON"] = maxaddon
    arguments["MAXFTP"] = maxftp
    arguments["MAXLST"] = maxlst
    arguments["MAXPARK"] = maxpark
    arguments["MAXPOP"] = maxpop
    arguments["MAXSQL"] = maxsql
    arguments["MAXSUB"] = maxsub
    arguments["QUOTA"] = quota

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> MatchpkgsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = MatchpkgsData.from_dict(_data)

    return data
