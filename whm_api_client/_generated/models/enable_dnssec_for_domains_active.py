# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EnableDnssecForDomainsActive = Literal[0, 1]

ENABLE_DNSSEC_FOR_DOMAINS_ACTIVE_VALUES: set[EnableDnssecForDomainsActive] = {
    0,
    1,
}


def check_enable_dnssec_for_domains_active(value: int) -> EnableDnssecForDomainsActive:
    if value in ENABLE_DNSSEC_FOR_DOMAINS_ACTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENABLE_DNSSEC_FOR_DOMAINS_ACTIVE_VALUES!r}")
