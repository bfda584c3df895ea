# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``batch``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.batch_data import BatchData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.batch_abort_on_error import BatchAbortOnError
    from ...types import UNSET, Unset

    pass

FUNCTION = "batch"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/api-execution/other-batch.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "command": ("command", "list[str]", True),
    "abort_on_error": ("abort_on_error", "BatchAbortOnError", False),
}


def build_arguments(
    *,
    command: list[str],
    abort_on_error: BatchAbortOnError | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_command = command

    arguments["command"] = json_command
    json_abort_on_error: int | Unset = UNSET
    if not isinstance(abort_on_error, Unset):
        json_abort_on_error = abort_on_error

    arguments["abort_on_error"] = json_abort_on_error

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> BatchData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = BatchData.from_dict(_data)

    return data
