# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``set_nsec3_for_domains``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.set_nsec_3_for_domains_data import SetNsec3ForDomainsData
from ...types import UNSET, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.set_nsec_3_for_domains_nsec_3_narrow import SetNsec3ForDomainsNsec3Narrow
    from ...models.set_nsec_3_for_domains_nsec_3_opt_out import (
        SetNsec3ForDomainsNsec3OptOut,
    )

    pass

FUNCTION = "set_nsec3_for_domains"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "86"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/dns-set_nsec3_for_domains.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "domain": ("domain", "str", True),
    "nsec3_iterations": ("nsec3_iterations", "int", True),
    "nsec3_narrow": ("nsec3_narrow", "SetNsec3ForDomainsNsec3Narrow", True),
    "nsec3_opt_out": ("nsec3_opt_out", "SetNsec3ForDomainsNsec3OptOut", True),
    "nsec3_salt": ("nsec3_salt", "str", True),
}


def build_arguments(
    *,
    domain: str,
    nsec3_iterations: int,
    nsec3_narrow: SetNsec3ForDomainsNsec3Narrow,
    nsec3_opt_out: SetNsec3ForDomainsNsec3OptOut,
    nsec3_salt: str,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["domain"] = domain
    arguments["nsec3_iterations"] = nsec3_iterations
    json_nsec3_narrow: int = nsec3_narrow
    arguments["nsec3_narrow"] = json_nsec3_narrow
    json_nsec3_opt_out: int = nsec3_opt_out
    arguments["nsec3_opt_out"] = json_nsec3_opt_out
    arguments["nsec3_salt"] = nsec3_salt

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> SetNsec3ForDomainsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = SetNsec3ForDomainsData.from_dict(_data)

    return data
