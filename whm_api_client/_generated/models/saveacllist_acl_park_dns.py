# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclParkDns = Literal[0, 1]

SAVEACLLIST_ACL_PARK_DNS_VALUES: set[SaveacllistAclParkDns] = {
    0,
    1,
}


def check_saveacllist_acl_park_dns(value: int) -> SaveacllistAclParkDns:
    if value in SAVEACLLIST_ACL_PARK_DNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_PARK_DNS_VALUES!r}")
