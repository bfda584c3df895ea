# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``modsec_get_rules``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.modsec_get_rules_data import ModsecGetRulesData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.modsec_get_rules_exclude_bare_comments import (
        ModsecGetRulesExcludeBareComments,
    )
    from ...models.modsec_get_rules_exclude_other_directives import (
        ModsecGetRulesExcludeOtherDirectives,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "modsec_get_rules"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.48"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_get_rules.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "config": ("config", "str", False),
    "exclude_bare_comments": ("exclude_bare_comments", "ModsecGetRulesExcludeBareComments", False),
    "exclude_other_directives": ("exclude_other_directives", "ModsecGetRulesExcludeOtherDirectives", False),
    "vendor_id": ("vendor_id", "str", False),
}


def build_arguments(
    *,
    config: str | Unset = UNSET,
    exclude_bare_comments: ModsecGetRulesExcludeBareComments | Unset = UNSET,
    exclude_other_directives: ModsecGetRulesExcludeOtherDirectives | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["config"] = config
    json_exclude_bare_comments: int | Unset = UNSET
    if not isinstance(exclude_bare_comments, Unset):
        json_exclude_bare_comments = exclude_bare_comments

    arguments["exclude_bare_comments"] = json_exclude_bare_comments
    json_exclude_other_directives: int | Unset = UNSET
    if not isinstance(exclude_other_directives, Unset):
        json_exclude_other_directives = exclude_other_directives

    arguments["exclude_other_directives"] = json_exclude_other_directives
    arguments["vendor_id"] = vendor_id

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ModsecGetRulesData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ModsecGetRulesData.from_dict(_data)

    return data
