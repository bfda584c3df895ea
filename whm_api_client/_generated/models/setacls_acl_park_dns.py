# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclParkDns = Literal[1]

SETACLS_ACL_PARK_DNS_VALUES: set[SetaclsAclParkDns] = {
    1,
}


def check_setacls_acl_park_dns(value: int) -> SetaclsAclParkDns:
    if value in SETACLS_ACL_PARK_DNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_PARK_DNS_VALUES!r}")
