# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``php_set_vhost_versions``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.php_set_vhost_versions_php_fpm import PhpSetVhostVersionsPhpFpm
    from ...models.php_set_vhost_versions_version import PhpSetVhostVersionsVersion
    from ...types import UNSET, Unset

    pass

FUNCTION = "php_set_vhost_versions"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "60"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_set_vhost_versions.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "version": ("version", "PhpSetVhostVersionsVersion", True),
    "vhost": ("vhost", "str", True),
    "php_fpm": ("php_fpm", "PhpSetVhostVersionsPhpFpm", False),
    "php_fpm_pool_parms": ("php_fpm_pool_parms", "str", False),
}


def build_arguments(
    *,
    version: PhpSetVhostVersionsVersion,
    vhost: str,
    php_fpm: PhpSetVhostVersionsPhpFpm | Unset = UNSET,
    php_fpm_pool_parms: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_version: str = version
    arguments["version"] = json_version
    arguments["vhost"] = vhost
    json_php_fpm: int | Unset = UNSET
    if not isinstance(php_fpm, Unset):
        json_php_fpm = php_fpm

    arguments["php_fpm"] = json_php_fpm
    arguments["php_fpm_pool_parms"] = php_fpm_pool_parms

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
