# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclThirdparty = Literal[1]

SETACLS_ACL_THIRDPARTY_VALUES: set[SetaclsAclThirdparty] = {
    1,
}


def check_setacls_acl_thirdparty(value: int) -> SetaclsAclThirdparty:
    if value in SETACLS_ACL_THIRDPARTY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_THIRDPARTY_VALUES!r}")
