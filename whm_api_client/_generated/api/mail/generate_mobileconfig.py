# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``generate_mobileconfig``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.generate_mobileconfig_data import GenerateMobileconfigData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.generate_mobileconfig_selected_account_services import (
        GenerateMobileconfigSelectedAccountServices,
    )
    from ...models.generate_mobileconfig_use_ssl import GenerateMobileconfigUseSsl
    from ...types import UNSET, Unset

    pass

FUNCTION = "generate_mobileconfig"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.52"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/email-generate_mobileconfig.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "account": ("account", "str", True),
    "use_ssl": ("use_ssl", "GenerateMobileconfigUseSsl", True),
    "selected_account_services": ("selected_account_services", "GenerateMobileconfigSelectedAccountServices", False),
}


def build_arguments(
    *,
    account: str,
    use_ssl: GenerateMobileconfigUseSsl,
    selected_account_services: GenerateMobileconfigSelectedAccountServices | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["account"] = account
    json_use_ssl: int = use_ssl
    arguments["use_ssl"] = json_use_ssl
    json_selected_account_services: str | Unset = UNSET
    if not isinstance(selected_account_services, Unset):
        json_selected_account_services = selected_account_services

    arguments["selected_account_services"] = json_selected_account_services

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> GenerateMobileconfigData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = GenerateMobileconfigData.from_dict(_data)

    return data
