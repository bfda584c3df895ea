# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclEditDns = Literal[1]

SETACLS_ACL_EDIT_DNS_VALUES: set[SetaclsAclEditDns] = {
    1,
}


def check_setacls_acl_edit_dns(value: int) -> SetaclsAclEditDns:
    if value in SETACLS_ACL_EDIT_DNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_EDIT_DNS_VALUES!r}")
