# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclViewglobalpackages = Literal[1]

SETACLS_ACL_VIEWGLOBALPACKAGES_VALUES: set[SetaclsAclViewglobalpackages] = {
    1,
}


def check_setacls_acl_viewglobalpackages(value: int) -> SetaclsAclViewglobalpackages:
    if value in SETACLS_ACL_VIEWGLOBALPACKAGES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_VIEWGLOBALPACKAGES_VALUES!r}")
