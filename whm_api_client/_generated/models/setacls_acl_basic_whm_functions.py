# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclBasicWhmFunctions = Literal[1]

SETACLS_ACL_BASIC_WHM_FUNCTIONS_VALUES: set[SetaclsAclBasicWhmFunctions] = {
    1,
}


def check_setacls_acl_basic_whm_functions(value: int) -> SetaclsAclBasicWhmFunctions:
    if value in SETACLS_ACL_BASIC_WHM_FUNCTIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_BASIC_WHM_FUNCTIONS_VALUES!r}")
