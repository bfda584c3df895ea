# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``get_provider_configuration_fields``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.get_provider_configuration_fields_data import GetProviderConfigurationFieldsData
from ...types import UNSET, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.get_provider_configuration_fields_service_name import GetProviderConfigurationFieldsServiceName

    pass

FUNCTION = "get_provider_configuration_fields"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "54"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/authentication-get_provider_configuration_fields.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "provider_id": ("provider_id", "str", True),
    "service_name": ("service_name", "GetProviderConfigurationFieldsServiceName", True),
}


def build_arguments(
    *,
    provider_id: str,
    service_name: GetProviderConfigurationFieldsServiceName,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["provider_id"] = provider_id
    json_service_name: str = service_name
    arguments["service_name"] = json_service_name

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> GetProviderConfigurationFieldsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = GetProviderConfigurationFieldsData.from_dict(_data)

    return data
