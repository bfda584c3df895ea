# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EnableDnssecForDomainsKeySetup = Literal["classic", "simple"]

ENABLE_DNSSEC_FOR_DOMAINS_KEY_SETUP_VALUES: set[EnableDnssecForDomainsKeySetup] = {
    "classic",
    "simple",
}


def check_enable_dnssec_for_domains_key_setup(value: str) -> EnableDnssecForDomainsKeySetup:
    if value in ENABLE_DNSSEC_FOR_DOMAINS_KEY_SETUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENABLE_DNSSEC_FOR_DOMAINS_KEY_SETUP_VALUES!r}")
