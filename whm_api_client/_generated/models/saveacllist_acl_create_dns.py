# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclCreateDns = Literal[0, 1]

SAVEACLLIST_ACL_CREATE_DNS_VALUES: set[SaveacllistAclCreateDns] = {
    0,
    1,
}


def check_saveacllist_acl_create_dns(value: int) -> SaveacllistAclCreateDns:
    if value in SAVEACLLIST_ACL_CREATE_DNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_CREATE_DNS_VALUES!r}")
