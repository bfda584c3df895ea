# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclManageOidc = Literal[1]

SETACLS_ACL_MANAGE_OIDC_VALUES: set[SetaclsAclManageOidc] = {
    1,
}


def check_setacls_acl_manage_oidc(value: int) -> SetaclsAclManageOidc:
    if value in SETACLS_ACL_MANAGE_OIDC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_MANAGE_OIDC_VALUES!r}")
