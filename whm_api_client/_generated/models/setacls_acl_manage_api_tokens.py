# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclManageApiTokens = Literal[1]

SETACLS_ACL_MANAGE_API_TOKENS_VALUES: set[SetaclsAclManageApiTokens] = {
    1,
}


def check_setacls_acl_manage_api_tokens(value: int) -> SetaclsAclManageApiTokens:
    if value in SETACLS_ACL_MANAGE_API_TOKENS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_MANAGE_API_TOKENS_VALUES!r}")
