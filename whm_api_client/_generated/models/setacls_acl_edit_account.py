# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclEditAccount = Literal[1]

SETACLS_ACL_EDIT_ACCOUNT_VALUES: set[SetaclsAclEditAccount] = {
    1,
}


def check_setacls_acl_edit_account(value: int) -> SetaclsAclEditAccount:
    if value in SETACLS_ACL_EDIT_ACCOUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_EDIT_ACCOUNT_VALUES!r}")
