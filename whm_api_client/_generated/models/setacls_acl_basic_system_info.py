# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclBasicSystemInfo = Literal[1]

SETACLS_ACL_BASIC_SYSTEM_INFO_VALUES: set[SetaclsAclBasicSystemInfo] = {
    1,
}


def check_setacls_acl_basic_system_info(value: int) -> SetaclsAclBasicSystemInfo:
    if value in SETACLS_ACL_BASIC_SYSTEM_INFO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_BASIC_SYSTEM_INFO_VALUES!r}")
