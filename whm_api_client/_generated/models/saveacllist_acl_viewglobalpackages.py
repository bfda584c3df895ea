# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclViewglobalpackages = Literal[0, 1]

SAVEACLLIST_ACL_VIEWGLOBALPACKAGES_VALUES: set[SaveacllistAclViewglobalpackages] = {
    0,
    1,
}


def check_saveacllist_acl_viewglobalpackages(value: int) -> SaveacllistAclViewglobalpackages:
    if value in SAVEACLLIST_ACL_VIEWGLOBALPACKAGES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_VIEWGLOBALPACKAGES_VALUES!r}")
