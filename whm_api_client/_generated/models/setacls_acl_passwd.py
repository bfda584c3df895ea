# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclPasswd = Literal[1]

SETACLS_ACL_PASSWD_VALUES: set[SetaclsAclPasswd] = {
    1,
}


def check_setacls_acl_passwd(value: int) -> SetaclsAclPasswd:
    if value in SETACLS_ACL_PASSWD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_PASSWD_VALUES!r}")
