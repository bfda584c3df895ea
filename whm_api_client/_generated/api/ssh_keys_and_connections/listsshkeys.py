# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``listsshkeys``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.listsshkeys_data import ListsshkeysData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.listsshkeys_private import ListsshkeysPrivate
    from ...models.listsshkeys_private_texts import ListsshkeysPrivateTexts
    from ...models.listsshkeys_public import ListsshkeysPublic
    from ...models.listsshkeys_public_texts import ListsshkeysPublicTexts
    from ...models.listsshkeys_sync_authorized import ListsshkeysSyncAuthorized
    from ...types import UNSET, Unset

    pass

FUNCTION = "listsshkeys"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-listsshkeys.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "files": ("files", "str", False),
    "private": ("private", "ListsshkeysPrivate", False),
    "private_texts": ("private_texts", "ListsshkeysPrivateTexts", False),
    "public": ("public", "ListsshkeysPublic", False),
    "public_texts": ("public_texts", "ListsshkeysPublicTexts", False),
    "sync_authorized": ("sync_authorized", "ListsshkeysSyncAuthorized", False),
}


def build_arguments(
    *,
    files: str | Unset = UNSET,
    private: ListsshkeysPrivate | Unset = UNSET,
    private_texts: ListsshkeysPrivateTexts | Unset = UNSET,
    public: ListsshkeysPublic | Unset = UNSET,
    public_texts: ListsshkeysPublicTexts | Unset = UNSET,
    sync_authorized: ListsshkeysSyncAuthorized | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["files"] = files
    json_private: int | Unset = UNSET
    if not isinstance(private, Unset):
        json_private = private

    arguments["private"] = json_private
    json_private_texts: int | Unset = UNSET
    if not isinstance(private_texts, Unset):
        json_private_texts = private_texts

    arguments["private_texts"] = json_private_texts
    json_public: int | Unset = UNSET
    if not isinstance(public, Unset):
        json_public = public

    arguments["public"] = json_public
    json_public_texts: int | Unset = UNSET
    if not isinstance(public_texts, Unset):
        json_public_texts = public_texts

    arguments["public_texts"] = json_public_texts
    json_sync_authorized: int | Unset = UNSET
    if not isinstance(sync_authorized, Unset):
        json_sync_authorized = sync_authorized

    arguments["sync_authorized"] = json_sync_authorized

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ListsshkeysData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ListsshkeysData.from_dict(_data)

    return data
