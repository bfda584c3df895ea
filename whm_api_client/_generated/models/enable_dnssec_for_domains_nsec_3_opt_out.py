# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EnableDnssecForDomainsNsec3OptOut = Literal[0, 1]

ENABLE_DNSSEC_FOR_DOMAINS_NSEC_3_OPT_OUT_VALUES: set[EnableDnssecForDomainsNsec3OptOut] = {
    0,
    1,
}


def check_enable_dnssec_for_domains_nsec_3_opt_out(value: int) -> EnableDnssecForDomainsNsec3OptOut:
    if value in ENABLE_DNSSEC_FOR_DOMAINS_NSEC_3_OPT_OUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENABLE_DNSSEC_FOR_DOMAINS_NSEC_3_OPT_OUT_VALUES!r}")
