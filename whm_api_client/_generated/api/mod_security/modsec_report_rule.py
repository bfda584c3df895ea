# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``modsec_report_rule``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.modsec_report_rule_data import ModsecReportRuleData
from ...types import UNSET, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.modsec_report_rule_send import ModsecReportRuleSend

    pass

FUNCTION = "modsec_report_rule"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.48"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_report_rule.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "email": ("email", "str", True),
    "message": ("message", "str", True),
    "row_ids": ("row_ids", "int", True),
    "send": ("send", "ModsecReportRuleSend", True),
    "type": ("type_", "str", True),
}


def build_arguments(
    *,
    email: str,
    message: str,
    row_ids: int,
    send: ModsecReportRuleSend,
    type_: str,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["email"] = email
    arguments["message"] = message
    arguments["row_ids"] = row_ids
    json_send: int = send
    arguments["send"] = json_send
    arguments["type"] = type_

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ModsecReportRuleData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ModsecReportRuleData.from_dict(_data)

    return data
