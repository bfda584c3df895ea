# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclQuota = Literal[1]

SETACLS_ACL_QUOTA_VALUES: set[SetaclsAclQuota] = {
    1,
}


def check_setacls_acl_quota(value: int) -> SetaclsAclQuota:
    if value in SETACLS_ACL_QUOTA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_QUOTA_VALUES!r}")
