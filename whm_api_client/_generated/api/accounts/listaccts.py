# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``listaccts``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.listaccts_data import ListacctsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.listaccts_searchmethod import ListacctsSearchmethod
    from ...types import UNSET, Unset

    pass

FUNCTION = "listaccts"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-listaccts.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "search": ("search", "str", False),
    "searchmethod": ("searchmethod", "ListacctsSearchmethod", False),
    "searchtype": ("searchtype", "str", False),
    "want": ("want", "str", False),
}


def build_arguments(
    *,
    search: str | Unset = UNSET,
    searchmethod: ListacctsSearchmethod | Unset = UNSET,
    searchtype: str | Unset = UNSET,
    want: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["search"] = search
    json_searchmethod: str | Unset = UNSET
    if not isinstance(searchmethod, Unset):
        json_searchmethod = searchmethod

    arguments["searchmethod"] = json_searchmethod
    arguments["searchtype"] = searchtype
    arguments["want"] = want

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ListacctsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ListacctsData.from_dict(_data)

    return data
