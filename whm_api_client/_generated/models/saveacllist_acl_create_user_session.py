# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclCreateUserSession = Literal[0, 1]

SAVEACLLIST_ACL_CREATE_USER_SESSION_VALUES: set[SaveacllistAclCreateUserSession] = {
    0,
    1,
}


def check_saveacllist_acl_create_user_session(value: int) -> SaveacllistAclCreateUserSession:
    if value in SAVEACLLIST_ACL_CREATE_USER_SESSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_CREATE_USER_SESSION_VALUES!r}")
