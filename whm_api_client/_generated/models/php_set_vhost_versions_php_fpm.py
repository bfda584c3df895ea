# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PhpSetVhostVersionsPhpFpm = Literal[0, 1]

PHP_SET_VHOST_VERSIONS_PHP_FPM_VALUES: set[PhpSetVhostVersionsPhpFpm] = {
    0,
    1,
}


def check_php_set_vhost_versions_php_fpm(value: int) -> PhpSetVhostVersionsPhpFpm:
    if value in PHP_SET_VHOST_VERSIONS_PHP_FPM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHP_SET_VHOST_VERSIONS_PHP_FPM_VALUES!r}")
