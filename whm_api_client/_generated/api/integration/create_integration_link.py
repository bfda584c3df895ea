# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``create_integration_link``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.create_integration_link_group_id import (
        CreateIntegrationLinkGroupId,
    )
    from ...models.create_integration_link_hide import CreateIntegrationLinkHide
    from ...types import UNSET, Unset

    pass

FUNCTION = "create_integration_link"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "54"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/links/integration-create_integration_link.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "app": ("app", "str", True),
    "implements": ("implements", "str", True),
    "label": ("label", "str", True),
    "subscriber_unique_id": ("subscriber_unique_id", "str", True),
    "token": ("token", "str", True),
    "user": ("user", "str", True),
    "autologin_token_url": ("autologin_token_url", "str", False),
    "base64_png_image": ("base64_png_image", "str", False),
    "group_id": ("group_id", "CreateIntegrationLinkGroupId", False),
    "hide": ("hide", "CreateIntegrationLinkHide", False),
    "order": ("order", "str", False),
    "url": ("url_query", "str", False),
}


def build_arguments(
    *,
    app: str,
    implements: str,
    label: str,
    subscriber_unique_id: str,
    token: str,
    user: str,
    autologin_token_url: str | Unset = UNSET,
    base64_png_image: str | Unset = UNSET,
    group_id: CreateIntegrationLinkGroupId | Unset = UNSET,
    hide: CreateIntegrationLinkHide | Unset = UNSET,
    order: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["app"] = app
    arguments["implements"] = implements
    arguments["label"] = label
    arguments["subscriber_unique_id"] = subscriber_unique_id
    arguments["token"] = token
    arguments["user"] = user
    arguments["autologin_token_url"] = autologin_token_url
    arguments["base64_png_image"] = base64_png_image
    json_group_id: str | Unset = UNSET
    if not isinstance(group_id, Unset):
        json_group_id = group_id

    arguments["group_id"] = json_group_id
    json_hide: int | Unset = UNSET
    if not isinstance(hide, Unset):
        json_hide = hide

    arguments["hide"] = json_hide
    arguments["order"] = order
    arguments["url"] = url_query

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
