# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclPasswd = Literal[0, 1]

SAVEACLLIST_ACL_PASSWD_VALUES: set[SaveacllistAclPasswd] = {
    0,
    1,
}


def check_saveacllist_acl_passwd(value: int) -> SaveacllistAclPasswd:
    if value in SAVEACLLIST_ACL_PASSWD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_PASSWD_VALUES!r}")
