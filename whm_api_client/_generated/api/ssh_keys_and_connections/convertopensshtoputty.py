# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``convertopensshtoputty``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.convertopensshtoputty_data import ConvertopensshtoputtyData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.convertopensshtoputty_keep_file import ConvertopensshtoputtyKeepFile
    from ...types import UNSET, Unset

    pass

FUNCTION = "convertopensshtoputty"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.32"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-convertopensshtoputty.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "file": ("file", "str", True),
    "keep_file": ("keep_file", "ConvertopensshtoputtyKeepFile", False),
    "passphrase": ("passphrase", "str", False),
}


def build_arguments(
    *,
    file: str,
    keep_file: ConvertopensshtoputtyKeepFile | Unset = UNSET,
    passphrase: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["file"] = file
    json_keep_file: int | Unset = UNSET
    if not isinstance(keep_file, Unset):
        json_keep_file = keep_file

    arguments["keep_file"] = json_keep_file
    arguments["passphrase"] = passphrase

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ConvertopensshtoputtyData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ConvertopensshtoputtyData.from_dict(_data)

    return data
