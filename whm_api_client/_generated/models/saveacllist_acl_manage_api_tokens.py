# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclManageApiTokens = Literal[0, 1]

SAVEACLLIST_ACL_MANAGE_API_TOKENS_VALUES: set[SaveacllistAclManageApiTokens] = {
    0,
    1,
}


def check_saveacllist_acl_manage_api_tokens(value: int) -> SaveacllistAclManageApiTokens:
    if value in SAVEACLLIST_ACL_MANAGE_API_TOKENS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_MANAGE_API_TOKENS_VALUES!r}")
