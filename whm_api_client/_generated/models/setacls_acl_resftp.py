# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclResftp = Literal[1]

SETACLS_ACL_RESFTP_VALUES: set[SetaclsAclResftp] = {
    1,
}


def check_setacls_acl_resftp(value: int) -> SetaclsAclResftp:
    if value in SETACLS_ACL_RESFTP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_RESFTP_VALUES!r}")
