# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``wp_dashboard_create_login_link``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.wp_dashboard_create_login_link_data import WpDashboardCreateLoginLinkData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.wp_dashboard_create_login_link_service import WpDashboardCreateLoginLinkService
    from ...types import UNSET, Unset

    pass

FUNCTION = "wp_dashboard_create_login_link"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.40"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/session/wpdashboard-wp_dashboard_create_login_link.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "service": ("service", "WpDashboardCreateLoginLinkService", False),
    "user": ("user", "str", False),
}


def build_arguments(
    *,
    service: WpDashboardCreateLoginLinkService | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_service: str | Unset = UNSET
    if not isinstance(service, Unset):
        json_service = service

    arguments["service"] = json_service
    arguments["user"] = user

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> WpDashboardCreateLoginLinkData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = WpDashboardCreateLoginLinkData.from_dict(_data)

    return data
