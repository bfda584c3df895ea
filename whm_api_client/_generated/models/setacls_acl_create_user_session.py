# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclCreateUserSession = Literal[1]

SETACLS_ACL_CREATE_USER_SESSION_VALUES: set[SetaclsAclCreateUserSession] = {
    1,
}


def check_setacls_acl_create_user_session(value: int) -> SetaclsAclCreateUserSession:
    if value in SETACLS_ACL_CREATE_USER_SESSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_CREATE_USER_SESSION_VALUES!r}")
