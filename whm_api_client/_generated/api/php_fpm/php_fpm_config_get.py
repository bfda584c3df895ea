# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``php_fpm_config_get``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.php_fpm_config_get_data import PhpFpmConfigGetData
from ...types import UNSET, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    pass

FUNCTION = "php_fpm_config_get"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "POST"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "form"
READ_ONLY = False
SINCE_VERSION: str | None = "78"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/php-fpm/php-php_fpm_config_get.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {}


def build_arguments() -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> PhpFpmConfigGetData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = PhpFpmConfigGetData.from_dict(_data)

    return data
