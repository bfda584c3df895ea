# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclDemoSetup = Literal[0, 1]

SAVEACLLIST_ACL_DEMO_SETUP_VALUES: set[SaveacllistAclDemoSetup] = {
    0,
    1,
}


def check_saveacllist_acl_demo_setup(value: int) -> SaveacllistAclDemoSetup:
    if value in SAVEACLLIST_ACL_DEMO_SETUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_DEMO_SETUP_VALUES!r}")
