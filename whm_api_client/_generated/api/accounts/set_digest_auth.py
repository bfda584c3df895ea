# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``set_digest_auth``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.set_digest_auth_digestauth import SetDigestAuthDigestauth
    from ...models.set_digest_auth_enabledigest import SetDigestAuthEnabledigest
    from ...types import UNSET, Unset

    pass

FUNCTION = "set_digest_auth"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-management/sys-set_digest_auth.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "enabledigest": ("enabledigest", "SetDigestAuthEnabledigest", True),
    "password": ("password", "str", True),
    "user": ("user", "str", True),
    "digestauth": ("digestauth", "SetDigestAuthDigestauth", False),
}


def build_arguments(
    *,
    enabledigest: SetDigestAuthEnabledigest,
    password: str,
    user: str,
    digestauth: SetDigestAuthDigestauth | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_enabledigest: int = enabledigest
    arguments["enabledigest"] = json_enabledigest
    arguments["password"] = password
    arguments["user"] = user
    json_digestauth: int | Unset = UNSET
    if not isinstance(digestauth, Unset):
        json_digestauth = digestauth

    arguments["digestauth"] = json_digestauth

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
