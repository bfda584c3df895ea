# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``passwd``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.passwd_data import PasswdData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.passwd_db_pass_update import PasswdDbPassUpdate
    from ...models.passwd_digestauth import PasswdDigestauth
    from ...models.passwd_enabledigest import PasswdEnabledigest
    from ...types import UNSET, Unset

    pass

FUNCTION = "passwd"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/passwords/sys-passwd.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "password": ("password", "str", True),
    "user": ("user", "str", True),
    "db_pass_update": ("db_pass_update", "PasswdDbPassUpdate", False),
    "digestauth": ("digestauth", "PasswdDigestauth", False),
    "enabledigest": ("enabledigest", "PasswdEnabledigest", False),
}


def build_arguments(
    *,
    password: str,
    user: str,
    db_pass_update: PasswdDbPassUpdate | Unset = UNSET,
    digestauth: PasswdDigestauth | Unset = UNSET,
    enabledigest: PasswdEnabledigest | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["password"] = password
    arguments["user"] = user
    json_db_pass_update: int | Unset = UNSET
    if not isinstance(db_pass_update, Unset):
        json_db_pass_update = db_pass_update

    arguments["db_pass_update"] = json_db_pass_update
    json_digestauth: int | Unset = UNSET
    if not isinstance(digestauth, Unset):
        json_digestauth = digestauth

    arguments["digestauth"] = json_digestauth
    json_enabledigest: int | Unset = UNSET
    if not isinstance(enabledigest, Unset):
        json_enabledigest = enabledigest

    arguments["enabledigest"] = json_enabledigest

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> PasswdData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = PasswdData.from_dict(_data)

    return data
