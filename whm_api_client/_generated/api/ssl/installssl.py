# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``installssl``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.installssl_data import InstallsslData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "installssl"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.32"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-installssl.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "crt": ("crt", "str", True),
    "domain": ("domain", "str", True),
    "key": ("key", "str", True),
    "cab": ("cab", "str", False),
    "ip": ("ip", "str", False),
}


def build_arguments(
    *,
    crt: str,
    domain: str,
    key: str,
    cab: str | Unset = UNSET,
    ip: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["crt"] = crt
    arguments["domain"] = domain
    arguments["key"] = key
    arguments["cab"] = cab
    arguments["ip"] = ip

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> InstallsslData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = InstallsslData.from_dict(_data)

    return data
