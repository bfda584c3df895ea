# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``addpkg``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.addpkg_data import AddpkgData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.addpkg_cgi import AddpkgCgi
    from ...models.addpkg_digestauth import AddpkgDigestauth
    from ...models.addpkg_frontpage import AddpkgFrontpage
    from ...models.addpkg_hasshell import AddpkgHasshell
    from ...models.addpkg_ip import AddpkgIp
    from ...types import UNSET, Unset

    pass

FUNCTION = "addpkg"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plans/packages-addpkg.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "name": ("name", "str", True),
    "_PACKAGE_EXTENSIONS": ("field_package_extensions", "str", False),
    "bwlimit": ("bwlimit", "Any", False),
    "cgi": ("cgi", "AddpkgCgi", False),
    "cpmod": ("cpmod", "str", False),
    "digestauth": ("digestauth", "AddpkgDigestauth", False),
    "featurelist": ("featurelist", "str", False),
    "frontpage": ("frontpage", "AddpkgFrontpage", False),
    "hasshell": ("hasshell", "AddpkgHasshell", False),
    "ip": ("ip", "AddpkgIp", False),
    "language": ("language", "str", False),
    "MAX_DEFER_FAIL_PERCENTAGE": ("max_defer_fail_percentage", "Any", False),
    "MAX_EMAIL_PER_HOUR": ("max_email_per_hour", "Any", False),
    "max_emailacct_quota": ("max_emailacct_quota", "Any", False),
    "max_team_users": ("max_team_users", "int", False),
    "maxaddon": ("maxaddon", "Any", False),
    "maxftp": ("maxftp", "Any", False),
    "maxlst": ("maxlst", "Any", False),
    "maxpark": ("maxpark", "Any", False),
    "maxpop": ("maxpop", "Any", False),
    "maxsql": ("maxsql", "Any", False),
    "maxsub": ("maxsub", "Any", False),
    "quota": ("quota", "Any", False),
}


def build_arguments(
    *,
    name: str,
    field_package_extensions: str | Unset = UNSET,
    bwlimit: Any | Unset = UNSET,
    cgi: AddpkgCgi | Unset = UNSET,
    cpmod: str | Unset = UNSET,
    digestauth: AddpkgDigestauth | Unset = UNSET,
    featurelist: str | Unset = UNSET,
    frontpage: AddpkgFrontpage | Unset = UNSET,
    hasshell: AddpkgHasshell | Unset = UNSET,
    ip: AddpkgIp | Unset = UNSET,
    language: str | Unset = UNSET,
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
    arguments["name"] = name
    arguments["_PACKAGE_EXTENSIONS"] = field_package_extensions
    arguments["bwlimit"] = bwlimit
    json_cgi: int | Unset = UNSET
    if not isinstance(cgi, Unset):
        json_cgi = cgi

    arguments["cgi"] = json_cgi
    arguments["cpmod"] = cpmod
    json_digestauth: int | Unset = UNSET
    if not isinstance(digestauth, Unset):
        json_digestauth = digestauth

    arguments["digestauth"] = json_digestauth
    arguments["featurelist"] = featurelist
    json_frontpage: int | Unset = UNSET
    if not isinstance(frontpage, Unset):
        json_frontpage = frontpage

    arguments["frontpage"] = json_frontpage
    json_hasshell: int | Unset = UNSET
    if not isinstance(hasshell, Unset):
        json_hasshell = hasshell

    arguments["hasshell"] = json_hasshell
    json_ip: str | Unset = UNSET
    if not isinstance(ip, Unset):
        json_ip = ip

    arguments["ip"] = json_ip
    arguments["language"] = language
    arguments["MAX_DEFER_FAIL_PERCENTAGE"] = max_defer_fail_percentage
    arguments["MAX_EMAIL_PER_HOUR"] = max_email_per_hour
    arguments["max_emailacct_quota"] = max_emailacct_quota
    arguments["max_team_users"] = max_team_users
    arguments["maxaddon"] = maxaddon
    arguments["maxftp"] = maxftp
    arguments["maxlst"] = maxlst
    arguments["maxpark"] = maxpark
    arguments["maxpop"] = maxpop
    arguments["maxsql"] = maxsql
    arguments["maxsub"] = maxsub
    arguments["quota"] = quota

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> AddpkgData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = AddpkgData.from_dict(_data)

    return data
