# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``generatessl``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.generatessl_data import GeneratesslData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.generatessl_skip_certificate import GeneratesslSkipCertificate
    from ...types import UNSET, Unset

    pass

FUNCTION = "generatessl"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.32"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/ssl-server-settings/ssl-generatessl.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "domains": ("domains", "str", True),
    "countryName": ("country_name", "str", False),
    "emailAddress": ("email_address", "str", False),
    "keysize": ("keysize", "int", False),
    "localityName": ("locality_name", "str", False),
    "organizationalUnitName": ("organizational_unit_name", "str", False),
    "organizationName": ("organization_name", "str", False),
    "pass": ("pass_", "str", False),
    "skip_certificate": ("skip_certificate", "GeneratesslSkipCertificate", False),
    "stateOrProvinceName": ("state_or_province_name", "str", False),
}


def build_arguments(
    *,
    domains: str,
    country_name: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    keysize: int | Unset = UNSET,
    locality_name: str | Unset = UNSET,
    organizational_unit_name: str | Unset = UNSET,
    organization_name: str | Unset = UNSET,
    pass_: str | Unset = UNSET,
    skip_certificate: GeneratesslSkipCertificate | Unset = UNSET,
    state_or_province_name: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["domains"] = domains
    arguments["countryName"] = country_name
    arguments["emailAddress"] = email_address
    arguments["keysize"] = keysize
    arguments["localityName"] = locality_name
    arguments["organizationalUnitName"] = organizational_unit_name
    arguments["organizationName"] = organization_name
    arguments["pass"] = pass_
    json_skip_certificate: int | Unset = UNSET
    if not isinstance(skip_certificate, Unset):
        json_skip_certificate = skip_certificate

    arguments["skip_certificate"] = json_skip_certificate
    arguments["stateOrProvinceName"] = state_or_province_name

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> GeneratesslData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = GeneratesslData.from_dict(_data)

    return data
