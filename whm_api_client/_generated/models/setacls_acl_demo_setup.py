# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclDemoSetup = Literal[1]

SETACLS_ACL_DEMO_SETUP_VALUES: set[SetaclsAclDemoSetup] = {
    1,
}


def check_setacls_acl_demo_setup(value: int) -> SetaclsAclDemoSetup:
    if value in SETACLS_ACL_DEMO_SETUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_DEMO_SETUP_VALUES!r}")
