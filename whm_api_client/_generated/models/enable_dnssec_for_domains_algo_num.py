# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EnableDnssecForDomainsAlgoNum = Literal[5, 6, 7, 8, 10, 13, 14]

ENABLE_DNSSEC_FOR_DOMAINS_ALGO_NUM_VALUES: set[EnableDnssecForDomainsAlgoNum] = {
    5,
    6,
    7,
    8,
    10,
    13,
    14,
}


def check_enable_dnssec_for_domains_algo_num(value: int) -> EnableDnssecForDomainsAlgoNum:
    if value in ENABLE_DNSSEC_FOR_DOMAINS_ALGO_NUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENABLE_DNSSEC_FOR_DOMAINS_ALGO_NUM_VALUES!r}")
