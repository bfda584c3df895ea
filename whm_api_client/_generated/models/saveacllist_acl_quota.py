# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclQuota = Literal[0, 1]

SAVEACLLIST_ACL_QUOTA_VALUES: set[SaveacllistAclQuota] = {
    0,
    1,
}


def check_saveacllist_acl_quota(value: int) -> SaveacllistAclQuota:
    if value in SAVEACLLIST_ACL_QUOTA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_QUOTA_VALUES!r}")
