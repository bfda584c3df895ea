# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclCreateDns = Literal[1]

SETACLS_ACL_CREATE_DNS_VALUES: set[SetaclsAclCreateDns] = {
    1,
}


def check_setacls_acl_create_dns(value: int) -> SetaclsAclCreateDns:
    if value in SETACLS_ACL_CREATE_DNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_CREATE_DNS_VALUES!r}")
