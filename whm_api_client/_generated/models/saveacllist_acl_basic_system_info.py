# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclBasicSystemInfo = Literal[0, 1]

SAVEACLLIST_ACL_BASIC_SYSTEM_INFO_VALUES: set[SaveacllistAclBasicSystemInfo] = {
    0,
    1,
}


def check_saveacllist_acl_basic_system_info(value: int) -> SaveacllistAclBasicSystemInfo:
    if value in SAVEACLLIST_ACL_BASIC_SYSTEM_INFO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_BASIC_SYSTEM_INFO_VALUES!r}")
