# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PhpSetVhostVersionsVersion = Literal["ea-php54", "ea-php55", "ea-php56", "ea-php70", "ea-php71", "ea-php72", "inherit"]

PHP_SET_VHOST_VERSIONS_VERSION_VALUES: set[PhpSetVhostVersionsVersion] = {
    "ea-php54",
    "ea-php55",
    "ea-php56",
    "ea-php70",
    "ea-php71",
    "ea-php72",
    "inherit",
}


def check_php_set_vhost_versions_version(value: str) -> PhpSetVhostVersionsVersion:
    if value in PHP_SET_VHOST_VERSIONS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHP_SET_VHOST_VERSIONS_VERSION_VALUES!r}")
