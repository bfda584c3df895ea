# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclManageStyles = Literal[1]

SETACLS_ACL_MANAGE_STYLES_VALUES: set[SetaclsAclManageStyles] = {
    1,
}


def check_setacls_acl_manage_styles(value: int) -> SetaclsAclManageStyles:
    if value in SETACLS_ACL_MANAGE_STYLES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_MANAGE_STYLES_VALUES!r}")
