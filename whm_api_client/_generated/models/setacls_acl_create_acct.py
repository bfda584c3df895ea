# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclCreateAcct = Literal[1]

SETACLS_ACL_CREATE_ACCT_VALUES: set[SetaclsAclCreateAcct] = {
    1,
}


def check_setacls_acl_create_acct(value: int) -> SetaclsAclCreateAcct:
    if value in SETACLS_ACL_CREATE_ACCT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_CREATE_ACCT_VALUES!r}")
