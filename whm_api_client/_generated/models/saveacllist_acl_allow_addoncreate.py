# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclAllowAddoncreate = Literal[0, 1]

SAVEACLLIST_ACL_ALLOW_ADDONCREATE_VALUES: set[SaveacllistAclAllowAddoncreate] = {
    0,
    1,
}


def check_saveacllist_acl_allow_addoncreate(value: int) -> SaveacllistAclAllowAddoncreate:
    if value in SAVEACLLIST_ACL_ALLOW_ADDONCREATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_ALLOW_ADDONCREATE_VALUES!r}")
