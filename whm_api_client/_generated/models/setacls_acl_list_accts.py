# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclListAccts = Literal[1]

SETACLS_ACL_LIST_ACCTS_VALUES: set[SetaclsAclListAccts] = {
    1,
}


def check_setacls_acl_list_accts(value: int) -> SetaclsAclListAccts:
    if value in SETACLS_ACL_LIST_ACCTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_LIST_ACCTS_VALUES!r}")
