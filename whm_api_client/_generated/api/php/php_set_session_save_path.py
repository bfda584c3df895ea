# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``php_set_session_save_path``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.php_set_session_save_path_overwrite import PhpSetSessionSavePathOverwrite
    from ...types import UNSET, Unset

    pass

FUNCTION = "php_set_session_save_path"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "66"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_set_session_save_path.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "overwrite": ("overwrite", "PhpSetSessionSavePathOverwrite", False),
    "path": ("path", "str", False),
}


def build_arguments(
    *,
    overwrite: PhpSetSessionSavePathOverwrite | Unset = UNSET,
    path: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_overwrite: int | Unset = UNSET
    if not isinstance(overwrite, Unset):
        json_overwrite = overwrite

    arguments["overwrite"] = json_overwrite
    arguments["path"] = path

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
