# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``forcepasswordchange``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.forcepasswordchange_data import ForcepasswordchangeData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.forcepasswordchange_stop_on_failure import ForcepasswordchangeStopOnFailure
    from ...types import UNSET, Unset

    pass

FUNCTION = "forcepasswordchange"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.32"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/passwords/accounts-forcepasswordchange.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "users_json": ("users_json", "str", True),
    "stop_on_failure": ("stop_on_failure", "ForcepasswordchangeStopOnFailure", False),
}


def build_arguments(
    *,
    users_json: str,
    stop_on_failure: ForcepasswordchangeStopOnFailure | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["users_json"] = users_json
    json_stop_on_failure: int | Unset = UNSET
    if not isinstance(stop_on_failure, Unset):
        json_stop_on_failure = stop_on_failure

    arguments["stop_on_failure"] = json_stop_on_failure

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ForcepasswordchangeData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ForcepasswordchangeData.from_dict(_data)

    return data
