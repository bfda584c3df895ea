# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclEditAccount = Literal[0, 1]

SAVEACLLIST_ACL_EDIT_ACCOUNT_VALUES: set[SaveacllistAclEditAccount] = {
    0,
    1,
}


def check_saveacllist_acl_edit_account(value: int) -> SaveacllistAclEditAccount:
    if value in SAVEACLLIST_ACL_EDIT_ACCOUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_EDIT_ACCOUNT_VALUES!r}")
