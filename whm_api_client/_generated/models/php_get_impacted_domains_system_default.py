# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PhpGetImpactedDomainsSystemDefault = Literal[0, 1]

PHP_GET_IMPACTED_DOMAINS_SYSTEM_DEFAULT_VALUES: set[PhpGetImpactedDomainsSystemDefault] = {
    0,
    1,
}


def check_php_get_impacted_domains_system_default(value: int) -> PhpGetImpactedDomainsSystemDefault:
    if value in PHP_GET_IMPACTED_DOMAINS_SYSTEM_DEFAULT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHP_GET_IMPACTED_DOMAINS_SYSTEM_DEFAULT_VALUES!r}")
