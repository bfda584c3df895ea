# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclMailcheck = Literal[0, 1]

SAVEACLLIST_ACL_MAILCHECK_VALUES: set[SaveacllistAclMailcheck] = {
    0,
    1,
}


def check_saveacllist_acl_mailcheck(value: int) -> SaveacllistAclMailcheck:
    if value in SAVEACLLIST_ACL_MAILCHECK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_MAILCHECK_VALUES!r}")
