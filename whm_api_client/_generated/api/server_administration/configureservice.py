# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``configureservice``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.configureservice_enabled import ConfigureserviceEnabled
    from ...models.configureservice_monitored import ConfigureserviceMonitored
    from ...models.configureservice_service import ConfigureserviceService
    from ...types import UNSET, Unset

    pass

FUNCTION = "configureservice"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.38"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/services/services-configureservice.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "service": ("service", "ConfigureserviceService", True),
    "enabled": ("enabled", "ConfigureserviceEnabled", False),
    "exim-altportnum": ("exim_altportnum", "str", False),
    "monitored": ("monitored", "ConfigureserviceMonitored", False),
}


def build_arguments(
    *,
    service: ConfigureserviceService,
    enabled: ConfigureserviceEnabled | Unset = UNSET,
    exim_altportnum: str | Unset = UNSET,
    monitored: ConfigureserviceMonitored | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_service: str = service
    arguments["service"] = json_service
    json_enabled: int | Unset = UNSET
    if not isinstance(enabled, Unset):
        json_enabled = enabled

    arguments["enabled"] = json_enabled
    arguments["exim-altportnum"] = exim_altportnum
    json_monitored: int | Unset = UNSET
    if not isinstance(monitored, Unset):
        json_monitored = monitored

    arguments["monitored"] = json_monitored

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
