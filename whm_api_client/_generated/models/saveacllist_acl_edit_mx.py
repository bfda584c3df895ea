# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclEditMx = Literal[0, 1]

SAVEACLLIST_ACL_EDIT_MX_VALUES: set[SaveacllistAclEditMx] = {
    0,
    1,
}


def check_saveacllist_acl_edit_mx(value: int) -> SaveacllistAclEditMx:
    if value in SAVEACLLIST_ACL_EDIT_MX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_EDIT_MX_VALUES!r}")
