# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclBasicWhmFunctions = Literal[0, 1]

SAVEACLLIST_ACL_BASIC_WHM_FUNCTIONS_VALUES: set[SaveacllistAclBasicWhmFunctions] = {
    0,
    1,
}


def check_saveacllist_acl_basic_whm_functions(value: int) -> SaveacllistAclBasicWhmFunctions:
    if value in SAVEACLLIST_ACL_BASIC_WHM_FUNCTIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_BASIC_WHM_FUNCTIONS_VALUES!r}")
