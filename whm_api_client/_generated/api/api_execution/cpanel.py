# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``cpanel``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.cpanel_cpanel_jsonapi_apiversion import CpanelCpanelJsonapiApiversion
    from ...types import UNSET, Unset

    pass

FUNCTION = "cpanel"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "84"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/api-execution/other-cpanel.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "cpanel_jsonapi_func": ("cpanel_jsonapi_func", "str", True),
    "cpanel_jsonapi_module": ("cpanel_jsonapi_module", "str", True),
    "cpanel_jsonapi_user": ("cpanel_jsonapi_user", "str", True),
    "cpanel_jsonapi_apiversion": ("cpanel_jsonapi_apiversion", "CpanelCpanelJsonapiApiversion", False),
    "Variable Names and Values": ("variable_names_and_values", "str", False),
}


def build_arguments(
    *,
    cpanel_jsonapi_func: str,
    cpanel_jsonapi_module: str,
    cpanel_jsonapi_user: str,
    cpanel_jsonapi_apiversion: CpanelCpanelJsonapiApiversion | Unset = UNSET,
    variable_names_and_values: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["cpanel_jsonapi_func"] = cpanel_jsonapi_func
    arguments["cpanel_jsonapi_module"] = cpanel_jsonapi_module
    arguments["cpanel_jsonapi_user"] = cpanel_jsonapi_user
    json_cpanel_jsonapi_apiversion: int | Unset = UNSET
    if not isinstance(cpanel_jsonapi_apiversion, Unset):
        json_cpanel_jsonapi_apiversion = cpanel_jsonapi_apiversion

    arguments["cpanel_jsonapi_apiversion"] = json_cpanel_jsonapi_apiversion
    arguments["Variable Names and Values"] = variable_names_and_values

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
