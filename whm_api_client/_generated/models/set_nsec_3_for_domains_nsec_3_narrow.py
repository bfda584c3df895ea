# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetNsec3ForDomainsNsec3Narrow = Literal[0, 1]

SET_NSEC_3_FOR_DOMAINS_NSEC_3_NARROW_VALUES: set[SetNsec3ForDomainsNsec3Narrow] = {
    0,
    1,
}


def check_set_nsec_3_for_domains_nsec_3_narrow(value: int) -> SetNsec3ForDomainsNsec3Narrow:
    if value in SET_NSEC_3_FOR_DOMAINS_NSEC_3_NARROW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_NSEC_3_FOR_DOMAINS_NSEC_3_NARROW_VALUES!r}")
