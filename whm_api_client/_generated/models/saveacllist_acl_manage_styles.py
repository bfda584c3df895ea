# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclManageStyles = Literal[0, 1]

SAVEACLLIST_ACL_MANAGE_STYLES_VALUES: set[SaveacllistAclManageStyles] = {
    0,
    1,
}


def check_saveacllist_acl_manage_styles(value: int) -> SaveacllistAclManageStyles:
    if value in SAVEACLLIST_ACL_MANAGE_STYLES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_MANAGE_STYLES_VALUES!r}")
