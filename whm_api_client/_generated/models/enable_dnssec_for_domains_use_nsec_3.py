# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EnableDnssecForDomainsUseNsec3 = Literal[0, 1]

ENABLE_DNSSEC_FOR_DOMAINS_USE_NSEC_3_VALUES: set[EnableDnssecForDomainsUseNsec3] = {
    0,
    1,
}


def check_enable_dnssec_for_domains_use_nsec_3(value: int) -> EnableDnssecForDomainsUseNsec3:
    if value in ENABLE_DNSSEC_FOR_DOMAINS_USE_NSEC_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENABLE_DNSSEC_FOR_DOMAINS_USE_NSEC_3_VALUES!r}")
