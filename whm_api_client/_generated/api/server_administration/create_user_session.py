# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``create_user_session``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.create_user_session_data import CreateUserSessionData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.create_user_session_service import CreateUserSessionService
    from ...types import UNSET, Unset

    pass

FUNCTION = "create_user_session"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.40"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/session/session-create_user_session.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "service": ("service", "CreateUserSessionService", True),
    "user": ("user", "str", True),
    "app": ("app", "str", False),
    "cp_security_token": ("cp_security_token", "str", False),
    "locale": ("locale", "str", False),
    "preferred_domain": ("preferred_domain", "str", False),
    "promptToken": ("prompt_token", "str", False),
}


def build_arguments(
    *,
    service: CreateUserSessionService,
    user: str,
    app: str | Unset = UNSET,
    cp_security_token: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    preferred_domain: str | Unset = UNSET,
    prompt_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_service: str = service
    arguments["service"] = json_service
    arguments["user"] = user
    arguments["app"] = app
    arguments["cp_security_token"] = cp_security_token
    arguments["locale"] = locale
    arguments["preferred_domain"] = preferred_domain
    arguments["promptToken"] = prompt_token

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> CreateUserSessionData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = CreateUserSessionData.from_dict(_data)

    return data
