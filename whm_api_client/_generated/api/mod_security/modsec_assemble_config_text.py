# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``modsec_assemble_config_text``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.modsec_assemble_config_text_deploy import ModsecAssembleConfigTextDeploy
    from ...models.modsec_assemble_config_text_final import (
        ModsecAssembleConfigTextFinal,
    )
    from ...models.modsec_assemble_config_text_init import (
        ModsecAssembleConfigTextInit,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "modsec_assemble_config_text"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.48"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_assemble_config_text.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "config": ("config", "str", True),
    "deploy": ("deploy", "ModsecAssembleConfigTextDeploy", False),
    "final": ("final", "ModsecAssembleConfigTextFinal", False),
    "init": ("init", "ModsecAssembleConfigTextInit", False),
    "text": ("text", "str", False),
}


def build_arguments(
    *,
    config: str,
    deploy: ModsecAssembleConfigTextDeploy | Unset = UNSET,
    final: ModsecAssembleConfigTextFinal | Unset = UNSET,
    init: ModsecAssembleConfigTextInit | Unset = UNSET,
    text: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["config"] = config
    json_deploy: int | Unset = UNSET
    if not isinstance(deploy, Unset):
        json_deploy = deploy

    arguments["deploy"] = json_deploy
    json_final: int | Unset = UNSET
    if not isinstance(final, Unset):
        json_final = final

    arguments["final"] = json_final
    json_init: int | Unset = UNSET
    if not isinstance(init, Unset):
        json_init = init

    arguments["init"] = json_init
    arguments["text"] = text

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
