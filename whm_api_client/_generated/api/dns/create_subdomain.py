# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``create_subdomain``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.create_subdomain_data import CreateSubdomainData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.create_subdomain_use_canonical_name import CreateSubdomainUseCanonicalName
    from ...types import UNSET, Unset

    pass

FUNCTION = "create_subdomain"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "86"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/userdomains-create_subdomain.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "document_root": ("document_root", "str", True),
    "domain": ("domain", "str", True),
    "use_canonical_name": ("use_canonical_name", "CreateSubdomainUseCanonicalName", False),
}


def build_arguments(
    *,
    document_root: str,
    domain: str,
    use_canonical_name: CreateSubdomainUseCanonicalName | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["document_root"] = document_root
    arguments["domain"] = domain
    json_use_canonical_name: int | Unset = UNSET
    if not isinstance(use_canonical_name, Unset):
        json_use_canonical_name = use_canonical_name

    arguments["use_canonical_name"] = json_use_canonical_name

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> CreateSubdomainData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = CreateSubdomainData.from_dict(_data)

    return data
