# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``php_get_impacted_domains``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.php_get_impacted_domains_data import PhpGetImpactedDomainsData
from ...types import UNSET, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.php_get_impacted_domains_system_default import PhpGetImpactedDomainsSystemDefault

    pass

FUNCTION = "php_get_impacted_domains"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "62"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_get_impacted_domains.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "domain": ("domain", "str", True),
    "system_default": ("system_default", "PhpGetImpactedDomainsSystemDefault", True),
}


def build_arguments(
    *,
    domain: str,
    system_default: PhpGetImpactedDomainsSystemDefault,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["domain"] = domain
    json_system_default: int = system_default
    arguments["system_default"] = json_system_default

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> PhpGetImpactedDomainsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = PhpGetImpactedDomainsData.from_dict(_data)

    return data
