# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclCpanelApi = Literal[0, 1]

SAVEACLLIST_ACL_CPANEL_API_VALUES: set[SaveacllistAclCpanelApi] = {
    0,
    1,
}


def check_saveacllist_acl_cpanel_api(value: int) -> SaveacllistAclCpanelApi:
    if value in SAVEACLLIST_ACL_CPANEL_API_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_CPANEL_API_VALUES!r}")
