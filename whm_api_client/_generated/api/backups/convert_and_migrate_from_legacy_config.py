# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``convert_and_migrate_from_legacy_config``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.convert_and_migrate_from_legacy_config_no_convert import ConvertAndMigrateFromLegacyConfigNoConvert
    from ...types import UNSET, Unset

    pass

FUNCTION = "convert_and_migrate_from_legacy_config"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "64"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/legacy-migration/backup-convert_and_migrate_from_legacy_config.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "no_convert": ("no_convert", "ConvertAndMigrateFromLegacyConfigNoConvert", False),
}


def build_arguments(
    *,
    no_convert: ConvertAndMigrateFromLegacyConfigNoConvert | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_no_convert: int | Unset = UNSET
    if not isinstance(no_convert, Unset):
        json_no_convert = no_convert

    arguments["no_convert"] = json_no_convert

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
